#!/usr/bin/env node
// Byte budgets: the only size gate in CI. Each file in bench/budgets/*.json names production
// entries and their brotli budget per part (initial: what the page loads up front; lazy: what
// it loads on first use; total: both); this builds them and fails when one is over.
//   { "name": "gauge page", "entries": { "gauge": "packages/elements/src/kpi-gauge/cds-kpi-gauge.ts" },
//     "budget": { "gauge": { "initial": 15000 } } }
// Optional "goal": same shape as "budget": the target, printed (met / NOT MET) but not
// gated. Optional "without": ["lit", "core", "base"] builds with that shared runtime left out,
// to measure what an element adds on its own.
// Optional "exclude": { "<entry>": ["chart-registry"] } leaves out of that entry's figures the
// lazy chunks whose name starts so, and whatever only they reach (e.g. Chart.js in "all
// elements except Chart.js"). Figures are the brotli size of the files concatenated.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, dirname, normalize } from 'node:path';
import { buildEntries, compressed, kB, ROOT } from '../bench/lib.mjs';

/** Relative imports of one output file, read from its code: static and dynamic. */
function importsOf(outDir, file) {
  const code = readFileSync(join(outDir, file), 'utf8');
  const found = (re) => [...code.matchAll(re)].map((m) => normalize(join(dirname(file), m[1])));
  return {
    static: found(/(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g),
    dynamic: found(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g),
  };
}

/** Files an entry loads, following dynamic imports, never entering the excluded chunks. */
function reachable(outDir, entryFile, excluded) {
  const seen = new Set();
  const initial = new Set();
  const visit = (file, up) => {
    if (seen.has(file) || excluded.some((x) => file.startsWith(`chunks/${x}`))) return;
    seen.add(file);
    if (up) initial.add(file);
    const { static: s, dynamic: d } = importsOf(outDir, file);
    for (const f of s) visit(f, up);
    for (const f of d) visit(f, false);
  };
  visit(entryFile, true);
  return { all: seen, initial };
}

const bytesOf = (outDir, files) =>
  files.length
    ? compressed(Buffer.concat(files.map((f) => readFileSync(join(outDir, f)))))
    : { min: 0, gzip: 0, brotli: 0 };

const dir = join(ROOT, 'bench/budgets');
let over = 0;
let checked = 0;
const goalsMissed = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const spec = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const entries = Object.fromEntries(
    Object.entries(spec.entries).map(([k, v]) => [k, join(ROOT, v)]),
  );
  const { outDir, report } = await buildEntries(entries, { without: spec.without ?? [] });
  for (const [name, excluded] of Object.entries(spec.exclude ?? {})) {
    // The same walk as the harness: checked against its total (raw bytes, which do not depend
    // on the order of the files) so a misread import cannot hide bytes.
    const full = reachable(outDir, `${name}.js`, []);
    const fullBytes = bytesOf(outDir, [...full.all]).min;
    if (fullBytes !== report[name].total.min)
      throw new Error(
        `${file}: import graph of ${name} misread (${fullBytes} ≠ ${report[name].total.min} bytes)`,
      );
    const { all, initial } = reachable(outDir, `${name}.js`, excluded);
    const left = [...full.all].filter((f) => !all.has(f));
    report[name] = {
      initial: bytesOf(outDir, [...initial]),
      lazy: bytesOf(
        outDir,
        [...all].filter((f) => !initial.has(f)),
      ),
      total: bytesOf(outDir, [...all]),
    };
    console.log(`     ${spec.name} · ${name}: leaving out ${left.join(', ') || 'nothing'}`);
    if (!left.length) throw new Error(`${file}: nothing of ${name} matches exclude ${excluded}`);
  }
  rmSync(outDir, { recursive: true, force: true });
  for (const [name, limits] of Object.entries(spec.budget)) {
    for (const [part, max] of Object.entries(limits)) {
      const actual = report[name]?.[part]?.brotli;
      checked++;
      const ok = actual !== undefined && actual <= max;
      if (!ok) over++;
      const goal = spec.goal?.[name]?.[part];
      const goalText =
        goal === undefined ? '' : ` · goal ${kB(goal)} ${actual <= goal ? 'met' : 'NOT MET'}`;
      if (goal !== undefined && !(actual <= goal)) goalsMissed.push(`${spec.name} (${part})`);
      console.log(
        `${ok ? 'ok  ' : 'OVER'} ${spec.name} · ${name} (${part}): ${kB(actual ?? NaN)} brotli, budget ${kB(max)}${goalText}`,
      );
    }
  }
}
// A budget is the gate: today's size plus a small margin, so any growth is a decision. A goal
// is the target where the build does not meet it yet: printed, not gated.
if (goalsMissed.length) console.log(`goals not yet met: ${goalsMissed.join('; ')}`);
console.log(`size: ${checked - over} passed, ${over} failed`);
process.exit(over ? 1 : 0);
