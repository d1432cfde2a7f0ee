// Attribution of a page's brotli bytes: the whole entry measured exactly, then each source
// module's share estimated from its rendered length (a planning aid for the byte budgets).
import { build } from 'vite';
import { brotliCompressSync } from 'node:zlib';
import { workspaceAliases } from '../scripts/workspace-aliases.js';
import { minifyCssLiterals } from '../scripts/minify-css-literals.js';

const entry = process.argv[2];
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
const total = brotliCompressSync(Buffer.from(chunks.map((c) => c.code).join(''))).length;
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
