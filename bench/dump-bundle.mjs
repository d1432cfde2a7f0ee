// Writes the minified production bundle of an entry to a file, to read what ships.
// node bench/dump-bundle.mjs <entry> <out.js>
import { build } from 'vite';
import { writeFileSync } from 'node:fs';
import { workspaceAliases } from '../scripts/workspace-aliases.js';
import { minifyCssLiterals } from '../scripts/minify-css-literals.js';

const [entry, out] = process.argv.slice(2);
const r = await build({
  configFile: false,
  logLevel: 'error',
  resolve: { alias: workspaceAliases },
  plugins: [minifyCssLiterals()],
  build: {
    write: false,
    minify: true,
    target: 'es2022',
    rolldownOptions: {
      input: { b: entry },
      preserveEntrySignatures: 'strict',
      output: { format: 'es' },
    },
  },
});
const chunks = (Array.isArray(r) ? r : [r])
  .flatMap((x) => x.output)
  .filter((c) => c.type === 'chunk');
writeFileSync(out, chunks.map((c) => c.code).join('\n'));
