#!/usr/bin/env node
// Bytes per entry in one table: each element's own entry (`@cds-vn/elements/<name>.js`: what a
// page with only that element loads, Lit and core included), define-all, and the CDN files as
// `npm run build` wrote them. Brotli (quality 11) is what the budgets count; min and gzip for
// reference. The budgets themselves are bench/budgets/*.json (npm run size).
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildEntries, compressed, kB, printTable, ROOT } from './lib.mjs';
import { elementNames } from '../packages/elements/scripts/element-names.js';

const src = join(ROOT, 'packages/elements/src');
const entries = Object.fromEntries([
  ...elementNames().map((n) => [n, join(src, n, `cds-${n}.ts`)]),
  ['define-all', join(src, 'define-all.ts')],
]);
const { outDir, report } = await buildEntries(entries);
rmSync(outDir, { recursive: true, force: true });
const row = (b) => `${kB(b.brotli)} (${kB(b.gzip)} gz, ${kB(b.min)} min)`;
printTable(
  'Bytes per entry (production build; brotli, with gzip and minified): initial = loaded up front, lazy = on first use',
  Object.fromEntries(
    Object.entries(report).map(([name, r]) => [
      name === 'define-all' ? 'define-all.js' : `${name}.js`,
      {
        brotli: r.initial.brotli,
        initial: row(r.initial),
        lazy: row(r.lazy),
        total: kB(r.total.brotli),
      },
    ]),
  ),
);

// The CDN folder as built: the one file a portal loads, and its lazy chunks.
const cdn = join(ROOT, 'packages/elements/dist/cdn');
if (existsSync(join(cdn, 'cds-elements.js'))) {
  const files = [
    'cds-elements.js',
    ...readdirSync(join(cdn, 'chunks'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `chunks/${f}`),
  ];
  printTable(
    'CDN build (packages/elements/dist/cdn, each file compressed on its own as a server sends it)',
    Object.fromEntries(
      files.map((f) => {
        const b = compressed(readFileSync(join(cdn, f)));
        return [
          f.replace(/^(chunks\/.+)-[\w-]{8}\.js$/, '$1-[hash].js'),
          { brotli: b.brotli, size: row(b) },
        ];
      }),
    ),
  );
} else console.log('\nCDN build: none yet (npm run build writes packages/elements/dist/cdn)');
