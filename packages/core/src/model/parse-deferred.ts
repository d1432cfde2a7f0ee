/**
 * `parseIndicatorData` for pages: valid data is parsed at once, as always; only bad data waits
 * for the words that describe its problems (describe-issue.ts, loaded on first need). A page of
 * valid gauges never downloads them.
 */
import type * as v from 'valibot';
import { dataError, joinPath, type DataError, type Result } from './data-error.js';
import { indicatorDataWith } from './parse-with.js';
import { readJson } from './read-json.js';
import type { Dataset } from './types.js';

/**
 * The same result as `parseIndicatorData`: a Result at once when the data is valid (or fails
 * only the cross-checks, such as a duplicate id), a Promise of it when the schema rejects it.
 */
export function parseIndicatorDataDeferred(
  input: unknown,
): Result<Dataset> | Promise<Result<Dataset>> {
  const paths: string[] = [];
  const result = indicatorDataWith((issues: readonly v.BaseIssue<unknown>[], prefix = []) => {
    for (const issue of issues)
      paths.push(joinPath([...prefix, ...(issue.path ?? []).map((p) => p.key as string | number)]));
    return [];
  }, input);
  if (!paths.length) return result;
  return import('./error-wording.js').then(
    (m) => indicatorDataWith(m.describeIssues, input),
    // The texts could not be loaded (offline, a moved file): still name every bad field.
    (): Result<Dataset> => ({
      ok: false,
      errors: paths.map((p) =>
        dataError('invalid-data', p, `${p || 'dữ liệu'}: không hợp lệ`, `${p || 'data'}: invalid`),
      ),
    }),
  );
}

/**
 * `parseJson` for pages: text that parses is a Result at once; text that does not waits for the
 * wording of what to change (the same chunk as the schema's). Offline, it still says where the
 * text broke.
 */
export function parseJsonDeferred(text: string): Result<unknown> | Promise<Result<never>> {
  const r = readJson(text);
  if (r.ok) return r;
  const fail = (error: DataError): Result<never> => ({ ok: false, errors: [error] });
  return import('./error-wording.js').then(
    (m) => fail(m.describeJsonError(text, r.detail)),
    () =>
      fail(
        dataError(
          'invalid-json',
          '',
          `JSON không hợp lệ: ${r.detail}`,
          `Invalid JSON: ${r.detail}`,
        ),
      ),
  );
}
