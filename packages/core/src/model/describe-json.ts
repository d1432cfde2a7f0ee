/**
 * What to change in JSON that does not parse, for the slips hand-typed JSON in a CMS meets:
 * curly quotes an editor put in, quotes it escaped, an attribute cut at its first quote, an HTML
 * page served for a file, JavaScript habits (single quotes, bare names, a last comma, comments,
 * NaN), a missing closing brace and the decimal comma. Where it broke is found by reading the
 * text again, not from the browser's message: that differs by engine, is English in most, and
 * repeats the place in its own words.
 */
import { type DataError, dataError } from './data-error.js';
import { jsonBreak } from './json-break.js';
import { meantNumber } from './meant-number.js';

type Hint = readonly [vi: string, en: string];

/** The hints that apply to `text`, which JSON.parse refused. */
export function jsonHints(text: string): Hint[] {
  // indicator="{"name": …}": the HTML attribute ends at the JSON's first quote, leaving "{".
  if (/^\s*[{[]\s*$/.test(text))
    return [
      [
        `thuộc tính HTML kết thúc ở dấu " đầu tiên: bọc JSON bằng nháy đơn, '{"name": …}'`,
        `the HTML attribute ended at its first ": wrap the JSON in single quotes, '{"name": …}'`,
      ],
    ];
  // A server's "not found" or login page, sent with 200 for a wrong `src`: its quotes and
  // colons are no slips to list.
  if (/^\s*</.test(text))
    return [
      [
        'đây là HTML, không phải JSON: kiểm tra địa chỉ src',
        'this is HTML, not JSON: check the src address',
      ],
    ];
  // Outside strings only: a comma, colon or quote mark inside a name or a title is no slip.
  const bare = text.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const hints: Hint[] = [];
  const add = (test: RegExp | string | boolean | undefined, hint: Hint): void => {
    if (test instanceof RegExp ? test.test(bare) : test) hints.push(hint);
  };
  add(/&(quot|#34|#x22);/i.test(text), [
    'dán JSON ở chế độ mã nguồn (HTML): dấu nháy đã bị đổi thành &quot;',
    'paste the JSON in source (HTML) view: its quotes became &quot;',
  ]);
  add(/[“”„‟]/, ['dùng nháy thẳng " thay cho “ ”', 'use straight quotes " instead of “ ”']);
  add(/'/, [
    `dùng nháy kép "…" thay cho nháy đơn '…'`,
    `use double quotes "…", not single quotes '…'`,
  ]);
  const name = /[{,]\s*([A-Za-z_$][\w$]*)\s*:/.exec(bare)?.[1];
  add(name, [`đặt tên trong nháy kép: "${name}"`, `quote each name: "${name}"`]);
  add(/,\s*[}\]]/, ['bỏ dấu phẩy trước } hoặc ]', 'remove the comma before } or ]']);
  add(/\/[/*]/, ['bỏ chú thích // và /* */', 'remove // and /* */ comments']);
  const word = /:\s*(NaN|undefined|-?Infinity)\b/.exec(bare)?.[1];
  add(word, [
    `${word} không phải số JSON: bỏ trường đó`,
    `${word} is not a JSON number: leave the field out`,
  ]);
  const count = (re: RegExp): number => bare.match(re)?.length ?? 0;
  add(count(/[{[]/g) > count(/[}\]]/g), [
    'thiếu } hoặc ] đóng lại ở cuối',
    'a closing } or ] is missing at the end',
  ]);
  const typed = /:\s*(-?[\d.]+,\d+)/.exec(bare)?.[1];
  const meant = typed === undefined ? undefined : meantNumber(typed);
  add(meant !== undefined, [`viết ${meant} thay cho ${typed}`, `write ${meant}, not ${typed}`]);
  return hints;
}

/** Line and column where the text broke, the same in every browser. */
export function jsonErrorAt(text: string): [line: number, column: number] | undefined {
  let at: number | undefined;
  try {
    at = jsonBreak(text);
  } catch {
    // Nesting deeper than the stack, which JSON.parse reads without recursion.
  }
  if (at === undefined) return undefined;
  const lines = text.slice(0, at).split('\n');
  return [lines.length, (lines.at(-1) ?? '').length + 1];
}

/**
 * The error for unparsable JSON: where it broke, in the page's language ("ở dòng 1, cột 15"),
 * and what to change where a common slip explains it. The browser's `detail` is shown, in
 * English only, when the text could not be read again to say where.
 */
export function describeJsonError(text: string, detail: string): DataError {
  const hints = jsonHints(text);
  const at = jsonErrorAt(text);
  const say = (i: 0 | 1): string =>
    (at
      ? [` ở dòng ${at[0]}, cột ${at[1]}`, ` at line ${at[0]}, column ${at[1]}`][i]
      : i
        ? `: ${detail}`
        : '') +
    (hints.length ? `. ${['Gợi ý', 'Hint'][i]}: ${hints.map((h) => h[i]).join('; ')}` : '');
  return dataError('invalid-json', '', `JSON không hợp lệ${say(0)}`, `Invalid JSON${say(1)}`);
}
