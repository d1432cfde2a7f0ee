/**
 * The parse entry points for pages: valid data is parsed at once, as always; only bad data waits
 * for the words that describe its problems (describe-issue.ts, loaded on first need). A page of
 * valid gauges, tables or maps never downloads them.
 */
import { dataError, joinPath, type DataError, type Result } from './data-error.js';
import {
  datasetWith,
  indicatorDataWith,
  indicatorWith,
  type IssueDescriber,
} from './parse-with.js';
import { readJson } from './read-json.js';
import { hasRepeatedKey } from './repeated-key-check.js';
import type { Dataset, Indicator } from './types.js';

/** The parse entry points of parse.ts, with the wording of schema errors chosen by the caller. */
export interface Parsers {
  indicator(input: unknown, index?: number): Result<Indicator>;
  dataset(input: unknown): Result<Dataset>;
}

const parsersWith = (describe: IssueDescriber): Parsers => ({
  indicator: (input, index) => indicatorWith(describe, input, index),
  dataset: (input) => datasetWith(describe, input),
});

/**
 * Runs a parse built on `Parsers` (an element's own, such as the table's row-by-row one) with
 * the wording loaded only if a schema check failed somewhere in it, even in a row the parse
 * kept going past. Until then, and offline, each bad field is named plainly.
 */
function deferWording<T>(
  run: (describe: IssueDescriber) => Result<T>,
): Result<T> | Promise<Result<T>> {
  let rejected = false;
  const plain: IssueDescriber = (issues, prefix = []) => {
    rejected = true;
    return issues.map((issue) => {
      const p = joinPath([...prefix, ...(issue.path ?? []).map((s) => s.key as string | number)]);
      return dataError(
        'invalid-data',
        p,
        `${p || 'dữ liệu'}: không hợp lệ`,
        `${p || 'data'}: invalid`,
      );
    });
  };
  const first = run(plain);
  if (!rejected) return first;
  return import('./error-wording.js').then(
    (m) => run(m.describeIssues),
    () => first,
  );
}

/**
 * An element's own parse over `Parsers` (the table's row by row, the map's regional entries),
 * answered like `parseIndicatorDataDeferred`: at once unless a schema check failed in it.
 */
export function parseWithDeferredWording<T>(
  run: (parse: Parsers) => Result<T>,
): Result<T> | Promise<Result<T>> {
  return deferWording((describe) => run(parsersWith(describe)));
}

/**
 * The same result as `parseIndicatorData`: a Result at once when the data is valid (or fails
 * only the cross-checks, such as a duplicate id), a Promise of it when the schema rejects it.
 */
export function parseIndicatorDataDeferred(
  input: unknown,
): Result<Dataset> | Promise<Result<Dataset>> {
  return deferWording((describe) => indicatorDataWith(describe, input));
}

/**
 * `parseJson` for pages: text that parses is a Result at once; text that does not waits for the
 * wording of what to change (the same chunk as the schema's). Offline, it still says where the
 * text broke.
 */
export function parseJsonDeferred(text: string): Result<unknown> | Promise<Result<never>> {
  const r = readJson(text);
  const repeated = r.ok && hasRepeatedKey(text, r.value);
  if (r.ok && !repeated) return r;
  const fail = (error: DataError): Result<never> => ({ ok: false, errors: [error] });
  return import('./error-wording.js').then(
    (m) => fail(r.ok ? m.repeatedKeyError(text) : m.describeJsonError(text, r.detail)),
    () =>
      fail(
        dataError(
          'invalid-json',
          '',
          // The browser's words are English: never inside a Vietnamese message.
          'JSON không hợp lệ',
          `Invalid JSON: ${r.ok ? 'a key given twice' : r.detail}`,
        ),
      ),
  );
}
