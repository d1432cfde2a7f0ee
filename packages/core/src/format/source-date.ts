/** A report's date as it follows the report's title in a line of text. */
import type { Locale } from '../i18n/locale.js';
import type { Source } from '../model/types.js';
import { formatPeriod } from './period-label.js';
import { localize } from './value.js';

/**
 * The date inside the line, in lower case ("tháng 8/2022", not "Tháng 8/2022"); none when the
 * title names it already ("Báo cáo … tháng 4/2024", not again "(tháng 4/2024)" after it).
 */
export function sourceDate(source: Source, locale: Locale): string | undefined {
  const date = formatPeriod(source.date, locale, 'inline');
  const escaped = date.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const named = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
  return named.test(localize(source.title, locale)) ? undefined : date;
}
