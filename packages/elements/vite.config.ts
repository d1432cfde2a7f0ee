// Library build for npm: ESM, one output module per source module (preserveModules), so the
// dist tree mirrors src and a bundler keeps only what a page imports. Entries: the class index
// (no side effects), define-all, and each element's define module (`<name>/cds-<name>.js`, the
// target of `@cds-vn/elements/<name>.js` in package.json's exports). Lit, core, geo and
// Chart.js stay dependencies, not bundled. The CDN bundle is vite.cdn.config.ts.
import { defineConfig } from 'vite';
import { elementNames } from './scripts/element-names.js';
import { minifyCssLiterals } from '../../scripts/minify-css-literals.js';

const defineEntries = Object.fromEntries(
  elementNames().map((name) => [`${name}/cds-${name}`, `src/${name}/cds-${name}.ts`]),
);

export default defineConfig({
  plugins: [minifyCssLiterals()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    lib: {
      entry: { index: 'src/index.ts', 'define-all': 'src/define-all.ts', ...defineEntries },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit/, /^@lit\//, /^@cds-vn\//, /^chart\.js/],
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        // Helpers the compiler injects (the decorator helper) get a plain folder name.
        virtualDirname: 'helpers',
      },
    },
  },
});
