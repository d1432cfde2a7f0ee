/** Keys an object tree holds: JSON.parse keeps one of each key given twice. */
function keysIn(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let n = Array.isArray(value) ? 0 : Object.keys(value).length;
  for (const v of Object.values(value)) n += keysIn(v);
  return n;
}

/**
 * Whether a JSON text gave some key twice in one object (`{"Hà Nội": 1, "Hà Nội": 2}`), which
 * JSON.parse reads without a word, keeping the last value: more keys written (strings followed by
 * ":") than parsed. Every string is matched whole, so none is read from inside another (`[":a"]`
 * has no key). Cheap, so every parse can ask; where the repeat is (repeated-key.ts) is found
 * only then, with the error's words.
 */
export function hasRepeatedKey(text: string, value: unknown): boolean {
  let written = 0;
  for (const m of text.matchAll(/"(?:[^"\\]|\\.)*"(\s*:)?/g)) if (m[1]) written++;
  return written > keysIn(value);
}
