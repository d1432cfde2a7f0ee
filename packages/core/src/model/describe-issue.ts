/** Turns Valibot's issues into DataErrors a portal developer can act on, in vi and en. */
import * as v from 'valibot';
import { type DataError, dataError, joinPath } from './data-error.js';
import {
  MilestoneTargetSchema,
  RegionalCategoriesSchema,
  RegionalValuesSchema,
  ThresholdTargetSchema,
} from './schema.js';
import { meantNumber, meantThreshold } from './meant-number.js';
import { meantPeriod } from './meant-period.js';
import { UNITS } from './units.js';

type AnyIssue = v.BaseIssue<unknown>;
type Segment = string | number;

const received = (value: unknown): { vi: string; en: string } => {
  if (value === null) return { vi: 'null', en: 'null' };
  if (Array.isArray(value)) return { vi: 'một mảng', en: 'an array' };
  switch (typeof value) {
    case 'string':
      return { vi: `chuỗi ${JSON.stringify(value)}`, en: `the string ${JSON.stringify(value)}` };
    case 'number':
      return { vi: `số ${String(value)}`, en: `the number ${String(value)}` };
    case 'undefined':
      return { vi: 'không có giá trị', en: 'nothing' };
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
  record: { vi: 'một đối tượng', en: 'an object' },
  union: { vi: 'một chuỗi hoặc đối tượng', en: 'a string or an object' },
  // Valibot names a union by its branches: an agency is one name or a list of them.
  '(string | Array)': { vi: 'một chuỗi hoặc mảng', en: 'a string or an array' },
};

type Counted = Partial<Record<'value' | 'target' | 'total', number>>;

/**
 * Messages set on checks in schema.ts are keys into this table. A check across an object's
 * fields says in `at` which field under it is wrong.
 */
const CHECKS: Record<string, (input: unknown) => { vi: string; en: string; at?: string }> = {
  period: (i) => {
    // A period as the reports print it, "Quý I/2024": say the key to write.
    const meant = typeof i === 'string' ? meantPeriod(i) : undefined;
    // A mistyped century ("0022") has the right shape: say which years are read.
    const century =
      typeof i === 'string' && (i.match(/\d{4}/g) ?? []).some((y) => +y < 1900 || +y > 2100);
    return {
      vi: `kỳ không hợp lệ ${JSON.stringify(i)}: ${meant ? `viết ${meant}` : century ? 'năm từ 1900 đến 2100' : 'dùng 2022, 2022-H1, 2024-Q1, 2024-04, 2023-02-25 hoặc 2022-01/2022-11'}`,
      en: `invalid period ${JSON.stringify(i)}: ${meant ? `write ${meant}` : century ? 'a year from 1900 to 2100' : 'use 2022, 2022-H1, 2024-Q1, 2024-04, 2023-02-25 or 2022-01/2022-11'}`,
    };
  },
  unit: (i) => ({
    vi: `đơn vị không hỗ trợ ${JSON.stringify(i)}; dùng một trong: ${UNITS.join(', ')}`,
    en: `unsupported unit ${JSON.stringify(i)}; use one of: ${UNITS.join(', ')}`,
  }),
  op: (i) => ({
    vi: `phép so sánh không hợp lệ ${JSON.stringify(i)}; dùng >=, >, <=, < hoặc =`,
    en: `invalid comparison ${JSON.stringify(i)}; use >=, >, <=, < or =`,
  }),
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
  id: (i) => ({
    vi: `mã không hợp lệ ${JSON.stringify(i)}: chỉ dùng chữ, số, dấu chấm, gạch dưới, hai chấm, gạch ngang`,
    en: `invalid id ${JSON.stringify(i)}: use letters, digits, dot, underscore, colon or hyphen`,
  }),
  url: (i) => ({
    vi: `địa chỉ URL không hợp lệ ${JSON.stringify(i)}`,
    en: `invalid URL ${JSON.stringify(i)}`,
  }),
};

function describeOne(issue: AnyIssue, path: string): DataError {
  const check = CHECKS[issue.message];
  if (check) {
    const m = check(issue.input);
    const at = m.at ? (path ? `${path}.${m.at}` : m.at) : path;
    return dataError('invalid-data', at, `${at || 'dữ liệu'}: ${m.vi}`, `${at || 'data'}: ${m.en}`);
  }
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return dataError(
      'invalid-data',
      path,
      `${path}: trường không được hỗ trợ (viết sai tên trường?)`,
      `${path}: unknown field (a misspelt key?)`,
    );
  }
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
    const last = options.pop();
    const among = (or: string): string =>
      options.length ? `${options.join(', ')} ${or} ${last}` : String(last);
    return dataError(
      'invalid-data',
      path,
      `${path}: giá trị không hợp lệ ${JSON.stringify(issue.input)}; cần ${among('hoặc')}`,
      `${path}: invalid value ${JSON.stringify(issue.input)}; expected ${among('or')}`,
    );
  }
  const exp = EXPECTED[issue.expected ?? ''] ??
    EXPECTED[issue.type] ?? {
      vi: issue.expected ?? issue.type,
      en: issue.expected ?? issue.type,
    };
  const got = received(issue.input);
  // The commonest slip: a number typed as text, often with a decimal comma. Say what to write.
  const meant =
    issue.expected === 'number' && typeof issue.input === 'string'
      ? meantNumber(issue.input)
      : undefined;
  // A target typed as the reports print it, "≥ 50%": the comparison goes in `op`.
  // (No lookbehind: Safari before 16.4 could not parse this chunk.)
  const field = /target$/.test(path)
    ? 'target'
    : /targets\[\d+\]\.value$/.test(path)
      ? 'value'
      : undefined;
  const split =
    meant === undefined && field && typeof issue.input === 'string'
      ? meantThreshold(issue.input)
      : undefined;
  const [hintVi, hintEn] = split
    ? [
        `; viết op "${split.op}" và ${field} ${split.value}`,
        `; write op "${split.op}" and ${field} ${split.value}`,
      ]
    : meant === undefined
      ? ['', '']
      : [`; viết ${meant}`, `; write ${meant}`];
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
    return 'categories' in input ? RegionalCategoriesSchema : RegionalValuesSchema;
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
    const path = joinPath(segments);
    // A total already told as bad is not told again as one the value is above.
    if (issue.message === 'over' && out.some((e) => e.path === joinPath([...segments, 'total'])))
      continue;
    out.push(describeOne(issue, path));
  }
  return out;
}
