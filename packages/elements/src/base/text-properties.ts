/**
 * Takes text properties set from JavaScript to something else (`.period=${2022}`, or a framework
 * passing a number, an array or an object) as the text they stand for. An attribute is always a
 * string, but a property is whatever the page sets, and every reader of these calls string
 * methods on them: an exception out of `willUpdate` would leave the widget blank. As text, a bad
 * value is reported by the element's own checks, like the same text typed in the attribute.
 * Call at the start of `willUpdate`; the new value is part of the same update.
 */
export function textProperties<T extends object>(
  el: T,
  names: readonly (keyof T & string)[],
): void {
  const props = el as Record<string, unknown>;
  for (const name of names) {
    const value = props[name];
    if (value !== undefined && value !== null && typeof value !== 'string')
      props[name] = String(value);
  }
}
