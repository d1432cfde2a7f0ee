/**
 * The number a string was meant to be: "54,34" and "1.234.567" as Vietnamese write them,
 * "54.34" or "50" in quotes, "54,34%", and a figure as the reports print it, "hơn 46,2 triệu"
 * or "3.319,3 tỷ đồng". None for words, nor for "1.234": 1234 the Vietnamese way, 1.234 as
 * JSON.
 */
const SCALES: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

export function meantNumber(text: string): number | undefined {
  // A report's qualifier ("hơn", "khoảng") before it, its scale and what it counts after it.
  const [, , figure = '', scales = '', rest = ''] =
    /^\s*((?:khoảng|hơn|gần|trên|dưới|xấp xỉ|ước đạt|ước tính|~)\s*)*([^\s\p{L}]+)((?:\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)(?!\p{L}))*)(.*)$/iu.exec(
      text,
    ) ?? [];
  // Words after a bare number are no figure ("5 năm"), after a scale they are its noun.
  if (!scales && /\p{L}/u.test(rest)) return undefined;
  const t = figure.replace(/%\s*$/, '').trim();
  if (/^-?\d{1,3}\.\d{3}$/.test(t)) return undefined;
  const n = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(t)
    ? +t.replace(/\./g, '').replace(',', '.')
    : /^-?\d*\.\d+$/.test(t)
      ? +t
      : undefined;
  let scale = 1;
  for (const word of scales.toLowerCase().match(/\p{L}+/gu) ?? []) scale *= SCALES[word] ?? 1;
  // 3319.3 × 1e9 is 3319300000000.0005 in floating point: the digits written, no more.
  return n === undefined ? undefined : +(n * scale).toPrecision(15);
}

/**
 * A target typed with its comparison, as reports print it: "≥ 50%", ">=50", "Tối thiểu 50%",
 * "Trên 60%" → `>=` or `>` and the number. The comparison belongs in `op`, the number in the
 * target.
 */
export function meantThreshold(text: string): { op: string; value: number } | undefined {
  const [, sign = '', rest = ''] =
    /^\s*(=>|=<|[<>]=?|=|≥|≤|tối thiểu|ít nhất|tối đa|không quá|trên|dưới)(.*)$/i.exec(text) ?? [];
  const value = meantNumber(rest);
  const op = /≥|=>|thiểu|nhất/i.test(sign)
    ? '>='
    : /≤|=<|đa|quá/i.test(sign)
      ? '<='
      : /trên/i.test(sign)
        ? '>'
        : /dưới/i.test(sign)
          ? '<'
          : sign;
  return value === undefined ? undefined : { op, value };
}
