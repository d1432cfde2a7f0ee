/**
 * The number a string was meant to be: "54,34" and "1.234.567" as Vietnamese write them,
 * "54.34" or "50" in quotes, "54,34%". None for words, nor for "1.234": 1234 the Vietnamese
 * way, 1.234 as JSON.
 */
export function meantNumber(text: string): number | undefined {
  const t = text.replace(/%\s*$/, '').trim();
  if (/^-?\d{1,3}\.\d{3}$/.test(t)) return undefined;
  if (/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(t)) return +t.replace(/\./g, '').replace(',', '.');
  return /^-?\d*\.\d+$/.test(t) ? +t : undefined;
}
