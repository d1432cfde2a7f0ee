// Attribution of a page's brotli bytes: the whole entry measured exactly, then each source
// module's share estimated from its rendered length (a planning aid for the byte budgets).
// It counts every chunk, lazy ones too, so it reads higher than the initial figure of `npm run size`.
// node bench/analyze-brotli.mjs <entry> [--dump out.js]   (--dump writes the minified bundle)
import { build } from 'vite';
import { brotliCompressSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { workspaceAliases } from '../scripts/workspace-aliases.js';
import { minifyCssLiterals } from '../scripts/minify-css-literals.js';

const [entry, flag, dumpTo] = process.argv.slice(2);
const r = await build({
  configFile: false,
  logLevel: 'error',
  resolve: { alias: workspaceAliases },
  plugins: [minifyCssLiterals()],
  // The same settings as bench/lib.mjs buildEntries (what `npm run size` measures).
  build: {
    write: false,
    minify: true,
    target: 'es2022',
    lib: { entry: { b: entry }, formats: ['es'] },
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      output: { format: 'es', minify: true, comments: false },
    },
  },
});
const chunks = (Array.isArray(r) ? r : [r])
  .flatMap((x) => x.output)
  .filter((c) => c.type === 'chunk');
const code = chunks.map((c) => c.code).join('\n');
if (flag === '--dump' && dumpTo) writeFileSync(dumpTo, code);
const total = brotliCompressSync(Buffer.from(code)).length;
const groups = new Map();
let rendered = 0;
for (const c of chunks) {
  for (const [id, m] of Object.entries(c.modules)) {
    const key = id
      .replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, 'npm:$1')
      .replace(/.*packages\/([^/]+)\/src\/([^/]+)(\/.*)?$/, '$1/$2');
    groups.set(key, (groups.get(key) ?? 0) + m.renderedLength);
    rendered += m.renderedLength;
  }
}
console.log(`total ${total} B brotli (exact)`);
for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1])) {
  console.log(`${String(Math.round((v / rendered) * total)).padStart(6)} B ≈ ${k}`);
}
