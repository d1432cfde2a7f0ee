/**
 * Several reports may give different figures for one period. All are kept; the figure from the
 * newest report is the one shown, the others are its revisions.
 */
import type { Period } from '../period/period.js';
import type { Indicator, Observation } from './types.js';

export interface PeriodFigure {
  readonly period: Period;
  /** The figure shown: from the newest report. */
  readonly chosen: Observation;
  /** The other reports' figures for the same period, newest first. */
  readonly revisions: readonly Observation[];
}

/** One entry per period, chronological. Relies on normalise's ordering (newest report last). */
export function figuresByPeriod(indicator: Indicator): PeriodFigure[] {
  const groups = new Map<string, Observation[]>();
  for (const o of indicator.observations) {
    const list = groups.get(o.period.key);
    if (list) list.push(o);
    else groups.set(o.period.key, [o]);
  }
  const out: PeriodFigure[] = [];
  for (const list of groups.values()) {
    const newestFirst = [...list].reverse();
    const [chosen, ...revisions] = newestFirst;
    if (chosen) out.push({ period: chosen.period, chosen, revisions });
  }
  return out;
}

/** The figure for one period, if any. */
export function figureFor(indicator: Indicator, periodKey: string): PeriodFigure | undefined {
  return figuresByPeriod(indicator).find((f) => f.period.key === periodKey);
}

/** The latest period that has a numeric value (or, for milestones, any observation). */
export function latestFigure(indicator: Indicator): PeriodFigure | undefined {
  const figures = figuresByPeriod(indicator);
  for (let i = figures.length - 1; i >= 0; i--) {
    const f = figures[i];
    if (f && (f.chosen.value !== undefined || indicator.kind === 'milestone')) return f;
  }
  return undefined;
}
