// Library build: every element's define module is its own entry (`import
// '@cds-vn/elements/kpi-gauge.js'` registers only the gauge); shared code stays in shared
// modules; Lit, core, geo and Chart.js are dependencies, not bundled.
import { defineConfig } from 'vite';
import { readdirSync } from 'node:fs';
import { minifyCssLiterals } from '../../scripts/minify-css-literals.js';

const defineEntries = Object.fromEntries(
  readdirSync('src', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(`src/${d.name}`).filter((f) => /^cds-.*\.ts$/.test(f)).map((f) => [d.name, `src/${d.name}/${f}`])),
);

export default defineConfig({
  plugins: [minifyCssLiterals()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    lib: { entry: { index: 'src/index.ts', 'define-all': 'src/define-all.ts', ...defineEntries }, formats: ['es'] },
    rolldownOptions: {
      external: [/^lit/, /^@lit\//, /^@cds-vn\//, /^chart\.js/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
