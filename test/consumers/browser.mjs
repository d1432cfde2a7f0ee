// Headless Chromium, Firefox ESR or WebKitGTK (Debian's, never downloaded ones) on a folder
// served from 127.0.0.1: what a consumer app's visitor sees. Records console errors, uncaught
// exceptions and every request, so a test can say "nothing failed to load" and "nothing came
// from elsewhere".
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, serve } from '../../bench/lib.mjs';
import { FIREFOX_LAUNCH, firefoxPage, firefoxPuppeteer } from '../../scripts/firefox.js';
import { PROBLEMS_SCRIPT, gatheringProblems, openWebKit } from '../../scripts/webkit.js';
import * as probe from './probes.mjs';

/** Pages driven by puppeteer (Firefox), whose waitForFunction takes its arguments in another order. */
const puppeteerPages = new WeakSet();

/** The browser and a 1280 × 900 page: Playwright's Chromium, puppeteer's Firefox, or WebKit. */
async function launch(engine) {
  if (engine === 'webkit') {
    const webkit = await openWebKit({ width: 1280, height: 900 });
    return { browser: { close: webkit.close }, page: webkit.page };
  }
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
 * Opens `dir`'s index.html in `engine` ('chromium', 'firefox' or 'webkit'); resolves to
 * { page, origin, problems, warnings, requests, collected, close }. In WebKit the lists fill only
 * when `collected()` reads them from the page (which gathers its own problems, PROBLEMS_SCRIPT)
 * and the server (which hears each request): call it before reading them.
 */
export async function openSite(dir, { path = '/index.html', engine = 'chromium' } = {}) {
  const problems = [];
  const warnings = [];
  const requests = [];
  const served = [];
  const server = await serve(
    dir,
    engine === 'webkit'
      ? gatheringProblems(
          (file) => file.endsWith('.html'),
          (url, status) => served.push({ url, status }),
        )
      : {},
  );
  const { browser, page } = await launch(engine);
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
  const site = {
    page,
    origin: server.url,
    problems,
    warnings,
    requests,
    /** The lists, up to date: in WebKit, read again from the page and the server. */
    async collected() {
      if (engine !== 'webkit') return site;
      const [gathered, fetched] = await page.evaluate(() => [
        globalThis.__cdsProblems ?? ['no problem list'],
        performance.getEntriesByType('resource').map((e) => e.name),
      ]);
      const fromHost = served
        .filter((r) => r.url !== PROBLEMS_SCRIPT.path)
        .map((r) => `${server.url}${r.url}`);
      problems.splice(0, Infinity, ...gathered);
      problems.push(
        ...served.filter((r) => r.status >= 400).map((r) => `HTTP ${r.status}: ${r.url}`),
      );
      // The host's log has every request to it; the page's timing also has those elsewhere.
      const elsewhere = fetched.filter((u) => !u.startsWith(server.url));
      requests.splice(0, Infinity, ...fromHost, ...elsewhere);
      return site;
    },
    close: async () => {
      await browser.close();
      server.close();
    },
  };
  return site;
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
