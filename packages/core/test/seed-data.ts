/** The seed reports for core's tests, read through core's own source (not the built package). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataset, type Dataset, type Indicator } from '../src/model/index.js';
import { mergeDatasets } from '../../../seeds/merge.js';
import { DATASET_FILES } from '../../../seeds/reports.js';

const SEEDS = join(import.meta.dirname, '../../../seeds');

const raw = (file: string): never => JSON.parse(readFileSync(join(SEEDS, file), 'utf8')) as never;

function parsed(input: unknown): Dataset {
  const r = parseDataset(input);
  assert.ok(r.ok);
  return r.value;
}

/** One report's dataset, e.g. `bc-2023-02-25.json`. */
export const report = (file: string): Dataset => parsed(raw(file));

/** The five reports merged, each indicator's series joined across them. */
export const merged = (): Dataset => parsed(mergeDatasets(DATASET_FILES.map(raw)));

export function pick(ds: Dataset, id: string): Indicator {
  const found = ds.indicators.find((i) => i.id === id);
  assert.ok(found, id);
  return found;
}
