import type { PeriodFigure } from '../model/revisions.js';

/**
 * The straight line through the last figure and the latest one ending before it begins, read at
 * instant `at`. Figures are placed at their period's end (a figure "for 2022-H1" is the state at
 * the end of June). One figure, or several ending together, draw no line: undefined, never a
 * flat guess. A figure within the last one's period is part of it, not an earlier state: from
 * 2022-H1's 11,27% to 2022's 7,5% of retail sales is the season, not a trend, and followed on
 * to 2023 it read 0,02%.
 */
export function projectLinear(figures: readonly PeriodFigure[], at: number): number | undefined {
  const points = figures
    .filter((f) => f.chosen.value !== undefined)
    .map((f) => ({ start: f.period.start, x: f.period.end, y: f.chosen.value as number }));
  const last = points.at(-1);
  const prev = points.findLast((p) => p.x <= (last?.start ?? 0));
  return last && prev && last.y + ((last.y - prev.y) / (last.x - prev.x)) * (at - last.x);
}
