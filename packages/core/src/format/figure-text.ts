/** A figure the data gives as text ("hơn 1 tỷ", or a report's "-"), as shown and as said. */
import type { Locale } from '../i18n/locale.js';

export interface TextFigure {
  /** What to show: the text, or "–" for a dash. */
  readonly shown: string;
  /** What a screen reader should say: the text, or words for a dash. */
  readonly spoken: string;
}

/**
 * A report's table prints a dash where it has no figure. Shown as an en dash, and said in
 * words: a screen reader reads "-" as "trừ" (minus). A dash is a text of hyphens, dashes
 * (U+2010–U+2015) or minus signs alone, with spaces around. Only dashes: "…" (not collected)
 * and "x" (not applicable, confidential) say other things, and no report here prints them.
 */
export function textFigure(text: string, locale: Locale): TextFigure {
  return /^\s*[-\u2010-\u2015\u2212]+\s*$/.test(text)
    ? { shown: '–', spoken: locale === 'vi' ? 'không có số liệu' : 'no figure' }
    : { shown: text, spoken: text };
}
