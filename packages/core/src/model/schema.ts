/**
 * Runtime schemas for untrusted indicator JSON. Valibot validates without `eval` or
 * `new Function`, so it runs under a strict Content-Security-Policy, and tree-shakes to a
 * few kB. The same schemas generate the published JSON Schema (scripts/build-schema.ts).
 * Objects are strict: a misspelt key ("vaule") is an error, never a silently dropped value.
 */
import * as v from 'valibot';
import { parsePeriod } from '../period/period.js';
import { BOUNDARY_SETS, DIRECTIONS, OBSERVATION_KINDS, TARGET_OPS, UNITS } from './units.js';

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'empty'));

// Their descriptions for the JSON Schema are added by scripts/json-schemas.ts: kept out of
// here, they would ship in every page's bundle and never be read there.
export const IdSchema = v.pipe(v.string(), v.regex(/^[\p{L}\p{N}][\p{L}\p{N}._:-]*$/u, 'id'));

// A check, not the pattern alone: the pattern lets 2022-02-30 through. The published JSON
// Schema gives the pattern (scripts/json-schemas.ts).
export const PeriodStringSchema = v.pipe(
  v.string(),
  v.check((s) => parsePeriod(s) !== undefined, 'period'),
);

const FiniteNumberSchema = v.pipe(v.number(), v.finite('finite'));

/**
 * What a count is out of: 25 things, never 0, -3 or 2.5. One check, not integer() and
 * minValue(), for fewer bytes on every page; the JSON Schema still says integer, minimum 1
 * (scripts/json-schemas.ts).
 */
const TotalSchema = v.optional(
  v.pipe(
    v.number(),
    v.check((n) => Number.isInteger(n) && n > 0, 'total'),
  ),
);

interface Counted {
  readonly value?: number | undefined;
  readonly target?: number | undefined;
  readonly total?: number | undefined;
}
interface WithTotals extends Counted {
  readonly unit?: string | undefined;
  readonly observations?: readonly object[] | undefined;
  readonly targets?: readonly object[] | undefined;
}
// Checks across fields; describe-issue.ts words them and names the field (`over`, `count`).
/** A count cannot exceed what it is out of: 26 of 25. */
const withinTotal = <T extends Counted>() =>
  v.check<T, 'over'>((o) => !(o.value! > o.total!) && !(o.target! > o.total!), 'over');
/**
 * A total makes the figures counts ("21/25"): a share or an index out of one means nothing. No
 * unit is fine: `<cds-kpi-gauge value="21" total="25">` reads 21/25.
 */
const countsOnly = <T extends WithTotals>() =>
  v.check<T, 'count'>(
    (i) =>
      (i.unit ?? 'count') === 'count' ||
      ![i, ...(i.observations ?? []), ...(i.targets ?? [])].some(
        (x) => 'total' in x && x.total !== undefined,
      ),
    'count',
  );

/** A record keyed by name: valibot takes an array for one (["a"] as { "0": "a" }); not here. */
const recordOf = <I, O>(value: v.GenericSchema<I, O>) =>
  v.pipe(
    v.custom<Record<string, I>>(
      (x) => typeof x === 'object' && x !== null && !Array.isArray(x),
      'record',
    ),
    v.record(v.string(), value),
  );

export const LocalizedTextSchema = v.union([
  text,
  v.strictObject({
    vi: text,
    en: v.optional(text),
    /** The English text is the project's translation, not the source's words. */
    translated: v.optional(v.boolean()),
    /** Each obvious typo fixed in the Vietnamese text, noted as "was → now". */
    corrections: v.optional(v.array(text)),
  }),
]);

const provenance = {
  /** Id of the report (a `source` of the dataset) the figure comes from. */
  source: v.optional(IdSchema),
  /** A short phrase copied from the report's line, so anyone can find the figure. */
  locator: v.optional(text),
  /** Footnote marker in the source, e.g. "3" for [3]. */
  footnote: v.optional(text),
};

export const ObservationSchema = v.pipe(
  v.strictObject({
    period: PeriodStringSchema,
    value: v.optional(FiniteNumberSchema),
    /** For counts against a total: 21 of `total` 25 (with `unit` "count"). */
    total: TotalSchema,
    /** A qualitative result (milestones), or the figure as printed when it is not a number. */
    text: v.optional(LocalizedTextSchema),
    /** Milestones: whether the task is done. */
    done: v.optional(v.boolean()),
    /** Milestones: when it was done, if known. */
    completed: v.optional(PeriodStringSchema),
    kind: v.optional(v.picklist(OBSERVATION_KINDS, 'kind')),
    /** A remark on this figure ("hơn", "khoảng", what it covers). */
    note: v.optional(LocalizedTextSchema),
    ...provenance,
  }),
  withinTotal(),
);

export const ThresholdTargetSchema = v.pipe(
  v.strictObject({
    period: PeriodStringSchema,
    op: v.picklist(TARGET_OPS, 'op'),
    value: FiniteNumberSchema,
    total: TotalSchema,
    /** The target as the report prints it ("Trên 60%"). */
    text: v.optional(LocalizedTextSchema),
    ...provenance,
  }),
  withinTotal(),
);

export const MilestoneTargetSchema = v.strictObject({
  due: PeriodStringSchema,
  text: v.optional(LocalizedTextSchema),
  ...provenance,
});

export const TargetSchema = v.union([ThresholdTargetSchema, MilestoneTargetSchema]);

const agencySchema = v.union([text, v.array(text)]);

export const IndicatorSchema = v.pipe(
  v.strictObject({
    id: IdSchema,
    name: LocalizedTextSchema,
    kind: v.optional(v.picklist(['measure', 'milestone'], 'kind')),
    description: v.optional(LocalizedTextSchema),
    pillar: v.optional(IdSchema),
    /** Lead agency (cơ quan chủ trì), or several. */
    agency: v.optional(agencySchema),
    unit: v.optional(v.picklist(UNITS, 'unit')),
    /** What a count counts ("dịch vụ", "địa phương"). */
    unitLabel: v.optional(LocalizedTextSchema),
    direction: v.optional(v.picklist(DIRECTIONS, 'direction')),
    /**
     * The figures are levels: a stock counted at the period's end (records in a database,
     * subscribers) or a rate ("bình quân mỗi ngày"), so they compare across periods of any
     * length. Default: by unit; a count or a sum without a total is a flow over its period. Only
     * `true`: the default needs no saying, and `false` on a share would be a contradiction.
     */
    level: v.optional(v.literal(true)),
    observations: v.optional(v.array(ObservationSchema)),
    targets: v.optional(v.array(TargetSchema)),
    note: v.optional(LocalizedTextSchema),
  }),
  countsOnly(),
);

/** The form a person types by hand: one value, one target. */
export const ShortIndicatorSchema = v.pipe(
  v.strictObject({
    id: v.optional(IdSchema),
    name: LocalizedTextSchema,
    value: v.optional(FiniteNumberSchema),
    total: TotalSchema,
    target: v.optional(FiniteNumberSchema),
    op: v.optional(v.picklist(TARGET_OPS, 'op')),
    unit: v.optional(v.picklist(UNITS, 'unit')),
    unitLabel: v.optional(LocalizedTextSchema),
    direction: v.optional(v.picklist(DIRECTIONS, 'direction')),
    period: v.optional(PeriodStringSchema),
    kind: v.optional(v.picklist(OBSERVATION_KINDS, 'kind')),
    agency: v.optional(agencySchema),
    pillar: v.optional(IdSchema),
  }),
  countsOnly(),
  withinTotal(),
);

export const SourceSchema = v.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  date: PeriodStringSchema,
  publisher: v.optional(text),
  url: v.optional(v.pipe(v.string(), v.url('url'))),
  /** The source text file the figures were read from. */
  file: v.optional(text),
  /** Footnote texts by marker ("1" → text of [1]). */
  footnotes: v.optional(recordOf(LocalizedTextSchema)),
});

export const PillarSchema = v.strictObject({ id: IdSchema, name: LocalizedTextSchema });

const boundaries = v.optional(v.picklist(BOUNDARY_SETS, 'boundaries'));

/** Numbers per province, keyed by GSO code, ISO code or name. */
export const RegionalValuesSchema = v.strictObject({
  indicator: IdSchema,
  period: v.optional(PeriodStringSchema),
  boundaries,
  values: recordOf(FiniteNumberSchema),
  /** True when the figures are made up for illustration and must be labelled so. */
  illustrative: v.optional(v.boolean()),
  ...provenance,
});

/** Categories per province (e.g. the provinces leading each pilot task). */
export const RegionalCategoriesSchema = v.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  boundaries,
  categories: v.array(
    v.strictObject({
      id: IdSchema,
      name: LocalizedTextSchema,
      provinces: v.array(text),
      ...provenance,
    }),
  ),
  ...provenance,
});

/** A table as a report prints it: which indicators, in which order, under which heading. */
export const ReportTableSchema = v.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  period: v.optional(PeriodStringSchema),
  groupBy: v.optional(v.picklist(['status', 'pillar', 'none'], 'groupBy')),
  indicators: v.array(IdSchema),
  /** Row numbers as printed, parallel to `indicators`; null for an unnumbered sub-row. */
  numbers: v.optional(v.array(v.nullable(text))),
  ...provenance,
});

export const DatasetSchema = v.strictObject({
  $schema: v.optional(v.string()),
  source: v.optional(SourceSchema),
  sources: v.optional(v.array(SourceSchema)),
  pillars: v.optional(v.array(PillarSchema)),
  indicators: v.array(IndicatorSchema),
  regional: v.optional(v.array(v.union([RegionalValuesSchema, RegionalCategoriesSchema]))),
  tables: v.optional(v.array(ReportTableSchema)),
});

export type LocalizedTextInput = v.InferInput<typeof LocalizedTextSchema>;
export type ObservationInput = v.InferInput<typeof ObservationSchema>;
export type TargetInput = v.InferInput<typeof TargetSchema>;
export type IndicatorInput = v.InferInput<typeof IndicatorSchema>;
export type ShortIndicatorInput = v.InferInput<typeof ShortIndicatorSchema>;
export type SourceInput = v.InferInput<typeof SourceSchema>;
export type DatasetInput = v.InferInput<typeof DatasetSchema>;
export type RegionalValuesInput = v.InferInput<typeof RegionalValuesSchema>;
export type RegionalCategoriesInput = v.InferInput<typeof RegionalCategoriesSchema>;
export type ReportTableInput = v.InferInput<typeof ReportTableSchema>;
