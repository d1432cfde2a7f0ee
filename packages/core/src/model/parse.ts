/**
 * The entry points for untrusted input. Nothing here throws on bad data: every failure is a
 * `Result` with DataErrors naming the bad field.
 */
import type { Result } from './data-error.js';
import { describeIssues } from './describe-issue.js';
import { datasetWith, indicatorDataWith, indicatorWith } from './parse-with.js';
import type { Dataset, Indicator } from './types.js';

export { isShortForm } from './parse-with.js';
export { parseJson } from './parse-json.js';
export { selectIndicator } from './select-indicator.js';

/** One indicator, full or short form. */
export function parseIndicator(input: unknown, index?: number): Result<Indicator> {
  return indicatorWith(describeIssues, input, index);
}

/** A whole dataset (full form only: it is what reports and APIs publish). */
export function parseDataset(input: unknown): Result<Dataset> {
  return datasetWith(describeIssues, input);
}

/**
 * Anything an element accepts as data: a dataset, an array of indicators, or one indicator in
 * full or short form. Bare indicators are wrapped in a dataset with no source.
 */
export function parseIndicatorData(input: unknown): Result<Dataset> {
  return indicatorDataWith(describeIssues, input);
}
