import type { Result } from './data-error.js';
import { describeJsonError } from './describe-json.js';
import { readJson } from './read-json.js';
import { hasRepeatedKey } from './repeated-key-check.js';
import { repeatedKeyError } from './repeated-key-error.js';

/**
 * JSON.parse that reports where the text broke and, for the common slips, what to write, in
 * both languages. (Elements use `parseJsonDeferred`, which loads that wording only on need.)
 */
export function parseJson(text: string): Result<unknown> {
  const r = readJson(text);
  if (r.ok && hasRepeatedKey(text, r.value)) return { ok: false, errors: [repeatedKeyError(text)] };
  return r.ok ? r : { ok: false, errors: [describeJsonError(text, r.detail)] };
}
