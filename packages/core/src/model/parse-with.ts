/**
 * The parse pipeline with the wording of schema errors passed in. The public entry points
 * (parse.ts) pass the describer; the deferred one (parse-deferred.ts) loads it only when the
 * data is bad, so a page that shows valid data never downloads the error texts.
 */
import * as v from 'valibot';
import type { DataError, Result } from './data-error.js';
import {
  expandShortForm,
  normalizeDataset,
  normalizeIndicator,
  standaloneContext,
} from './normalize.js';
import { DatasetSchema, IndicatorSchema, ShortIndicatorSchema } from './schema.js';
import type { Dataset, Indicator } from './types.js';

/** Valibot's issues → DataErrors, under `prefix` (the index of an item in an array). */
export type IssueDescriber = (
  issues: readonly v.BaseIssue<unknown>[],
  prefix?: readonly (string | number)[],
) => DataError[];

export const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Keys only the short form has: their presence means a hand-typed indicator. */
const SHORT_FORM_KEYS = ['value', 'target', 'op', 'period', 'total'];

/**
 * A hand-typed indicator: one with a key only the short form has, or with none of the keys the
 * full form needs (`id`, `observations`, `targets`). So `{ "name": …, "vaule": 5 }` is a short
 * form with one misspelt key, told as that alone, not also as a full form missing its `id`.
 */
export function isShortForm(input: unknown): boolean {
  return (
    isRecord(input) &&
    !('observations' in input) &&
    !('targets' in input) &&
    (!('id' in input) || SHORT_FORM_KEYS.some((k) => k in input))
  );
}

export function indicatorWith(
  describe: IssueDescriber,
  input: unknown,
  index?: number,
): Result<Indicator> {
  const prefix = index === undefined ? [] : [index];
  if (isShortForm(input)) {
    const r = v.safeParse(ShortIndicatorSchema, input);
    if (!r.success) return { ok: false, errors: describe(r.issues, prefix) };
    const full = indicatorWith(describe, expandShortForm(r.output), index);
    return full.ok && r.output.period === undefined
      ? { ok: true, value: { ...full.value, undated: true } }
      : full;
  }
  const r = v.safeParse(IndicatorSchema, input);
  if (!r.success) return { ok: false, errors: describe(r.issues, prefix) };
  const errors: DataError[] = [];
  const indicator = normalizeIndicator(
    standaloneContext(errors),
    r.output,
    index === undefined ? '' : `[${index}]`,
  );
  return errors.length ? { ok: false, errors } : { ok: true, value: indicator };
}

export function datasetWith(describe: IssueDescriber, input: unknown): Result<Dataset> {
  const r = v.safeParse(DatasetSchema, input);
  if (!r.success) return { ok: false, errors: describe(r.issues) };
  const { dataset, errors } = normalizeDataset(r.output);
  return errors.length ? { ok: false, errors } : { ok: true, value: dataset };
}

export function indicatorDataWith(describe: IssueDescriber, input: unknown): Result<Dataset> {
  if (isRecord(input) && 'indicators' in input) return datasetWith(describe, input);
  const many = Array.isArray(input);
  const indicators: Indicator[] = [];
  const errors: DataError[] = [];
  (many ? input : [input]).forEach((item: unknown, i) => {
    const r = indicatorWith(describe, item, many ? i : undefined);
    if (r.ok) indicators.push(r.value);
    else errors.push(...r.errors);
  });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { sources: [], pillars: [], indicators, regional: [], tables: [] } };
}
