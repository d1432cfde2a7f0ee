/**
 * What to change in JSON that does not parse, for the slips hand-typed JSON in a CMS meets:
 * curly quotes an editor put in, quotes it escaped, an attribute cut at its first quote, an HTML
 * page served for a file, JavaScript habits (single quotes, bare names, a last comma, comments,
 * NaN), a missing closing brace, the decimal comma, a bare period (2024-04), a byte order mark,
 * a space copied from Word, a Markdown fence; and, from where it broke, a missing comma or
 * colon, a line break or backslash inside a string, an unclosed string and several values one
 * after another. Where it broke is found by reading the text again, not from the browser's
 * message: that differs by engine, is English in most, and repeats the place in its own words.
 */
import { type DataError, dataError } from './data-error.js';
import { jsonBreak } from './json-break.js';
import { meantNumber } from './meant-number.js';

type Hint = readonly [vi: string, en: string];

/** The hints that apply to `text`, which JSON.parse refused. */
export function jsonHints(text: string): Hint[] {
  if (!text.trim())
    return [['chưa có nội dung: dán JSON vào đây', 'the text is empty: paste the JSON here']];
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
  // Where it broke says most: first.
  const hints: Hint[] = hintsAtBreak(text, bare);
  const add = (test: RegExp | string | boolean | undefined, hint: Hint): void => {
    if (test instanceof RegExp ? test.test(bare) : test) hints.push(hint);
  };
  // A Markdown fence around the JSON, as a chat answer or a README gives it.
  add(/^\s*```/.test(text), ['bỏ các dòng ``` quanh JSON', 'remove the ``` lines around the JSON']);
  // JSON copied out of a string in a log or a program: every quote still escaped.
  add(/^\s*[{[](\s|\\[nrt])*\\"/.test(text), [
    'bỏ dấu \\ trước mỗi dấu nháy (JSON đã bị escape hai lần)',
    'remove the \\ before each quote (the JSON was escaped twice)',
  ]);
  // Spaces JSON does not know, which copying from Word or a web page brings.
  const space = /[\u00a0\u2000-\u200b\u202f\u205f\u3000]/.exec(bare.replace(/^\uFEFF/, ''))?.[0];
  const u = `U+${(space?.charCodeAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  add(space, [
    `thay dấu cách đặc biệt ${u} (thường có khi sao chép từ Word hoặc trang web) bằng dấu cách thường`,
    `replace the special space ${u} (copied from Word or a web page) with a plain space`,
  ]);
  add(/&(quot|#34|#x22);/i.test(text), [
    'dán JSON ở chế độ mã nguồn (HTML): dấu nháy đã bị đổi thành &quot;',
    'paste the JSON in source (HTML) view: its quotes became &quot;',
  ]);
  add(/[“”„‟]/, ['dùng nháy thẳng " thay cho “ ”', 'use straight quotes " instead of “ ”']);
  add(/[‘’]/, [
    'dùng nháy kép thẳng " thay cho ‘ ’',
    'use straight double quotes " instead of ‘ ’',
  ]);
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
  // A period typed bare, 2024-04: JSON reads 2024 and stops at the minus.
  const period = /:\s*(\d{4}-(?:\d\d(?:-\d\d)?|[HQ]\d))\s*[,}\]]/.exec(bare)?.[1];
  add(period, [`đặt kỳ trong nháy kép: "${period}"`, `quote the period: "${period}"`]);
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

/** Where JSON.parse stops, or undefined (it parses, or nests deeper than the stack). */
function breakAt(text: string): number | undefined {
  try {
    return jsonBreak(text);
  } catch {
    // Nesting deeper than the stack, which JSON.parse reads without recursion.
    return undefined;
  }
}

/**
 * The slips only the place where the text broke tells: a missing comma or colon, a line break
 * or a backslash inside a string, an unclosed string, and more after a whole value.
 */
function hintsAtBreak(text: string, bare: string): Hint[] {
  const at = breakAt(text);
  if (at === undefined) return [];
  const char = text[at] ?? '';
  const head = text.slice(0, at);
  const before = /\S?\s*$/.exec(head)?.[0][0] ?? '';
  // Inside a string: JSON.parse stops at a raw line break or tab, or after a bad backslash.
  if (/[\n\r]/.test(char))
    return [
      [
        'chuỗi chưa đóng ở cuối dòng: thêm " để đóng, hoặc viết \\n nếu muốn xuống dòng',
        'a string runs past the end of its line: close it with " or write \\n for a line break',
      ],
    ];
  if (text[at - 1] === '\\')
    return [
      [
        'dấu \\ trong chuỗi viết thành \\\\ (C:\\\\Users)',
        'write a backslash in a string as \\\\ (C:\\\\Users)',
      ],
    ];
  // A quote left over once every whole string is set aside opens one that never closes.
  if (at === text.length && bare.replace(/""/g, '').includes('"'))
    return [['thiếu dấu " đóng chuỗi', 'a closing " is missing']];
  // A whole value, then more: several indicators one after another, a `;`, a brace too many.
  if (head.trim() && breakAt(head) === undefined)
    return [
      /[{[,]/.test(char)
        ? [
            'nhiều mục đặt liền nhau: bọc chúng trong một mảng, [{…}, {…}]',
            'several items one after another: put them in one array, [{…}, {…}]',
          ]
        : /[}\]]/.test(char)
          ? ['thừa } hoặc ] ở đây', 'one } or ] too many here']
          : ['bỏ phần thừa sau JSON', 'remove what follows the JSON'],
    ];
  // A value where a comma belongs: after a string, a number, true, null, } or ]. Not a number
  // run on into more (2024-04 typed bare): that is one bad value.
  if (!/["\d}\]el]/.test(before) || !/["{[\d\-tfn]/.test(char) || /\d$/.test(head)) return [];
  // After a name ("name" "x"), the colon is what is missing.
  return /[{,]\s*"(?:[^"\\]|\\.)*"\s*$/.test(head)
    ? [['thiếu dấu hai chấm : sau tên trường', 'a colon : is missing after the name']]
    : [['thiếu dấu phẩy giữa hai mục', 'a comma is missing between two items']];
}

/** Line and column where the text broke, the same in every browser. */
export function jsonErrorAt(text: string): [line: number, column: number] | undefined {
  const at = breakAt(text);
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
