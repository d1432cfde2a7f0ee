#!/usr/bin/env node
// Consumer-app tests (`npm run test:consumers`): the packages as npm would publish them, used the
// five ways the README promises, in headless Chromium:
//   cdn      a plain HTML page loading the CDN build from a copied folder (no build step), in
//            Firefox ESR and WebKit as well;
//   vite-ts  a Vite vanilla-TS app importing single elements (`tsc --noEmit` too);
//   react    a React 19 app passing objects as properties and listening with oncds-* props
//            (its JSX types from the package checked by `tsc`);
//   vue      a Vue 3 app with isCustomElement configured (its template types checked by vue-tsc);
//   angular  an Angular 21 app (zoneless, CUSTOM_ELEMENTS_SCHEMA) built by the Angular CLI.
// The TypeScript, TSX and Vue snippets of docs/installing.md are compiled in the apps too
// (doc-snippets.mjs).
// Each app is created from test/consumers/apps/<name>/ in a temp folder and installs only the
// tarballs (plus its framework from the registry). Needs `npm run build` first (it runs it when
// the build is missing). Ends with "consumers: N passed, N failed"; with CONSUMERS_RESULT set,
// also writes { passed, failed } there as JSON for scripts/test.mjs to add to its total.
//   node test/consumers/run.mjs [--keep]   (--keep leaves the temp folders for a look)
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../bench/lib.mjs';
import { clickMapAndHear, heard, openSite, waitFor } from './browser.mjs';
import * as probe from './probes.mjs';
import { elementNames } from '../../packages/elements/scripts/element-names.js';
import { newerSyntax } from '../../scripts/syntax-floor.js';
import { APPS, createApp, install, linkProblems, packAll, sh, unpack } from './scratch.mjs';
import { placeDocSnippets } from './doc-snippets.mjs';

const keep = process.argv.includes('--keep');
const started = Date.now();
const results = [];
const temps = [];

/** Records one test: `check` resolves to true, or to what went wrong (a string or a list). */
async function record(name, check) {
  let outcome;
  try {
    outcome = await check();
  } catch (e) {
    outcome = `threw: ${e instanceof Error ? e.message : e}`;
  }
  const ok = outcome === true || (Array.isArray(outcome) && outcome.length === 0);
  results.push({ name, ok });
  const why = ok ? '' : `\n      ${[outcome].flat().join('\n      ').slice(0, 2000)}`;
  console.log(`  ${ok ? '✓' : '✗'} ${name}${why}`);
  return ok;
}

/** Most sections' tests are named as they are; the CDN page's carry their engine. */
const test = record;

/** Runs one app's tests; an exception outside a test counts as one failure, not a crash. */
async function section(title, body) {
  console.log(`\n== ${title}`);
  try {
    await body();
  } catch (e) {
    results.push({ name: title, ok: false });
    console.log(`  ✗ ${title}: ${e instanceof Error ? e.stack : e}`);
  }
}

/** `true` when ok, else `message`: one line of a test's list of problems. */
const need = (ok, message) => ok || message;
/** The problems among results (each `true` or a message): what a test returns. */
const problems = (...checks) => checks.flat().filter((c) => c !== true);

const equal = (actual, expected, what) =>
  JSON.stringify(actual) === JSON.stringify(expected) ||
  `${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`;
const includes = (text, parts, what) =>
  parts.every((p) => text.includes(p)) ||
  `${what}: "${text.slice(0, 300)}" lacks one of ${JSON.stringify(parts)}`;

// ---- checks every framework app makes (React, Vue, Angular) --------------------------------
/** The #gauge element got its indicator as an object property, and shows it. */
const gaugeTakesObject = async (page) =>
  problems(
    (await page.evaluate(() => typeof document.getElementById('gauge')?.indicator)) === 'object' ||
      'indicator is not an object property',
    includes(await page.evaluate(probe.shadowText, 'gauge'), ['54,34', 'Đạt'], 'gauge text'),
  );

/** The app's `window.__update()` (a state, ref or signal change) re-renders #gauge. */
async function gaugeFollowsUpdate(page) {
  await page.evaluate(() => window.__update());
  return (
    (await waitFor(
      page,
      (id) => (document.getElementById(id)?.shadowRoot?.textContent ?? '').includes('61,2'),
      'gauge',
      5000,
    )) || `gauge text: ${await page.evaluate(probe.shadowText, 'gauge')}`
  );
}

/** An app that imports the gauge and the map alone registers those two tags and no other. */
async function onlyGaugeAndMapRegistered(page) {
  await waitFor(page, probe.renderedWithoutError, 'gauge');
  return equal(
    await page.evaluate(probe.definedTags, ALL_TAGS),
    ['cds-kpi-gauge', 'cds-province-map'],
    'registered',
  );
}

// ---- build and pack ----------------------------------------------------------------------
const buildOutputs = [
  'core/dist/index.d.ts',
  'geo/dist/index.d.ts',
  'elements/dist/index.d.ts',
  'elements/dist/cdn/cds-elements.js',
];
if (!buildOutputs.every((f) => existsSync(join(ROOT, 'packages', f)))) {
  console.log('No build found: npm run build');
  const b = await sh('npm', ['run', 'build'], ROOT);
  if (!b.ok) console.log(b.out.slice(-3000));
}
console.log('\n== Packages');
const packDir = mkdtempSync(join(tmpdir(), 'cds-tarballs-'));
temps.push(packDir);
const pack = await packAll(packDir);
await test('every package packs whole (release:dry checks)', () =>
  pack.ok || pack.out.slice(-1500));
const tarballs = pack.tarballs;
if (!tarballs['@cds-vn/elements']) {
  finish();
}
const unpacked = await unpack(tarballs['@cds-vn/elements']);
temps.push(join(unpacked, '..'));
const manifest = JSON.parse(readFileSync(join(unpacked, 'custom-elements.json'), 'utf8'));
const ALL_TAGS = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .map((d) => d.tagName)
  .filter(Boolean)
  .sort();
await test('the packed custom-elements.json names every element of the source', () =>
  equal(
    ALL_TAGS,
    elementNames().map((n) => `cds-${n}`),
    'tags in the manifest',
  ));

// A construct an older browser of the target cannot parse blanks every element of the file.
await test('every packed script parses in the target browsers (Safari 15.4, Chrome 94)', async () => {
  const faults = [];
  for (const name of ['@cds-vn/core', '@cds-vn/geo', '@cds-vn/elements']) {
    const root = name === '@cds-vn/elements' ? unpacked : await unpack(tarballs[name]);
    if (root !== unpacked) temps.push(join(root, '..'));
    const files = readdirSync(join(root, 'dist'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.js'));
    if (!files.length) faults.push(`${name}: no scripts in dist`);
    for (const f of files)
      for (const found of newerSyntax(readFileSync(join(root, 'dist', f), 'utf8')))
        faults.push(`${name}/dist/${f} ${found}`);
  }
  return faults.slice(0, 10);
});

// The npm apps install while the CDN page is tested.
const npmApps = ['vite-ts', 'react', 'vue', 'angular'];
const dirs = Object.fromEntries(npmApps.map((a) => [a, createApp(a, tarballs)]));
temps.push(...Object.values(dirs));
// The docs' own snippets go where a reader pastes them; each app's type check compiles them.
const docSnippets = placeDocSnippets(ROOT, dirs);
await test("the docs' TypeScript, TSX and Vue snippets are placed in the apps to compile", () =>
  [
    ['vite-ts', 'docs/installing.md'],
    ['react', 'docs/installing.md'],
    ['vue', 'docs/installing.md'],
    ['react', 'docs/embedding.md'],
    ['vue', 'docs/embedding.md'],
  ]
    .filter(([app, doc]) => !docSnippets[app]?.some((s) => s.startsWith(`${doc}:`)))
    .map(([app, doc]) => `no snippet of ${doc} for ${app}: ${JSON.stringify(docSnippets)}`));
const installs = Object.fromEntries(npmApps.map((a) => [a, install(dirs[a])]));

// ---- 1. plain HTML page with the CDN build -------------------------------------------------
// The portal's way in, so it runs in every engine: Chromium, then Firefox ESR, then WebKit.
for (const [engine, named] of [
  ['chromium', ''],
  ['firefox', ' (Firefox)'],
  ['webkit', ' (WebKit)'],
])
  await section(
    `cdn: plain HTML page, one script tag, the CDN folder copied to a static host${named}`,
    async () => {
      /** A test of this section, named for its engine. */
      const test = (name, check) => record(`${name}${named}`, check);
      const site = mkdtempSync(join(tmpdir(), 'cds-consumer-cdn-'));
      temps.push(site);
      cpSync(join(APPS, 'cdn'), site, { recursive: true });
      cpSync(join(unpacked, 'dist/cdn'), join(site, 'assets/cds'), { recursive: true });
      mkdirSync(join(site, 'data'));
      for (const f of ['bc-2022-12-28.json', 'bc-2023-02-25.json'])
        cpSync(join(ROOT, 'seeds', f), join(site, 'data', f));
      const s = await openSite(site, { engine });
      const { page } = s;
      try {
        await test('cds-elements.js registers every element of the manifest', async () => {
          await waitFor(page, (n) => document.querySelectorAll(':defined').length >= n, 1, 10000);
          return equal(await page.evaluate(probe.definedTags, ALL_TAGS), ALL_TAGS, 'registered');
        });
        await test('<cds-kpi-gauge> from a JSON attribute shows value and status', async () =>
          problems(
            need(await waitFor(page, probe.renderedWithoutError, 'gauge'), 'gauge not rendered'),
            includes(
              await page.evaluate(probe.shadowText, 'gauge'),
              ['54,34', 'Đạt'],
              'gauge text',
            ),
          ));
        await test('<cds-status-badge> and <cds-indicator-card> (inline JSON) render', async () =>
          problems(
            need(await waitFor(page, probe.renderedWithoutError, 'badge'), 'badge not rendered'),
            need(await waitFor(page, probe.renderedWithoutError, 'card'), 'card not rendered'),
            includes(await page.evaluate(probe.shadowText, 'card'), ['1.100'], 'card text'),
          ));
        await test('<cds-target-table src> fetches the dataset and lists its rows', async () =>
          (await waitFor(page, probe.listsRows, 'table')) ||
          `rows: ${await page.evaluate(probe.tableRows, 'table')}`);
        await test('<cds-trend-chart> loads Chart.js lazily and draws', async () =>
          (await waitFor(page, probe.chartDrawn, 'chart')) || 'no canvas[data-drawn]');
        await test('<cds-province-map> loads the geometry lazily and draws 63 provinces', async () =>
          (await waitFor(page, probe.drawsEveryProvince, 'map')) ||
          `provinces: ${await page.evaluate(probe.provincesDrawn, 'map')}`);
        // The production build's CSS, as the minifier leaves it: `fit` once matched nothing there.
        await test('gauge, card, table and map with fit stay inside tiles of a set height', async () => {
          const ready = await Promise.all([
            waitFor(page, probe.renderedWithoutError, 'fit-gauge'),
            waitFor(page, probe.renderedWithoutError, 'fit-card'),
            waitFor(page, probe.listsRows, 'fit-table'),
            waitFor(page, probe.drawsEveryProvince, 'fit-map'),
          ]);
          const ids = ['fit-gauge', 'fit-card', 'fit-table', 'fit-map'];
          const below = await Promise.all(
            ids.map(async (id) =>
              (await page.evaluate(probe.belowOwnBox, id)).map((p) => `#${id}: ${p}`),
            ),
          );
          return problems(
            ids.map((id, i) => need(ready[i], `#${id} not rendered`)),
            below.flat(),
          );
        });
        await test('bad data gives a visible error and a cds-error event', async () => {
          await waitFor(
            page,
            () => (window.__events ?? []).some((e) => e.type === 'cds-error'),
            null,
          );
          return problems(
            includes(await page.evaluate(probe.recordedEvents), ['cds-error@bad-gauge'], 'events'),
            need(
              await page.evaluate(
                () =>
                  !!document
                    .getElementById('bad-gauge')
                    ?.shadowRoot?.querySelector('[part~="error"]'),
              ),
              'no error panel',
            ),
            includes(
              await page.evaluate(probe.shadowText, 'bad-gauge'),
              ['value', 'nhiều'],
              'error panel',
            ),
          );
        });
        await test('clicking a province fires cds-province-select', async () => {
          const code = await page.evaluate(probe.clickFirstProvince, 'map');
          await waitFor(
            page,
            () => (window.__events ?? []).some((e) => e.type === 'cds-province-select'),
            null,
            3000,
          );
          return problems(
            need(code !== null, 'no province to click'),
            includes(
              await page.evaluate(probe.recordedEvents),
              ['cds-province-select@map'],
              'events',
            ),
          );
        });
        await test('every request stays on the static host; no console error, no failed load', async () => {
          // A data: URL goes nowhere: Firefox lists its own list-bullet font ("Mozilla Bullet",
          // from its built-in stylesheet) when a list is drawn; Chromium lists no data: URL.
          await s.collected();
          const foreign = s.requests.filter(
            (u) => !u.startsWith(s.origin) && !u.startsWith('data:'),
          );
          const chunks = s.requests.filter((u) => u.includes('/assets/cds/chunks/'));
          return [
            ...foreign.map((u) => `request elsewhere: ${u}`),
            ...s.problems,
            ...(chunks.some((u) => /chart-registry/.test(u))
              ? []
              : ['Chart.js chunk never loaded']),
            ...(chunks.some((u) => /topology/.test(u)) ? [] : ['geometry chunk never loaded']),
          ];
        });
      } finally {
        await s.close();
      }
      // The same folder under the Content Security Policy docs/installing.md recommends.
      const c = await openSite(site, { path: '/strict-csp.html', engine });
      try {
        await test("under script-src 'self' and style-src 'self' (no inline style attributes) every element renders, no violation", async () => {
          const shown = [];
          for (const id of ['gauge', 'card', 'badge', 'table', 'map'])
            shown.push(
              (await waitFor(c.page, probe.renderedWithoutError, id)) || `${id} not rendered`,
            );
          shown.push((await waitFor(c.page, probe.chartDrawn, 'chart')) || 'chart not drawn');
          shown.push((await waitFor(c.page, probe.drawsEveryProvince, 'map')) || 'map not drawn');
          // Colours reach the provinces and legend through the CSSOM, which the policy allows.
          shown.push(
            (await waitFor(
              c.page,
              (id) => {
                const root = document.getElementById(id)?.shadowRoot;
                const paths = [...(root?.querySelectorAll('path.province') ?? [])];
                const swatches = [
                  ...(root?.querySelectorAll('.legend .swatch:not(.no-data)') ?? []),
                ];
                return (
                  paths.length >= 63 &&
                  paths.every((p) => p.style.getPropertyValue('--_fill') !== '') &&
                  swatches.length > 0 &&
                  swatches.every((s) => s.style.background !== '')
                );
              },
              'map',
            )) || 'map colours blocked',
          );
          await c.collected();
          return [...shown.filter((x) => x !== true), ...c.problems];
        });
      } finally {
        await c.close();
      }

      // The same folder, a page with one gauge: Chart.js and the geometry must not download.
      writeFileSync(
        join(site, 'gauge-only.html'),
        `<!doctype html><html lang="en"><script type="module" src="./assets/cds/cds-elements.js"></script>
<cds-kpi-gauge id="gauge" indicator='{"name":"Online dossiers","value":54.34,"target":50,"unit":"%","period":"2022"}'></cds-kpi-gauge></html>`,
      );
      const g = await openSite(site, { path: '/gauge-only.html', engine });
      try {
        await test('a page with only a gauge downloads neither Chart.js nor the geometry', async () => {
          const shown = await waitFor(g.page, probe.renderedWithoutError, 'gauge');
          await g.collected();
          const lazy = g.requests.filter((u) => u.includes('/chunks/'));
          return [
            ...(shown ? [] : ['gauge not rendered']),
            ...lazy.map((u) => `downloaded ${u}`),
            ...g.problems,
            ...((await g.page.evaluate(probe.shadowText, 'gauge')).includes('Achieved')
              ? []
              : ['gauge not in English (lang="en")']),
          ];
        });
      } finally {
        await g.close();
      }
    },
  );

// ---- the npm apps --------------------------------------------------------------------------
/** Installs, checks the links, type-checks (when asked), builds; resolves to the dist folder or null. */
async function prepare(app, { typecheck = false, mode = 'production', angular = false }) {
  const dir = dirs[app];
  const inst = await installs[app];
  if (
    !(await test(`${app}: npm install (tarballs + registry)`, () =>
      inst.ok || inst.out.slice(-2000)))
  )
    return null;
  await test(`${app}: @cds-vn packages come from the tarballs, not workspace links`, () =>
    linkProblems(dir, tarballs));
  if (typecheck) {
    // `typecheck` names the checker: tsc, or vue-tsc for templates.
    const checker = typecheck === true ? 'tsc' : typecheck;
    await test(`${app}: types compile (${checker} --noEmit, skipLibCheck off)`, async () => {
      const r = await sh('npx', ['--no-install', checker, '--noEmit', '-p', '.'], dir);
      return r.ok || r.out.slice(-3000);
    });
  }
  if (angular) {
    // The Angular CLI's AOT build type-checks the TypeScript and, with strictTemplates, the
    // templates' bindings.
    const ng = await sh('npx', ['--no-install', 'ng', 'build'], dir, {
      env: { NG_CLI_ANALYTICS: 'false' },
    });
    if (
      !(await test(`${app}: ng build (AOT, strict templates)`, () => ng.ok || ng.out.slice(-3000)))
    )
      return null;
    return join(dir, 'dist/browser');
  }
  const built = await sh(
    'npx',
    ['--no-install', 'vite', 'build', '--mode', mode, '--logLevel', 'warn'],
    dir,
    {
      env: { NODE_ENV: mode },
    },
  );
  if (!(await test(`${app}: vite build (${mode})`, () => built.ok || built.out.slice(-3000))))
    return null;
  return join(dir, 'dist');
}

const builtJs = (dist) =>
  readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dist, 'assets', f), 'utf8'))
    .join('\n');

await section('vite-ts: Vite vanilla-TS app importing single elements', async () => {
  const dist = await prepare('vite-ts', { typecheck: true });
  await test("single elements type their events without the package root, as do the docs' snippets (tsc -p tsconfig.single.json)", async () => {
    const r = await sh(
      'npx',
      ['--no-install', 'tsc', '--noEmit', '-p', 'tsconfig.single.json'],
      dirs['vite-ts'],
    );
    return r.ok || r.out.slice(-3000);
  });
  if (dist) {
    const s = await openSite(dist);
    const { page } = s;
    try {
      await test('only the two imported elements are registered; the class import registers none', async () => {
        await waitFor(page, probe.renderedWithoutError, 'gauge');
        return [
          equal(
            await page.evaluate(probe.definedTags, ALL_TAGS),
            ['cds-kpi-gauge', 'cds-trend-chart'],
            'registered',
          ),
          (await page.evaluate(() => window.__classImportRegistered))
            ? 'importing CdsStatusBadge registered it'
            : true,
        ].filter((x) => x !== true);
      });
      await test('<cds-kpi-gauge> set by property renders value and status', async () =>
        includes(await page.evaluate(probe.shadowText, 'gauge'), ['54,34', 'Đạt'], 'gauge text'));
      await test('<cds-trend-chart> draws with Chart.js from its lazy chunk', async () =>
        (await waitFor(page, probe.chartDrawn, 'chart')) || 'no canvas[data-drawn]');
      await test('cds-error arrives on addEventListener', async () =>
        (await waitFor(
          page,
          () => (window.__events ?? []).some((e) => e.type === 'cds-error' && e.code),
          null,
        )) || `events: ${JSON.stringify(await page.evaluate(() => window.__events))}`);
      await test('the bundle holds no code of the elements it did not import', () => {
        const js = builtJs(dist);
        // A define module carries its tag name; a class carries its styles' --cds-<name>- tokens.
        return ['target-table', 'province-map', 'indicator-card']
          .flatMap((n) => [`cds-${n}`, `--cds-${n}-`])
          .filter((marker) => js.includes(marker))
          .map((marker) => `bundle contains ${marker}`);
      });
      await test('no console error, no failed load', () => s.problems);
    } finally {
      await s.close();
    }
  }
});

await section('react: React 19 app, objects as properties, oncds-* event props', async () => {
  const dist = await prepare('react', { typecheck: true });
  if (dist) {
    const s = await openSite(dist);
    const { page } = s;
    try {
      await test('define-all.js registers every element of the manifest', async () => {
        await waitFor(page, probe.renderedWithoutError, 'gauge');
        return equal(await page.evaluate(probe.definedTags, ALL_TAGS), ALL_TAGS, 'registered');
      });
      await test('an object prop reaches the element as a property and renders', async () =>
        gaugeTakesObject(page));
      await test('a state change re-renders the element', () => gaugeFollowsUpdate(page));
      await test('<cds-target-table data={object}> lists the rows', async () =>
        (await waitFor(
          page,
          (id) =>
            (document.getElementById(id)?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) >=
            2,
          'table',
        )) ||
        `rows: ${await page.evaluate(probe.tableRows, 'table')}; ${await page.evaluate(probe.shadowText, 'table')}`);
      await test('oncds-error={…} receives cds-error and updates React state', async () =>
        heard(page, 'cds-error@bad-gauge'));
      await test('oncds-province-select={…} receives a click on the map', async () =>
        clickMapAndHear(page, 'map'));
      await test('no console error, no failed load', () => s.problems);
    } finally {
      await s.close();
    }
  }
});

await section('vue: Vue 3 app with isCustomElement', async () => {
  // A development build (NODE_ENV too) keeps Vue's warnings, among them "Failed to resolve
  // component: cds-…" when isCustomElement is missing; a production build would stay silent.
  const dist = await prepare('vue', { typecheck: 'vue-tsc', mode: 'development' });
  if (dist) {
    const s = await openSite(dist);
    const { page } = s;
    try {
      await test('the two imported elements are registered, and only they', () =>
        onlyGaugeAndMapRegistered(page));
      await test(':indicator binds an object as a property and renders', async () =>
        gaugeTakesObject(page));
      await test('a reactive change re-renders the element', () => gaugeFollowsUpdate(page));
      await test('@cds-error receives cds-error', async () => heard(page, 'cds-error@bad-gauge'));
      await test('@cds-province-select receives a click on the map', async () =>
        clickMapAndHear(page, 'map'));
      await test('no console error or Vue warning, no failed load', () => [
        ...s.problems,
        ...s.warnings.filter((w) => /vue|resolve component/i.test(w)),
      ]);
    } finally {
      await s.close();
    }
  }
});

await section('angular: Angular 21 app with CUSTOM_ELEMENTS_SCHEMA, zoneless', async () => {
  const dist = await prepare('angular', { angular: true });
  if (dist) {
    const s = await openSite(dist);
    const { page } = s;
    try {
      await test('the two imported elements are registered, and only they', () =>
        onlyGaugeAndMapRegistered(page));
      await test('[indicator] binds an object as a property and renders', async () =>
        gaugeTakesObject(page));
      await test('a signal change re-renders the element', () => gaugeFollowsUpdate(page));
      await test('(cds-error) receives cds-error', async () => heard(page, 'cds-error@bad-gauge'));
      await test('(cds-province-select) receives a click on the map', async () =>
        clickMapAndHear(page, 'map'));
      await test('no console error, no failed load', () => s.problems);
    } finally {
      await s.close();
    }
  }
});

finish();

function finish() {
  if (!keep) for (const t of temps) rmSync(t, { recursive: true, force: true });
  else console.log(`\nKept: ${temps.join(' ')}`);
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  if (process.env.CONSUMERS_RESULT)
    writeFileSync(process.env.CONSUMERS_RESULT, JSON.stringify({ passed, failed }));
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s)`);
  console.log(`consumers: ${passed} passed, ${failed} failed`);
  process.exit(failed || !results.length ? 1 : 0);
}
