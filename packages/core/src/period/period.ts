/**
 * Periods as the reports use them: a year (`2022`), a half (`2022-H1`), a quarter (`2024-Q1`),
 * a month (`2024-04`), a day (`2023-02-25`) or a run of whole months ("11 tháng đầu năm 2022"),
 * written as an ISO 8601 interval of months: `2022-01/2022-11`, first and last month inclusive.
 * Instants are UTC milliseconds so the same string orders the same way in Node and in every
 * browser time zone.
 */
export type Granularity = 'year' | 'half' | 'quarter' | 'month' | 'day' | 'months';

export interface Period {
  /** The canonical string, e.g. `2022-H1`. */
  readonly key: string;
  readonly granularity: Granularity;
  /** The year, or the first month's year for a run of months. */
  readonly year: number;
  /**
   * Half (1–2), quarter (1–4) or month (1–12); day periods keep the month here, runs of months
   * their first month (the last one is the month before `end`).
   */
  readonly index?: number;
  readonly day?: number;
  /** First instant of the period (UTC ms). */
  readonly start: number;
  /** First instant after the period (UTC ms, exclusive). */
  readonly end: number;
}

export const PERIOD_PATTERN =
  /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01])|\/(\d{4})-(0[1-9]|1[0-2]))?))?$/;

const utc = (y: number, m: number, d = 1): number => Date.UTC(y, m - 1, d);

/** Parses a period string; returns `undefined` for anything that is not one (including 2023-02-30). */
export function parsePeriod(text: string): Period | undefined {
  const m = PERIOD_PATTERN.exec(text.trim());
  if (!m) return undefined;
  const [key, digits = '', half, quarter, month, day, lastYear, lastMonth] = m;
  // Indicators and their targets (visions to 2045–2050) lie within 1900–2100: a year outside is a
  // mistyped century ("0022", "2202"), and Date.UTC would file 0000–0099 under 1900–1999.
  if ([digits, lastYear ?? digits].some((y) => +y < 1900 || +y > 2100)) return undefined;
  const year = Number(digits);
  if (day) {
    const index = Number(month);
    const d = Number(day);
    const start = utc(year, index, d);
    // Date.UTC rolls 30 Feb over into March: such a date does not exist.
    if (new Date(start).getUTCDate() !== d) return undefined;
    return { key, granularity: 'day', year, index, day: d, start, end: start + 86_400_000 };
  }
  // Every other period is `n` whole months from month `first` of `year`: a year 12 from January,
  // the h-th half 6 from month 6(h − 1) + 1, a quarter 3, a month 1, and 2022-01/2022-11 11
  // from January, its last month included (a last month before the first leaves n < 1: rejected).
  const size = half ? 6 : quarter ? 3 : lastYear ? 0 : month ? 1 : 12;
  const first = month ? Number(month) : (Number(half || quarter || 1) - 1) * size + 1;
  const n = size || (Number(lastYear) - year) * 12 + Number(lastMonth) - first + 1;
  // Which n-month period of the year it is, when it starts at one (not a whole number otherwise).
  const nth = (first - 1) / n + 1;
  // A run that is a calendar period is that period (2022-01/2022-06 is 2022-H1), so one figure
  // never has two keys.
  const [granularity, canon, index]: [Granularity, string, number?] =
    n === 1
      ? ['month', `${digits}-${month}`, first]
      : nth % 1
        ? ['months', key, first]
        : n === 12
          ? ['year', digits]
          : n === 6
            ? ['half', `${digits}-H${nth}`, nth]
            : n === 3
              ? ['quarter', `${digits}-Q${nth}`, nth]
              : ['months', key, first];
  return n > 0
    ? {
        key: canon,
        granularity,
        year,
        ...(index && { index }),
        start: utc(year, first),
        end: utc(year, first + n),
      }
    : undefined;
}

/** Like {@link parsePeriod} but throws; for literals known to be valid. */
export function period(text: string): Period {
  const p = parsePeriod(text);
  if (!p) throw new RangeError(`Not a period: ${text}`);
  return p;
}

/**
 * Chronological order by end instant (a figure "for 2022" is known at the end of 2022),
 * then the longer period first when two end together (2022 before 2022-H2, 2022-01/2022-11
 * before 2022-11). Two periods with the same start and end are the same period: runs of
 * months that match a calendar period parse to it.
 */
export function comparePeriods(a: Period, b: Period): number {
  return a.end - b.end || a.start - b.start;
}

/** True when `inner` lies wholly within `outer` (a period contains itself). */
export function periodContains(outer: Period, inner: Period): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/**
 * True when two periods are as long as each other, give or take a leap day or a month's 28–31
 * days: two years, two quarters, two runs of 11 months (not 5 and 11). Counts and sums compare
 * only over periods this alike.
 */
export function sameLength(a: Period, b: Period): boolean {
  return Math.abs(a.end - a.start - b.end + b.start) < 4e8;
}

/** The midpoint instant, for placing a period on a continuous time axis. */
export function periodMidpoint(p: Period): number {
  return p.start + (p.end - p.start) / 2;
}
