/**
 * The trend model as a Chart.js configuration. Imports Chart.js types only, so this file adds
 * nothing to the element's initial bytes; the classes arrive with the lazy chart-registry.
 */
import type {
  ChartConfiguration,
  ChartDataset,
  PointStyle,
  Scale,
  ScriptableLineSegmentContext,
} from 'chart.js';
import {
  capitalize,
  formatPeriod,
  formatValue,
  localize,
  sameLength,
  type Locale,
} from '@cds-vn/core';
import type { ChartColors, ColorToken } from './theme-probe.js';
import type { TargetSpan, TrendModel, TrendSeries } from './trend-model.js';
import { unitWords, type AxisId } from './select-series.js';

declare module 'chart.js' {
  interface CartesianScaleTypeRegistry {
    /** chart-registry.ts's linear scale whose labels always fit. */
    fitted: {
      options: CartesianScaleTypeRegistry['linear']['options'] & {
        /**
         * By tick value, which keeps its label when two would collide: the higher (see
         * FittedScale). A Map, as Chart.js would call a function as a scriptable option.
         */
        labelPriority?: ReadonlyMap<number, number>;
      };
    };
  }
}

export type TrendChartType = 'line' | 'bar';

export interface TrendDatum {
  readonly x: number;
  readonly y: number | null;
}

export interface ChartSettings {
  readonly type: TrendChartType;
  readonly locale: Locale;
  readonly colors: ChartColors;
  readonly font: { readonly family: string; readonly size: number };
  readonly animate: boolean;
}

type TrendDataset = ChartDataset<TrendChartType, TrendDatum[]>;
export type TrendChartConfig = ChartConfiguration<TrendChartType, TrendDatum[]>;

export interface BuiltChart {
  readonly config: TrendChartConfig;
  /** Per dataset, the slot each data point belongs to (-1: not a stop, e.g. a target step). */
  readonly slotOfPoint: readonly (readonly number[])[];
}

/** Series differ by marker shape as well as colour: never colour alone. */
const POINT_STYLES: readonly PointStyle[] = [
  'circle',
  'rect',
  'triangle',
  'rectRot',
  'circle',
  'rect',
];
const FORECAST_DASH = [6, 4];
const TARGET_DASH = [2, 3];
/** The hidden 0–1 axis deadline markers stand on, so they need no value of their own. */
const MARKS_AXIS = 'marks';

function seriesColor(colors: ChartColors, i: number): string {
  return colors[`series-${(i % 6) + 1}` as ColorToken];
}

/**
 * One horizontal segment over each target's period. Targets as long as each other that follow
 * on (2022 then 2023) join into a step; a goal of another span (2022–2025 after 2021, or 2023
 * inside it) is not the same series: a null point breaks the line before it.
 */
export function targetData(s: TrendSeries): TrendDatum[] {
  const runs: TargetSpan[][] = [];
  // A count without a total on a share series has no place on its axis: said, not drawn.
  for (const t of s.targets.filter((q) => q.y !== undefined)) {
    const run = runs.find((r) => {
      const l = r.at(-1);
      return l?.end === t.start && sameLength(l.target.period, t.target.period);
    });
    if (run) run.push(t);
    else runs.push([t]);
  }
  return runs.flatMap((r, i) =>
    r.flatMap((t, j) => [
      ...(i && !j ? [{ x: t.start, y: null }] : []),
      { x: t.start, y: t.y as number },
      { x: t.end, y: t.y as number },
    ]),
  );
}

/** The series whose unit an axis shows, if anything with a value is drawn against it. */
function axisSeries(model: TrendModel, axis: AxisId): TrendSeries[] {
  return model.series.filter(
    (s) => s.axis === axis && (s.points.length > 0 || s.targets.length > 0),
  );
}

export function buildChartConfig(model: TrendModel, settings: ChartSettings): BuiltChart {
  const { colors, locale, type } = settings;
  const slotIndex = new Map(model.slots.map((s, i) => [s.x, i]));
  const slotOf = (x: number): number => slotIndex.get(x) ?? -1;
  const datasets: TrendDataset[] = [];
  const slotOfPoint: number[][] = [];
  const single = model.series.length === 1;

  model.series.forEach((s, i) => {
    const color = seriesColor(colors, i);
    const label = localize(s.indicator.name, locale);
    const points = s.points;
    const hollow = points.map((p) => (p.projected ? colors.surface : color));
    if (type === 'bar') {
      datasets.push({
        type: 'bar',
        label,
        data: points.map((p) => ({ x: p.x, y: p.y })),
        yAxisID: s.axis,
        backgroundColor: hollow,
        borderColor: color,
        borderWidth: 2,
        order: 2,
      });
    } else {
      datasets.push({
        type: 'line',
        label,
        data: points.map((p) => ({ x: p.x, y: p.y })),
        yAxisID: s.axis,
        borderColor: color,
        backgroundColor: color,
        borderWidth: 2,
        pointStyle: POINT_STYLES[i % POINT_STYLES.length] ?? 'circle',
        pointRadius: 4,
        pointHoverRadius: 7,
        pointBorderWidth: 2,
        pointHoverBorderWidth: 3,
        pointBackgroundColor: hollow,
        pointHoverBackgroundColor: hollow,
        pointBorderColor: color,
        segment: {
          // The line into a forecast or estimate is dashed: it is not a measured movement.
          borderDash: (ctx: ScriptableLineSegmentContext) =>
            points[ctx.p1DataIndex]?.projected ? FORECAST_DASH : undefined,
        },
        order: 1,
      });
    }
    slotOfPoint.push(points.map((p) => slotOf(p.x)));

    if (s.revisions.length) {
      datasets.push({
        type: 'line',
        label: `${label} (revisions)`,
        data: s.revisions.map((r) => ({ x: r.x, y: r.y })),
        yAxisID: s.axis,
        showLine: false,
        pointStyle: 'crossRot',
        pointRadius: 5,
        pointHoverRadius: 7,
        pointBorderWidth: 2,
        borderColor: color,
        backgroundColor: color,
        order: 0,
      });
      slotOfPoint.push(s.revisions.map((r) => slotOf(r.x)));
    }

    const data = targetData(s);
    if (data.length) {
      const targetColor = single ? colors.target : color;
      datasets.push({
        type: 'line',
        label: `${label} (target)`,
        data,
        yAxisID: s.axis,
        borderColor: targetColor,
        backgroundColor: targetColor,
        borderDash: TARGET_DASH,
        borderWidth: 2,
        pointRadius: 0,
        pointHoverRadius: 0,
        spanGaps: false,
        order: 3,
      });
      slotOfPoint.push(data.map(() => -1));
    }

    if (s.milestones.length) {
      const data: TrendDatum[] = [];
      const radius: number[] = [];
      const fill: string[] = [];
      const slots: number[] = [];
      for (const m of s.milestones) {
        // A marker at the foot of the plot and a dashed guide up to the top, then a break.
        data.push({ x: m.x, y: 0.04 }, { x: m.x, y: 1 }, { x: m.x, y: null });
        radius.push(7, 0, 0);
        fill.push(m.done ? color : colors.surface, color, color);
        slots.push(slotOf(m.x), -1, -1);
      }
      datasets.push({
        type: 'line',
        label: `${label} (deadline)`,
        data,
        yAxisID: MARKS_AXIS,
        borderColor: color,
        backgroundColor: color,
        borderDash: [4, 4],
        borderWidth: 1,
        pointStyle: 'triangle',
        pointRadius: radius,
        pointHoverRadius: radius.map((r) => (r ? 9 : 0)),
        pointBorderWidth: 2,
        pointBackgroundColor: fill,
        pointHoverBackgroundColor: fill,
        pointBorderColor: color,
        spanGaps: false,
        order: 3,
      });
      slotOfPoint.push(slots);
    }
  });

  const font = { family: settings.font.family, size: settings.font.size };
  const labels = new Map(
    model.ticks.map((t) => [t.value, formatPeriod(t.period, locale, 'short')]),
  );
  // A tick names the longest period ending there; a year outranks a run of its months.
  const lengths = new Map(model.ticks.map((t) => [t.value, t.period.end - t.period.start]));
  const grid = { color: colors.grid };
  // A deadline's dashed guide stands in for the x gridline at its date, not on top of it.
  const guides = new Set(model.series.flatMap((s) => s.milestones.map((m) => m.x)));
  const ticks = { color: colors['text-muted'], font };

  // A share's axis says so ("Tỷ lệ % trên tổng số bộ, ngành"); one title for all it holds, or
  // none. Whether they agree is read in Vietnamese, as the axes are grouped: an English label
  // translated two ways still names one unit.
  const title = (s: TrendSeries, l = locale): string =>
    s.share ? capitalize(unitWords(s.indicator, l)) : localize(s.indicator.unitLabel, l);
  const valueAxis = (axis: AxisId, position: 'left' | 'right') => {
    const on = axisSeries(model, axis);
    const first = on[0];
    const ind = first && (first.share ? { unit: '%' as const } : first.indicator);
    const unitTitle =
      first && on.every((s) => title(s, 'vi') === title(first, 'vi')) ? title(first) : '';
    return {
      type: 'fitted' as const,
      position,
      display: !!ind,
      // A rank's 1st place on top, so a climb draws as a rise; and no "hạng 77,5" ticks.
      reverse: ind?.unit === 'rank',
      beginAtZero: type === 'bar',
      grace: '5%',
      grid: position === 'left' ? grid : { ...grid, drawOnChartArea: false },
      border: { color: colors.grid },
      ticks: {
        ...ticks,
        ...(ind?.unit === 'rank' && { precision: 0 }),
        callback: (value: number | string) =>
          ind ? formatValue(Number(value), ind, locale, { bare: true }) : String(value),
      },
      title: { display: !!unitTitle, text: unitTitle, color: colors['text-muted'], font },
    };
  };

  const config: TrendChartConfig = {
    type,
    data: { datasets },
    options: {
      animation: settings.animate ? { duration: 400 } : false,
      // For the y scale's compact numbers; points may overhang the plot's edge, not be cut.
      locale,
      clip: 9,
      responsive: true,
      maintainAspectRatio: false,
      // Pointer and keyboard are the element's: one path for hover, focus and announcements.
      events: [],
      layout: { padding: { top: 8, right: 8, left: 4, bottom: 4 } },
      scales: {
        x: {
          type: 'fitted',
          min: model.min,
          max: model.max,
          grid: {
            // The scale's own context (no tick) resolves too: a plain gridline then.
            color: (c: { readonly tick?: { readonly value: number } }) =>
              c.tick && guides.has(c.tick.value) ? 'transparent' : colors.grid,
          },
          border: { color: colors.grid },
          afterBuildTicks: (axis: Scale) => {
            axis.ticks = model.ticks
              .filter((t) => t.value >= model.min && t.value <= model.max)
              .map((t) => ({ value: t.value }));
          },
          ticks: {
            ...ticks,
            maxRotation: 0,
            // Evenly spaced skipping does not fit true dates: the fitted scale skips instead.
            autoSkip: false,
            callback: (value: number | string) => labels.get(Number(value)) ?? '',
          },
          labelPriority: lengths,
        },
        y: valueAxis('y', 'left'),
        y2: valueAxis('y2', 'right'),
        [MARKS_AXIS]: { type: 'linear', axis: 'y', display: false, min: 0, max: 1 },
      },
    },
  };
  return { config, slotOfPoint };
}
