/**
 * The chart's data on a true time axis, before any Chart.js: where each figure, revision,
 * target and deadline sits, in UTC milliseconds. Pure: no DOM, no Chart.js.
 */
import {
  comparePeriods,
  figuresByPeriod,
  onScale,
  type Indicator,
  type MilestoneTarget,
  type Observation,
  type Period,
  type PeriodFigure,
  type ValueTarget,
} from '@cds-vn/core';
import { isShare, type AxisId, type SeriesSelection } from './select-series.js';

/**
 * Where a period sits on the time axis: its end. A figure "for 2022" is the state at the end
 * of 2022 (the reports say "đến hết năm 2022"), a figure for 2022-H1 the state at the end of
 * June; midpoints would put the year's figure in July, three months after the half-year's,
 * and misdraw the slope between them. Ends are also what the status engine projects along
 * (`projectLinear`), so the drawn line and the "on track" verdict agree.
 */
export const periodInstant = (p: Period): number => p.end;

export interface TrendPoint {
  readonly x: number;
  readonly y: number;
  readonly figure: PeriodFigure;
  /** Forecasts and estimates are drawn hollow, with a dashed segment leading to them. */
  readonly projected: boolean;
}

export interface TrendRevision {
  readonly x: number;
  readonly y: number;
  readonly observation: Observation;
}

/** A threshold drawn over the period it applies to (from its start to its end). */
export interface TargetSpan {
  readonly start: number;
  readonly end: number;
  readonly target: ValueTarget;
  /** Where it is drawn; undefined for a count without a total on a share series: not drawn. */
  readonly y: number | undefined;
}

export interface MilestoneMark {
  readonly x: number;
  readonly target: MilestoneTarget;
  readonly done: boolean;
  readonly completed?: Period;
}

export interface TrendSeries {
  readonly indicator: Indicator;
  readonly axis: AxisId;
  /** Drawn as shares of totals that differ, in per cent (isShare): y is 20 for 6/30. */
  readonly share: boolean;
  readonly points: readonly TrendPoint[];
  readonly revisions: readonly TrendRevision[];
  readonly targets: readonly TargetSpan[];
  readonly milestones: readonly MilestoneMark[];
}

/** One stop of keyboard navigation and of the tooltip: an instant and the periods there. */
export interface TrendSlot {
  readonly x: number;
  /** Longest first (2022 before 2022-H2 when both end together). */
  readonly periods: readonly Period[];
}

export interface TrendTick {
  readonly value: number;
  readonly period: Period;
}

export interface TrendModel {
  readonly series: readonly TrendSeries[];
  readonly slots: readonly TrendSlot[];
  /** Tick positions: every drawn instant, labelled with its (longest) period. */
  readonly ticks: readonly TrendTick[];
  readonly min: number;
  readonly max: number;
  /** True when nothing at all can be drawn (no values, no targets, no deadlines). */
  readonly empty: boolean;
  readonly hasY2: boolean;
}

const DAY = 86_400_000;

function buildSeries(indicator: Indicator, axis: AxisId): TrendSeries {
  const points: TrendPoint[] = [];
  const revisions: TrendRevision[] = [];
  const share = isShare(indicator);
  // A share series' figures all have totals (isShare); its targets may not, and are not drawn.
  for (const figure of figuresByPeriod(indicator)) {
    const x = periodInstant(figure.period);
    const { value, total } = figure.chosen;
    if (value !== undefined) {
      points.push({
        x,
        y: onScale(value, total, share) as number,
        figure,
        projected: figure.chosen.kind !== 'actual',
      });
    }
    for (const r of figure.revisions) {
      if (r.value !== undefined)
        revisions.push({ x, y: onScale(r.value, r.total, share) as number, observation: r });
    }
  }
  const targets: TargetSpan[] = [];
  const milestones: MilestoneMark[] = [];
  const last = indicator.observations.at(-1);
  // Several reports repeat one target ("2022: ≥ 50%"): draw it once.
  const seen = new Set<string>();
  for (const t of indicator.targets) {
    const key =
      t.kind === 'milestone'
        ? `due|${t.due.key}`
        : `${t.period.key}|${t.op}|${t.value}|${t.total ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (t.kind === 'milestone') {
      milestones.push({
        x: periodInstant(t.due),
        target: t,
        done: last?.done === true,
        ...(last?.completed && { completed: last.completed }),
      });
    } else {
      targets.push({
        start: t.period.start,
        end: t.period.end,
        target: t,
        y: onScale(t.value, t.total, share),
      });
    }
  }
  targets.sort((a, b) => a.start - b.start || a.end - b.end);
  milestones.sort((a, b) => a.x - b.x);
  return { indicator, axis, share, points, revisions, targets, milestones };
}

/**
 * The targets a figure for `p` is measured against, as core's `evaluate` picks them: `p`'s own,
 * else those of the shortest period containing it (the year's, for its first half).
 */
export function targetsFor(s: TrendSeries, p: Period): ValueTarget[] {
  const around = s.targets.filter((t) => t.start <= p.start && t.end >= p.end);
  const least = Math.min(...around.map((t) => t.end - t.start));
  return around.filter((t) => t.end - t.start === least).map((t) => t.target);
}

function addPeriod(map: Map<number, Period[]>, x: number, p: Period): void {
  const list = map.get(x);
  if (!list) map.set(x, [p]);
  else if (!list.some((q) => q.key === p.key)) list.push(p);
}

export function buildTrendModel(selection: SeriesSelection): TrendModel {
  const series = selection.indicators.map((ind) =>
    buildSeries(ind, selection.axes.get(ind.id) ?? 'y'),
  );
  const slotMap = new Map<number, Period[]>();
  const tickMap = new Map<number, Period[]>();
  let min = Infinity;
  let max = -Infinity;
  for (const s of series) {
    for (const p of s.points) {
      addPeriod(slotMap, p.x, p.figure.period);
      addPeriod(tickMap, p.x, p.figure.period);
    }
    for (const m of s.milestones) {
      addPeriod(slotMap, m.x, m.target.due);
      addPeriod(tickMap, m.x, m.target.due);
    }
    // A target that cannot be drawn is said in words only (data table, tooltip), not placed.
    for (const t of s.targets) {
      if (t.y === undefined) continue;
      addPeriod(tickMap, t.end, t.target.period);
      min = Math.min(min, t.start);
      max = Math.max(max, t.end);
    }
  }
  for (const x of tickMap.keys()) {
    min = Math.min(min, x);
    max = Math.max(max, x);
  }
  const sortPeriods = (list: Period[]): Period[] => [...list].sort(comparePeriods);
  const slots = [...slotMap.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([x, periods]) => ({ x, periods: sortPeriods(periods) }));
  const ticks = [...tickMap.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([value, periods]) => ({ value, period: sortPeriods(periods)[0] as Period }));
  const empty = !Number.isFinite(min);
  // Room either side so the first and last points are not cut in half by the plot's edge.
  const span = empty ? 0 : max - min;
  const pad = span === 0 ? 183 * DAY : Math.max(15 * DAY, span * 0.04);
  return {
    series,
    slots,
    ticks,
    min: empty ? 0 : min - pad,
    max: empty ? 1 : max + pad,
    empty,
    hasY2: series.some((s) => s.axis === 'y2'),
  };
}
