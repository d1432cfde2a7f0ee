/**
 * The period a text was meant to be, as the reports and their readers write periods: "Năm 2022",
 * "6 tháng đầu năm 2022", "Quý I/2024", "Tháng 4/2024", "25/02/2023", "H1/2022", "2022-h1",
 * "2024-4", "2024/04", "2022H1", "9 tháng năm 2023", "Giai đoạn 2021–2025", "2021/2025" → the
 * key to write (`2022`, `2022-H1`, `2024-Q1`, …). Only a key the period parser reads is
 * offered: "Tháng 13/2024" gets none.
 */
import { parsePeriod } from '../period/period.js';

const pad = (n: string): string => n.padStart(2, '0');
const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4' };

/** Each reading: a pattern over the lower-cased text, and the key it writes. */
const READINGS: readonly [RegExp, (...m: string[]) => string][] = [
  [/^(?:năm |year )?(\d{4})$/, (y) => y],
  [/^(\d{4})[- ]?([hq]\d)$/, (y, p) => `${y}-${p.toUpperCase()}`],
  [/^([hq]\d)[ /](\d{4})$/, (p, y) => `${y}-${p.toUpperCase()}`],
  [/^6 tháng (đầu|cuối) năm (\d{4})$/, (h, y) => `${y}-H${h === 'đầu' ? 1 : 2}`],
  [/^(first|second) half of (\d{4})$/, (h, y) => `${y}-H${h === 'first' ? 1 : 2}`],
  [/^quý (i{1,3}|iv|[1-4])(?:\/| năm )(\d{4})$/, (q, y) => `${y}-Q${ROMAN[q] ?? q}`],
  [/^(?:tháng |t)?(\d{1,2})(?:\/| năm )(\d{4})$/, (m, y) => `${y}-${pad(m)}`],
  [/^(\d{4})(?:-|\/|\.)(\d{1,2})$/, (y, m) => `${y}-${pad(m)}`],
  [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, (y, m, d) => `${y}-${pad(m)}-${pad(d)}`],
  [/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, (d, m, y) => `${y}-${pad(m)}-${pad(d)}`],
  // "9 tháng năm 2023", as the reports say the first nine months.
  [/^(\d{1,2}) tháng (?:đầu )?năm (\d{4})$/, (m, y) => `${y}-01/${y}-${pad(m)}`],
  [/^(?:giai đoạn )?(\d{4})[-/](\d{4})$/, (a, b) => `${a}-01/${b}-12`],
  // A run of months written last month first.
  [/^(\d{4}-\d\d)\/(\d{4}-\d\d)$/, (a, b) => `${b}/${a}`],
];

export function meantPeriod(text: string): string | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*[–—-]\s*/g, '-');
  for (const [pattern, write] of READINGS) {
    const m = pattern.exec(t);
    const key = m && write(...m.slice(1));
    // "6 tháng năm 2022" is the first half: the same period said its shortest way.
    if (key) return parsePeriod(key)?.key;
  }
  return undefined;
}

/**
 * Why a key of the right shape is no period: "2022-H3", "2024-Q5", "2022-13", "2023-02-30".
 * Said in both languages, or undefined where the shape itself is wrong.
 */
export function periodProblem(text: string): readonly [vi: string, en: string] | undefined {
  const t = text.trim();
  if (/^\d{4}-H\d$/.test(t)) return ['nửa năm là H1 hoặc H2', 'a half is H1 or H2'];
  if (/^\d{4}-Q\d$/.test(t)) return ['quý là Q1, Q2, Q3 hoặc Q4', 'a quarter is Q1, Q2, Q3 or Q4'];
  const [, y, m = '', d, last = '01'] = /^(\d{4})-(\d\d)(?:-(\d\d)|\/\d{4}-(\d\d))?$/.exec(t) ?? [];
  if ([m, last].some((x) => x && !(+x >= 1 && +x <= 12)))
    return ['tháng từ 01 đến 12', 'months run from 01 to 12'];
  return d ? [`tháng ${m}/${y} không có ngày ${d}`, `${y}-${m} has no day ${d}`] : undefined;
}
