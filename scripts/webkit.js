// Debian's WebKitGTK as a third engine for the element, Storybook and CDN-page tests: WebKit is
// Safari's engine, and iPhones read portals in nothing else. Its MiniBrowser is driven over W3C
// WebDriver by WebKitWebDriver (package webkit2gtk-driver) on a virtual display (Xvfb): nothing
// is downloaded, and the few WebDriver calls the tests need are made with fetch rather than a
// client library.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
/** The MiniBrowser of libwebkit2gtk-4.1-0, under the machine's own multiarch folder. */
export const MINIBROWSER =
  process.env.MINIBROWSER_PATH ??
  readdirSync('/usr/lib')
    .map((arch) => `/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`)
    .find((path) => existsSync(path)) ??
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';

/** WebDriver's codes for the key names the tests press (Playwright's and puppeteer's names). */
const KEYS = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Backspace: '\uE003',
  Delete: '\uE017',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Space: ' ',
};

/** One key name as WebDriver's value: a named key, or a single character as itself. */
function keyValue(name) {
  if (KEYS[name]) return KEYS[name];
  if ([...name].length === 1) return name;
  throw new Error(`The WebKit launcher does not know the key "${name}".`);
}

/** A free TCP port on the loopback, for the driver to listen on. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** Xvfb on the first free display; resolves with the process and its DISPLAY value. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(
      XVFB,
      ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      },
    );
    let err = '';
    xvfb.stderr.on('data', (d) => (err += d));
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${err.trim()}`)));
    let fd = '';
    xvfb.stdio[3].on('data', (d) => {
      fd += d;
      if (fd.includes('\n')) resolve({ xvfb, display: `:${fd.trim()}` });
    });
  });
}

/**
 * A W3C WebDriver session in MiniBrowser. `command` throws WebDriver's own message on an error.
 */
async function openSession(base) {
  const command = async (method, path, body) => {
    const response = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { value } = await response.json();
    if (!response.ok)
      throw new Error(`WebDriver ${method} ${path}: ${value?.message ?? value?.error}`);
    return value;
  };
  const { sessionId } = await command('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: MINIBROWSER,
          args: ['--automation', '--enable-smooth-scrolling=false'],
        },
      },
    },
  });
  const session = (method, path, body) => command(method, `/session/${sessionId}${path}`, body);
  return { session, close: () => command('DELETE', `/session/${sessionId}`).catch(() => {}) };
}

/** The driver's /status, polled until it takes sessions (it starts in well under a second). */
async function untilReady(base) {
  for (let tries = 0; tries < 100; tries += 1) {
    try {
      const response = await fetch(`${base}/status`);
      if (response.ok && (await response.json()).value?.ready) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${base}.`);
}

/**
 * The page surface the test runner's command plugins call for a 'puppeteer' browser (keyboard,
 * media emulation, viewport), over WebDriver, and what the Storybook and consumer tests call
 * (goto, evaluate). WebDriver cannot emulate media, so a request the page already meets passes
 * (screen, reduced motion) and any other fails, naming the helper that keeps such a test to
 * Chromium.
 */
function pageOver(session) {
  const keys = (actions) =>
    session('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  const expectMedia = async (query) => {
    const met = await session('POST', '/execute/sync', {
      script: 'return matchMedia(arguments[0]).matches',
      args: [query],
    });
    if (!met)
      throw new Error(`WebDriver cannot emulate "${query}": register the test with itInChromium.`);
  };
  return {
    keyboard: {
      // "Shift+Tab": the modifiers go down in order, the key is pressed, they come up in reverse.
      press: (combo) => {
        const values = combo.split(/\+(?!$)/).map(keyValue);
        return keys([
          ...values.map((value) => ({ type: 'keyDown', value })),
          ...[...values].reverse().map((value) => ({ type: 'keyUp', value })),
        ]);
      },
      down: (name) => keys([{ type: 'keyDown', value: keyValue(name) }]),
      up: (name) => keys([{ type: 'keyUp', value: keyValue(name) }]),
      type: (text) =>
        keys(
          [...text].flatMap((value) => [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ]),
        ),
    },
    emulateMediaType: async (type) => {
      if (type) await expectMedia(type);
    },
    emulateMediaFeatures: async (features = []) => {
      for (const { name, value } of features) await expectMedia(`(${name}: ${value})`);
    },
    setViewport: ({ width, height }) => session('POST', '/window/rect', { width, height }),
    /** Loads `url` and resolves once it has loaded (WebDriver's normal page-load strategy). */
    goto: (url) => session('POST', '/url', { url }),
    /** Runs `fn(...args)` in the page (awaiting what it returns) and resolves with its result. */
    evaluate: async (fn, ...args) => {
      const { ok, value } = await session('POST', '/execute/async', {
        script: `const done = arguments[arguments.length - 1];
          Promise.resolve().then(() => (${fn})(...[...arguments].slice(0, -1)))
            .then((value) => done({ ok: true, value }))
            .catch((e) => done({ ok: false, value: String(e) }));`,
        args,
      });
      if (!ok) throw new Error(value);
      return value;
    },
    /** Polls `fn(arg)` in the page until it is truthy, as Playwright's page does. */
    async waitForFunction(fn, arg, { timeout = 10000 } = {}) {
      for (const end = Date.now() + timeout; Date.now() < end;) {
        if (await this.evaluate(fn, arg)) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`timed out after ${timeout} ms waiting for ${fn}`);
    },
    /** WebDriver reports no console, error or network events: see PROBLEMS_SCRIPT. */
    on() {},
  };
}

/**
 * WebDriver reports neither console messages nor page errors, so a page served for a WebKit run
 * gathers its own, from its first script on: console.error calls, uncaught errors and
 * rejections, resources that failed to load, and what the page's security policy blocked.
 * Served from the page's host, so a policy of script-src 'self' allows it; read with
 * `page.evaluate(() => globalThis.__cdsProblems)`.
 */
export const PROBLEMS_SCRIPT = {
  path: '/__cds-problems.js',
  source: `const problems = (globalThis.__cdsProblems = []);
const consoleError = console.error.bind(console);
console.error = (...a) => (problems.push('console error: ' + a.join(' ')), consoleError(...a));
addEventListener('error', (e) => problems.push(e.target === window
  ? 'uncaught: ' + e.message : 'failed to load: ' + (e.target.src || e.target.href)), true);
addEventListener('unhandledrejection', (e) =>
  problems.push('uncaught: ' + (e.reason?.message ?? e.reason)));
addEventListener('securitypolicyviolation', (e) =>
  problems.push('policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));`,
};

/**
 * serve() options (bench/lib.mjs) for a WebKit run: PROBLEMS_SCRIPT is served, each page that
 * `isPage(file)` names loads it before anything else, and `onServe(url, status)` hears each answer.
 */
export const gatheringProblems = (isPage, onServe) => ({
  files: { [PROBLEMS_SCRIPT.path]: PROBLEMS_SCRIPT.source },
  rewrite: (file, body) =>
    isPage(file)
      ? body
          .toString()
          .replace(/^(\s*<!doctype html>)?/i, `$1<script src="${PROBLEMS_SCRIPT.path}"></script>`)
      : body,
  onServe,
});

/**
 * WebKitGTK, started: Xvfb, the driver and one MiniBrowser window. GTK's animations are off, which
 * WebKit reports as prefers-reduced-motion (the elements animate only when motion is allowed,
 * and the tests expect them still, as in the other engines), and so is smooth scrolling (a key
 * scrolls a box at once, as the tests read it). `close` ends the session and stops them all.
 * @param {{ width: number, height: number }} [viewport]
 */
export async function openWebKit(viewport) {
  const config = mkdtempSync(join(tmpdir(), 'cds-webkit-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(join(config, 'gtk-3.0', 'settings.ini'), '[Settings]\ngtk-enable-animations=0\n');
  /** @type {import('node:child_process').ChildProcess[]} */
  const processes = [];
  const stop = () => {
    process.off('exit', stop);
    for (const child of processes) child.kill();
    rmSync(config, { recursive: true, force: true });
  };
  // A process that ends without closing (an uncaught error) leaves no display or driver behind.
  process.once('exit', stop);
  try {
    const { xvfb, display } = await startXvfb();
    processes.push(xvfb);
    const port = await freePort();
    processes.push(
      spawn(WEBKIT_DRIVER, [`--port=${port}`], {
        env: { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: config },
        stdio: 'ignore',
      }),
    );
    const base = `http://127.0.0.1:${port}`;
    await untilReady(base);
    const { session, close } = await openSession(base);
    const page = pageOver(session);
    if (viewport) await page.setViewport(viewport);
    return {
      page,
      close: async () => {
        // A session WebDriver already deleted (a crashed page) refuses to close: stop anyway.
        try {
          await close();
        } finally {
          stop();
        }
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}

/**
 * Test-runner launcher for WebKitGTK. One window runs the test files one after another. It calls
 * itself a 'puppeteer' browser so that the runner's keyboard and media commands reach `getPage`,
 * whose page offers the part of puppeteer's page they use (see pageOver).
 * @returns {import('@web/test-runner-core').BrowserLauncher & { getPage(id: string): object }}
 */
export function webkitLauncher() {
  /** @type {Awaited<ReturnType<typeof openWebKit>> | undefined} */
  let browser;
  let active;
  let url;
  return {
    name: 'WebKit',
    type: 'puppeteer',
    concurrency: 1,
    async initialize() {
      browser = await openWebKit();
    },
    async stop() {
      await browser?.close();
      browser = undefined;
    },
    async startSession(id, testUrl) {
      if (!browser) throw new Error('The WebKit launcher was not initialised.');
      active = id;
      url = testUrl;
      try {
        await browser.page.goto(testUrl);
      } catch {
        // WebKitGTK's page crashed or hung in an earlier file and WebDriver deleted the session:
        // that file has failed; a new window runs the files after it, which all failed before.
        await browser.close().catch(() => {});
        browser = await openWebKit();
        await browser.page.goto(testUrl);
      }
    },
    isActive: (id) => active === id,
    getBrowserUrl: () => url,
    getPage: () => browser?.page,
    async stopSession(id) {
      if (active === id) {
        active = undefined;
        url = undefined;
        await browser?.page.goto('about:blank');
      }
      return {};
    },
    startDebugSession() {
      throw new Error('The WebKit launcher has no debug mode: open the test page in MiniBrowser.');
    },
  };
}
