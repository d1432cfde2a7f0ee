import { dataError, type Result } from './data-error.js';

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
