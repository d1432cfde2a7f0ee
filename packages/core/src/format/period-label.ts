/** Periods as people write them: "6 tháng đầu năm 2022", "Quý I/2024", "Tháng 4/2024". */
import type { Locale } from '../i18n/locale.js';
import type { Period } from '../period/period.js';

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

export type PeriodStyle = 'long' | 'short';

const pad = (n: number): string => String(n).padStart(2, '0');

export function formatPeriod(p: Period, locale: Locale, style: PeriodStyle = 'long'): string {
  const idx = p.index ?? 1;
  if (locale === 'vi') {
    switch (p.granularity) {
      case 'year':
        return style === 'long' ? `Năm ${p.year}` : String(p.year);
      case 'half':
        return style === 'long'
          ? `6 tháng ${idx === 1 ? 'đầu' : 'cuối'} năm ${p.year}`
          : `H${idx}/${p.year}`;
      case 'quarter':
        return style === 'long' ? `Quý ${ROMAN[idx - 1] ?? idx}/${p.year}` : `Q${idx}/${p.year}`;
      case 'month':
        return style === 'long' ? `Tháng ${idx}/${p.year}` : `T${idx}/${p.year}`;
      case 'day':
        return `${pad(p.day ?? 1)}/${pad(idx)}/${p.year}`;
    }
  }
  switch (p.granularity) {
    case 'year':
      return String(p.year);
    case 'half':
      return style === 'long'
        ? `${idx === 1 ? 'First' : 'Second'} half of ${p.year}`
        : `H${idx} ${p.year}`;
    case 'quarter':
      return `Q${idx} ${p.year}`;
    case 'month': {
      const name = EN_MONTHS[idx - 1] ?? String(idx);
      return `${style === 'long' ? name : name.slice(0, 3)} ${p.year}`;
    }
    case 'day': {
      const name = EN_MONTHS[idx - 1] ?? String(idx);
      return `${p.day ?? 1} ${style === 'long' ? name : name.slice(0, 3)} ${p.year}`;
    }
  }
}
