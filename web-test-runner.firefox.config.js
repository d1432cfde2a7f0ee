// The element tests again in headless Firefox ESR (Debian's firefox-esr, never a downloaded
// browser): the same files, plugins and shipped CSS as web-test-runner.config.js. Tests that need
// what only Chromium gives automation are registered with itInChromium (test/helpers.ts).
import chromium from './web-test-runner.config.js';
import { firefoxLauncher } from './scripts/firefox.js';

export default { ...chromium, browsers: [firefoxLauncher()] };
