/** Shared by the seed tests: where the files are, and how to read them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset, DatasetInput, Indicator } from '@cds-vn/core';
import { parseDataset } from '@cds-vn/core';
import { mergeDatasets } from '../merge.js';
import { DATASET_FILES } from '../reports.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const seedsDir = path.join(repoRoot, 'seeds');
/** The source reports, outside the repository: present on the authors' machines only. */
export const reportsDir = path.resolve(repoRoot, '../shared/seeds');

export { DATASET_FILES } from '../reports.js';

/** A fresh copy of the raw JSON each call, so a test may change it freely. */
export function loadRaw(file: string): DatasetInput {
  return JSON.parse(readFileSync(path.join(seedsDir, file), 'utf8')) as DatasetInput;
}

export function loadParsed(file: string): Dataset {
  const r = parseDataset(loadRaw(file));
  if (!r.ok) throw new Error(`${file}: ${r.errors.map((e) => e.message.en).join('; ')}`);
  return r.value;
}

/** The five reports merged into one dataset, each indicator's series joined across them. */
export function loadMerged(): Dataset {
  const r = parseDataset(mergeDatasets(DATASET_FILES.map(loadRaw)));
  if (!r.ok) throw new Error(`merged: ${r.errors.map((e) => e.message.en).join('; ')}`);
  return r.value;
}

export function indicator(dataset: Dataset, id: string): Indicator {
  const found = dataset.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}
