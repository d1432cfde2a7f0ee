/**
 * Periods as people write them: "6 tháng đầu năm 2022", "Quý I/2024", "Tháng 4/2024", and runs of
 * months: "11 tháng đầu năm 2022", "Từ tháng 3 đến tháng 5/2024", "T1–T11/2022", "Giai đoạn 2021–2025".
 */
import type { Locale } from '../i18n/locale.js';
import type { Period } from '../period/period.js';
import { lowerFirst } from './sentence.js';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * `inline`: the long form inside a sentence, "so với năm 2021", "Result, first half of 2022";
 * English keeps the capital of a month's name.
 */
export type PeriodStyle = 'long' | 'short' | 'inline';

export function formatPeriod(p: Period, locale: Locale, style: PeriodStyle = 'long'): string {
  const { year, granularity, key } = p;
  const idx = p.index ?? 1;
  const long = style !== 'short';
  const vi = locale === 'vi';
  if (style === 'inline') {
    const label = formatPeriod(p, locale);
    return vi || /^(First|Second) /.test(label) ? lowerFirst(label) : label;
  }
  // "H1/2022", "Q1/2024" in Vietnamese; "H1 2022", "Q1 2024" in English.
  const sep = vi ? '/' : ' ';
  const name = (i: number): string => {
    const n = EN_MONTHS[i - 1] ?? '';
    return long ? n : n.slice(0, 3);
  };
  switch (granularity) {
    case 'year':
      return vi && long ? `Năm ${year}` : `${year}`;
    case 'half':
      return !long
        ? `H${idx}${sep}${year}`
        : vi
          ? `6 tháng ${idx === 1 ? 'đầu' : 'cuối'} năm ${year}`
          : `${idx === 1 ? 'First' : 'Second'} half of ${year}`;
    case 'quarter':
      return vi && long ? `Quý ${ROMAN[idx - 1] ?? idx}/${year}` : `Q${idx}${sep}${year}`;
    case 'month':
      return vi ? `${long ? 'Tháng ' : 'T'}${idx}/${year}` : `${name(idx)} ${year}`;
    case 'day':
      // 2023-02-25: "25/02/2023", "25 February 2023".
      return vi ? key.split('-').reverse().join('/') : `${p.day ?? 1} ${name(idx)} ${year}`;
  }
  // A run of months, 2022-01/2022-11: the first month is `idx` of `year`, the last `to` of `y`.
  const [, , y = 0, to = 0] = key.split(/\D/).map(Number);
  const one = y === year;
  if (long && idx === 1 && one)
    return vi ? `${to} tháng đầu năm ${y}` : `First ${to} months of ${y}`;
  // Whole years, as the reports write "giai đoạn 2021-2025" (one whole year is a year already).
  if (idx === 1 && to === 12) return `${vi && long ? 'Giai đoạn ' : ''}${year}–${y}`;
  // Any other run "từ … đến …", as the reports write "Từ khi khai trương (11/2019) đến nay".
  return vi
    ? `${long ? 'Từ tháng ' : 'T'}${idx}${one ? '' : `/${year}`}${long ? ' đến tháng ' : '–T'}${to}/${y}`
    : `${name(idx)}${one ? '–' : ` ${year} – `}${name(to)} ${y}`;
}

/**
 * A period inside a sentence: a year as the reports write it, "2022"; a shorter one in words,
 * "tháng 4/2024", "first half of 2022" (a voice spells "T4/2024" and "H1/2022" out).
 */
export const periodInSentence = (p: Period, locale: Locale): string =>
  formatPeriod(p, locale, p.granularity === 'year' ? 'short' : 'inline');
