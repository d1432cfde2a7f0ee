// What `npm start` and `npm test` need and a fresh machine lacks, installed before they run, so
// the README's set-up stays two commands. Node built-ins only: this runs before `npm ci`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;

/** `npm ci` when the dependencies are not installed (no lockfile copy in node_modules). */
export function ensureDependencies() {
  if (existsSync(`${root}node_modules/.package-lock.json`)) return;
  console.log('\n== Installing the dependencies (npm ci)');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** Debian's packages for the element tests, by the file each installs; nothing downloads a browser. */
const BROWSER_PACKAGES = [
  ['chromium', process.env.CHROME_PATH || '/usr/bin/chromium'],
  ['firefox-esr', '/usr/bin/firefox-esr'],
  ['webkit2gtk-driver', '/usr/bin/WebKitWebDriver'],
  ['xvfb', '/usr/bin/Xvfb'],
];

/**
 * apt-get for the browsers that are missing: as root it installs them; otherwise it says the
 * command to run and stops, rather than failing later with a browser error.
 */
export function ensureBrowsers() {
  const missing = BROWSER_PACKAGES.filter(([, file]) => !existsSync(file)).map(([name]) => name);
  if (!missing.length) return;
  const command = `apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(
      `\nThe element tests need Debian's ${missing.join(', ')}: run\n  sudo ${command}`,
    );
    process.exit(1);
  }
  console.log(`\n== Installing Debian's ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...missing],
  ]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
