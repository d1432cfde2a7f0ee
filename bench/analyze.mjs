import { build } from 'vite';
import { workspaceAliases } from '../scripts/workspace-aliases.js';
const r = await build({
  configFile: false,
  logLevel: 'error',
  resolve: { alias: workspaceAliases },
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    write: false,
    minify: false,
    target: 'es2022',
    rolldownOptions: {
      input: { b: process.argv[2] },
      preserveEntrySignatures: 'strict',
      output: { format: 'es' },
    },
  },
});
const out = (Array.isArray(r) ? r : [r]).flatMap((x) => x.output);
for (const c of out)
  if (c.type === 'chunk') {
    const mods = Object.entries(c.modules)
      .map(([k, v]) => [
        k.replace('/work/main/', '').replace(/.*node_modules\//, 'nm:'),
        v.renderedLength,
      ])
      .sort((a, b) => b[1] - a[1]);
    console.log(c.fileName, c.code.length);
    for (const [k, v] of mods.slice(0, 25)) console.log(String(v).padStart(7), k);
  }
