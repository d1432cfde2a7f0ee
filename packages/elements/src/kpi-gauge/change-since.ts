import { knownAsOf, type Indicator, type PeriodFigure } from '@cds-vn/core';
import { cardChange, type CardChange } from '../indicator-card/card-change.js';

/**
 * The change since the previous comparable figure, by the same rule as the indicator card (same
 * granularity; for part of a year, the same part a year before), so a card and a gauge on one
 * page never disagree. Only figures whose report was out at `asOf` count, as for the status.
 */
export function changeSince(
  ind: Indicator,
  current: PeriodFigure,
  asOf: string | undefined,
): CardChange | undefined {
  return cardChange(knownAsOf(ind, asOf), current);
}
