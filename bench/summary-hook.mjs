// Preloaded into every benchmark by bench/run.mjs (`node --import`): records each table a suite
// prints (console.table, with the line logged just before it as its title) into the file named
// by BENCH_SUMMARY, one JSON line per table, so the runner can end with one summary table.
import { appendFileSync } from 'node:fs';
import { basename } from 'node:path';

const file = process.env.BENCH_SUMMARY;
const suite = basename(process.argv[1] ?? '').replace(/\.bench\.mjs$/, '');
if (file) {
  let title = '';
  const log = console.log.bind(console);
  const table = console.table.bind(console);
  console.log = (...args) => {
    if (typeof args[0] === 'string' && args[0].trim()) title = args[0].trim();
    log(...args);
  };
  console.table = (rows, ...rest) => {
    appendFileSync(file, `${JSON.stringify({ suite, title, rows })}\n`);
    title = '';
    table(rows, ...rest);
  };
}
