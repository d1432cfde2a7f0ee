import type { PeriodFigure } from '../model/revisions.js';

/**
 * The straight line through the last figure and the latest one ending before it, read at instant
 * `at`. Figures are placed at their period's end (a figure "for 2022-H1" is the state at the end
 * of June). One figure, or several ending together, draw no line: undefined, never a flat guess.
 */
export function projectLinear(figures: readonly PeriodFigure[], at: number): number | undefined {
  const points = figures
    .filter((f) => f.chosen.value !== undefined)
    .map((f) => ({ x: f.period.end, y: f.chosen.value as number }));
  const last = points.at(-1);
  const prev = points.findLast((p) => p.x < (last?.x ?? 0));
  return last && prev && last.y + ((last.y - prev.y) / (last.x - prev.x)) * (at - last.x);
}
