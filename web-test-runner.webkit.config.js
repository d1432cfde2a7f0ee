// The element tests again in WebKit, Safari's engine: Debian's WebKitGTK MiniBrowser over
// WebDriver on a virtual display (scripts/webkit.js), never a downloaded browser. The same files,
// plugins and shipped CSS as web-test-runner.config.js; tests that need what only Chromium gives
// automation are registered with itInChromium (test/helpers.ts).
import chromium from './web-test-runner.config.js';
import { webkitLauncher } from './scripts/webkit.js';

export default { ...chromium, browsers: [webkitLauncher()] };
