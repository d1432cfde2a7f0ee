// Shared benchmark harness: production builds with Vite, byte counts (min, gzip, brotli), and a
// headless Chromium page served from 127.0.0.1. Benchmarks print figures; they never pass/fail
// on time. Only byte budgets (scripts/size.mjs) gate CI.
import { build } from 'vite';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { workspaceAliases } from '../scripts/workspace-aliases.js';
import { minifyCssLiterals } from '../scripts/minify-css-literals.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/chromium.js';

export const ROOT = resolve(new URL('..', import.meta.url).pathname);
export { CHROMIUM, CHROMIUM_ARGS };

export function compressed(buf) {
  return {
    min: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * What every cds-* page shares, by name, as module-id patterns (bare or resolved): Lit, core
 * (with valibot, without the province registry) and the elements' base (base classes, events,
 * tokens).
 */
const SHARED_RUNTIME = {
  lit: /^(lit|lit-html|lit-element|@lit\/)|node_modules\/(lit|lit-html|lit-element|@lit)\//,
  // The province registry is not shared runtime: only the map needs it, so it counts as the map's.
  core: /packages\/core\/src\/(model|period|status|format|i18n)\/|^valibot$|node_modules\/valibot\//,
  base: /packages\/elements\/src\/(base|events|styles)\//,
};

/**
 * Builds `entries` ({ name: path }) for production into a temp folder; returns the folder and,
 * per output file, its bytes. `initial` sums what a page loads up front (entry plus static
 * imports), `lazy` what it loads only on dynamic import.
 *
 * Built the way the CDN file is (packages/elements/vite.cdn.config.ts): library mode, so a lazy
 * import is a bare `import()` without the app-mode preload helper (about 350 B brotli on every
 * page with a lazy chunk). On top of it, two settings the CDN build should share: comments are
 * stripped (library mode keeps the `@__PURE__` annotations, useless in a final bundle: about
 * 170 B), and an entry may export more than its own API, so code an entry shares with its lazy
 * chunks stays in the entry instead of becoming a third, separately loaded file.
 */
export async function buildEntries(
  entries,
  { outDir = mkdtempSync(join(tmpdir(), 'cds-bench-')), without = [] } = {},
) {
  const externals = without.map((name) => SHARED_RUNTIME[name]);
  const result = await build({
    configFile: false,
    logLevel: 'error',
    resolve: { alias: workspaceAliases },
    plugins: [minifyCssLiterals()],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: {
        // `without` leaves the shared runtime out, to measure what one element adds on its own.
        external: externals.length ? (id) => externals.some((re) => re.test(id)) : undefined,
        preserveEntrySignatures: 'allow-extension',
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          format: 'es',
          // Library mode leaves minifying the output to Rolldown.
          minify: true,
          comments: false,
        },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output ?? []);
  const chunks = new Map(outputs.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const closure = (fileName, follow) => {
    const seen = new Set();
    const visit = (f) => {
      if (seen.has(f)) return;
      seen.add(f);
      const c = chunks.get(f);
      // Externals (the shared runtime left out with `without`) are not files of this build.
      for (const i of c?.imports ?? []) if (chunks.has(i)) visit(i);
      if (follow) for (const i of c?.dynamicImports ?? []) if (chunks.has(i)) visit(i);
    };
    visit(fileName);
    return seen;
  };
  const bytesOf = (files) =>
    compressed(Buffer.concat([...files].map((f) => readFileSync(join(outDir, f)))));
  const report = {};
  for (const name of Object.keys(entries)) {
    const initial = closure(`${name}.js`, false);
    const all = closure(`${name}.js`, true);
    const lazy = new Set([...all].filter((f) => !initial.has(f)));
    report[name] = {
      initial: bytesOf(initial),
      lazy: lazy.size ? bytesOf(lazy) : { min: 0, gzip: 0, brotli: 0 },
      total: bytesOf(all),
    };
  }
  return { outDir, report };
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

/**
 * Serves `dir` on 127.0.0.1 (random port); resolves to { url, close }. For the WebKit runs, which
 * WebDriver tells nothing of the network: `rewrite(file, body)` may change what a file serves,
 * `files` adds files by path ({ '/x.js': text }), and `onServe(path, status)` hears each answer.
 */
export function serve(dir, { rewrite = (_file, body) => body, files = {}, onServe } = {}) {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const answer = (status, type, body) => {
      onServe?.(req.url, status);
      res.writeHead(status, type ? { 'content-type': type } : {}).end(body);
    };
    // Browsers ask for a favicon on their own; answering 204 keeps consoles free of 404 noise.
    if (req.url === '/favicon.ico') return answer(204);
    if (files[pathname] !== undefined)
      return answer(200, MIME[extname(pathname)] ?? 'text/plain', files[pathname]);
    const path = join(dir, pathname);
    try {
      const file = statSync(path).isDirectory() ? join(path, 'index.html') : path;
      const body = rewrite(file, readFileSync(file));
      answer(200, MIME[extname(file)] ?? 'application/octet-stream', body);
    } catch {
      answer(404);
    }
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() }),
    ),
  );
}

/**
 * Builds the entries, writes `html` (which loads `./<name>.js`) beside them, serves the folder
 * and opens it in headless Chromium at a fixed viewport. Returns { page, close }.
 */
export async function openBenchPage(entries, html, { width = 1280, height = 900 } = {}) {
  const { outDir } = await buildEntries(entries);
  writeFileSync(join(outDir, 'index.html'), html);
  const server = await serve(outDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${server.url}/index.html`);
  return {
    page,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/** Median and spread of repeated timings, printed by every benchmark the same way. */
export function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const median = s[Math.floor(s.length / 2)];
  return { median, min: s[0], max: s.at(-1), n: s.length };
}

export const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
export const ms = (n) => `${n.toFixed(1)} ms`;

export function printTable(title, rows) {
  console.log(`\n${title}`);
  console.table(rows);
}

export { readdirSync };
