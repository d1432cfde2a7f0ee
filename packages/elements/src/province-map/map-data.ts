/**
 * What the map accepts, checked and normalised: a dataset (its `regional` entries), one regional
 * entry (numbers or categories per province), a plain `{ province: number }` object, or a list of
 * provinces to highlight. Province keys stay as written here; they are resolved against a
 * boundary set later, once the map knows which one it shows.
 */
import {
  dataError,
  parseWithDeferredWording,
  type DataError,
  type Dataset,
  type Parsers,
  type RegionalCategories,
  type RegionalValues,
  type Result,
} from '@cds-vn/core';

export type MapData =
  | { readonly kind: 'dataset'; readonly dataset: Dataset }
  | { readonly kind: 'values'; readonly entry: RegionalValues; readonly plain: boolean }
  | { readonly kind: 'categories'; readonly entry: RegionalCategories }
  | { readonly kind: 'highlight'; readonly keys: readonly string[] };

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const fail = (errors: readonly DataError[]): Result<MapData> => ({ ok: false, errors });

/** At once for valid data; when the schema rejects it, once the words for its errors are loaded. */
export const parseMapData = (raw: unknown): Result<MapData> | Promise<Result<MapData>> =>
  parseWithDeferredWording((parse) => mapDataWith(parse, raw));

function mapDataWith(parse: Parsers, raw: unknown): Result<MapData> {
  if (Array.isArray(raw)) return parseHighlight(raw);
  if (!isRecord(raw)) {
    return fail([
      dataError(
        'invalid-data',
        '',
        'Dữ liệu bản đồ phải là một đối tượng (bộ dữ liệu, số liệu theo tỉnh) hoặc danh sách tỉnh',
        'Map data must be an object (a dataset or values per province) or a list of provinces',
      ),
    ]);
  }
  if ('indicators' in raw || 'regional' in raw) {
    const r = parse.dataset({ indicators: [], ...raw });
    return r.ok ? { ok: true, value: { kind: 'dataset', dataset: r.value } } : r;
  }
  if ('values' in raw || 'categories' in raw) return parseEntry(parse, raw);
  return parsePlainValues(raw);
}

function parseHighlight(raw: readonly unknown[]): Result<MapData> {
  const errors = raw.flatMap((key, i) =>
    typeof key === 'string' && key.trim()
      ? []
      : [
          dataError(
            'invalid-data',
            `[${i}]`,
            `[${i}]: cần tên hoặc mã tỉnh, nhận được ${JSON.stringify(key)}`,
            `[${i}]: expected a province name or code, got ${JSON.stringify(key)}`,
          ),
        ],
  );
  if (errors.length) return fail(errors);
  return { ok: true, value: { kind: 'highlight', keys: raw.map((k) => String(k).trim()) } };
}

/** One regional entry, validated by the dataset schema it belongs to. */
function parseEntry(parse: Parsers, raw: Record<string, unknown>): Result<MapData> {
  // Numbers name their indicator; a lone entry has none to point to, so lend it a stub.
  const stub = typeof raw['indicator'] === 'string' ? [{ id: raw['indicator'], name: 'x' }] : [];
  const r = parse.dataset({ indicators: stub, regional: [raw] });
  if (!r.ok) {
    const strip = (s: string): string => s.replace(/^regional\[0\]\.?/, '');
    return fail(
      r.errors
        .filter((e) => !e.path.startsWith('indicators'))
        .map((e) => dataError(e.code, strip(e.path), strip(e.message.vi), strip(e.message.en))),
    );
  }
  const entry = r.value.regional[0];
  if (!entry) return fail([dataError('invalid-data', '', 'Không có dữ liệu', 'No data')]);
  return {
    ok: true,
    value:
      entry.type === 'values'
        ? { kind: 'values', entry, plain: false }
        : { kind: 'categories', entry },
  };
}

/** `{ "Hà Nội": 0.61, "48": 0.80 }`: every value a finite number, never a string or null. */
function parsePlainValues(raw: Record<string, unknown>): Result<MapData> {
  const entries = Object.entries(raw);
  if (!entries.length) {
    return fail([
      dataError('invalid-data', '', 'Dữ liệu không có tỉnh nào', 'The data names no province'),
    ]);
  }
  const values: Record<string, number> = {};
  const errors: DataError[] = [];
  for (const [key, value] of entries) {
    if (typeof value === 'number' && Number.isFinite(value)) values[key] = value;
    else {
      const got = JSON.stringify(value) ?? String(value);
      errors.push(
        dataError(
          'invalid-data',
          key,
          `"${key}": cần một số, nhận được ${got}`,
          `"${key}": expected a number, got ${got}`,
        ),
      );
    }
  }
  if (errors.length) return fail(errors);
  return {
    ok: true,
    value: {
      kind: 'values',
      plain: true,
      entry: { type: 'values', indicator: '', values, illustrative: false },
    },
  };
}
