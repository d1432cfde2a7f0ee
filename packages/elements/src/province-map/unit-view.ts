/**
 * What each unit shows: its fill, bin, rank, status against the target, and the texts a screen
 * reader, the tooltip and the table read. Computed once per data or language change; colours
 * and words change together, so the map never says anything by colour alone.
 */
import {
  coreMessages,
  formatTargetValue,
  formatTargetWords,
  formatValue,
  localize,
  lowerFirst,
  meets,
  provinceUnits,
  type Locale,
  type ProvinceUnit,
  type RegionalCategory,
} from '@cds-vn/core';
import {
  divergingScale,
  sequentialScale,
  themed,
  type Binning,
  type ColorScale,
} from './color-scale.js';
import { messages, type Side } from './messages.js';
import type { ResolvedMap, UnitDatum } from './resolve-map-data.js';

/**
 * Paul Tol's "muted" qualitative scheme: colour-blind safe; repeats after nine categories. In the
 * dark scheme indigo, green, wine and purple are lifted (hue kept within 10°) to 3:1 against the
 * dark surface and base fill; simulated protan, deutan and tritan vision still tells every pair
 * apart at least as well as the scheme's closest pair (rose and teal).
 */
export const CATEGORY_COLORS = themed(
  [
    '#cc6677',
    '#332288',
    '#ddcc77',
    '#117733',
    '#88ccee',
    '#882255',
    '#44aa99',
    '#999933',
    '#aa4499',
  ],
  { 1: '#657be4', 3: '#388538', 5: '#ea84c1', 8: '#ac53b3' },
);

export const FILL_BASE = 'var(--_map-base)';
export const FILL_HIGHLIGHT = 'var(--_map-highlight)';
export const FILL_SEVERAL = 'var(--_map-several)';

export interface UnitView {
  readonly unit: ProvinceUnit;
  readonly name: string;
  readonly datum?: UnitDatum;
  /** A colour, a `var()` or `none` for the no-data hatch. */
  readonly fill: string;
  readonly bin?: number;
  readonly rank?: number;
  readonly meets?: boolean;
  /** Against the national target: below, level with or above it, never met or missed. */
  readonly side?: Side;
  /** The value with its unit, the categories, or "no data". */
  readonly valueText: string;
  /** Everything about the unit in one phrase, for its accessible name. */
  readonly label: string;
  /** What else to say: the archipelago it includes, the old units its data comes from. */
  readonly notes: readonly string[];
}

export interface MapView {
  /** In GSO code order. */
  readonly units: readonly UnitView[];
  readonly byCode: ReadonlyMap<string, UnitView>;
  readonly scale?: ColorScale;
  /** Units holding data (with a value, a category or highlighted). */
  readonly covered: number;
  readonly categoryColors: ReadonlyMap<RegionalCategory, string>;
  readonly targetText?: string;
  /** The target in words, inside a sentence: "tối thiểu 50%", "at least 50%" (no symbol to misread). */
  readonly targetWords?: string;
  /** A value as the provinces read it: beside the target, apart from it. */
  readonly fmt: (v: number) => string;
}

export interface ViewOptions {
  readonly locale: Locale;
  readonly binning: Binning;
  readonly bins: number;
  readonly breaks?: readonly number[];
  /** Id of the category the legend picked: only its provinces are coloured. */
  readonly category?: string;
  /** Names of the archipelagos by the code of their unit, in the page language. */
  readonly archipelagos: ReadonlyMap<string, string>;
}

export function buildView(r: ResolvedMap, o: ViewOptions): MapView {
  const m = messages[o.locale];
  const info = { unit: r.unit, ...(r.unitLabel && { unitLabel: r.unitLabel }) };
  const goal = r.target ?? r.national;
  // Beside the target, a value reads apart from it: "49,996%", not "50%" against "≥ 50%".
  const fmt = (v: number): string =>
    formatValue(v, info, o.locale, goal ? { against: goal.value } : {});
  const nameOf = (u: ProvinceUnit): string => (o.locale === 'en' ? u.nameEn : u.name);
  const all = provinceUnits(r.set);

  const valued = all.flatMap((u) => {
    const v = r.units.get(u.gso)?.value;
    return v === undefined ? [] : [v];
  });
  const target = r.target && r.target.op !== '=' ? r.target : undefined;
  const scale = valued.length
    ? target && !o.breaks
      ? divergingScale(valued, o.binning, o.bins, target)
      : sequentialScale(valued, o.binning, o.bins, o.breaks)
    : undefined;
  // Competition ranking (1, 2, 2, 4), best first by the indicator's direction.
  const sorted = [...valued].sort((a, b) => (r.direction === 'lower' ? a - b : b - a));
  const rankOf = (v: number): number => sorted.indexOf(v) + 1;
  const targetText = goal && formatTargetValue(goal.op, goal.value, info, o.locale);
  // "Tối thiểu 50%" stands alone; inside a sentence it is "tối thiểu 50%". With "=" it is only
  // the value, which keeps its case ("VND 5").
  const words = goal && formatTargetWords(goal.op, goal.value, info, o.locale);
  const targetWords = words && goal.op !== '=' ? lowerFirst(words) : words;

  const categoryColors = new Map(
    r.categories.map((c, i) => [c, CATEGORY_COLORS[i % CATEGORY_COLORS.length] as string]),
  );
  const picked = r.categories.find((c) => c.id === o.category);

  const units = all.map((unit): UnitView => {
    const datum = r.units.get(unit.gso);
    const name = nameOf(unit);
    const notes: string[] = [];
    const archipelago = o.archipelagos.get(unit.gso);
    if (archipelago) notes.push(m.includes(archipelago));
    // A unit the 2025 merger left alone is its own former self: "Lạng Sơn … gồm Lạng Sơn" says nothing.
    if (datum?.from.length && r.dataSet !== r.set && (unit.predecessors?.length ?? 0) > 1)
      notes.push(m.formerly(datum.from.map((f) => nameOf(f.unit)).join(', ')));
    if (datum?.missing.length) notes.push(m.missing(datum.missing.map(nameOf).join(', ')));
    const tail = notes.length ? `; ${notes.join('; ')}` : '';

    if (r.kind === 'values') {
      const value = datum?.value;
      if (value === undefined || !scale) {
        return {
          unit,
          name,
          fill: 'none',
          valueText: m.noData,
          label: `${name}: ${m.noData}${tail}`,
          notes,
        };
      }
      const bin = scale.binOf(value);
      const rank = rankOf(value);
      const ok = r.target && meets(value, r.target.op, r.target.value);
      // A rank above another is a smaller number.
      const side =
        r.national &&
        (Math.sign(
          r.unit === 'rank' ? r.national.value - value : value - r.national.value,
        ) as Side);
      // Words only: the ✓/✗ a screen reader would read aloud are drawn, not named.
      const status =
        ok !== undefined
          ? `, ${coreMessages[o.locale].verdict(ok ? 'achieved' : 'not-achieved')}`
          : side !== undefined
            ? `, ${m.versus(side)}`
            : '';
      const valueText = fmt(value);
      return {
        unit,
        name,
        datum,
        fill: scale.bins[bin]?.color ?? 'none',
        bin,
        rank,
        ...(ok !== undefined && { meets: ok }),
        ...(side !== undefined && { side }),
        valueText,
        label: `${name}: ${valueText}, ${m.rank(rank, valued.length)}${status}${tail}`,
        notes,
      };
    }
    if (r.kind === 'categories') {
      const cats = datum?.categories ?? [];
      const fill = picked
        ? cats.includes(picked)
          ? (categoryColors.get(picked) ?? FILL_BASE)
          : FILL_BASE
        : cats.length > 1
          ? FILL_SEVERAL
          : cats[0]
            ? (categoryColors.get(cats[0]) ?? FILL_BASE)
            : FILL_BASE;
      const valueText = cats.length
        ? `${m.categoryCount(cats.length)}: ${cats.map((c) => localize(c.name, o.locale)).join('; ')}`
        : m.noCategory;
      return {
        unit,
        name,
        ...(datum && { datum }),
        fill,
        valueText,
        label: `${name}: ${valueText}${tail}`,
        notes,
      };
    }
    if (r.kind === 'highlight') {
      const on = datum !== undefined;
      const valueText = on ? m.highlighted : m.others;
      return {
        unit,
        name,
        ...(datum && { datum }),
        fill: on ? FILL_HIGHLIGHT : FILL_BASE,
        valueText,
        label: `${name}: ${valueText}${tail}`,
        notes,
      };
    }
    return { unit, name, fill: FILL_BASE, valueText: '', label: `${name}${tail}`, notes };
  });

  return {
    units,
    byCode: new Map(units.map((u) => [u.unit.gso, u])),
    ...(scale && { scale }),
    covered: units.filter((u) => u.datum).length,
    categoryColors,
    ...(targetText && { targetText }),
    ...(targetWords && { targetWords }),
    fmt,
  };
}
