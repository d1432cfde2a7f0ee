// Attribution of brotli bytes per module group: builds the entry minified, then again with each
// group made external, and prints the difference. A planning aid for the byte budgets.
import { build } from 'vite';
import { brotliCompressSync } from 'node:zlib';
import { workspaceAliases } from '../scripts/workspace-aliases.js';

const entry = process.argv[2];
async function size(external) {
  const r = await build({
    configFile: false,
    logLevel: 'error',
    resolve: { alias: workspaceAliases },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      rolldownOptions: {
        input: { b: entry },
        external,
        preserveEntrySignatures: 'strict',
        output: { format: 'es' },
      },
    },
  });
  const code = (Array.isArray(r) ? r : [r])
    .flatMap((x) => x.output)
    .filter((c) => c.type === 'chunk')
    .map((c) => c.code)
    .join('');
  return brotliCompressSync(Buffer.from(code)).length;
}
const all = await size([]);
console.log('total brotli', all);
for (const [name, re] of [
  ['valibot', /^valibot/],
  ['lit', /^(lit|@lit\/|lit-html|lit-element)/],
]) {
  console.log(name, all - (await size((id) => re.test(id))));
}
