/** What went wrong with input data, said in both languages, with the path of the bad field. */
export type DataErrorCode =
  | 'invalid-json'
  | 'invalid-data'
  | 'unknown-reference'
  | 'duplicate-id'
  | 'not-found'
  | 'fetch-failed'
  | 'unresolved-key'
  | 'invalid-attribute';

export interface DataError {
  readonly code: DataErrorCode;
  /** Dotted path of the bad field, e.g. `indicators[2].observations[0].value`; `''` for the whole input. */
  readonly path: string;
  readonly message: { readonly vi: string; readonly en: string };
}

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly DataError[] };

export function dataError(code: DataErrorCode, path: string, vi: string, en: string): DataError {
  return { code, path, message: { vi, en } };
}

/**
 * A DataError worded from a message table with a `vi` and an `en` side: `say` picks the
 * message once, and each language fills it (`(m) => m.badPeriod(name, raw)`).
 */
export function localizedError<M>(
  code: DataErrorCode,
  path: string,
  messages: { readonly vi: M; readonly en: M },
  say: (m: M) => string,
): DataError {
  return dataError(code, path, say(messages.vi), say(messages.en));
}

/** Joins path segments the way a JavaScript developer would write the access. */
export function joinPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}
