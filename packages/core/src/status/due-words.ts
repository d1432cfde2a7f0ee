import type { Locale } from '../i18n/locale.js';
import type { MilestoneTarget } from '../model/types.js';
import { formatPeriod, type PeriodStyle } from '../format/period-label.js';
import { localize } from '../format/value.js';

/**
 * Whether a milestone's `text` says its due date itself ("Năm 2022 (báo cáo không ghi hạn)",
 * "Hạn hoàn thành thử nghiệm Quý I/2023"), so the date need not be written beside it.
 */
export function dueTextNamesDate(t: MilestoneTarget): boolean {
  const vi = t.text?.vi.toLowerCase();
  return !!vi && vi.includes(formatPeriod(t.due, 'vi', 'inline').toLowerCase());
}

/**
 * A milestone's due date as the data words it: its `text` where that says the date and more
 * ("Năm 2022 (báo cáo không ghi hạn)": a due the report never gave); the date and, after it,
 * a `text` that does not name it ("tháng 12/2023 (Trình Quốc hội)"); else the date alone.
 */
export function dueWords(t: MilestoneTarget, locale: Locale, style?: PeriodStyle): string {
  const date = formatPeriod(t.due, locale, style);
  if (!t.text || t.text.vi === formatPeriod(t.due, 'vi')) return date;
  const words = localize(t.text, locale);
  if (!dueTextNamesDate(t)) return `${date} (${words})`;
  return style === 'inline' ? dueInSentence(words, t) : words;
}

/**
 * A due text naming its date, inside a sentence, as `inline` writes a date: "Hạn năm 2022 (…)",
 * not "Hạn Năm 2022 (…)"; "Due trial completed in Q1 2023", not "Due Trial…". An English month
 * and an abbreviation ("Q1 2023") keep their capital.
 */
export function dueInSentence(words: string, t: MilestoneTarget): string {
  return words.startsWith(formatPeriod(t.due, 'en'))
    ? words
    : words.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
}
