/**
 * The only module that imports Chart.js, reached through a dynamic `import()` (see
 * chart-loader.ts). Only what the trend chart draws is registered, so a bundler drops the
 * rest of Chart.js: no pie, radar, time scale, legend, title or tooltip plugins (the legend
 * and tooltip are HTML, themable and readable by screen readers).
 */
import {
  BarController,
  BarElement,
  Chart,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  type ChartArea,
  type FontSpec,
  type LabelItem,
  type Tick,
} from 'chart.js';
import { toFont, toPadding } from 'chart.js/helpers';

/** Resolved scale options are plain values by now, whatever the scriptable types say. */
const font = (spec: unknown): string => toFont(spec as Partial<FontSpec>).string;

/**
 * A linear scale whose labels always fit the canvas (lives here, with Chart.js, so the
 * element's initial bytes do not grow). Chart.js caps a y axis at a share of the width and
 * lets longer labels run off the canvas and under the title; its autoSkip assumes evenly
 * spaced ticks, but ours stand at their true dates.
 */
export class FittedScale extends LinearScale {
  static override get id(): string {
    return 'fitted';
  }
  /** Whether the y title is drawn: it gives way first when the width is short. */
  titleShown = true;
  private skipFor: Tick[] | undefined;

  private widest(): number {
    const ctx = this.ctx;
    ctx.font = font(this.options.ticks.font);
    return Math.max(0, ...this.ticks.map((t) => ctx.measureText(String(t.label)).width));
  }

  override fit(): void {
    super.fit();
    if (this.isHorizontal() || !this.options.display) return;
    const { ticks, title, grid } = this.options;
    const room = this.maxWidth;
    const marks = ticks.padding * 2 + (grid.drawTicks ? (grid.tickLength ?? 0) : 0);
    const titleWidth = title.display
      ? toFont(title.font as Partial<FontSpec>).lineHeight +
        toPadding(title.padding as number).height
      : 0;
    let need = marks + this.widest();
    if (need > room) {
      // Plain numbers shrink to "82K" / "82 N"; labels with a unit ("90 Mbps") keep it.
      const short = new Intl.NumberFormat(this.chart.options.locale, {
        notation: 'compact',
        maximumFractionDigits: 1,
      });
      for (const t of this.ticks)
        if (/^[\d\s.,-]+$/.test(String(t.label))) t.label = short.format(t.value);
      need = marks + this.widest();
    }
    this.titleShown = !!titleWidth && need + titleWidth <= room;
    // Wider than Chart.js's cap if need be: a label is never cut, the plot narrows instead.
    this.width = need + (this.titleShown ? titleWidth : 0);
  }

  override drawTitle(area: ChartArea): void {
    if (this.titleShown) super.drawTitle(area);
  }

  /**
   * Blanks x labels that would run into another, once the layout is final. The first period
   * keeps its label, then the newest, then the longest periods (a year's before a run of its
   * months one tick away), then the earlier: each where it runs into no label already kept.
   */
  override getLabelItems(area?: ChartArea): LabelItem[] {
    if (this.isHorizontal() && this.skipFor !== this.ticks) {
      this.skipFor = this.ticks;
      const ctx = this.ctx;
      ctx.font = font(this.options.ticks.font);
      const ticks = this.ticks;
      const rank = (this.options as { labelPriority?: ReadonlyMap<number, number> }).labelPriority;
      const last = ticks.length - 1;
      const order = ticks
        .map((t, i) => {
          const half = ctx.measureText(String(t.label)).width / 2 + 3;
          const x = this.getPixelForTick(i);
          const first = i === 0 ? 2 : i === last ? 1 : 0;
          return { t, from: x - half, to: x + half, first, rank: rank?.get(t.value) ?? 0, i };
        })
        .sort((a, b) => b.first - a.first || b.rank - a.rank || a.i - b.i);
      const kept: (typeof order)[number][] = [];
      for (const s of order) {
        if (s.t.label && kept.every((k) => k.to <= s.from || s.to <= k.from)) kept.push(s);
        else s.t.label = '';
      }
    }
    return super.getLabelItems(area);
  }
}

let registered = false;

/** Chart with its parts registered; registration happens on first call, not on import. */
export function registeredChart(): typeof Chart {
  if (!registered) {
    Chart.register(
      LineController,
      BarController,
      LineElement,
      PointElement,
      BarElement,
      LinearScale,
      FittedScale,
    );
    registered = true;
  }
  return Chart;
}
