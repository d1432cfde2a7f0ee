// The CDN build: one ES module, `dist/cdn/cds-elements.js`, that a portal loads with
// <script type="module" src=".../cds-elements.js"> and that registers every element. Lit, core
// and the classes are bundled into it; Chart.js (first trend chart) and the boundary geometry
// (first map) are lazy chunks beside it, fetched relative to the file, so the folder can be
// copied to any static host or path. Built after the library build (which empties dist/).
import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { minifyCssLiterals } from '../../scripts/minify-css-literals.js';
import { workspaceAliases } from '../../scripts/workspace-aliases.js';
import { elementNames } from './scripts/element-names.js';

const ENTRY = 'virtual:cds-elements';
const source = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * The bundle's entry: every element folder's define module (read from src/, so a new element
 * is in the CDN file without a list to update) and the classes, for scripts that want them.
 */
function cdnEntry(): Plugin {
  const code = [
    ...elementNames().map((n) => `import ${JSON.stringify(source(`./src/${n}/cds-${n}.ts`))};`),
    `export * from ${JSON.stringify(source('./src/index.ts'))};`,
  ].join('\n');
  return {
    name: 'cds-cdn-entry',
    // Library mode hands the entry over as a path: match its end.
    resolveId: (id) => (id.endsWith(ENTRY) ? `\0${ENTRY}` : null),
    load: (id) => (id === `\0${ENTRY}` ? code : null),
  };
}

export default defineConfig({
  // Sibling packages from their sources: the CDN file never depends on their dist.
  resolve: { alias: workspaceAliases },
  plugins: [cdnEntry(), minifyCssLiterals()],
  define: { 'process.env.NODE_ENV': '"production"' },
  base: './',
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: true,
    minify: true,
    sourcemap: true,
    copyPublicDir: false,
    // Library mode: no module-preload helper around the lazy imports (a page-app feature
    // that would cost every portal a chunk and a global event).
    lib: { entry: { 'cds-elements': ENTRY }, formats: ['es'] },
    rolldownOptions: {
      // Code the entry shares with a lazy chunk stays in the entry, not in a third file.
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Vite keeps white space in library-mode ES output; a CDN file wants it gone.
        minify: true,
        // Library mode keeps `@__PURE__` annotations, useless in a final bundle.
        comments: false,
        // Maps name the sources (shipped in the package's src/) instead of embedding them.
        sourcemapExcludeSources: true,
      },
    },
  },
});
