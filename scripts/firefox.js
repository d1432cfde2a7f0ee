// Debian's Firefox ESR as a second engine for the element tests, driven over WebDriver BiDi by
// the puppeteer-core the test runner already has: nothing is downloaded. Portals are read in
// Firefox too, and a layout or focus rule that only Chromium honours should fail a test here.
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * What the tests take for granted in every browser: no animation (the elements animate only when
 * motion is allowed); scrollbars over the page, as on a phone and in headless Chromium, so a page
 * set to 320 px is 320 px wide; and no first-run pages, updates or telemetry on an offline machine.
 */
const PREFS = {
  'ui.prefersReducedMotion': 1,
  'ui.useOverlayScrollbars': 1,
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
};

/**
 * Media queries the page already answers as asked. Firefox 140 cannot emulate media over BiDi, so
 * a request it already meets (screen, reduced motion) passes, and any other one fails, naming the
 * helper that keeps such a test to Chromium. (The test runner's emulateMedia drops forcedColors
 * for puppeteer before it gets here: a forced-colours test run in Firefox fails its own checks.)
 * @param {import('puppeteer-core').Page} page
 * @param {string} query
 */
async function expectMedia(page, query) {
  const met = await page.evaluate((q) => matchMedia(q).matches, query);
  if (!met)
    throw new Error(
      `Firefox cannot emulate "${query}" over WebDriver BiDi: register the test with itInChromium.`,
    );
}

/** Puppeteer's launch options for Debian's Firefox ESR, headless, with the prefs above. */
export const FIREFOX_LAUNCH = {
  browser: /** @type {const} */ ('firefox'),
  executablePath: FIREFOX,
  headless: true,
  extraPrefsFirefox: PREFS,
};

/**
 * A new page in `context`, of `viewport`'s size when one is given, mended for Firefox ESR:
 * puppeteer also sends a screen orientation with each viewport, a command Firefox 140 does not
 * know (the viewport itself is applied); and media emulation only checks that the page already
 * matches (see expectMedia).
 * @param {import('puppeteer-core').BrowserContext} context
 * @param {{ width: number, height: number }} [viewport]
 * @returns {Promise<import('puppeteer-core').Page>}
 */
export async function firefoxPage(context, viewport) {
  const page = await context.newPage();
  const setViewport = page.setViewport.bind(page);
  page.setViewport = (viewport) =>
    setViewport(viewport).catch((error) => {
      if (!String(error).includes('setScreenOrientationOverride')) throw error;
    });
  page.emulateMediaType = async (type) => {
    if (type) await expectMedia(page, type);
  };
  page.emulateMediaFeatures = async (features = []) => {
    for (const { name, value } of features) await expectMedia(page, `(${name}: ${value})`);
  };
  if (viewport) await page.setViewport(viewport);
  return page;
}

/** Puppeteer, for scripts that drive Firefox themselves (the Storybook test). */
export const firefoxPuppeteer = /** @type {typeof import('puppeteer-core')} */ (
  puppeteer.default ?? puppeteer
);

/**
 * Test-runner launcher for Firefox ESR.
 * @returns {import('@web/test-runner-core').BrowserLauncher}
 */
export function firefoxLauncher() {
  return chromeLauncher({
    puppeteer: firefoxPuppeteer,
    launchOptions: FIREFOX_LAUNCH,
    createPage: ({ context }) => firefoxPage(context),
  });
}
