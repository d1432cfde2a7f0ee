/**
 * Binning and colours for numeric maps. Palettes are ColorBrewer's colour-blind-safe schemes
 * (Cynthia Brewer, Penn State; Apache-2.0): YlGnBu, sequential, and PuOr, diverging around a
 * target (orange short of it, purple meeting it), so the scale reads without red–green vision.
 * Each colour is `light-dark(light, dark)`: the dark scheme lifts the darkest colours (same hue,
 * same order) to 3:1 against the dark surface, as WCAG 1.4.11 asks of shapes that carry meaning.
 */
import { meets, type TargetOp } from '@cds-vn/core';
import { lightDark } from '../base/light-dark.js';

export type Binning = 'quantile' | 'equal';

/**
 * `light-dark()` pairs, so the element's colour scheme picks, on the map and in the legend alike;
 * `dark` holds only the colours the dark scheme changes, by index.
 */
export const themed = (light: readonly string[], dark: Record<number, string>): string[] =>
  light.map((c, i) => lightDark(c, dark[i] ?? c));

/**
 * YlGnBu, 9 classes less its near-white first, lightest first. In the dark scheme lightness is
 * spread over what reaches 3:1 on the dark surface (#16191d), hues kept.
 */
export const SEQUENTIAL_LIGHT = [
  '#edf8b1',
  '#c7e9b4',
  '#7fcdbb',
  '#41b6c4',
  '#1d91c0',
  '#225ea8',
  '#253494',
  '#081d58',
];
export const SEQUENTIAL_DARK = [
  '#f1fcb5',
  '#d2f4bf',
  '#96e4d2',
  '#65d6e4',
  '#54bcec',
  '#5996e5',
  '#5d77dd',
  '#4a68a9',
];
export const SEQUENTIAL = themed(SEQUENTIAL_LIGHT, SEQUENTIAL_DARK);

/**
 * PuOr, each side nearest the target first: orange short of it, purple meeting it. The orange
 * side already reaches 3:1 on the dark surface; the purple side is lifted.
 */
const SHORT = ['#fee0b6', '#fdb863', '#e08214', '#b35806'] as const;
const MEETS = themed(['#d8daeb', '#b2abd2', '#8073ac', '#542788'], {
  1: '#beb7df',
  2: '#9a8dc8',
  3: '#7d54b7',
});

export interface Bin {
  /**
   * The smallest and the largest value in the bin, so no value reads as in two bins ("20,1 –
   * 41,2", "41,6 – 54,3"; an empty bin keeps its cut points). With explicit breaks, the breaks:
   * from inclusive, to exclusive.
   */
  readonly from: number;
  readonly to: number;
  /** Open-ended: "below `to`" (first bin) or "from `from` up" (last bin) of explicit breaks. */
  readonly open?: 'below' | 'above';
  readonly color: string;
  /** Diverging scales: whether the bin meets the target. */
  readonly meets?: boolean;
}

export interface ColorScale {
  readonly bins: readonly Bin[];
  readonly diverging: boolean;
  binOf(value: number): number;
}

export interface Target {
  readonly op: TargetOp;
  readonly value: number;
}

/** `count` colours spread evenly over `palette`, first and last included. */
function spread(palette: readonly string[], count: number): string[] {
  const last = palette.length - 1;
  return Array.from(
    { length: count },
    (_, i) => palette[count > 1 ? Math.round((i * last) / (count - 1)) : Math.ceil(last / 2)] ?? '',
  );
}

/** `count` sequential colours. */
export const sequentialColors = (count: number): string[] => spread(SEQUENTIAL, count);

/** Inner thresholds splitting `values` into `count` bins (fewer when values repeat). */
export function thresholds(values: readonly number[], binning: Binning, count: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const min = sorted[0] ?? 0;
  const max = sorted.at(-1) ?? 0;
  const out: number[] = [];
  for (let i = 1; i < count; i++) {
    const t =
      binning === 'equal'
        ? min + ((max - min) * i) / count
        : (sorted[Math.ceil((i * sorted.length) / count)] ?? max);
    // A threshold at the minimum would leave an empty first bin; repeats leave empty bins.
    if (t > min && t <= max && t !== out.at(-1)) out.push(t);
  }
  return out;
}

function binIndex(value: number, inner: readonly number[]): number {
  let i = 0;
  while (i < inner.length && value >= (inner[i] as number)) i++;
  return i;
}

function extent(values: readonly number[]): [number, number] {
  return [Math.min(...values), Math.max(...values)];
}

/**
 * Each bin's range as the values in it. Cut points shared by two bins ("20,1 – 41,6",
 * "41,6 – 54,5") left the reader to guess which bin held a province at 41,6.
 */
function heldRanges(scale: ColorScale, values: readonly number[]): ColorScale {
  const bins = scale.bins.map((b, i) => {
    const held = values.filter((v) => scale.binOf(v) === i);
    return held.length ? { ...b, from: Math.min(...held), to: Math.max(...held) } : b;
  });
  return { ...scale, bins };
}

/** Bins for the data's range (quantile or equal), or for explicit breaks. */
export function sequentialScale(
  values: readonly number[],
  binning: Binning,
  count: number,
  breaks?: readonly number[],
): ColorScale {
  const [min, max] = extent(values);
  const inner = breaks ? [...breaks] : thresholds(values, binning, count);
  const colors = sequentialColors(inner.length + 1);
  const bounds = [min, ...inner, max];
  const bins = colors.map((color, i): Bin => ({
    from: bounds[i] as number,
    to: bounds[i + 1] as number,
    color,
    ...(breaks && i === 0 && { open: 'below' as const }),
    ...(breaks && i === inner.length && i > 0 && { open: 'above' as const }),
  }));
  const scale = { bins, diverging: false, binOf: (v: number) => binIndex(v, inner) };
  return breaks ? scale : heldRanges(scale, values);
}

/**
 * Two sequences meeting at the target: values short of it in orange, darker the farther they
 * fall short; values meeting it in purple, darker the farther they go. Each side is binned on
 * its own distances from the target, so a side holding one province still gets its colour, and
 * "farther" means the same whichever way the indicator points. Bins are in value order.
 */
export function divergingScale(
  values: readonly number[],
  binning: Binning,
  count: number,
  target: Target,
): ColorScale {
  const t = target.value;
  const perSide = Math.min(4, Math.max(1, Math.round(count / 2)));
  const distance = (v: number): number => Math.abs(v - t);
  const side = (ok: boolean) => {
    const group = values.filter((v) => meets(v, target.op, t) === ok);
    if (!group.length) return { bins: [] as Bin[], index: (_: number): number => 0 };
    // Below the target, bins are cut on the values themselves, so a value on a cut point joins
    // the bin above it, along the number line like every other bin; cut on distances, it fell
    // the other way. Farther from the target is darker.
    const below = group.every((v) => v <= t);
    const key = below ? (v: number): number => v : distance;
    const k = group.map(key);
    const inner = thresholds(k, binning, perSide);
    const bounds = [Math.min(...k), ...inner, Math.max(...k)];
    const colors = spread(ok ? MEETS : SHORT, inner.length + 1);
    const bins = colors.map((color, i): Bin => {
      const [a, b] = [bounds[i] as number, bounds[i + 1] as number];
      return below
        ? { from: a, to: b, color: colors[inner.length - i] as string, meets: ok }
        : { from: t + a, to: t + b, color, meets: ok };
    });
    return { bins, index: (v: number): number => binIndex(key(v), inner) };
  };
  const short = side(false);
  const meeting = side(true);
  const bins = [...short.bins, ...meeting.bins].sort((a, b) => a.from - b.from);
  return heldRanges(
    {
      bins,
      diverging: true,
      binOf: (v) => {
        const s = meets(v, target.op, t) ? meeting : short;
        return bins.indexOf(s.bins[s.index(v)] as Bin);
      },
    },
    values,
  );
}
