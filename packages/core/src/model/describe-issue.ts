/** Turns Valibot's issues into DataErrors a portal developer can act on, in vi and en. */
import * as v from 'valibot';
import { type DataError, dataError, joinPath } from './data-error.js';
import { editDistance } from '../provinces/edit-distance.js';
import { isShortForm } from './parse-with.js';
import {
  DatasetSchema,
  IndicatorSchema,
  LocalizedTextSchema,
  MilestoneTargetSchema,
  ObservationSchema,
  PillarSchema,
  RegionalCategoriesSchema,
  RegionalValuesSchema,
  ReportTableSchema,
  ShortIndicatorSchema,
  SourceSchema,
  ThresholdTargetSchema,
} from './schema.js';
import { meantNumber, meantThreshold } from './meant-number.js';
import { meantPeriod, periodProblem } from './meant-period.js';
import { UNITS } from './units.js';

type AnyIssue = v.BaseIssue<unknown>;
type Segment = string | number;

/** A string as JSON writes it, cut short: a whole pasted dataset is no message. */
const quote = (s: string): string => JSON.stringify(s.length > 60 ? `${s.slice(0, 50)}…` : s);

const received = (value: unknown): { vi: string; en: string } => {
  if (value === null) return { vi: 'null', en: 'null' };
  if (Array.isArray(value)) return { vi: 'một mảng', en: 'an array' };
  // NaN is a number to JavaScript: "expected a number, got the number NaN" contradicts itself.
  if (Number.isNaN(value)) return { vi: 'NaN (không phải số)', en: 'NaN (not a number)' };
  switch (typeof value) {
    case 'string':
      return { vi: `chuỗi ${quote(value)}`, en: `the string ${quote(value)}` };
    case 'number':
      return { vi: `số ${String(value)}`, en: `the number ${String(value)}` };
    case 'undefined':
      return { vi: 'không có gì', en: 'nothing' };
    case 'object':
      return { vi: 'một đối tượng', en: 'an object' };
    case 'boolean':
      return { vi: String(value), en: String(value) };
    default:
      return { vi: typeof value, en: typeof value };
  }
};

const EXPECTED: Record<string, { vi: string; en: string }> = {
  number: { vi: 'một số', en: 'a number' },
  string: { vi: 'một chuỗi', en: 'a string' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  // `level`: only `true` is written; the default needs no saying.
  true: { vi: 'true (hoặc bỏ trường này)', en: 'true (or no such field)' },
  array: { vi: 'một mảng', en: 'an array' },
  strict_object: { vi: 'một đối tượng', en: 'an object' },
  // A union of objects (a target, a regional entry): valibot names it by its branches' kind.
  Object: { vi: 'một đối tượng', en: 'an object' },
  record: { vi: 'một đối tượng', en: 'an object' },
  union: { vi: 'một chuỗi hoặc đối tượng', en: 'a string or an object' },
  // Valibot names a union by its branches: an agency is one name or a list of them.
  '(string | Array)': { vi: 'một chuỗi hoặc mảng', en: 'a string or an array' },
};

type Counted = Partial<Record<'value' | 'target' | 'total', number>>;

/**
 * Words people write for a value of a fixed list, by the value they mean: "≥" for ">=",
 * "percent" for "%", "ước tính" for "estimate". Case, spaces and a letter or two off are found
 * without a list (`nearest`).
 */
const SAID: Record<string, string> = {
  '≥': '>=',
  '=>': '>=',
  gte: '>=',
  'tối thiểu': '>=',
  'ít nhất': '>=',
  '≤': '<=',
  '=<': '<=',
  lte: '<=',
  'tối đa': '<=',
  'không quá': '<=',
  '==': '=',
  '===': '=',
  gt: '>',
  trên: '>',
  lt: '<',
  dưới: '<',
  percent: '%',
  percentage: '%',
  pct: '%',
  'phần trăm': '%',
  'tỷ lệ': '%',
  đồng: 'VND',
  vnđ: 'VND',
  lần: 'times',
  'chỉ số': 'index',
  hạng: 'rank',
  'xếp hạng': 'rank',
  'thứ hạng': 'rank',
  số: 'number',
  'đô la': 'USD',
  agencies: 'agency',
  'ước tính': 'estimate',
  'ước đạt': 'estimate',
  'dự báo': 'forecast',
  'dự kiến': 'forecast',
  'thực tế': 'actual',
  'thực hiện': 'actual',
  tăng: 'higher',
  giảm: 'lower',
};

/**
 * The option `input` was likely meant to be: a word for it (SAID), the same in another case or
 * with spaces, or a letter or two off in a longer word ("estimated", "targe", "valeu"). None for
 * a short or distant one ("vn", "up").
 */
function nearest(input: unknown, options: readonly string[]): string | undefined {
  if (typeof input !== 'string') return undefined;
  const t = input.trim().toLowerCase().replace(/\s+/g, ' ');
  const said = SAID[t] ?? SAID[t.replace(/ /g, '')];
  if (said && options.includes(said)) return said;
  let best: string | undefined;
  // Fewer edits than this: none for 3 letters or fewer, 1 for 4, 2 from 5.
  let most = t.length < 4 ? 1 : t.length < 5 ? 2 : 3;
  for (const option of options) {
    const d = editDistance(t.replace(/ /g, ''), option.toLowerCase());
    if (d < most) [best, most] = [option, d];
  }
  return best;
}

/**
 * A choice from a list, worded: what to write where a near miss says it, else the whole list.
 * `what` names the field's kind ("đơn vị", "unit").
 */
function choice(
  input: unknown,
  options: readonly string[],
  what: readonly [vi: string, en: string],
  list: readonly [vi: string, en: string],
): { vi: string; en: string } {
  const meant = nearest(input, options);
  // Not a string: what it was, in words ("unsupported unit (got null)").
  const got =
    typeof input === 'string'
      ? { vi: quote(input), en: quote(input) }
      : { vi: `(nhận được ${received(input).vi})`, en: `(got ${received(input).en})` };
  return {
    vi: `${what[0]} ${got.vi}; ${meant ? `viết "${meant}"` : list[0]}`,
    en: `${what[1]} ${got.en}; ${meant ? `write "${meant}"` : list[1]}`,
  };
}

/** A unit the list lacks: money in millions, or what a count counts ("lượt"), said as such. */
function unitMessage(i: unknown): { vi: string; en: string } {
  const said = typeof i === 'string' ? i.trim() : '';
  const what = ['đơn vị không hỗ trợ', 'unsupported unit'] as const;
  const list = UNITS.join(', ');
  if (/^(nghìn|ngàn|triệu|tỷ|tỉ) đồng$/i.test(said))
    return {
      vi: `${what[0]} ${quote(said)}; viết "VND", với giá trị tính bằng đồng`,
      en: `${what[1]} ${quote(said)}; write "VND", with values in whole đồng`,
    };
  // A Vietnamese noun is what a count counts: "lượt", "doanh nghiệp".
  if (!nearest(said, UNITS) && /^[\p{L} ]+$/u.test(said) && /[^\x20-\x7e]/.test(said))
    return {
      vi: `${what[0]} ${quote(said)}; viết unit "count" và unitLabel ${quote(said)}`,
      en: `${what[1]} ${quote(said)}; write unit "count" and unitLabel ${quote(said)}`,
    };
  return choice(i, UNITS, what, [`dùng một trong: ${list}`, `use one of: ${list}`]);
}

/**
 * Messages set on checks in schema.ts are keys into this table. A check across an object's
 * fields says in `at` which field under it is wrong.
 */
const CHECKS: Record<string, (input: unknown) => { vi: string; en: string; at?: string }> = {
  period: (i) => {
    const text = String(i);
    // A period as the reports print it, "Quý I/2024": say the key to write.
    const meant = meantPeriod(text);
    // A mistyped century ("0022") has the right shape: say which years are read.
    const century = (text.match(/\d{4}/g) ?? []).some((y) => +y < 1900 || +y > 2100);
    // The right shape with a part out of range ("2022-H3"): say the range.
    const problem = periodProblem(text);
    const [vi, en] = meant
      ? [`viết ${meant}`, `write ${meant}`]
      : century
        ? ['năm từ 1900 đến 2100', 'a year from 1900 to 2100']
        : // The part out of range, then the shapes.
          [
            `${problem ? `${problem[0]}; ` : ''}dùng 2022, 2022-H1, 2024-Q1, 2024-04, 2023-02-25 hoặc 2022-01/2022-11`,
            `${problem ? `${problem[1]}; ` : ''}use 2022, 2022-H1, 2024-Q1, 2024-04, 2023-02-25 or 2022-01/2022-11`,
          ];
    return {
      vi: `kỳ không hợp lệ ${quote(text)}: ${vi}`,
      en: `invalid period ${quote(text)}: ${en}`,
    };
  },
  unit: unitMessage,
  op: (i) =>
    choice(
      i,
      ['>=', '>', '<=', '<', '='],
      ['phép so sánh không hợp lệ', 'invalid comparison'],
      ['dùng >=, >, <=, < hoặc =', 'use >=, >, <=, < or ='],
    ),
  finite: (i) => ({
    vi: `cần một số hữu hạn, nhận được ${String(i)}`,
    en: `expected a finite number, got ${String(i)}`,
  }),
  total: (i) => ({
    vi: `tổng phải là số nguyên lớn hơn 0, nhận được ${String(i)}`,
    en: `a total must be a whole number above 0, got ${String(i)}`,
  }),
  over: (i) => {
    const o = i as Counted;
    // The short form has a `target` beside its `value`; a full-form figure has `value` alone.
    const at = o.value! > o.total! ? 'value' : 'target';
    return {
      at,
      vi: `${at === 'value' ? 'giá trị' : 'mục tiêu'} ${o[at]} lớn hơn tổng số ${o.total}`,
      en: `${at} ${o[at]} is above its total ${o.total}`,
    };
  },
  count: (i) => {
    const ind = i as Counted & { unit?: string; observations?: Counted[]; targets?: Counted[] };
    // The first total named: the short form's own, else one in the figures or the targets.
    let at = 'total';
    if (ind.total === undefined)
      for (const key of ['observations', 'targets'] as const) {
        const k = (ind[key] ?? []).findIndex((x) => x.total !== undefined);
        if (k >= 0) {
          at = `${key}[${k}].total`;
          break;
        }
      }
    // Only a unit other than count fails: no unit reads as a count.
    const unit = JSON.stringify(ind.unit);
    return {
      at,
      vi: `total chỉ dùng với unit "count", không với ${unit}`,
      en: `a total needs unit "count", not ${unit}`,
    };
  },
  empty: () => ({ vi: 'không được để trống', en: 'must not be empty' }),
  record: () => ({
    vi: 'cần một đối tượng, nhận được một mảng',
    en: 'expected an object, got an array',
  }),
  id: (i) => {
    const id = String(i);
    if (!id.trim()) return { vi: 'không được để trống', en: 'must not be empty' };
    // The same words joined by hyphens: "dia phuong" → "dia-phuong".
    const fixed = id
      .trim()
      .replace(/[^\p{L}\p{N}._:-]+/gu, '-')
      .replace(/^[^\p{L}\p{N}]+|-+$/gu, '');
    const [vi, en] = fixed ? [`; viết ${quote(fixed)}`, `; write ${quote(fixed)}`] : ['', ''];
    return {
      vi: `mã không hợp lệ ${quote(id)}: chỉ dùng chữ, số, dấu chấm, gạch dưới, hai chấm, gạch ngang${vi}`,
      en: `invalid id ${quote(id)}: use letters, digits, dot, underscore, colon or hyphen${en}`,
    };
  },
  url: (i) => ({
    vi: `địa chỉ URL không hợp lệ ${quote(String(i))}`,
    en: `invalid URL ${quote(String(i))}`,
  }),
};

const keysOf = (schema: { readonly entries: object }): readonly string[] =>
  Object.keys(schema.entries);
const LOCALIZED = keysOf(LocalizedTextSchema.options[1]);
const INDICATOR = keysOf(IndicatorSchema.pipe[0]);
const SHORT = keysOf(ShortIndicatorSchema.pipe[0]);
/** The objects a field holds, by the field's name: each names its own keys. */
const FIELDS: Record<string, readonly string[]> = {
  indicators: INDICATOR,
  observations: keysOf(ObservationSchema.pipe[0]),
  source: keysOf(SourceSchema),
  sources: keysOf(SourceSchema),
  pillars: keysOf(PillarSchema),
  categories: keysOf(RegionalCategoriesSchema.entries.categories.item),
  tables: keysOf(ReportTableSchema),
  name: LOCALIZED,
  title: LOCALIZED,
  description: LOCALIZED,
  note: LOCALIZED,
  unitLabel: LOCALIZED,
  text: LOCALIZED,
  footnotes: LOCALIZED,
};

/** Categories by their list, or by a name and no indicator's figures ({ "id", "name" }). */
const isCategories = (o: object): boolean =>
  'categories' in o || !('indicator' in o || 'values' in o);

/** The keys the object holding an unknown key may have, from where it is and what it holds. */
function keysAt(segments: readonly Segment[], object: object): readonly string[] {
  const own = segments.at(-2);
  const field = typeof own === 'number' ? segments.at(-3) : own;
  // A footnote is keyed by its marker: footnotes["1"].vn.
  const named = segments.at(-3) === 'footnotes' ? 'footnotes' : field;
  if (named === 'targets')
    return keysOf('due' in object ? MilestoneTargetSchema : ThresholdTargetSchema.pipe[0]);
  if (named === 'regional')
    return keysOf(isCategories(object) ? RegionalCategoriesSchema : RegionalValuesSchema);
  if (named === undefined || typeof named === 'number')
    return 'indicators' in object ? keysOf(DatasetSchema) : isShortForm(object) ? SHORT : INDICATOR;
  return FIELDS[named] ?? [];
}

/** A key the object does not take: the key meant, or the form that has it. */
function unknownKey(path: string, segments: readonly Segment[], object: unknown): DataError {
  const key = String(segments.at(-1));
  const o = (typeof object === 'object' && object) || {};
  const keys = keysAt(segments, o);
  // A key the object would take means the guess of its kind was wrong: no guess then. The
  // short form's near miss may be a full form's key ("observation").
  const meant = keys.includes(key)
    ? undefined
    : (nearest(
        key,
        keys.filter((k) => !(k in o)),
      ) ?? (keys === SHORT && !INDICATOR.includes(key) ? nearest(key, INDICATOR) : undefined));
  const say = (vi: string, en: string): DataError =>
    dataError('invalid-data', path, `${path}: ${vi}`, `${path}: ${en}`);
  if (meant)
    return say(
      `trường không được hỗ trợ (có phải "${meant}"?)`,
      `unknown field (did you mean "${meant}"?)`,
    );
  // The short form's figure in a full indicator: it goes in a list of its own.
  if (keys === INDICATOR && SHORT.includes(key)) {
    const list = /target|op/.test(key)
      ? 'targets: [{"period": …, "op": ">=", "value": …}]'
      : 'observations: [{"period": …, "value": …}]';
    return say(
      `dạng đầy đủ (có id, observations, targets) không có trường này; ghi trong ${list}`,
      `the full form (with id, observations, targets) has no such field; write it in ${list}`,
    );
  }
  // A full indicator's field ("level", "note") in the short form.
  if (keys === SHORT && INDICATOR.includes(key))
    return say(
      `dạng rút gọn (value, target) không có "${key}"; dùng dạng đầy đủ, với id, observations, targets`,
      `the short form (value, target) has no "${key}"; use the full form, with id, observations and targets`,
    );
  return say('trường không được hỗ trợ (viết sai tên trường?)', 'unknown field (a misspelt key?)');
}

/** What to write for a value of the wrong type, where the value says: `; viết 54.34`. */
function typeHint(issue: AnyIssue, path: string): readonly [vi: string, en: string] | undefined {
  const input = issue.input;
  if (typeof input === 'number' && issue.expected === 'string') {
    // A period typed as a number (2022; 2024.04, not 2024.1, which may be 2024.10), an id or a
    // row number (5), a province's code (1 for "01"): the text to write.
    const digits = String(input);
    const text = /(period|date|due|completed)$/.test(path)
      ? /^\d{4}(\.\d\d)?$/.test(digits)
        ? meantPeriod(digits)
        : undefined
      : /provinces\[\d+\]$/.test(path)
        ? digits.padStart(2, '0')
        : /(^|\.)(id|indicator|pillar|source|footnote)$|(indicators|numbers)\[\d+\]$/.test(path)
          ? digits
          : undefined;
    return text === undefined ? undefined : [`viết "${text}"`, `write "${text}"`];
  }
  // A target as the reports print it, "≥ 80%": an object with its comparison in `op`.
  if (/targets\[\d+\]$/.test(path) && typeof input !== 'object') {
    const split = typeof input === 'string' ? meantThreshold(input) : undefined;
    const value = split?.value ?? (typeof input === 'number' ? input : '…');
    const write = `{"period": "…", "op": "${split?.op ?? '>='}", "value": ${value}}`;
    return [`viết ${write}`, `write ${write}`];
  }
  if (typeof input !== 'string' || issue.expected !== 'number') return undefined;
  // A target typed as the reports print it, "≥ 50%", "Trên 60%": the comparison goes in `op`.
  // (No lookbehind: Safari before 16.4 could not parse this chunk.)
  const field = /target$/.test(path)
    ? 'target'
    : /targets\[\d+\]\.value$/.test(path)
      ? 'value'
      : undefined;
  const split = field ? meantThreshold(input) : undefined;
  if (split)
    return [
      `viết op "${split.op}" và ${field} ${split.value}`,
      `write op "${split.op}" and ${field} ${split.value}`,
    ];
  // The commonest slip: a number typed as text, often with a decimal comma.
  const meant = meantNumber(input);
  // A figure as printed, "hơn 46,2 triệu": its words stay in the observation's `text`.
  if (meant !== undefined && /\p{L}/u.test(input) && /observations\[\d+\]\.value$/.test(path))
    return [
      `viết ${meant} và giữ ${quote(input)} trong text`,
      `write ${meant} and keep ${quote(input)} in text`,
    ];
  if (meant !== undefined) return [`viết ${meant}`, `write ${meant}`];
  // A count as the reports print it, "56/63": the total has a field of its own.
  const [, part, whole] = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(input) ?? [];
  return whole && /value$/.test(path) && +part! <= +whole
    ? [`viết value ${part} và total ${whole}`, `write value ${part} and total ${whole}`]
    : undefined;
}

function describeOne(issue: AnyIssue, path: string): DataError {
  const check = CHECKS[issue.message];
  if (check) {
    const m = check(issue.input);
    const at = m.at ? (path ? `${path}.${m.at}` : m.at) : path;
    return dataError('invalid-data', at, `${at || 'dữ liệu'}: ${m.vi}`, `${at || 'data'}: ${m.en}`);
  }
  if (!path && issue.input === undefined)
    return dataError(
      'invalid-data',
      '',
      'dữ liệu: trống; cần một đối tượng JSON',
      'data: nothing given; expected a JSON object',
    );
  if (issue.type === 'strict_object' && issue.input === undefined) {
    return dataError(
      'invalid-data',
      path,
      `${path}: thiếu trường bắt buộc`,
      `${path}: required field is missing`,
    );
  }
  if (issue.type === 'picklist') {
    // Valibot's `("higher" | "lower")` said as a person would: `"higher" hoặc "lower"`.
    const options = (issue.expected ?? '').replace(/^\(|\)$/g, '').split(' | ');
    const values = options.map((o) => o.replace(/^"|"$/g, ''));
    const last = options.pop();
    const among = (or: string): string =>
      options.length ? `${options.join(', ')} ${or} ${last}` : String(last);
    const m = choice(
      issue.input,
      values,
      ['giá trị không hợp lệ', 'invalid value'],
      [`cần ${among('hoặc')}`, `expected ${among('or')}`],
    );
    return dataError('invalid-data', path, `${path}: ${m.vi}`, `${path}: ${m.en}`);
  }
  const exp = EXPECTED[issue.expected ?? ''] ??
    EXPECTED[issue.type] ?? {
      vi: issue.expected ?? issue.type,
      en: issue.expected ?? issue.type,
    };
  const got = received(issue.input);
  const [hintVi, hintEn] = typeHint(issue, path)?.map((h) => `; ${h}`) ?? ['', ''];
  return dataError(
    'invalid-data',
    path || '',
    `${path || 'dữ liệu'}: cần ${exp.vi}, nhận được ${got.vi}${hintVi}`,
    `${path || 'data'}: expected ${exp.en}, got ${got.en}${hintEn}`,
  );
}

/**
 * Valibot reports a failed union as one issue with every branch's complaints mixed together.
 * Where the input says which branch it meant (a target with `due` is a milestone), validate
 * against that branch alone so the message names the real problem.
 */
function branchFor(segments: readonly Segment[], input: unknown): v.GenericSchema | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const parent = segments.at(-2);
  if (parent === 'targets') return 'due' in input ? MilestoneTargetSchema : ThresholdTargetSchema;
  if (parent === 'regional')
    return isCategories(input) ? RegionalCategoriesSchema : RegionalValuesSchema;
  return undefined;
}

export function describeIssues(
  issues: readonly AnyIssue[],
  prefix: readonly Segment[] = [],
): DataError[] {
  const out: DataError[] = [];
  for (const issue of issues) {
    const segments = [...prefix, ...(issue.path ?? []).map((p) => p.key as Segment)];
    if (issue.type === 'union') {
      const branch = branchFor(segments, issue.input);
      if (branch) {
        const again = v.safeParse(branch, issue.input);
        if (!again.success) {
          out.push(...describeIssues(again.issues, segments));
          continue;
        }
      }
      // An object or array meant for the union's object or array branch (a name as
      // { vi, en }): that branch's own complaints, a misspelt key or a missing "vi", say more
      // than "expected a string or an object, got an object".
      // Only the branch of the input's kind: an array's items (agency[1]), an object's keys
      // (name.vi); valibot also runs an object branch on an array, whose keys mean nothing.
      const list = Array.isArray(issue.input);
      const inner =
        typeof issue.input === 'object' && issue.input !== null
          ? (issue.issues ?? []).filter(
              (i) => i.path?.length && typeof i.path[0]?.key === (list ? 'number' : 'string'),
            )
          : [];
      if (inner.length) {
        out.push(...describeIssues(inner, segments));
        continue;
      }
    }
    // An array where an object belongs: valibot reads it as one, missing every key. Said once.
    const last = issue.path?.at(-1);
    const holder = last?.input;
    if (issue.type === 'strict_object' && typeof last?.key === 'string' && Array.isArray(holder)) {
      const at = joinPath(segments.slice(0, -1));
      // A list of indicators given as a dataset: it is the dataset's `indicators`.
      const [vi, en] =
        issue.expected === '"indicators"'
          ? ['; đặt mảng chỉ tiêu vào {"indicators": […]}', '; put the list in {"indicators": […]}']
          : ['', ''];
      if (!out.some((e) => e.path === at))
        out.push(
          dataError(
            'invalid-data',
            at,
            `${at || 'dữ liệu'}: cần một đối tượng, nhận được một mảng${vi}`,
            `${at || 'data'}: expected an object, got an array${en}`,
          ),
        );
      continue;
    }
    const path = joinPath(segments);
    if (issue.type === 'strict_object' && issue.expected === 'never') {
      out.push(unknownKey(path, segments, holder));
      continue;
    }
    // A total already told as bad is not told again as one the value is above.
    if (issue.message === 'over' && out.some((e) => e.path === joinPath([...segments, 'total'])))
      continue;
    out.push(describeOne(issue, path));
  }
  return out;
}
