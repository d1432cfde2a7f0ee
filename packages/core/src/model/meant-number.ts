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

/**
 * A target typed with its comparison, as reports print it: "≥ 50%", ">=50", "Tối thiểu 50%"
 * → `>=` and 50. The comparison belongs in `op`, the number in the target.
 */
export function meantThreshold(text: string): { op: string; value: number } | undefined {
  const [, sign = '', rest = ''] = /^\s*([<>]=?|=|≥|≤|tối thiểu|tối đa)(.*)$/i.exec(text) ?? [];
  const value = meantNumber(rest);
  const op = /≥|thiểu/i.test(sign) ? '>=' : /≤|đa/i.test(sign) ? '<=' : sign;
  return value === undefined ? undefined : { op, value };
}
