/**
 * JSON.parse without throwing, a leading byte order mark skipped: the value, or the browser's
 * words, which differ by engine and are English in most (describe-json.ts shows them only when it
 * cannot say where the text broke).
 */
export function readJson(
  text: string,
):
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly detail: string } {
  try {
    // A byte order mark, invisible, as Notepad saves and a paste keeps it, is no mistake: skipped
    // (fetch's text() drops it already).
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}
