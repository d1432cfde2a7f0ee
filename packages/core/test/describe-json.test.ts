import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { describeJsonError, jsonErrorAt } from '../src/model/describe-json.js';
import { parseJson } from '../src/model/parse-json.js';

/** The hint part of the error for `text`, in `locale`: what follows "Hint: ". */
function hint(text: string, locale: 'vi' | 'en' = 'en'): string {
  const r = parseJson(text);
  assert.equal(r.ok, false, `${text} should not parse`);
  const message = r.ok ? '' : (r.errors[0]?.message[locale] ?? '');
  return message.split(locale === 'vi' ? '. Gợi ý: ' : '. Hint: ')[1] ?? '';
}

describe('broken JSON says what to change', () => {
  test('curly quotes an editor put in', () => {
    assert.equal(hint('{“name”: “Tỷ lệ”, “value”: 54.34}'), 'use straight quotes " instead of “ ”');
    assert.equal(hint('{“name”: “Tỷ lệ”}', 'vi'), 'dùng nháy thẳng " thay cho “ ”');
  });

  test('quotes escaped as &quot;', () => {
    assert.equal(
      hint('{&quot;name&quot;: &quot;x&quot;}'),
      'paste the JSON in source (HTML) view: its quotes became &quot;',
    );
  });

  test('JavaScript habits: single quotes, bare names, a last comma, comments, NaN', () => {
    assert.equal(hint("{'name': 'x'}"), `use double quotes "…", not single quotes '…'`);
    assert.equal(hint('{name: "x", value: 1}'), 'quote each name: "name"');
    assert.equal(hint('{"name": "x", "value": 1,}'), 'remove the comma before } or ]');
    assert.equal(hint('[{"name": "x"},]', 'vi'), 'bỏ dấu phẩy trước } hoặc ]');
    assert.equal(hint('{"name": "x", // năm 2022\n "value": 1}'), 'remove // and /* */ comments');
    assert.equal(
      hint('{"name": "x", "value": NaN}'),
      'NaN is not a JSON number: leave the field out',
    );
  });

  test('a decimal comma, with the number it was meant to be', () => {
    assert.equal(hint('{"name": "x", "value": 54,34}'), 'write 54.34, not 54,34');
    assert.equal(
      hint('{"name": "x", "value": 1.234.567,5}', 'vi'),
      'viết 1234567.5 thay cho 1.234.567,5',
    );
  });

  test('several slips are all named, in one sentence', () => {
    assert.equal(
      hint("{name: 'x', value: 54,34,}"),
      [
        `use double quotes "…", not single quotes '…'`,
        'quote each name: "name"',
        'remove the comma before } or ]',
        'write 54.34, not 54,34',
      ].join('; '),
    );
  });

  test('an HTML page where JSON belongs, as a wrong src returns, is named as such, and only that', () => {
    const page = "<!DOCTYPE html><html lang='vi'><body><p>Không tìm thấy trang, </p></body></html>";
    assert.equal(hint(page), 'this is HTML, not JSON: check the src address');
    assert.equal(hint(`\n  ${page}`, 'vi'), 'đây là HTML, không phải JSON: kiểm tra địa chỉ src');
  });

  test('says where the text broke, in the page language', () => {
    const r = parseJson('{\n  "name": "x",\n  value: 5\n}');
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.match(r.errors[0]?.message.vi ?? '', /^JSON không hợp lệ ở dòng 3, cột 3\. Gợi ý: /);
      assert.match(r.errors[0]?.message.en ?? '', /^Invalid JSON at line 3, column 3\. Hint: /);
    }
    // Read from the text, as no browser's message names the place in the same words.
    assert.deepEqual(jsonErrorAt('{x}'), [1, 2]);
    assert.deepEqual(jsonErrorAt('{"a": 1,\r\n "b": tru}'), [2, 10]);
  });

  test("the browser's words are never shown, and the place is said once", () => {
    for (const text of [
      '{"name": "x", "value": 5,}',
      '{\n  "name": "x",\n  "value": 5,\n}',
      '{"name": "x, "value": 5}',
      "{'name': 'x'}",
      '{"a": 1 "b": 2}',
      '',
    ]) {
      const r = parseJson(text);
      const { vi, en } = r.ok ? { vi: '', en: '' } : (r.errors[0]?.message ?? { vi: '', en: '' });
      const label = JSON.stringify(text);
      assert.match(vi, /^JSON không hợp lệ ở dòng \d+, cột \d+(\. Gợi ý: [^.]+)?$/, label);
      assert.match(en, /^Invalid JSON at line \d+, column \d+(\. Hint: [^.]+)?$/, label);
      assert.equal(vi.split('dòng').length, 2, label);
      assert.equal(en.split('line').length, 2, label);
    }
  });

  test("the same words whichever browser's message came with the text", () => {
    const text = '{"name": "x", "value": 5,}';
    const messages = [
      'Expected double-quoted property name in JSON at position 25 (line 1 column 26)',
      'JSON.parse: expected double-quoted property name at line 1 column 26 of the JSON data',
      'JSON Parse error: Property name must be a string literal',
    ].map((detail) => describeJsonError(text, detail).message);
    for (const message of messages) assert.deepEqual(message, messages[0]);
    assert.equal(
      messages[0]?.vi,
      'JSON không hợp lệ ở dòng 1, cột 26. Gợi ý: bỏ dấu phẩy trước } hoặc ]',
    );
  });

  test("nesting too deep to read again: English alone falls back to the browser's words", () => {
    const r = parseJson('['.repeat(100_000));
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(
        r.errors[0]?.message.vi,
        'JSON không hợp lệ. Gợi ý: thiếu } hoặc ] đóng lại ở cuối',
      );
      assert.match(
        r.errors[0]?.message.en ?? '',
        /^Invalid JSON: .+\. Hint: a closing \} or \] is/,
      );
    }
  });

  test('a closing brace or bracket missing at the end', () => {
    assert.equal(hint('{"name": "x", "values": [1, 2}'), 'a closing } or ] is missing at the end');
    assert.equal(hint('{"name": "x"', 'vi'), 'thiếu } hoặc ] đóng lại ở cuối');
  });

  test('an attribute cut at the JSON\'s first quote, indicator="{"name": …}", says to use single quotes', () => {
    assert.equal(
      hint('{'),
      `the HTML attribute ended at its first ": wrap the JSON in single quotes, '{"name": …}'`,
    );
    assert.equal(
      hint(' [ ', 'vi'),
      `thuộc tính HTML kết thúc ở dấu " đầu tiên: bọc JSON bằng nháy đơn, '{"name": …}'`,
    );
  });

  test('what sits inside a string is no slip', () => {
    // Broken only by its missing brace: its commas, colons, quote marks and slashes are text.
    const text = '{"name": "Nói “không”, tức là: 54,34 đ\'s; xem https://x.vn/a,}"';
    assert.equal(hint(text), 'a closing } or ] is missing at the end');
    const r = parseJson(text);
    assert.equal(r.ok, false);
    if (!r.ok) assert.deepEqual([r.errors[0]?.code, r.errors[0]?.path], ['invalid-json', '']);
    // And valid text around a slip is not one: only the bare name is.
    assert.equal(hint('{"a": "x, b: 1", c: 2}'), 'quote each name: "c"');
  });

  test('valid JSON parses, with curly quotes inside its strings', () => {
    assert.deepEqual(parseJson('{"name": "“x”", "value": 1}'), {
      ok: true,
      value: { name: '“x”', value: 1 },
    });
  });
});
