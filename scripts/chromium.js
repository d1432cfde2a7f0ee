// Debian's Chromium and the flags it needs here: run as root (no sandbox), offline (no
// background networking, updates, sync or QUIC), no GPU. Shared by the test runner, the
// benchmarks and the Storybook test, so every run starts the browser the same way.
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
