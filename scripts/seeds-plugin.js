// Serves the repository's seeds/*.json at /seeds/ in the dev server and copies them into the
// built demo, as a portal would publish its own datasets beside its pages. It also publishes
// /seeds/merged.json: the five reports joined by indicator id (seeds/merge.ts), so one URL holds
// every series that spans reports.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const seedsDir = fileURLToPath(new URL('../seeds/', import.meta.url));
const MERGED = 'merged.json';
const seedFiles = () => readdirSync(seedsDir).filter((f) => f.endsWith('.json') && f !== MERGED);

/** The merged dataset as JSON text. merge.ts is TypeScript: tsx loads it in plain Node too. */
export async function mergedSeeds() {
  const { tsImport } = await import('tsx/esm/api');
  const { mergeDatasets } = await tsImport('../seeds/merge.ts', import.meta.url);
  const datasets = seedFiles().map((f) => JSON.parse(readFileSync(seedsDir + f, 'utf8')));
  return JSON.stringify(mergeDatasets(datasets));
}

/** Vite plugin: the demo's dev server and `npm run build:demo`. */
export function seedsPlugin() {
  return {
    name: 'cds-seeds',
    configureServer(server) {
      server.middlewares.use('/seeds/', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').replace(/^\//, '').split('?')[0] ?? '');
        if (name === MERGED) {
          // Merged on each request, so an edited seed shows on reload.
          mergedSeeds().then(
            (text) => {
              res.setHeader('content-type', 'application/json; charset=utf-8');
              res.end(text);
            },
            (e) => next(e),
          );
          return;
        }
        if (!seedFiles().includes(name)) return next();
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(readFileSync(seedsDir + name));
      });
    },
    async generateBundle() {
      for (const name of seedFiles()) {
        this.emitFile({
          type: 'asset',
          fileName: `seeds/${name}`,
          source: readFileSync(seedsDir + name),
        });
      }
      this.emitFile({ type: 'asset', fileName: `seeds/${MERGED}`, source: await mergedSeeds() });
    },
  };
}

/**
 * @web/test-runner plugin: serves /seeds/merged.json beside the seeds the runner already serves
 * from the repository root, so the demo test sees the page exactly as `npm start` serves it.
 */
export function mergedSeedsTestPlugin() {
  return {
    name: 'cds-merged-seeds',
    async serve(context) {
      if (context.path === `/seeds/${MERGED}`) return { body: await mergedSeeds(), type: 'json' };
      return undefined;
    },
  };
}
