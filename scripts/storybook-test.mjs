#!/usr/bin/env node
// Visits every story of a built Storybook in headless Chromium (or Firefox ESR with --firefox,
// WebKitGTK with --webkit) and fails a story on any console error, uncaught exception or axe
// violation.
// Usage: node scripts/storybook-test.mjs [dir] [--firefox | --webkit]
// Closes with "storybook: N passed, N failed" ("storybook (Firefox): …" in Firefox).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, serve } from '../bench/lib.mjs';
import { FIREFOX_LAUNCH, firefoxPage, firefoxPuppeteer } from './firefox.js';
import { gatheringProblems, openWebKit } from './webkit.js';

const args = process.argv.slice(2);
const inFirefox = args.includes('--firefox');
const inWebKit = args.includes('--webkit');
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'storybook-static');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const viewport = { width: 1024, height: 768 };

/**
 * The browser, and what differs between its drivers: Playwright for Chromium, puppeteer-core
 * over WebDriver BiDi for Firefox (whose prefs turn motion off, as the context does in Chromium),
 * and plain WebDriver for WebKit, whose one window is reused for each story.
 */
async function openBrowser() {
  if (inWebKit) {
    const webkit = await openWebKit(viewport);
    const page = {
      ...webkit.page,
      addScriptTag: ({ path }) =>
        webkit.page.evaluate(
          (source) => {
            const script = document.createElement('script');
            script.textContent = source;
            document.head.append(script);
          },
          readFileSync(path, 'utf8'),
        ),
      close: () => webkit.page.goto('about:blank'),
    };
    return {
      newPage: async () => page,
      waitFor: (page, fn) => page.waitForFunction(fn),
      problems: async () => [
        ...(await page.evaluate(() => globalThis.__cdsProblems ?? ['no problem list'])),
        ...httpErrors.splice(0),
      ],
      close: webkit.close,
    };
  }
  if (inFirefox) {
    const browser = await firefoxPuppeteer.launch(FIREFOX_LAUNCH);
    const context = browser.defaultBrowserContext();
    return {
      newPage: () => firefoxPage(context, viewport),
      idle: 'networkidle0',
      waitFor: (page, fn) => page.waitForFunction(fn, { timeout: 10000 }),
      close: () => browser.close(),
    };
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  return {
    newPage: () => context.newPage(),
    idle: 'networkidle',
    waitFor: (page, fn) => page.waitForFunction(fn, null, { timeout: 10000 }),
    close: () => browser.close(),
  };
}

// In WebKit each story page gathers its own problems (see PROBLEMS_SCRIPT), and the server
// tells which requests failed.
const httpErrors = [];
const server = await serve(
  dir,
  inWebKit
    ? gatheringProblems(
        (file) => file.endsWith('iframe.html'),
        (url, status) => {
          if (status >= 400) httpErrors.push(`HTTP ${status}: ${url}`);
        },
      )
    : {},
);
const browser = await openBrowser();
let passed = 0;
let failed = 0;

for (const story of stories) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error')
      problems.push(`console error: ${m.text()} ${m.location().url ?? ''}`.trim());
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  try {
    await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`, {
      waitUntil: browser.idle,
    });
    await browser.waitFor(page, () => document.querySelector('#storybook-root')?.childElementCount);
    // Let elements finish their updates (lazy chunks, fetched data, chart draws).
    await page.evaluate(async () => {
      const els = [...document.querySelectorAll('#storybook-root *')].filter(
        (e) => 'updateComplete' in e,
      );
      await Promise.all(els.map((e) => e.updateComplete));
      await new Promise((r) => setTimeout(r, 300));
    });
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const result = await globalThis.axe.run('#storybook-root', { resultTypes: ['violations'] });
      return result.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join('; ')}`,
      );
    });
    problems.push(...violations.map((v) => `axe: ${v}`));
    problems.push(...((await browser.problems?.()) ?? []));
  } catch (e) {
    problems.push(`did not render: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  await page.close();
  if (problems.length) {
    failed++;
    console.log(`✗ ${story.title} › ${story.name}\n    ${problems.join('\n    ')}`);
  } else {
    passed++;
    console.log(`✓ ${story.title} › ${story.name}`);
  }
}
await browser.close();
server.close();
const engine = inFirefox ? ' (Firefox)' : inWebKit ? ' (WebKit)' : '';
console.log(`storybook${engine}: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
