/**
 * The card's change line: which earlier figure is comparable, how much it moved, and whether
 * that is good news for this indicator. Pure: no DOM.
 */
import {
  comparesAcrossLengths,
  figureChange,
  figuresByPeriod,
  formatChangeAmount,
  formatDifference,
  sameLength,
  type Change,
  type Direction,
  type Indicator,
  type Locale,
  type Observation,
  type PeriodFigure,
  type UnitInfo,
} from '@cds-vn/core';

export type ChangeTone = 'positive' | 'negative' | 'neutral';
export type ChangeFormat = 'relative' | 'absolute';

export interface CardChange {
  readonly previous: PeriodFigure;
  readonly change: Change;
  /** The unit the change is measured in: the indicator's, or `%` for shares of totals that differ. */
  readonly info: UnitInfo;
  /** Whether it compares shares (totals that differ): unchanged, it still says "0 điểm %". */
  readonly share: boolean;
  readonly tone: ChangeTone;
  /** Its two ends, for changeQualifier: from "hơn 320.000" the change is only about so much. */
  readonly ends: readonly [Observation, Observation];
}

/**
 * The figure to compare with: same granularity and length, earlier. For a half, quarter, month,
 * run of months or day the same period a year before ("cùng kỳ", as the reports compare) when
 * there is one, otherwise the latest earlier one. A level (`acrossLengths`: a share, a stock, a
 * rate) with none of its own length compares with the latest earlier figure of any length: the
 * fibre share of April 2024 with the end of 2022.
 */
export function previousComparable(
  figures: readonly PeriodFigure[],
  current: PeriodFigure,
  acrossLengths = false,
): PeriodFigure | undefined {
  const p = current.period;
  const earlier = figures.filter((f) => f.chosen.value !== undefined && f.period.end <= p.start);
  const alike = earlier.filter(
    (f) => f.period.granularity === p.granularity && sameLength(f.period, p),
  );
  if (p.granularity !== 'year') {
    const sameLastYear = alike.find(
      (f) => f.period.year === p.year - 1 && f.period.index === p.index && f.period.day === p.day,
    );
    if (sameLastYear) return sameLastYear;
  }
  return alike.at(-1) ?? (acrossLengths ? earlier.at(-1) : undefined);
}

/** Up is good unless lower is better (cyber attacks): then down is good. */
export function changeTone(direction: Change['direction'], better: Direction): ChangeTone {
  if (direction === 'flat') return 'neutral';
  return (direction === 'up') === (better === 'higher') ? 'positive' : 'negative';
}

export function cardChange(ind: Indicator, current: PeriodFigure): CardChange | undefined {
  const value = current.chosen.value;
  if (value === undefined) return undefined;
  const previous = previousComparable(
    figuresByPeriod(ind),
    current,
    comparesAcrossLengths(ind, current.chosen),
  );
  const before = previous?.chosen.value;
  if (!previous || before === undefined) return undefined;
  const { change, info, share } = figureChange(
    { value: before, total: previous.chosen.total },
    { value, total: current.chosen.total },
    ind,
  );
  return {
    previous,
    change,
    info,
    share,
    tone: changeTone(change.direction, ind.direction),
    ends: [previous.chosen, current.chosen],
  };
}

/**
 * The amount without its arrow: "25,3%", "17,43 điểm %", "9 bậc", or, absolute, "11.765" (the
 * count's noun is beside the value already).
 */
export function changeAmount(
  c: Change,
  ind: UnitInfo,
  locale: Locale,
  format: ChangeFormat,
): string {
  return format === 'absolute'
    ? formatDifference(c.delta, ind, locale, { bare: true })
    : formatChangeAmount(c, ind, locale);
}

export const ARROWS: Readonly<Record<Change['direction'], string>> = {
  up: '▲',
  down: '▼',
  flat: '■',
};
