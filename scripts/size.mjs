#!/usr/bin/env node
// Byte budgets: the only size gate in CI. Each file in bench/budgets/*.json names production
// entries and their brotli budget; this builds them and fails when one is over.
//   { "name": "gauge page", "entries": { "gauge": "packages/elements/src/kpi-gauge/cds-kpi-gauge.ts" },
//     "budget": { "gauge": { "initial": 15000 } } }
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEntries, kB, ROOT } from '../bench/lib.mjs';

const dir = join(ROOT, 'bench/budgets');
let over = 0;
let checked = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const spec = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const entries = Object.fromEntries(
    Object.entries(spec.entries).map(([k, v]) => [k, join(ROOT, v)]),
  );
  const { report } = await buildEntries(entries);
  for (const [name, limits] of Object.entries(spec.budget)) {
    for (const [part, max] of Object.entries(limits)) {
      const actual = report[name]?.[part]?.brotli;
      checked++;
      const ok = actual !== undefined && actual <= max;
      if (!ok) over++;
      console.log(
        `${ok ? 'ok  ' : 'OVER'} ${spec.name} · ${name} (${part}): ${kB(actual ?? NaN)} brotli, budget ${kB(max)}`,
      );
    }
  }
}
console.log(`size: ${checked - over} passed, ${over} failed`);
process.exit(over ? 1 : 0);
