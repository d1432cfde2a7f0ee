// The elements this package ships: every folder of src/ that holds `cds-<folder>.ts`, its
// guarded define module. One list for the library build, the exports check and the tests.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../src/', import.meta.url));

/** Element folder names, sorted: `['indicator-card', 'kpi-gauge', …]`. */
export function elementNames() {
  return readdirSync(src, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`${src}${d.name}/cds-${d.name}.ts`))
    .map((d) => d.name)
    .sort();
}
