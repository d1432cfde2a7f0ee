/** Shared by the seed tests: where the files are, and how to read them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset, DatasetInput, Indicator } from '@cds-vn/core';
import { parseDataset } from '@cds-vn/core';
import { mergeDatasets } from '../merge.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const seedsDir = path.join(repoRoot, 'seeds');
/** The source reports, outside the repository: present on the authors' machines only. */
export const reportsDir = path.resolve(repoRoot, '../shared/seeds');

/** The five datasets, one per report, oldest report first. */
export const DATASET_FILES = [
  'bc-2022-08.json',
  'bc-2022-12-28.json',
  'bc-2023-02-25.json',
  'bc-2023-12.json',
  'bc-2024-04.json',
] as const;

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
