/**
 * The top-level Vite config: the demo portal (`npm start`, `npm run build:demo`). Workspace
 * packages resolve to their sources, so the demo never needs a prior build.
 */
import { defineConfig } from 'vite';
import { workspaceAliases } from './scripts/workspace-aliases.js';
import { seedsPlugin } from './scripts/seeds-plugin.js';
import { minifyCssLiterals } from './scripts/minify-css-literals.js';

export default defineConfig({
  root: 'demo',
  publicDir: false,
  resolve: { alias: workspaceAliases },
  plugins: [seedsPlugin(), minifyCssLiterals()],
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: '../demo-dist', emptyOutDir: true, target: 'es2022' },
});
