#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.mjs in turn (or those named on the command line)
// and lets each print its own tables, then ends with one summary table: every row of every
// table with its headline figure (median time, else brotli bytes). Figures, not verdicts:
// nothing here fails on time.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => !wanted.length || wanted.some((w) => f.includes(w)))
  .sort();
console.log(
  `Benchmarks on ${new Date().toISOString()} · node ${process.version} · ${files.length} suites`,
);
const summary = join(mkdtempSync(join(tmpdir(), 'cds-bench-summary-')), 'tables.jsonl');
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f}`);
  const r = spawnSync(process.execPath, ['--import', `${dir}summary-hook.mjs`, `${dir}${f}`], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_SUMMARY: summary },
  });
  if (r.status !== 0) failed++;
}

/** A row's headline figure: its median time, else its brotli bytes, else its first value. */
const headline = (row) => {
  const v = row.median ?? row.brotli ?? Object.entries(row).find(([k]) => k !== 'what')?.[1];
  return typeof v === 'number' && row.brotli === v
    ? `${(v / 1000).toFixed(1)} kB`
    : String(v ?? '');
};
const tables = existsSync(summary)
  ? readFileSync(summary, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
  : [];
const rows = tables.flatMap(({ suite, title, rows: t }) =>
  (Array.isArray(t) ? t.map((r, i) => [r.what ?? String(i), r]) : Object.entries(t)).map(
    ([label, r]) => ({
      suite,
      measure: `${title.replace(/\s*\(.*$/, '').slice(0, 60)} · ${label}`.slice(0, 110),
      figure: typeof r === 'object' && r ? headline(r) : String(r),
    }),
  ),
);
console.log(`\n=== Summary (${rows.length} figures from ${tables.length} tables; details above)`);
console.table(rows);
if (failed) console.log(`${failed} suite(s) failed to run`);
process.exit(failed ? 1 : 0);
