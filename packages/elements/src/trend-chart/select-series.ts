/**
 * Which indicators a trend chart draws, and on which axis. Pure: no DOM, no Chart.js. Every
 * refusal is a DataError in both languages, so the element can show it and fire `cds-error`.
 */
import {
  dataError,
  localizedError,
  localize,
  totalsDiffer,
  type Dataset,
  type DataError,
  type Indicator,
  type Result,
} from '@cds-vn/core';
import { trendMessages } from './messages.js';

/** More lines than this are unreadable, and the palette has this many distinct colours. */
export const MAX_SERIES = 6;

export type AxisId = 'y' | 'y2';

export interface SeriesSelection {
  readonly indicators: readonly Indicator[];
  /** Axis per indicator id. */
  readonly axes: ReadonlyMap<string, AxisId>;
}

/** `"a, b c"` → `['a', 'b', 'c']`: commas or spaces, duplicates dropped. */
export function parseIdList(text: string | undefined | null): string[] {
  if (!text) return [];
  return [...new Set(text.split(/[\s,]+/).filter(Boolean))];
}

/**
 * A count out of totals that differ (6/30 ministries, then 21/22 after a merger) is drawn as its
 * share in percent, as core's figureChange compares it: its counts would draw 6 → 21 as ×3.5
 * where the share went 20% → 95%. Every figure needs its total; with none or one total, counts.
 */
export const isShare = (ind: Indicator): boolean =>
  ind.unit === 'count' && totalsDiffer(ind.observations);

/**
 * What an axis measures: the unit, and for counts what is counted ("giao dịch" ≠ "tổ"). A share
 * is in per cent, whatever it counts.
 */
export function unitKey(ind: Indicator): string {
  return isShare(ind) ? '%|' : `${ind.unit}|${ind.unitLabel?.vi ?? ''}`;
}

/** "tỷ lệ % trên tổng số bộ, ngành" for a share, else the unit or what is counted. */
export function unitWords(ind: Indicator, locale: 'vi' | 'en'): string {
  const label = localize(ind.unitLabel, locale);
  const m = trendMessages[locale];
  return isShare(ind) ? m.shareOf(label) : label || m.unitName(ind.unit);
}

/**
 * Picks the indicators: `ids` (and `y2Ids`) from the data, or every indicator when none are
 * named. Refuses unknown ids, too many series, and two units on one axis.
 */
export function selectSeries(
  dataset: Dataset,
  ids: readonly string[],
  y2Ids: readonly string[],
  /** The attribute `ids` came from, for errors: `indicator-ids`, or `indicator-id` for one. */
  idsAttribute = 'indicator-ids',
): Result<SeriesSelection> {
  const errors: DataError[] = [];
  const byId = new Map(dataset.indicators.map((i) => [i.id, i]));
  const check = (attr: string, list: readonly string[]): void => {
    for (const id of list) {
      if (!byId.has(id)) {
        errors.push(localizedError('not-found', attr, trendMessages, (m) => m.notInData(attr, id)));
      }
    }
  };
  check(idsAttribute, ids);
  check('y2-indicator-ids', y2Ids);
  if (errors.length) return { ok: false, errors };

  const wanted = ids.length
    ? [...ids, ...y2Ids.filter((id) => !ids.includes(id))]
    : dataset.indicators.map((i) => i.id);
  const indicators = wanted.map((id) => byId.get(id)).filter((i): i is Indicator => !!i);
  if (!indicators.length) {
    return {
      ok: false,
      errors: [localizedError('not-found', 'indicators', trendMessages, (m) => m.noIndicators)],
    };
  }
  if (indicators.length > MAX_SERIES) {
    return {
      ok: false,
      errors: [
        localizedError('invalid-attribute', 'indicator-ids', trendMessages, (m) =>
          m.tooMany(indicators.length, MAX_SERIES, ids.length > 0),
        ),
      ],
    };
  }

  // A trend runs through time: a short form without a period has no place on it (its year is
  // only where it is filed), so the chart asks for one instead of inventing it.
  const undated = indicators.find((i) => i.undated);
  if (undated) {
    const at = dataset.indicators.length > 1 ? `[${dataset.indicators.indexOf(undated)}].` : '';
    return {
      ok: false,
      errors: [
        dataError(
          'invalid-data',
          `${at}period`,
          trendMessages.vi.undated(localize(undated.name, 'vi')),
          trendMessages.en.undated(localize(undated.name, 'en')),
        ),
      ],
    };
  }
  const axes = new Map<string, AxisId>(
    indicators.map((i) => [i.id, y2Ids.includes(i.id) ? 'y2' : 'y']),
  );
  // One unit per axis: a share and a speed on one scale would mislead, so say so instead.
  for (const axis of ['y', 'y2'] as const) {
    const onAxis = indicators.filter((i) => axes.get(i.id) === axis);
    const first = onAxis[0];
    const odd = onAxis.find((i) => first && unitKey(i) !== unitKey(first));
    if (first && odd) {
      const [a, b] = [first, odd];
      errors.push(
        dataError(
          'invalid-data',
          axis === 'y' ? 'indicator-ids' : 'y2-indicator-ids',
          trendMessages.vi.mixedUnits(
            localize(a.name, 'vi'),
            unitWords(a, 'vi'),
            localize(b.name, 'vi'),
            unitWords(b, 'vi'),
          ),
          trendMessages.en.mixedUnits(
            localize(a.name, 'en'),
            unitWords(a, 'en'),
            localize(b.name, 'en'),
            unitWords(b, 'en'),
          ),
        ),
      );
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: { indicators, axes } };
}
