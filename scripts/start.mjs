#!/usr/bin/env node
// `npm start`: the demo portal on http://127.0.0.1:5173 — plain HTML, cds-* tags and one
// script, every number from seeds/. Works with no network.
import { ensureDependencies } from './ensure-setup.mjs';

// On a fresh machine, `npm ci` first: vite is imported only once it is there.
ensureDependencies();
const { createServer } = await import('vite');

const server = await createServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
});
await server.listen();
server.printUrls();
