import {
  dataError,
  parseWithDeferredWording,
  type Dataset,
  type DataError,
  type Indicator,
  type Parsers,
  type Result,
} from '@cds-vn/core';

/** One row of the input, good or bad, at its position in the input's list of indicators. */
export interface RowSlot {
  readonly index: number;
  /** The row's id when the raw row has one, so a bad row can still take its place in a report table. */
  readonly id?: string;
  /** The raw row's Vietnamese name, if readable: it helps a person find a bad row. */
  readonly rawName?: string;
  readonly indicator?: Indicator;
  readonly errors: readonly DataError[];
}

export interface TableInput {
  /** The dataset with the good rows only. */
  readonly dataset: Dataset;
  /** Every input row, in input order. */
  readonly slots: readonly RowSlot[];
  /** Every bad row's errors, flattened, in input order. */
  readonly rowErrors: readonly DataError[];
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const emptyDataset = (indicators: readonly Indicator[]): Dataset => ({
  sources: [],
  pillars: [],
  indicators,
  regional: [],
  tables: [],
});

function omit(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k)));
}

function rawId(item: unknown): string | undefined {
  return isRecord(item) && typeof item['id'] === 'string' ? item['id'] : undefined;
}

function rawName(item: unknown): string | undefined {
  if (!isRecord(item)) return undefined;
  const name = item['name'];
  if (typeof name === 'string') return name;
  if (isRecord(name) && typeof name['vi'] === 'string') return name['vi'];
  return undefined;
}

/** Core parses a dataset row as `indicators[0]`; say which row of the input it really was. */
function renumber(errors: readonly DataError[], index: number): DataError[] {
  const from = 'indicators[0]';
  const to = `indicators[${index}]`;
  const fix = (s: string): string => (s.startsWith(from) ? to + s.slice(from.length) : s);
  return errors.map((e) => dataError(e.code, fix(e.path), fix(e.message.vi), fix(e.message.en)));
}

function duplicateId(path: string, id: string): DataError {
  return dataError(
    'duplicate-id',
    path,
    `${path}: mã chỉ tiêu trùng lặp "${id}"`,
    `${path}: duplicate indicator id "${id}"`,
  );
}

/** Marks a second row with an id already taken: two rows cannot share one id in a table. */
function markDuplicates(slots: RowSlot[], pathOf: (i: number) => string): RowSlot[] {
  const seen = new Set<string>();
  return slots.map((s) => {
    if (!s.indicator) return s;
    const id = s.indicator.id;
    if (!seen.has(id)) {
      seen.add(id);
      return s;
    }
    return {
      ...s,
      indicator: undefined,
      errors: [duplicateId(`${pathOf(s.index)}.id`, id)],
    } as RowSlot;
  });
}

function finish(dataset: Omit<Dataset, 'indicators'>, slots: RowSlot[]): TableInput {
  const indicators = slots.flatMap((s) => (s.indicator ? [s.indicator] : []));
  return {
    dataset: { ...dataset, indicators },
    slots,
    rowErrors: slots.flatMap((s) => s.errors),
  };
}

function slotFrom(
  index: number,
  item: unknown,
  r: Result<Indicator>,
  errors?: DataError[],
): RowSlot {
  const id = rawId(item);
  const name = rawName(item);
  return {
    index,
    ...(id !== undefined && { id }),
    ...(name !== undefined && { rawName: name }),
    ...(r.ok ? { indicator: r.value, errors: [] } : { errors: errors ?? r.errors }),
  };
}

/**
 * A dataset whose rows are not all valid. The parts every row depends on (the reports cited,
 * the pillars, the report tables) must be valid; each row is then parsed on its own, against
 * those reports, so one bad row costs only itself.
 */
function parseDatasetByRow(
  parse: Parsers,
  raw: Record<string, unknown>,
  whole: readonly DataError[],
): Result<TableInput> {
  const items = raw['indicators'];
  if (!Array.isArray(items)) return { ok: false, errors: whole };
  const tables = raw['tables'];
  // Each row is checked against the reports alone; regional values are not the table's concern.
  const base = omit(raw, ['indicators', 'tables', 'regional']);
  const shell = parse.dataset({ ...base, indicators: [] });
  if (!shell.ok) return { ok: false, errors: shell.errors };

  const slots = markDuplicates(
    items.map((item, index) => {
      const r = parse.dataset({ ...base, indicators: [item] });
      const one: Result<Indicator> = r.ok
        ? { ok: true, value: r.value.indicators[0] as Indicator }
        : { ok: false, errors: r.errors };
      return slotFrom(index, item, one, r.ok ? undefined : renumber(r.errors, index));
    }),
    (i) => `indicators[${i}]`,
  );

  // Report tables name rows by id: check them against every id the input has, good row or bad.
  let parsedTables: Dataset['tables'] = [];
  if (tables !== undefined) {
    const ids = [...new Set(items.map(rawId).filter((id): id is string => id !== undefined))];
    const withTables = parse.dataset({
      ...base,
      indicators: ids.map((id) => ({ id, name: id })),
      tables,
    });
    const tableErrors = withTables.ok
      ? []
      : withTables.errors.filter((e) => !e.path.startsWith('indicators['));
    if (tableErrors.length) return { ok: false, errors: tableErrors };
    if (withTables.ok) parsedTables = withTables.value.tables;
  }
  return { ok: true, value: finish({ ...shell.value, tables: parsedTables }, slots) };
}

/**
 * The table's parse: a dataset, an array of indicators (full or short form), or one
 * indicator. Unlike the shared parser it keeps going past a bad row, so the good rows render
 * and every bad row can be shown where it stands, naming its bad field. Only input that is
 * not a table at all (not an object or array, or a dataset whose reports are invalid) fails.
 */
function tableInputWith(parse: Parsers, raw: unknown): Result<TableInput> {
  if (isRecord(raw) && 'indicators' in raw) {
    const whole = parse.dataset(raw);
    if (whole.ok) {
      const slots = whole.value.indicators.map((indicator, index): RowSlot => ({
        index,
        id: indicator.id,
        rawName: indicator.name.vi,
        indicator,
        errors: [],
      }));
      return { ok: true, value: { dataset: whole.value, slots, rowErrors: [] } };
    }
    return parseDatasetByRow(parse, raw, whole.errors);
  }
  if (Array.isArray(raw)) {
    const slots = markDuplicates(
      raw.map((item, index) => slotFrom(index, item, parse.indicator(item, index))),
      (i) => `[${i}]`,
    );
    return { ok: true, value: finish(emptyDataset([]), slots) };
  }
  if (isRecord(raw)) {
    return { ok: true, value: finish(emptyDataset([]), [slotFrom(0, raw, parse.indicator(raw))]) };
  }
  return {
    ok: false,
    errors: [
      dataError(
        'invalid-data',
        '',
        'Dữ liệu của bảng phải là một bộ dữ liệu (có "indicators"), một mảng chỉ tiêu hoặc một chỉ tiêu',
        'The table needs a dataset (with "indicators"), an array of indicators or one indicator',
      ),
    ],
  };
}

/**
 * `tableInputWith` for the element: at once for valid rows; when a row fails the schema, later,
 * once the words for its errors are loaded, so a table of valid rows never downloads them.
 */
export const parseTableInput = (raw: unknown): Result<TableInput> | Promise<Result<TableInput>> =>
  parseWithDeferredWording((parse) => tableInputWith(parse, raw));
