import { coreMessages, type Locale, type StatusResult } from '@cds-vn/core';

/**
 * The explanation without the verdict it ends with ("54,34% so với mục tiêu ≥ 50% (2022)"):
 * read after the verdict, the whole of it would say the verdict twice. Without data it also
 * starts with the verdict ("Chưa có dữ liệu so với mục tiêu…"): that goes too, leaving "So với
 * mục tiêu ≥ 50% (2022)". Any other wording from core is kept whole.
 */
export function explanationBasis(s: StatusResult, locale: Locale): string {
  const verdict = coreMessages[locale].verdict(s.verdict);
  let text = s.explanation[locale];
  if (text.endsWith(`: ${verdict}`)) text = text.slice(0, -verdict.length - 2);
  if (text.startsWith(`${verdict} `)) {
    const rest = text.slice(verdict.length + 1);
    text = rest.charAt(0).toUpperCase() + rest.slice(1);
  }
  return text;
}
