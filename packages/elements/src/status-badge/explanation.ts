import { coreMessages, type Locale, type StatusResult } from '@cds-vn/core';

/**
 * The explanation without the verdict it ends with ("54,34% so với mục tiêu ≥ 50% (2022)"):
 * read after the verdict, the whole of it would say the verdict twice. Any other wording from
 * core is kept whole.
 */
export function explanationBasis(s: StatusResult, locale: Locale): string {
  const text = s.explanation[locale];
  const tail = `: ${coreMessages[locale].verdict(s.verdict)}`;
  return text.endsWith(tail) ? text.slice(0, -tail.length) : text;
}
