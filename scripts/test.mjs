#!/usr/bin/env node
// `npm test`: type-check, the Node tests (core, seeds, geo, build scripts), then the element tests in headless
// Chromium and again in headless Firefox ESR and in WebKitGTK, then every story. Prints each runner's own output,
// then one closing line with the summed counts.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBrowsers, ensureDependencies } from './ensure-setup.mjs';

// On a fresh machine: `npm ci`, and Debian's browsers (see ensure-setup.mjs).
ensureDependencies();
ensureBrowsers();

/** Node 20 has no fs.globSync: a small walk for `*.test.ts`. */
const testFiles = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.test.ts'))
    .map((e) => join(e.parentPath ?? e.path, e.name));

const run = (cmd, args, { capture = false } = {}) =>
  new Promise((resolve) => {
    const child = spawn(cmd, args, {
      stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'],
    });
    let out = '';
    if (capture) {
      for (const s of [child.stdout, child.stderr]) {
        s.on('data', (d) => {
          out += d;
          process.stdout.write(d);
        });
      }
    }
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });

let passed = 0;
let failed = 0;
let ok = true;

console.log('\n== Type-check');
const tsc = await run('npx', ['--no-install', 'tsc', '-p', 'tsconfig.json', '--noEmit']);
if (tsc.code !== 0) {
  ok = false;
  failed += 1;
  console.log('type-check failed');
}

console.log('\n== Node tests (core, seeds, geo, build scripts)');
const nodeFiles = ['packages/core/test', 'seeds/test', 'packages/geo/test', 'scripts/test']
  .filter((d) => existsSync(d))
  .flatMap(testFiles);
const tap = join(mkdtempSync(join(tmpdir(), 'cds-test-')), 'node.tap');
const node = await run(process.execPath, [
  '--import',
  'tsx',
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${tap}`,
  ...nodeFiles,
]);
const tapText = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
const count = (name) =>
  Number((tapText.match(new RegExp(`^# ${name} (\\d+)$`, 'm')) ?? [])[1] ?? 0);
passed += count('pass');
failed += count('fail') + count('cancelled');
if (node.code !== 0) ok = false;

/**
 * The element tests under one web-test-runner config: its closing counts join the sums. With
 * `rerunOnCrash`, a run in which the browser itself crashed or hung (WebKitGTK's page process,
 * rarely, on a loaded machine) runs once more, and that run's counts are the ones kept; a test
 * that fails, in a browser that did not crash, is never run again.
 */
const elementTests = async (config, { rerunOnCrash = false } = {}) => {
  const once = () =>
    run('npx', ['--no-install', 'web-test-runner', '--config', config], { capture: true });
  let wtr = await once();
  const crashed = /page crash or hang|browser disconnected/;
  if (rerunOnCrash && wtr.code !== 0 && crashed.test(wtr.out)) {
    console.log(`\n== The browser crashed or hung (not a test failure): ${config} once more`);
    wtr = await once();
  }
  // eslint-disable-next-line no-control-regex
  const plain = wtr.out.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  const all = [...plain.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  if (all) {
    passed += Number(all[1]);
    failed += Number(all[2]);
  } else if (wtr.code !== 0) failed += 1;
  if (wtr.code !== 0) ok = false;
};

console.log('\n== Element tests (headless Chromium)');
await elementTests('web-test-runner.config.js');

// The same tests in Firefox and in WebKit (Safari's engine), less those that need Chromium's
// emulation or its accessibility tree (itInChromium in packages/elements/test/helpers.ts).
console.log('\n== Element tests (headless Firefox ESR)');
await elementTests('web-test-runner.firefox.config.js');

console.log('\n== Element tests (WebKitGTK, on a virtual display)');
await elementTests('web-test-runner.webkit.config.js', { rerunOnCrash: true });

console.log(
  '\n== Storybook: every story in Chromium, Firefox and WebKit, no console error, no axe violation',
);
// CI builds Storybook just before and passes STORYBOOK_STATIC; otherwise build a fresh one here.
let sbDir = process.env.STORYBOOK_STATIC;
if (!sbDir) {
  sbDir = join(mkdtempSync(join(tmpdir(), 'cds-sb-')), 'static');
  await run('npm', ['run', 'manifest', '--silent'], { capture: true });
  const sbBuild = await run(
    'npx',
    ['--no-install', 'storybook', 'build', '--disable-telemetry', '--quiet', '-o', sbDir],
    { capture: true },
  );
  if (sbBuild.code !== 0) {
    ok = false;
    failed += 1;
    sbDir = undefined;
  }
}
// Every story in Chromium, then in Firefox ESR and in WebKit: the same checks in each engine.
if (sbDir) {
  for (const engine of [[], ['--firefox'], ['--webkit']]) {
    const sb = await run(process.execPath, ['scripts/storybook-test.mjs', sbDir, ...engine], {
      capture: true,
    });
    const m = [...sb.out.matchAll(/storybook[^:\n]*: (\d+) passed, (\d+) failed/g)].at(-1);
    if (m) {
      passed += Number(m[1]);
      failed += Number(m[2]);
    } else failed += 1;
    if (sb.code !== 0) ok = false;
  }
}

// The consumer-app tests (test/consumers/run.mjs) take a minute or two of npm installs, so CI
// runs them as their own step before this one and hands over their counts in CONSUMERS_RESULT;
// a missing or unreadable result counts as a failure. Locally: npm run test:consumers.
if (process.env.CONSUMERS_RESULT) {
  console.log('\n== Consumer apps (run by .ci/run before this step)');
  try {
    const r = JSON.parse(readFileSync(process.env.CONSUMERS_RESULT, 'utf8'));
    passed += Number(r.passed);
    failed += Number(r.failed);
    console.log(`consumers: ${r.passed} passed, ${r.failed} failed`);
  } catch {
    failed += 1;
    console.log(`consumer-app results missing (${process.env.CONSUMERS_RESULT})`);
  }
}

console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
