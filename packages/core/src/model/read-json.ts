/** JSON.parse without throwing: the value, or the browser's words for where the text broke. */
export function readJson(
  text: string,
):
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly detail: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}
