/**
 * From parsed map data to what each unit of the shown boundary set holds: picks the regional
 * entry, decides the boundary sets, resolves every key through the registry (GSO, ISO or any
 * spelling), and carries 63-unit data onto the 34 (categories follow succession; numbers only
 * with an explicit aggregation). Nothing is dropped without a warning.
 */
import {
  dataError,
  defaultDirection,
  findProvince,
  inferBoundarySet,
  parsePeriod,
  predecessorsOf,
  provinceByCode,
  successorOf,
  type BoundarySet,
  type DataError,
  type Dataset,
  type Direction,
  type Period,
  type ProvinceUnit,
  type Regional,
  type RegionalValues,
  type RegionalCategory,
  type Result,
  type Source,
  type Text,
  type Unit,
} from '@cds-vn/core';
import type { MapData } from './map-data.js';
import type { Target } from './color-scale.js';

export const AGGREGATES = ['sum', 'mean', 'min', 'max'] as const;
export type Aggregate = (typeof AGGREGATES)[number];

export interface ResolveOptions {
  /** The map's boundary set when the author chose one. */
  readonly boundaries: BoundarySet | undefined;
  readonly indicatorId: string | undefined;
  readonly period: string | undefined;
  readonly aggregate: Aggregate | undefined;
  /** For plain `{ key: number }` data: what the numbers are. */
  readonly unit: Unit;
  readonly name: string | undefined;
  readonly direction: Direction | undefined;
  readonly target: number | undefined;
  readonly illustrative: boolean;
}

export interface UnitDatum {
  readonly unit: ProvinceUnit;
  readonly value?: number;
  readonly categories: readonly RegionalCategory[];
  /** Data keyed to the 63 shown on the 34: the old units it comes from, with their values. */
  readonly from: readonly { readonly unit: ProvinceUnit; readonly value?: number }[];
  /** Old units of an aggregated value that had no data. */
  readonly missing: readonly ProvinceUnit[];
}

export interface ResolvedMap {
  readonly kind: 'values' | 'categories' | 'highlight' | 'none';
  /** The boundary set drawn. */
  readonly set: BoundarySet;
  /** The boundary set the data's keys name. */
  readonly dataSet: BoundarySet;
  /** Units holding data, by GSO code of the drawn set. */
  readonly units: ReadonlyMap<string, UnitDatum>;
  readonly warnings: readonly DataError[];
  readonly title?: Text;
  readonly unit: Unit;
  readonly unitLabel?: Text;
  readonly direction: Direction;
  readonly period?: Period;
  /** The target each province is held to (the `target` attribute): a verdict per province. */
  readonly target?: Target;
  /**
   * The indicator's target: the country's, for the national figure. No province is bound by it,
   * so each is only said to be above or below it, never "Đạt" or "Chưa đạt".
   */
  readonly national?: Target;
  readonly illustrative: boolean;
  /** The reports the figures come from: several when reports each give some provinces. */
  readonly sources?: readonly Source[];
  readonly categories: readonly RegionalCategory[];
  readonly aggregate?: Aggregate;
}

type Picks = Regional & { readonly sources?: readonly (Source | undefined)[] };

const notFound = (vi: string, en: string): DataError =>
  dataError('not-found', 'indicator-id', vi, en);

/** The regional entry to show, picked by `indicator-id` and `period` when a dataset has several. */
function pickEntry(dataset: Dataset, id?: string, period?: string): Result<Picks> {
  const idOf = (r: Regional): string => (r.type === 'values' ? r.indicator : r.id);
  let candidates = dataset.regional.filter((r) => !id || idOf(r) === id);
  // Compared by key, so `2022-01/2022-12` finds the entry for `2022`.
  const key = period && parsePeriod(period)?.key;
  if (key) candidates = candidates.filter((r) => r.type !== 'values' || r.period?.key === key);
  const ids = [...new Set(dataset.regional.map(idOf))].join(', ');
  if (!candidates.length) {
    const what = [id, period].filter(Boolean).join(' ');
    return {
      ok: false,
      errors: [
        dataset.regional.length
          ? notFound(
              `Không có số liệu theo tỉnh cho "${what}"; có: ${ids}`,
              `No per-province data for "${what}"; available: ${ids}`,
            )
          : notFound(
              'Bộ dữ liệu không có số liệu theo tỉnh (regional)',
              'The dataset holds no per-province data (regional)',
            ),
      ],
    };
  }
  const [first] = candidates;
  if (first && candidates.every((r) => r.type === 'values' && idOf(r) === idOf(first))) {
    const entries = candidates as RegionalValues[];
    // One indicator over several periods: the latest, unless `period` chose: the last to end
    // (2023 after 2023-H1, which starts with it), the longest of those ending together.
    const later = (a: RegionalValues, b: RegionalValues): number =>
      (b.period?.end ?? 0) - (a.period?.end ?? 0) ||
      (a.period?.start ?? 0) - (b.period?.start ?? 0);
    const latest = entries.reduce((a, b) => (later(a, b) > 0 ? b : a));
    // Reports merged into one dataset may each give some provinces for that period: one map of
    // them all, the newest report's figure (the last entry's) where two give one key.
    const same = entries
      .filter((r) => r.period?.key === latest.period?.key && r.boundaries === latest.boundaries)
      .reverse();
    const [newest = latest] = same;
    const values: Record<string, number> = {};
    for (const r of same) for (const [k, v] of Object.entries(r.values)) values[k] ??= v;
    // Every report drawn on is credited, once each, in the dataset's order.
    const sources = [...new Set(same.map((r) => r.source).reverse())];
    return {
      ok: true,
      value: { ...newest, values, illustrative: same.some((r) => r.illustrative), sources },
    };
  }
  if (candidates.length === 1 && first) return { ok: true, value: first };
  return {
    ok: false,
    errors: [
      notFound(
        `Bộ dữ liệu có nhiều loại số liệu theo tỉnh: chọn một bằng indicator-id (${ids})`,
        `The dataset holds several kinds of per-province data: pick one with indicator-id (${ids})`,
      ),
    ],
  };
}

interface Picked {
  readonly kind: 'values' | 'categories' | 'highlight';
  readonly values: readonly (readonly [string, number])[];
  readonly categories: readonly RegionalCategory[];
  readonly keys: readonly string[];
  readonly declared?: BoundarySet;
  readonly meta: Omit<
    ResolvedMap,
    'kind' | 'set' | 'dataSet' | 'units' | 'warnings' | 'categories'
  >;
}

function pick(data: MapData, o: ResolveOptions): Result<Picked> {
  // A rank is lower-is-better unless the page says otherwise: 1st is best.
  const direction = o.direction ?? defaultDirection(o.unit);
  // The `target` attribute is a floor, or a ceiling where lower is better: the indicator's
  // direction where the data names one, which also wins over the page's `direction`.
  const targetFor = (d: Direction | undefined) =>
    o.target === undefined
      ? undefined
      : { op: d === 'lower' ? ('<=' as const) : ('>=' as const), value: o.target };
  const plainTarget = targetFor(direction);
  const base = {
    unit: o.unit,
    direction,
    illustrative: o.illustrative,
    // Typed by the page's author in the page's language: not marked Vietnamese on an English page.
    ...(o.name && { title: { vi: o.name, en: o.name } }),
    ...(o.period && parsePeriod(o.period) && { period: parsePeriod(o.period) }),
    ...(plainTarget && { target: plainTarget }),
  };
  if (data.kind === 'highlight') {
    return {
      ok: true,
      value: { kind: 'highlight', values: [], categories: [], keys: data.keys, meta: base },
    };
  }
  let entry: Picks;
  let dataset: Dataset | undefined;
  if (data.kind === 'dataset') {
    const r = pickEntry(data.dataset, o.indicatorId, o.period);
    if (!r.ok) return r;
    entry = r.value;
    dataset = data.dataset;
  } else entry = data.entry;
  const sources = (entry.sources ?? [entry.source ?? dataset?.source]).filter((s) => !!s);
  const declared = entry.boundaries;
  if (entry.type === 'categories') {
    return {
      ok: true,
      value: {
        kind: 'categories',
        values: [],
        categories: entry.categories,
        keys: entry.categories.flatMap((c) => c.provinces),
        ...(declared && { declared }),
        meta: { ...base, title: entry.name, sources },
      },
    };
  }
  const indicator = dataset?.indicators.find((i) => i.id === entry.indicator);
  const target = indicator?.targets.find(
    (t) => t.kind !== 'milestone' && entry.period && t.period.key === entry.period.key,
  );
  const values = Object.entries(entry.values);
  return {
    ok: true,
    value: {
      kind: 'values',
      values,
      categories: [],
      keys: values.map(([k]) => k),
      ...(declared && { declared }),
      meta: {
        ...base,
        illustrative: entry.illustrative || o.illustrative,
        ...(entry.period && { period: entry.period }),
        sources,
        ...(indicator && {
          title: indicator.name,
          unit: indicator.unit,
          direction: indicator.direction,
          ...(indicator.unitLabel && { unitLabel: indicator.unitLabel }),
          ...(plainTarget && { target: targetFor(indicator.direction) }),
        }),
        ...(target &&
          target.kind !== 'milestone' &&
          !plainTarget && {
            national: { op: target.op, value: target.value },
          }),
      },
    },
  };
}

/** A key (or the `selected` attribute: pass its `path`) that names no unit of the set. */
export function unresolvedWarning(key: string, set: BoundarySet, path = key): DataError {
  // A province of before 1 Jul 2025 among the 34: the one it is part of now, not a guess by
  // spelling ("Quảng Nam" read "có phải: Đà Nẵng, Quảng Ngãi?").
  const before = set === 'vn-34' ? findProvince(key, 'vn-63') : undefined;
  if (before?.ok) {
    const now = successorOf(before.unit.gso);
    return dataError(
      'unresolved-key',
      path,
      `Tỉnh "${key}" (trước 1/7/2025) nay thuộc ${now.name} trong 34 đơn vị: dùng "${now.name}"`,
      `"${key}" (before 1 Jul 2025) is now part of ${now.nameEn} among the 34 units: use "${now.nameEn}"`,
    );
  }
  const match = findProvince(key, set);
  const hints = match.ok ? [] : match.suggestions.map((u) => u.name);
  const count = set === 'vn-63' ? 63 : 34;
  return dataError(
    'unresolved-key',
    path,
    `Không nhận ra tỉnh "${key}" trong ${count} đơn vị` +
      (hints.length ? ` (có phải: ${hints.join(', ')}?)` : ''),
    `Unknown province "${key}" among the ${count} units` +
      (hints.length ? ` (did you mean ${hints.join(', ')}?)` : ''),
  );
}

/** `category="x"` naming no category of the data: said, and the map shows every category. */
export function unknownCategoryWarning(
  id: string,
  categories: readonly RegionalCategory[],
): DataError {
  const ids = categories.map((c) => c.id).join(', ');
  return dataError(
    'not-found',
    'category',
    categories.length
      ? `Không có nhóm "${id}" trong dữ liệu (các nhóm: ${ids}); bản đồ hiện mọi nhóm`
      : `Không có nhóm "${id}": dữ liệu không chia nhóm`,
    categories.length
      ? `No category "${id}" in the data (categories: ${ids}); the map shows every category`
      : `No category "${id}": the data has no categories`,
  );
}

const AGGREGATORS: Record<Aggregate, (values: readonly number[]) => number> = {
  sum: (v) => v.reduce((a, b) => a + b, 0),
  mean: (v) => v.reduce((a, b) => a + b, 0) / v.length,
  min: (v) => Math.min(...v),
  max: (v) => Math.max(...v),
};

export function resolveMapData(data: MapData | undefined, o: ResolveOptions): Result<ResolvedMap> {
  if (!data) {
    const set = o.boundaries ?? 'vn-34';
    return {
      ok: true,
      value: {
        kind: 'none',
        set,
        dataSet: set,
        units: new Map(),
        warnings: [],
        unit: o.unit,
        direction: 'higher',
        illustrative: false,
        categories: [],
      },
    };
  }
  const picked = pick(data, o);
  if (!picked.ok) return picked;
  const p = picked.value;
  // The keys decide unless the data declares its set: a unit that exists only in the 63 means
  // the 63 (a name, or a code the 34 do not use, such as '10'); keys valid in both follow the map.
  const dataSet =
    p.declared ?? (inferBoundarySet(p.keys) === 'vn-63' ? 'vn-63' : (o.boundaries ?? 'vn-34'));
  const set = o.boundaries ?? dataSet;
  if (dataSet === 'vn-34' && set === 'vn-63') {
    return {
      ok: false,
      errors: [
        dataError(
          'invalid-attribute',
          'boundaries',
          'Dữ liệu theo 34 đơn vị (từ 1/7/2025) không thể chia lại thành 63 tỉnh cũ: hãy dùng boundaries="vn-34"',
          'Data keyed to the 34 units (from 1 Jul 2025) cannot be split back into the 63: use boundaries="vn-34"',
        ),
      ],
    };
  }
  const merging = dataSet !== set;
  if (merging && p.kind === 'values' && !o.aggregate) {
    return {
      ok: false,
      errors: [
        dataError(
          'invalid-attribute',
          'aggregate',
          'Số liệu theo 63 tỉnh (trước 1/7/2025) không tự gộp được thành 34 đơn vị: cộng hay lấy trung bình tùy ý nghĩa của chỉ tiêu (tỷ lệ % không cộng được). Hãy chọn aggregate="sum", "mean", "min" hoặc "max", hoặc dùng boundaries="vn-63".',
          'Figures for the 63 provinces (before 1 Jul 2025) cannot be merged into the 34 units on their own: whether to add or average depends on the indicator (shares cannot be added). Choose aggregate="sum", "mean", "min" or "max", or use boundaries="vn-63".',
        ),
      ],
    };
  }

  const warnings: DataError[] = [];
  const resolved = new Map<string, ProvinceUnit>();
  for (const key of new Set(p.keys)) {
    const match = findProvince(key, dataSet);
    if (match.ok) resolved.set(key, match.unit);
    else warnings.push(unresolvedWarning(key, dataSet));
  }
  if (p.keys.length && !resolved.size) return { ok: false, errors: warnings };

  // Values in the data's own set, first key wins on a duplicate (and says so).
  const own = new Map<string, number>();
  const keyOf = new Map<string, string>();
  for (const [key, value] of p.values) {
    const unit = resolved.get(key);
    if (!unit) continue;
    const earlier = keyOf.get(unit.gso);
    if (earlier !== undefined) {
      warnings.push(
        dataError(
          'duplicate-id',
          key,
          `"${key}" và "${earlier}" cùng chỉ ${unit.name}: dùng giá trị của "${earlier}"`,
          `"${key}" and "${earlier}" both name ${unit.name}: the value of "${earlier}" is used`,
        ),
      );
      continue;
    }
    keyOf.set(unit.gso, key);
    own.set(unit.gso, value);
  }
  const target = (gso: string): ProvinceUnit | undefined =>
    merging ? successorOf(gso) : provinceByCode(set, gso);

  const units = new Map<string, UnitDatum>();
  const datum = (u: ProvinceUnit): UnitDatum => {
    let d = units.get(u.gso);
    if (!d) {
      d = { unit: u, categories: [], from: [], missing: [] };
      units.set(u.gso, d);
    }
    return d;
  };
  if (p.kind === 'values' && merging && o.aggregate) {
    const aggregate = AGGREGATORS[o.aggregate];
    for (const u of new Map(
      [...own.keys()].map((g) => [successorOf(g).gso, successorOf(g)]),
    ).values()) {
      const parts = predecessorsOf(u.gso);
      const from = parts
        .filter((old) => own.has(old.gso))
        .map((old) => ({ unit: old, value: own.get(old.gso) as number }));
      units.set(u.gso, {
        unit: u,
        value: aggregate(from.map((f) => f.value)),
        categories: [],
        from,
        missing: parts.filter((old) => !own.has(old.gso)),
      });
    }
  } else if (p.kind === 'values') {
    for (const [gso, value] of own) {
      const u = target(gso);
      if (u) units.set(u.gso, { unit: u, value, categories: [], from: [], missing: [] });
    }
  } else {
    const add = (key: string, category?: RegionalCategory): void => {
      const old = resolved.get(key);
      const u = old && target(old.gso);
      if (!old || !u) return;
      const d = datum(u);
      const categories =
        category && !d.categories.includes(category) ? [...d.categories, category] : d.categories;
      const from =
        merging && !d.from.some((f) => f.unit === old) ? [...d.from, { unit: old }] : d.from;
      units.set(u.gso, { ...d, categories, from });
    };
    if (p.kind === 'categories') p.categories.forEach((c) => c.provinces.forEach((k) => add(k, c)));
    else p.keys.forEach((k) => add(k));
  }

  return {
    ok: true,
    value: {
      kind: p.kind,
      set,
      dataSet,
      units,
      warnings,
      categories: p.categories,
      ...(merging && o.aggregate && p.kind === 'values' && { aggregate: o.aggregate }),
      ...p.meta,
    },
  };
}
