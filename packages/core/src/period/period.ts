/**
 * Periods as the reports use them: a year (`2022`), a half (`2022-H1`), a quarter (`2024-Q1`),
 * a month (`2024-04`) or a day (`2023-02-25`). Instants are UTC milliseconds so the same
 * string orders the same way in Node and in every browser time zone.
 */
export type Granularity = 'year' | 'half' | 'quarter' | 'month' | 'day';

export interface Period {
  /** The canonical string, e.g. `2022-H1`. */
  readonly key: string;
  readonly granularity: Granularity;
  readonly year: number;
  /** Half (1–2), quarter (1–4) or month (1–12); day periods keep the month here. */
  readonly index?: number;
  readonly day?: number;
  /** First instant of the period (UTC ms). */
  readonly start: number;
  /** First instant after the period (UTC ms, exclusive). */
  readonly end: number;
}

export const PERIOD_PATTERN =
  /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?))?$/;

const utc = (y: number, m: number, d = 1): number => Date.UTC(y, m - 1, d);

/** Parses a period string; returns `undefined` for anything that is not one (including 2023-02-30). */
export function parsePeriod(text: string): Period | undefined {
  const m = PERIOD_PATTERN.exec(text.trim());
  if (!m) return undefined;
  const [key, digits = '', half, quarter, month, day] = m;
  const year = Number(digits);
  if (day) {
    const index = Number(month);
    const d = Number(day);
    const start = utc(year, index, d);
    // Date.UTC rolls 30 Feb over into March: such a date does not exist.
    if (new Date(start).getUTCDate() !== d) return undefined;
    return { key, granularity: 'day', year, index, day: d, start, end: start + 86_400_000 };
  }
  if (!(half || quarter || month))
    return { key, granularity: 'year', year, start: utc(year, 1), end: utc(year + 1, 1) };
  // A half is 6 months, a quarter 3, a month 1: the n-th one starts at month (n - 1)·size + 1.
  const [granularity, index, size]: [Granularity, number, number] = half
    ? ['half', Number(half), 6]
    : quarter
      ? ['quarter', Number(quarter), 3]
      : ['month', Number(month), 1];
  const first = (index - 1) * size + 1;
  return {
    key: month ? key : `${year}-${key.slice(-2)}`,
    granularity,
    year,
    index,
    start: utc(year, first),
    end: utc(year, first + size),
  };
}

/** Like {@link parsePeriod} but throws; for literals known to be valid. */
export function period(text: string): Period {
  const p = parsePeriod(text);
  if (!p) throw new RangeError(`Not a period: ${text}`);
  return p;
}

const GRANULARITY_RANK: Record<Granularity, number> = {
  year: 0,
  half: 1,
  quarter: 2,
  month: 3,
  day: 4,
};

/**
 * Chronological order by end instant (a figure "for 2022" is known at the end of 2022),
 * then the longer period first when two end together (2022 before 2022-H2).
 */
export function comparePeriods(a: Period, b: Period): number {
  return (
    a.end - b.end ||
    a.start - b.start ||
    GRANULARITY_RANK[a.granularity] - GRANULARITY_RANK[b.granularity]
  );
}

/** True when `inner` lies wholly within `outer` (a period contains itself). */
export function periodContains(outer: Period, inner: Period): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** The midpoint instant, for placing a period on a continuous time axis. */
export function periodMidpoint(p: Period): number {
  return p.start + (p.end - p.start) / 2;
}
