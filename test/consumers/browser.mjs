// Headless Chromium (Debian's, never a downloaded one) on a folder served from 127.0.0.1: what
// a consumer app's visitor sees. Records console errors, uncaught exceptions and every request,
// so a test can say "nothing failed to load" and "nothing came from elsewhere".
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, serve } from '../../bench/lib.mjs';
import * as probe from './probes.mjs';

/** Opens `dir`'s index.html; resolves to { page, origin, problems, warnings, requests, close }. */
export async function openSite(dir, { path = '/index.html' } = {}) {
  const server = await serve(dir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  const warnings = [];
  const requests = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    if (m.type() === 'warning') warnings.push(m.text());
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
    await page.waitForFunction(predicate, arg, { timeout, polling: 50 });
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
