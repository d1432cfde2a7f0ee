import { type Locale, type StatusResult, verdictWords } from '@cds-vn/core';

/**
 * The explanation without the verdict it ends with ("54,34% so với mục tiêu ≥ 50% (2022)",
 * "Mục tiêu > 60% (2023)" where nothing was measured): read after the verdict, the whole of it
 * would say the verdict twice. The verdict is the one shown beside the figure ("Chưa có số liệu
 * năm 2023"), as core's explanation ends with it. Any other wording from core is kept whole.
 */
export function explanationBasis(s: StatusResult, locale: Locale): string {
  const verdict = verdictWords(s, locale);
  const text = s.explanation[locale];
  return text.endsWith(`: ${verdict}`) ? text.slice(0, -verdict.length - 2) : text;
}
