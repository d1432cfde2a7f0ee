/** The words a report puts before a rounded figure: "hơn 1 tỷ", "khoảng 28 triệu". */
import type { Locale } from '../i18n/locale.js';
import type { Observation } from '../model/types.js';
import { formatValue, type UnitInfo, type ValueOptions } from './value.js';

// The Vietnamese words the reports use, and their English where the data gives none.
const QUALIFIERS: Readonly<Record<string, string>> = {
  hơn: 'over',
  trên: 'over',
  'khoảng hơn': 'just over',
  khoảng: 'about',
  'xấp xỉ': 'about',
  gần: 'nearly',
  dưới: 'under',
  'chưa đến': 'under',
};
const LEADING = /^\s*(\D+?)\s+\d/;

/**
 * The qualifier of a figure the data gives with its words (`value` 320000, `text` "hơn 320.000"),
 * with a space after it to go before the formatted value: "hơn ", "over ". A value shown bare
 * where the report wrote "hơn" would claim an exact figure. Empty for other words ("Đạt 90%").
 */
export function figureQualifier(o: Pick<Observation, 'value' | 'text'>, locale: Locale): string {
  const vi = o.value !== undefined && o.text ? LEADING.exec(o.text.vi)?.[1]?.toLowerCase() : '';
  const en = vi && QUALIFIERS[vi];
  if (!en) return '';
  if (locale === 'vi') return `${vi} `;
  return `${(o.text?.en && LEADING.exec(o.text.en)?.[1]) || en} `;
}

/**
 * "khoảng " before a change worked out from a figure the report rounds: from "hơn 320.000" to
 * 378.941 is only about 18,4% more. Empty between exact figures.
 */
export function changeQualifier(
  ends: readonly Pick<Observation, 'value' | 'text'>[],
  locale: Locale,
): string {
  return ends.some((o) => figureQualifier(o, locale))
    ? locale === 'vi'
      ? 'khoảng '
      : 'about '
    : '';
}

/**
 * A figure as the report gave it: its qualifier, its value, out of its total where it has one
 * ("hơn 320.000 thành viên", "21/25 dịch vụ"). `options` as formatValue's (`against` a target).
 */
export function formatFigure(
  o: Pick<Observation, 'value' | 'text' | 'total'>,
  info: UnitInfo,
  locale: Locale,
  options: ValueOptions = {},
): string {
  return (
    figureQualifier(o, locale) +
    formatValue(o.value as number, info, locale, {
      ...(o.total !== undefined && { total: o.total }),
      ...options,
    })
  );
}
