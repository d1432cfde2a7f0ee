// Element tests in real headless Chromium: Debian's /usr/bin/chromium, never a downloaded browser.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/chromium.js';
import { mergedSeedsTestPlugin } from './scripts/seeds-plugin.js';
import { axTreePlugin } from './scripts/ax-tree-plugin.js';
import { minifyCssLiterals } from './scripts/minify-css-literals.js';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Workspace packages resolve to their sources, so tests never need a build. */
const workspaceSources = {
  name: 'workspace-sources',
  resolveImport({ source }) {
    const map = {
      '@cds-vn/core': '/packages/core/src/index.ts',
      '@cds-vn/geo': '/packages/geo/src/index.ts',
      '@cds-vn/elements': '/packages/elements/src/index.ts',
    };
    if (map[source]) return map[source];
    if (source.startsWith('@cds-vn/elements/'))
      return `/packages/elements/src/${source.slice(17).replace(/\.js$/, '.ts')}`;
    return undefined;
  },
};

/**
 * The elements' stylesheets minified as every build ships them, so the tests check the CSS a
 * portal gets: a minifier slip once left `fit` matching nothing outside the sources.
 */
const shippedCss = (() => {
  const minify = minifyCssLiterals();
  return {
    name: 'shipped-css',
    transform(context) {
      if (typeof context.body !== 'string' || !context.path.startsWith('/packages/')) return;
      const out = minify.transform(context.body, context.path);
      return out ? { body: out.code } : undefined;
    },
  };
})();

export default {
  rootDir: root,
  files: ['packages/elements/src/**/*.test.ts', 'packages/elements/test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  // Before each test file: failed assertions about DOM nodes stay readable (see the file).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body>
      <script type="module" src="/packages/elements/test/dom-failures.ts"></script>
      <script type="module" src="${testFramework}"></script>
    </body></html>`,
  plugins: [
    // The demo reads /seeds/merged.json, which the dev server builds from seeds/merge.ts.
    mergedSeedsTestPlugin(),
    axTreePlugin(),
    workspaceSources,
    shippedCss,
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${root}tsconfig.json` }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: CHROMIUM,
        headless: true,
        args: [...CHROMIUM_ARGS, '--font-render-hinting=none'],
      },
    }),
  ],
};
