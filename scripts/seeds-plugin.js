// Serves the repository's seeds/*.json at /seeds/ in the dev server and copies them into the
// built demo, as a portal would publish its own datasets beside its pages.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const seedsDir = fileURLToPath(new URL('../seeds/', import.meta.url));
const seedFiles = () => readdirSync(seedsDir).filter((f) => f.endsWith('.json'));

export function seedsPlugin() {
  return {
    name: 'cds-seeds',
    configureServer(server) {
      server.middlewares.use('/seeds/', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').replace(/^\//, '').split('?')[0] ?? '');
        if (!seedFiles().includes(name)) return next();
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(readFileSync(seedsDir + name));
      });
    },
    generateBundle() {
      for (const name of seedFiles()) {
        this.emitFile({
          type: 'asset',
          fileName: `seeds/${name}`,
          source: readFileSync(seedsDir + name),
        });
      }
    },
  };
}
