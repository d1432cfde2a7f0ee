/**
 * Full form and short form → the one internal shape (types.ts). Input is already schema-valid.
 * Optional fields are copied as they are (possibly undefined): fewer branches, fewer bytes.
 */
import { comparePeriods, period as toPeriod } from '../period/period.js';
import { dataError, type DataError } from './data-error.js';
import { defaultDirection } from './units.js';
import type {
  DatasetInput,
  IndicatorInput,
  LocalizedTextInput,
  ObservationInput,
  ShortIndicatorInput,
  SourceInput,
  TargetInput,
} from './schema.js';
import type {
  Dataset,
  Indicator,
  Observation,
  Regional,
  ReportTable,
  Source,
  Target,
  Text,
} from './types.js';

export function toText(input: LocalizedTextInput): Text;
export function toText(input: LocalizedTextInput | undefined): Text | undefined;
export function toText(input: LocalizedTextInput | undefined): Text | undefined {
  return typeof input === 'string' ? { vi: input } : input;
}

const optPeriod = (p: string | undefined) => (p === undefined ? undefined : toPeriod(p));

export function toSource(input: SourceInput): Source {
  const { footnotes } = input;
  return {
    ...input,
    title: toText(input.title),
    date: toPeriod(input.date),
    footnotes:
      footnotes && Object.fromEntries(Object.entries(footnotes).map(([k, t]) => [k, toText(t)])),
  };
}

/** Resolves `source` ids against the dataset's reports; unknown ids are errors, not blanks. */
interface Context {
  readonly sources: ReadonlyMap<string, Source>;
  readonly fallback?: Source | undefined;
  readonly errors: DataError[];
}

/** `a.b` without a leading dot when `a` is empty. */
const sub = (path: string, key: string): string => (path ? `${path}.${key}` : key);

const unknownRef = (path: string, what: { vi: string; en: string }, id: string): DataError =>
  dataError(
    'unknown-reference',
    path,
    `${path}: không có ${what.vi} "${id}" trong bộ dữ liệu`,
    `${path}: no ${what.en} "${id}" in the dataset`,
  );

const SOURCE = { vi: 'nguồn', en: 'source' };
const INDICATOR = { vi: 'chỉ tiêu', en: 'indicator' };
const PILLAR = { vi: 'trụ cột', en: 'pillar' };

/** The common provenance fields, with `source` resolved to the report it names. */
function provenance(
  ctx: Context,
  x: { source?: string | undefined; locator?: string | undefined; footnote?: string | undefined },
  path: string,
) {
  let source = ctx.fallback;
  if (x.source !== undefined) {
    source = ctx.sources.get(x.source);
    if (!source) ctx.errors.push(unknownRef(sub(path, 'source'), SOURCE, x.source));
  }
  return { source, locator: x.locator, footnote: x.footnote };
}

function toObservation(ctx: Context, o: ObservationInput, path: string): Observation {
  return {
    ...o,
    ...provenance(ctx, o, path),
    period: toPeriod(o.period),
    kind: o.kind ?? 'actual',
    text: toText(o.text),
    note: toText(o.note),
    completed: optPeriod(o.completed),
  };
}

function toTarget(ctx: Context, t: TargetInput, path: string): Target {
  const common = { ...provenance(ctx, t, path), text: toText(t.text) };
  if ('due' in t) return { ...common, kind: 'milestone', due: toPeriod(t.due) };
  return {
    ...common,
    kind: t.total !== undefined ? 'count' : t.op === '=' ? 'exact' : 'threshold',
    period: toPeriod(t.period),
    op: t.op,
    value: t.value,
    total: t.total,
  };
}

/** Oldest period first; for one period, the newest report last (so "latest" is `at(-1)`). */
function byPeriodThenSource(a: Observation, b: Observation): number {
  return (
    comparePeriods(a.period, b.period) || (a.source?.date.end ?? 0) - (b.source?.date.end ?? 0)
  );
}

export function normalizeIndicator(ctx: Context, input: IndicatorInput, path: string): Indicator {
  const targets = (input.targets ?? []).map((t, i) => toTarget(ctx, t, sub(path, `targets[${i}]`)));
  const { agency } = input;
  return {
    ...input,
    name: toText(input.name),
    description: toText(input.description),
    unitLabel: toText(input.unitLabel),
    note: toText(input.note),
    kind: input.kind ?? (targets.some((t) => t.kind === 'milestone') ? 'milestone' : 'measure'),
    agencies: agency === undefined ? [] : ([] as string[]).concat(agency),
    unit: input.unit ?? 'number',
    direction: input.direction ?? defaultDirection(input.unit),
    observations: (input.observations ?? [])
      .map((o, i) => toObservation(ctx, o, sub(path, `observations[${i}]`)))
      .sort(byPeriodThenSource),
    targets,
  };
}

/** Makes an id from a name when the short form gives none: stable, ASCII, readable. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'indicator';
}

/** The short form as a full indicator: one observation, one threshold target. */
export function expandShortForm(s: ShortIndicatorInput): IndicatorInput {
  const { value, target, total, kind, op, period: p, id, ...rest } = s;
  const period = p ?? String(new Date().getUTCFullYear());
  return {
    ...rest,
    id: id ?? slugify(toText(s.name).vi),
    observations: value === undefined ? [] : [{ period, value, total, kind }],
    targets:
      target === undefined
        ? []
        : [
            {
              period,
              op: op ?? ((s.direction ?? defaultDirection(s.unit)) === 'lower' ? '<=' : '>='),
              value: target,
              total,
            },
          ],
  };
}

export function normalizeDataset(input: DatasetInput): { dataset: Dataset; errors: DataError[] } {
  const errors: DataError[] = [];
  const own = input.source && toSource(input.source);
  const sources = [...(own ? [own] : []), ...(input.sources ?? []).map(toSource)];
  const byId = new Map<string, Source>();
  // Which one it repeats, so the two can be compared: "(also indicators[3])".
  const duplicate = (path: string, what: { vi: string; en: string }, id: string, first: string) =>
    errors.push(
      dataError(
        'duplicate-id',
        path,
        `${path}: mã ${what.vi} trùng lặp "${id}" (đã có ở ${first})`,
        `${path}: duplicate ${what.en} id "${id}" (also ${first})`,
      ),
    );
  const firstSource = new Map<string, string>();
  sources.forEach((s, i) => {
    // The dataset's own `source` is first when there is one.
    const path = own ? (i ? `sources[${i - 1}].id` : 'source.id') : `sources[${i}].id`;
    const first = firstSource.get(s.id);
    if (first) duplicate(path, SOURCE, s.id, first);
    else firstSource.set(s.id, path);
    byId.set(s.id, s);
  });
  const ctx: Context = { sources: byId, errors, fallback: own };
  const seen = new Map<string, string>();
  // Pillar ids, when the dataset lists its pillars: an indicator's `pillar` must be one of them.
  const pillarIds = new Set((input.pillars ?? []).map((p) => p.id));
  const indicators = input.indicators.map((ind, i) => {
    const first = seen.get(ind.id);
    if (first) duplicate(`indicators[${i}].id`, INDICATOR, ind.id, first);
    else seen.set(ind.id, `indicators[${i}]`);
    if (pillarIds.size && ind.pillar !== undefined && !pillarIds.has(ind.pillar))
      errors.push(unknownRef(`indicators[${i}].pillar`, PILLAR, ind.pillar));
    return normalizeIndicator(ctx, ind, `indicators[${i}]`);
  });
  const checkIndicator = (id: string, path: string) => {
    if (!seen.has(id)) errors.push(unknownRef(path, INDICATOR, id));
  };
  const regional = (input.regional ?? []).map((r, i): Regional => {
    const path = `regional[${i}]`;
    const prov = provenance(ctx, r, path);
    if ('categories' in r) {
      return {
        ...r,
        ...prov,
        type: 'categories',
        name: toText(r.name),
        categories: r.categories.map((c, j) => ({
          ...c,
          ...provenance(ctx, c, `${path}.categories[${j}]`),
          name: toText(c.name),
        })),
      };
    }
    checkIndicator(r.indicator, `${path}.indicator`);
    return {
      ...r,
      ...prov,
      type: 'values',
      illustrative: r.illustrative ?? false,
      period: optPeriod(r.period),
    };
  });
  const tables = (input.tables ?? []).map((t, i): ReportTable => {
    t.indicators.forEach((id, j) => checkIndicator(id, `tables[${i}].indicators[${j}]`));
    if (t.numbers && t.numbers.length !== t.indicators.length) {
      const path = `tables[${i}].numbers`;
      errors.push(
        dataError(
          'invalid-data',
          path,
          `${path}: cần ${t.indicators.length} số thứ tự, một cho mỗi chỉ tiêu (có ${t.numbers.length})`,
          `${path}: expected ${t.indicators.length} row numbers, one per indicator (got ${t.numbers.length})`,
        ),
      );
    }
    return {
      ...t,
      ...provenance(ctx, t, `tables[${i}]`),
      title: toText(t.title),
      groupBy: t.groupBy ?? 'none',
      period: optPeriod(t.period),
    };
  });
  const dataset: Dataset = {
    source: own,
    sources,
    pillars: (input.pillars ?? []).map((p) => ({ id: p.id, name: toText(p.name) })),
    indicators,
    regional,
    tables,
  };
  return { dataset, errors };
}

export type { Context as NormalizeContext };
export function standaloneContext(errors: DataError[]): Context {
  return { sources: new Map(), errors };
}
