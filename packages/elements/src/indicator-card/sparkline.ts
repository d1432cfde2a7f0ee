import { html, svg, nothing, type TemplateResult } from 'lit';
import { onScale, totalsDiffer, type PeriodFigure } from '@cds-vn/core';

export interface SparkSegment {
  /** SVG path data in the 0–100 × 0–100 box. */
  readonly d: string;
  /** A segment into a forecast or estimate: drawn dashed. */
  readonly projected: boolean;
}

export interface SparkGeometry {
  readonly segments: readonly SparkSegment[];
  readonly dot: { readonly x: number; readonly y: number };
  /** Height of the target line, when the target falls in the drawn range. */
  readonly target?: number;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * The series on a true time axis (period ends, as in the trend chart), scaled to a 100 × 100
 * box with a margin, so the line never touches the edges. Needs two figures with values. Counts
 * out of totals that differ are drawn as their shares, as the change line and the trend chart
 * compare them (22/22 → 30/30 is flat); a target without a total then has no place.
 */
export function sparkGeometry(
  figures: readonly PeriodFigure[],
  current: PeriodFigure,
  target?: { readonly value: number; readonly total?: number | undefined },
  /** Smaller numbers on top: a rank's 1st place, so a climb draws as a rise. */
  topDown = false,
): SparkGeometry | undefined {
  const drawn = figures.filter((f) => f.chosen.value !== undefined);
  const share = totalsDiffer(drawn.map((f) => f.chosen));
  const pts = drawn.map((f) => ({
    x: f.period.end,
    y: onScale(f.chosen.value as number, f.chosen.total, share) as number,
    f,
  }));
  if (pts.length < 2) return undefined;
  const goal = target && onScale(target.value, target.total, share);
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y).concat(goal === undefined ? [] : [goal]);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const sx = (x: number): number => round(4 + ((x - x0) / (x1 - x0 || 1)) * 92);
  const sy = (y: number): number => {
    const share = (y - y0) / (y1 - y0 || 1);
    return round(topDown ? 10 + share * 80 : 90 - share * 80);
  };
  const segments: SparkSegment[] = [];
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1];
    const b = pts[i];
    if (!a || !b) continue;
    const projected = b.f.chosen.kind !== 'actual';
    const d = `M${sx(a.x)} ${sy(a.y)}L${sx(b.x)} ${sy(b.y)}`;
    const last = segments.at(-1);
    // Join consecutive segments of one kind into one path.
    if (last && last.projected === projected) {
      segments[segments.length - 1] = { d: `${last.d}L${sx(b.x)} ${sy(b.y)}`, projected };
    } else segments.push({ d, projected });
  }
  const here = pts.find((p) => p.f === current) ?? pts[pts.length - 1];
  return {
    segments,
    dot: { x: sx(here?.x ?? x1), y: sy(here?.y ?? y1) },
    ...(goal !== undefined && { target: sy(goal) }),
  };
}

/** Inline SVG: no Chart.js in the card. Decorative strokes scale with the box. */
export function renderSparkline(g: SparkGeometry, label: string): TemplateResult {
  return html`<svg
    id="spark"
    class="spark"
    part="sparkline"
    viewBox="0 0 100 100"
    preserveAspectRatio="none"
    role="img"
    aria-label=${label}
  >
    ${
      g.target === undefined
        ? nothing
        : svg`<line class="spark-target" x1="0" x2="100" y1=${g.target} y2=${g.target} />`
    }
    ${g.segments.map(
      (s) => svg`<path class=${s.projected ? 'spark-line projected' : 'spark-line'} d=${s.d} />`,
    )}
    <path class="spark-dot" d=${`M${g.dot.x} ${g.dot.y}h0`} />
  </svg>`;
}
