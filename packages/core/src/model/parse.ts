/**
 * The entry points for untrusted input. Nothing here throws on bad data: every failure is a
 * `Result` with DataErrors naming the bad field.
 */
import * as v from 'valibot';
import type { DataError, Result } from './data-error.js';
import { dataError } from './data-error.js';
import { describeIssues } from './describe-issue.js';
import {
  expandShortForm,
  normalizeDataset,
  normalizeIndicator,
  standaloneContext,
} from './normalize.js';
import { DatasetSchema, IndicatorSchema, ShortIndicatorSchema } from './schema.js';
import type { Dataset, Indicator } from './types.js';

/** JSON.parse that reports where the text broke, in both languages. */
export function parseJson(text: string): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      errors: [
        dataError('invalid-json', '', `JSON không hợp lệ: ${detail}`, `Invalid JSON: ${detail}`),
      ],
    };
  }
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Keys only the short form has: their presence means a hand-typed indicator. */
const SHORT_FORM_KEYS = ['value', 'target', 'op', 'period', 'total'];

export function isShortForm(input: unknown): boolean {
  return (
    isRecord(input) &&
    !('observations' in input) &&
    !('targets' in input) &&
    SHORT_FORM_KEYS.some((k) => k in input)
  );
}

/** One indicator, full or short form. */
export function parseIndicator(input: unknown, index?: number): Result<Indicator> {
  const prefix = index === undefined ? [] : [index];
  const path = index === undefined ? '' : `[${index}]`;
  if (isShortForm(input)) {
    const r = v.safeParse(ShortIndicatorSchema, input);
    if (!r.success) return { ok: false, errors: describeIssues(r.issues, prefix) };
    return parseIndicator(expandShortForm(r.output), index);
  }
  const r = v.safeParse(IndicatorSchema, input);
  if (!r.success) return { ok: false, errors: describeIssues(r.issues, prefix) };
  const errors: DataError[] = [];
  const indicator = normalizeIndicator(standaloneContext(errors), r.output, path);
  return errors.length ? { ok: false, errors } : { ok: true, value: indicator };
}

/** A whole dataset (full form only: it is what reports and APIs publish). */
export function parseDataset(input: unknown): Result<Dataset> {
  const r = v.safeParse(DatasetSchema, input);
  if (!r.success) return { ok: false, errors: describeIssues(r.issues) };
  const { dataset, errors } = normalizeDataset(r.output);
  return errors.length ? { ok: false, errors } : { ok: true, value: dataset };
}

/**
 * Anything an element accepts as data: a dataset, an array of indicators, or one indicator in
 * full or short form. Bare indicators are wrapped in a dataset with no source.
 */
export function parseIndicatorData(input: unknown): Result<Dataset> {
  if (isRecord(input) && 'indicators' in input) return parseDataset(input);
  const items = Array.isArray(input) ? input : [input];
  const indicators: Indicator[] = [];
  const errors: DataError[] = [];
  items.forEach((item, i) => {
    const r = parseIndicator(item, Array.isArray(input) ? i : undefined);
    if (r.ok) indicators.push(r.value);
    else errors.push(...r.errors);
  });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { sources: [], pillars: [], indicators, regional: [], tables: [] } };
}

/** Picks one indicator by id; without an id, the dataset must hold exactly one. */
export function selectIndicator(dataset: Dataset, id?: string): Result<Indicator> {
  if (id) {
    const found = dataset.indicators.find((i) => i.id === id);
    if (found) return { ok: true, value: found };
    return {
      ok: false,
      errors: [
        dataError(
          'not-found',
          'indicator-id',
          `Không tìm thấy chỉ tiêu "${id}" trong dữ liệu`,
          `No indicator "${id}" in the data`,
        ),
      ],
    };
  }
  const [first, ...rest] = dataset.indicators;
  if (first && rest.length === 0) return { ok: true, value: first };
  return {
    ok: false,
    errors: [
      first
        ? dataError(
            'not-found',
            'indicator-id',
            `Dữ liệu có ${dataset.indicators.length} chỉ tiêu: hãy chọn một bằng indicator-id`,
            `The data holds ${dataset.indicators.length} indicators: pick one with indicator-id`,
          )
        : dataError(
            'not-found',
            'indicators',
            'Dữ liệu không có chỉ tiêu nào',
            'The data holds no indicator',
          ),
    ],
  };
}
