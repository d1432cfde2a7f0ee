// Headless Chromium or Firefox ESR (Debian's, never downloaded ones) on a folder served from
// 127.0.0.1: what a consumer app's visitor sees. Records console errors, uncaught exceptions and
// every request, so a test can say "nothing failed to load" and "nothing came from elsewhere".
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, serve } from '../../bench/lib.mjs';
import { FIREFOX_LAUNCH, firefoxPage, firefoxPuppeteer } from '../../scripts/firefox.js';
import * as probe from './probes.mjs';

/** Pages driven by puppeteer (Firefox), whose waitForFunction takes its arguments in another order. */
const puppeteerPages = new WeakSet();

/** The browser and a 1280 × 900 page: Playwright's Chromium, or puppeteer's Firefox ESR. */
async function launch(engine) {
  if (engine === 'firefox') {
    const browser = await firefoxPuppeteer.launch(FIREFOX_LAUNCH);
    const page = await firefoxPage(browser.defaultBrowserContext(), { width: 1280, height: 900 });
    puppeteerPages.add(page);
    return { browser, page };
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return { browser, page: await browser.newPage({ viewport: { width: 1280, height: 900 } }) };
}

/**
 * Opens `dir`'s index.html in `engine` ('chromium' or 'firefox'); resolves to
 * { page, origin, problems, warnings, requests, close }.
 */
export async function openSite(dir, { path = '/index.html', engine = 'chromium' } = {}) {
  const server = await serve(dir);
  const { browser, page } = await launch(engine);
  const problems = [];
  const warnings = [];
  const requests = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    // Playwright says "warning", puppeteer "warn".
    if (m.type().startsWith('warn')) warnings.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(`${server.url}${path}`);
  return {
    page,
    origin: server.url,
    problems,
    warnings,
    requests,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/** Waits until `predicate` (run in the page with `arg`) is true; false after `timeout` ms. */
export async function waitFor(page, predicate, arg, timeout = 15000) {
  try {
    if (puppeteerPages.has(page))
      await page.waitForFunction(predicate, { timeout, polling: 50 }, arg);
    else await page.waitForFunction(predicate, arg, { timeout, polling: 50 });
    return true;
  } catch {
    return false;
  }
}

/**
 * The framework apps log every event they receive into #heard as "<type>@<id>": true once
 * `needle` shows there, else a message saying what was heard.
 */
export async function heard(page, needle, timeout = 15000) {
  const ok = await waitFor(
    page,
    (n) => (document.getElementById('heard')?.textContent ?? '').includes(n),
    needle,
    timeout,
  );
  return ok || `heard: ${await page.evaluate(() => document.getElementById('heard')?.textContent)}`;
}

/** Clicks the first province of map `id` once drawn; true once the app heard the select event. */
export async function clickMapAndHear(page, id) {
  await waitFor(
    page,
    (i) =>
      (document.getElementById(i)?.shadowRoot?.querySelectorAll('path.province').length ?? 0) > 0,
    id,
  );
  await page.evaluate(probe.clickFirstProvince, id);
  return heard(page, `cds-province-select@${id}`, 5000);
}
