/**
 * The sentence that says how an indicator moved, in the reports' own style: "Tăng từ 180 triệu
 * (2021) lên 860 triệu (2022), gấp 4,8 lần." It is the chart's accessible description and
 * visible caption, and the card's sparkline label. Pure: no DOM, so it can move into core.
 */
import {
  capitalize,
  coreMessages,
  changeQualifier,
  comparesAcrossLengths,
  figureChange,
  evaluate,
  figuresByPeriod,
  formatChangeAmount,
  formatNumber,
  formatPeriod,
  formatTargetWords,
  formatFigure,
  movement,
  sameLength,
  spokenPoints,
  type ChangeEnd,
  type Indicator,
  type Locale,
  type Period,
  type PeriodFigure,
} from '@cds-vn/core';
import { trendMessages } from './messages.js';
import { isShare, unitWords } from './select-series.js';
import type { SlotText } from './slot-description.js';

export interface SummaryOptions {
  /** "Today" for the status sentence (a period or date); default: now. */
  readonly asOf?: string;
  /** The period the status sentence judges; default: the status engine's choice. */
  readonly period?: string;
  /** Add the status sentence for an indicator with targets (default true). */
  readonly status?: boolean;
}

/**
 * A period inside a sentence: a year as "2022", a half as "6 tháng đầu năm 2022" / "H1 2022", a
 * run of months as "11 tháng đầu năm 2022", "từ tháng 3 đến tháng 5/2024" / "Jan–Nov 2022".
 */
export function prosePeriod(p: Period, locale: Locale): string {
  if (p.granularity === 'year') return String(p.year);
  if (locale === 'en')
    return formatPeriod(p, locale, /months|half/.test(p.granularity) ? 'short' : 'long');
  // Lower case inside a sentence: "80,2% (tháng 4/2024)", not "(Tháng 4/2024)".
  return formatPeriod(p, locale, 'inline');
}

/** "2022" or "2022, ước tính": the period, and the kind when the figure is not an actual. */
function figurePeriod(f: PeriodFigure, locale: Locale): string {
  const p = prosePeriod(f.period, locale);
  const kind = f.chosen.kind;
  if (kind === 'actual') return p;
  const m = coreMessages[locale];
  return `${p}, ${kind === 'estimate' ? m.estimate : m.forecast}`;
}

/**
 * The figures to compare first with last: all of a level's (a stock, a rate); a flow's only as
 * long as each other (comparesAcrossLengths): the latest figure's kind when it has an earlier one,
 * else the longest run of one kind.
 */
function comparable(ind: Indicator, known: readonly PeriodFigure[]): readonly PeriodFigure[] {
  const last = known.at(-1);
  if (!last || comparesAcrossLengths(ind, last.chosen)) return known;
  const alike = (f: PeriodFigure): PeriodFigure[] =>
    known.filter((g) => sameLength(g.period, f.period));
  const latest = alike(last);
  return latest.length > 1
    ? latest
    : known.map(alike).reduce((a, b) => (b.length >= a.length ? b : a), latest);
}

/** One indicator's movement, ending with a full stop; plus its status when it has a target. */
export function summarizeSeries(
  ind: Indicator,
  locale: Locale,
  options: SummaryOptions = {},
): string {
  const m = trendMessages[locale];
  const withValue = figuresByPeriod(ind).filter((f) => f.chosen.value !== undefined);
  const known = withValue.filter((f) => f.chosen.kind !== 'forecast');
  const lastKnown = known.at(-1);
  const ahead = withValue.filter(
    (f) => f.chosen.kind === 'forecast' && (!lastKnown || f.period.end > lastKnown.period.end),
  );
  const parts: string[] = [];
  const series = comparable(ind, known);
  const first = series[0];
  const last = series.at(-1);
  if (first && last && first !== last) {
    const a = formatFigure(first.chosen, ind, locale);
    const b = formatFigure(last.chosen, ind, locale);
    const pa = figurePeriod(first, locale);
    const pb = figurePeriod(last, locale);
    const end = (f: PeriodFigure): ChangeEnd => ({
      value: f.chosen.value as number,
      total: f.chosen.total,
    });
    // Shares of totals that differ are compared in points (figureChange), never as a multiple.
    const { change, info, share } = figureChange(end(first), end(last), ind);
    // A rank rises as its number falls: "Tăng từ hạng 86 lên hạng 77, tức tăng 9 bậc".
    const dir = movement(change, ind.unit);
    if (dir === 'flat') parts.push(share ? m.sameShare(a, pa, b, pb) : m.flat(a, pa, pb));
    else {
      const head = dir === 'up' ? m.rose(a, pa, b, pb) : m.fell(a, pa, b, pb);
      const ratio = share ? 0 : (last.chosen.value as number) / (first.chosen.value as number);
      // From "hơn 320.000" the change is only about so much.
      const about = changeQualifier([first.chosen, last.chosen], locale);
      let amount: string;
      if (ind.unit !== 'rank' && dir === 'up' && ratio >= 2 && (first.chosen.value as number) > 0) {
        amount = m.times(about + formatNumber(ratio, locale, { maxDecimals: 1 }));
      } else {
        // Prose, read aloud as the chart's description: points in words ("17.43 percentage points").
        const size = about + spokenPoints(formatChangeAmount(change, info, locale));
        amount = dir === 'up' ? m.upBy(size) : m.downBy(size);
      }
      parts.push(`${head}, ${amount}`);
    }
    // First-to-last hides a peak or a dip in between: name it.
    const inner = series.slice(1, -1);
    const value = (f: PeriodFigure): number => f.chosen.value as number;
    const ends = [value(first), value(last)];
    const peak = inner.reduce<PeriodFigure | undefined>(
      (best, f) => (value(f) > Math.max(...ends) && (!best || value(f) > value(best)) ? f : best),
      undefined,
    );
    const dip = inner.reduce<PeriodFigure | undefined>(
      (best, f) => (value(f) < Math.min(...ends) && (!best || value(f) < value(best)) ? f : best),
      undefined,
    );
    // A rank's highest place is its smallest number.
    const [high, low] = ind.unit === 'rank' ? [m.lowest, m.highest] : [m.highest, m.lowest];
    if (peak) parts.push(high(formatFigure(peak.chosen, ind, locale), figurePeriod(peak, locale)));
    if (dip) parts.push(low(formatFigure(dip.chosen, ind, locale), figurePeriod(dip, locale)));
  }
  // The latest figure, when no comparison above ends on it: said, not compared.
  if (lastKnown && (lastKnown !== last || first === last))
    parts.push(
      m.single(formatFigure(lastKnown.chosen, ind, locale), figurePeriod(lastKnown, locale)),
    );
  const forecast = ahead.at(-1);
  if (forecast) {
    const text = m.forecastAt(
      formatFigure(forecast.chosen, ind, locale),
      prosePeriod(forecast.period, locale),
    );
    parts.push(text);
  }
  // A deadline without figures is said by its status alone ("Hạn tháng 12/2023: Quá hạn").
  const statusOnly =
    !parts.length && ind.kind === 'milestone' && ind.targets.length > 0 && options.status !== false;
  if (!parts.length && !statusOnly) parts.push(coreMessages[locale].noData);
  // A sentence, though it may open on a figure's own word: "Gần 14,6 triệu tài khoản (…)".
  const said = parts.join('; ');
  let out = said && `${capitalize(said)}.`;
  if (ind.targets.length && options.status !== false) {
    const status = evaluate(ind, {
      ...(options.asOf && { asOf: options.asOf }),
      ...(options.period && { period: options.period }),
    });
    const t = status.target;
    // Nothing measured yet: after "Chưa có dữ liệu.", core's "Mục tiêu > 60% (2023): Chưa có dữ
    // liệu" would say it twice; name the target alone.
    if (!withValue.length && status.verdict === 'no-data' && t?.kind !== 'milestone' && t) {
      out += ` ${coreMessages[locale].target} ${formatPeriod(t.period, locale, 'short')}: ${formatTargetWords(t.op, t.value, ind, locale, t.total)}.`;
    }
    // "No target" for the latest figure says nothing the chart does not already show.
    else if (status.verdict !== 'no-target') {
      out += `${out ? ' ' : ''}${status.explanation[locale]}.`;
    }
  }
  return out;
}

/**
 * Every indicator's sentence; each named when there are several. The names stay texts, so the
 * element can mark one the data gives only in Vietnamese `lang="vi"` on an English page. A count
 * the chart draws as its share says so: its sentence gives counts ("6/30 bộ, ngành").
 */
export function summarizeTrend(
  indicators: readonly Indicator[],
  locale: Locale,
  options: SummaryOptions = {},
): SlotText {
  const said = (ind: Indicator): string =>
    summarizeSeries(ind, locale, options) +
    (isShare(ind) ? ` ${trendMessages[locale].drawnAsShare(unitWords(ind, locale))}` : '');
  if (indicators.length === 1 && indicators[0]) return [said(indicators[0])];
  // The space between two series ends the sentence before it: a text of spaces alone, between
  // two spans, is dropped from the canvas's description ("…11,4%.Tốc độ…").
  return indicators.flatMap((ind, i) => [
    ind.name,
    `: ${said(ind)}${i < indicators.length - 1 ? ' ' : ''}`,
  ]);
}
