/** Full form and short form → the one internal shape (types.ts). Input is already schema-valid. */
import { comparePeriods, period as toPeriod } from '../period/period.js';
import type { DataError } from './data-error.js';
import { dataError } from './data-error.js';
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
  if (input === undefined) return undefined;
  return typeof input === 'string' ? { vi: input } : input;
}

export function toSource(input: SourceInput): Source {
  const footnotes = input.footnotes
    ? Object.fromEntries(Object.entries(input.footnotes).map(([k, t]) => [k, toText(t)]))
    : undefined;
  return {
    id: input.id,
    title: toText(input.title),
    date: toPeriod(input.date),
    ...(input.publisher !== undefined && { publisher: input.publisher }),
    ...(input.url !== undefined && { url: input.url }),
    ...(input.file !== undefined && { file: input.file }),
    ...(footnotes && { footnotes }),
  };
}

/** Resolves `source` ids against the dataset's reports; unknown ids are errors, not blanks. */
interface Context {
  readonly sources: ReadonlyMap<string, Source>;
  readonly fallback?: Source;
  readonly errors: DataError[];
}

/** `a.b` without a leading dot when `a` is empty. */
const sub = (path: string, key: string): string => (path ? `${path}.${key}` : key);

function resolveSource(ctx: Context, id: string | undefined, path: string): Source | undefined {
  if (id === undefined) return ctx.fallback;
  const found = ctx.sources.get(id);
  if (!found) {
    ctx.errors.push(
      dataError(
        'unknown-reference',
        sub(path, 'source'),
        `${sub(path, 'source')}: không có nguồn "${id}" trong bộ dữ liệu`,
        `${sub(path, 'source')}: no source "${id}" in the dataset`,
      ),
    );
  }
  return found;
}

function toObservation(ctx: Context, o: ObservationInput, path: string): Observation {
  const source = resolveSource(ctx, o.source, path);
  return {
    period: toPeriod(o.period),
    kind: o.kind ?? 'actual',
    ...(o.value !== undefined && { value: o.value }),
    ...(o.total !== undefined && { total: o.total }),
    ...(o.text !== undefined && { text: toText(o.text) }),
    ...(o.done !== undefined && { done: o.done }),
    ...(o.completed !== undefined && { completed: toPeriod(o.completed) }),
    ...(source && { source }),
    ...(o.locator !== undefined && { locator: o.locator }),
    ...(o.footnote !== undefined && { footnote: o.footnote }),
  };
}

function toTarget(ctx: Context, t: TargetInput, path: string): Target {
  const source = resolveSource(ctx, t.source, path);
  const common = {
    ...(t.text !== undefined && { text: toText(t.text) }),
    ...(source && { source }),
    ...(t.locator !== undefined && { locator: t.locator }),
    ...(t.footnote !== undefined && { footnote: t.footnote }),
  };
  if ('due' in t) return { kind: 'milestone', due: toPeriod(t.due), ...common };
  const kind = t.total !== undefined ? 'count' : t.op === '=' ? 'exact' : 'threshold';
  return {
    kind,
    period: toPeriod(t.period),
    op: t.op,
    value: t.value,
    ...(t.total !== undefined && { total: t.total }),
    ...common,
  };
}

/** Oldest period first; for one period, the newest report last (so "latest" is `at(-1)`). */
function byPeriodThenSource(a: Observation, b: Observation): number {
  return (
    comparePeriods(a.period, b.period) || (a.source?.date.end ?? 0) - (b.source?.date.end ?? 0)
  );
}

export function normalizeIndicator(ctx: Context, input: IndicatorInput, path: string): Indicator {
  const observations = (input.observations ?? [])
    .map((o, i) => toObservation(ctx, o, sub(path, `observations[${i}]`)))
    .sort(byPeriodThenSource);
  const targets = (input.targets ?? []).map((t, i) => toTarget(ctx, t, sub(path, `targets[${i}]`)));
  const agencies =
    input.agency === undefined ? [] : Array.isArray(input.agency) ? input.agency : [input.agency];
  const kind =
    input.kind ?? (targets.some((t) => t.kind === 'milestone') ? 'milestone' : 'measure');
  return {
    id: input.id,
    name: toText(input.name),
    kind,
    agencies,
    unit: input.unit ?? 'number',
    direction: input.direction ?? 'higher',
    observations,
    targets,
    ...(input.description !== undefined && { description: toText(input.description) }),
    ...(input.pillar !== undefined && { pillar: input.pillar }),
    ...(input.unitLabel !== undefined && { unitLabel: toText(input.unitLabel) }),
    ...(input.note !== undefined && { note: toText(input.note) }),
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
  const name = toText(s.name);
  const direction = s.direction ?? 'higher';
  const periodKey = s.period ?? String(new Date().getUTCFullYear());
  return {
    id: s.id ?? slugify(name.vi),
    name: s.name,
    ...(s.unit !== undefined && { unit: s.unit }),
    ...(s.unitLabel !== undefined && { unitLabel: s.unitLabel }),
    ...(s.agency !== undefined && { agency: s.agency }),
    ...(s.pillar !== undefined && { pillar: s.pillar }),
    direction,
    observations:
      s.value === undefined
        ? []
        : [
            {
              period: periodKey,
              value: s.value,
              ...(s.total !== undefined && { total: s.total }),
              ...(s.kind !== undefined && { kind: s.kind }),
            },
          ],
    targets:
      s.target === undefined
        ? []
        : [
            {
              period: periodKey,
              op: s.op ?? (direction === 'lower' ? '<=' : '>='),
              value: s.target,
              ...(s.total !== undefined && { total: s.total }),
            },
          ],
  };
}

export function normalizeDataset(input: DatasetInput): { dataset: Dataset; errors: DataError[] } {
  const errors: DataError[] = [];
  const own = input.source ? toSource(input.source) : undefined;
  const sources = [...(own ? [own] : []), ...(input.sources ?? []).map(toSource)];
  const byId = new Map<string, Source>();
  sources.forEach((s, i) => {
    if (byId.has(s.id)) {
      errors.push(
        dataError(
          'duplicate-id',
          `sources[${i}].id`,
          `Mã nguồn trùng lặp "${s.id}"`,
          `Duplicate source id "${s.id}"`,
        ),
      );
    }
    byId.set(s.id, s);
  });
  const ctx: Context = { sources: byId, errors, ...(own && { fallback: own }) };
  const seen = new Set<string>();
  const indicators = input.indicators.map((ind, i) => {
    if (seen.has(ind.id)) {
      errors.push(
        dataError(
          'duplicate-id',
          `indicators[${i}].id`,
          `indicators[${i}].id: mã chỉ tiêu trùng lặp "${ind.id}"`,
          `indicators[${i}].id: duplicate indicator id "${ind.id}"`,
        ),
      );
    }
    seen.add(ind.id);
    return normalizeIndicator(ctx, ind, `indicators[${i}]`);
  });
  const unknownIndicator = (id: string, path: string): void => {
    if (!seen.has(id)) {
      errors.push(
        dataError(
          'unknown-reference',
          path,
          `${path}: không có chỉ tiêu "${id}" trong bộ dữ liệu`,
          `${path}: no indicator "${id}" in the dataset`,
        ),
      );
    }
  };
  const regional: Regional[] = (input.regional ?? []).map((r, i) => {
    const path = `regional[${i}]`;
    const source = resolveSource(ctx, r.source, path);
    const prov = {
      ...(source && { source }),
      ...(r.locator !== undefined && { locator: r.locator }),
      ...(r.footnote !== undefined && { footnote: r.footnote }),
      ...(r.boundaries !== undefined && { boundaries: r.boundaries }),
    };
    if ('categories' in r) {
      return {
        type: 'categories',
        id: r.id,
        name: toText(r.name),
        categories: r.categories.map((c, j) => {
          const cSource = resolveSource(ctx, c.source, `${path}.categories[${j}]`);
          return {
            id: c.id,
            name: toText(c.name),
            provinces: c.provinces,
            ...(cSource && { source: cSource }),
            ...(c.locator !== undefined && { locator: c.locator }),
            ...(c.footnote !== undefined && { footnote: c.footnote }),
          };
        }),
        ...prov,
      };
    }
    unknownIndicator(r.indicator, `${path}.indicator`);
    return {
      type: 'values',
      indicator: r.indicator,
      values: r.values,
      illustrative: r.illustrative ?? false,
      ...(r.period !== undefined && { period: toPeriod(r.period) }),
      ...prov,
    };
  });
  const tables: ReportTable[] = (input.tables ?? []).map((t, i) => {
    t.indicators.forEach((id, j) => unknownIndicator(id, `tables[${i}].indicators[${j}]`));
    const source = resolveSource(ctx, t.source, `tables[${i}]`);
    return {
      id: t.id,
      title: toText(t.title),
      groupBy: t.groupBy ?? 'none',
      indicators: t.indicators,
      ...(t.period !== undefined && { period: toPeriod(t.period) }),
      ...(source && { source }),
      ...(t.locator !== undefined && { locator: t.locator }),
      ...(t.footnote !== undefined && { footnote: t.footnote }),
    };
  });
  const dataset: Dataset = {
    ...(own && { source: own }),
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
