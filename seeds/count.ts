/**
 * Counts what each dataset holds, as a Markdown table for seeds/README.md:
 *   npx tsx seeds/count.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatasetInput } from '@cds-vn/core';
import { parseDataset } from '@cds-vn/core';
import { DATASET_FILES } from './reports.js';

const dir = path.dirname(fileURLToPath(import.meta.url));

const rows: string[] = [
  '| file | indicators | of which milestones | observations | of which with a value | targets | regional entries (provinces keyed) | tables |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
];
const total = [0, 0, 0, 0, 0, 0, 0, 0];
for (const file of DATASET_FILES) {
  const raw = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as DatasetInput;
  const r = parseDataset(raw);
  if (!r.ok)
    throw new Error(`${file} is not valid: ${r.errors.map((e) => e.message.en).join('; ')}`);
  const ds = r.value;
  const obs = ds.indicators.flatMap((i) => i.observations);
  const keyed = ds.regional.reduce(
    (n, x) =>
      n +
      (x.type === 'values'
        ? Object.keys(x.values).length
        : x.categories.reduce((m, c) => m + c.provinces.length, 0)),
    0,
  );
  const counts = [
    ds.indicators.length,
    ds.indicators.filter((i) => i.kind === 'milestone').length,
    obs.length,
    obs.filter((o) => o.value !== undefined).length,
    ds.indicators.reduce((n, i) => n + i.targets.length, 0),
    ds.regional.length,
    keyed,
    ds.tables.length,
  ];
  counts.forEach((c, i) => (total[i] = (total[i] ?? 0) + c));
  const [ind, ms, o, ov, t, reg, prov, tab] = counts;
  rows.push(`| \`${file}\` | ${ind} | ${ms} | ${o} | ${ov} | ${t} | ${reg} (${prov}) | ${tab} |`);
}
const [ind, ms, o, ov, t, reg, prov, tab] = total;
rows.push(`| **total** | ${ind} | ${ms} | ${o} | ${ov} | ${t} | ${reg} (${prov}) | ${tab} |`);

const ids = new Set<string>();
for (const file of DATASET_FILES) {
  for (const i of (JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as DatasetInput)
    .indicators)
    ids.add(i.id);
}
console.log(rows.join('\n'));
console.log(`\n${ids.size} distinct indicator ids across the five files.`);
