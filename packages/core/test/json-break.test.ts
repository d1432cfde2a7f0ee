import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonBreak } from '../src/model/json-break.js';
import { describeJsonError } from '../src/model/describe-json.js';

/** Broken JSON as a CMS meets it, and the edge cases of each part of the grammar. */
const BROKEN = [
  '{“name”: “Tỷ lệ”, “value”: 54.34}',
  "{'name': 'x'}",
  '{name: "x"}',
  '{"a": 1,}',
  '[1,]',
  '[,1]',
  '{,}',
  '{"a" 1}',
  '{"a": 1 "b": 2}',
  '[1 2]',
  '{"a": tru}',
  '[true, fals]',
  'nul',
  '{"a": NaN}',
  '{"a": undefined}',
  '{"a": -Infinity}',
  '{"a": -}',
  '{"a": +1}',
  '[01]',
  '{"a": 1.}',
  '{"a": .5}',
  '{"a": 1e}',
  '{"a": 0x10}',
  '{"a": 54,34}',
  '{"a": "b"\n, "c": 1.2.3}',
  '{"a": "x\ty"}',
  '{"a": "\\x"}',
  '{"a": "\\u12G4"}',
  '{"a": "abc',
  '"abc\\',
  '{"a": [1, 2}',
  '{"a": 1',
  '[1,2,3',
  '{"a":{"b":[{"c":}]}}',
  '{} x',
  '{"a":1}}',
  '{"a": 1, // năm 2022\n "b": 2}',
  '\n\n  {"a":\n  [1, 2,\n ]}',
  '{&quot;a&quot;: 1}',
  '<!DOCTYPE html><p>x</p>',
  '',
  '   ',
];

/** V8's own account of where `text` breaks: its position, the token it names, or the end. */
function v8Break(text: string): { position?: number; token?: string; end?: true } {
  try {
    JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message)?.[1];
    if (position) return { position: +position };
    const token = /^Unexpected token '(.)'/.exec(message)?.[1];
    if (token) return { token };
    if (/Unexpected end of JSON input/.test(message)) return { end: true };
    throw new Error(`V8's message names no place: ${message}`);
  }
  throw new Error(`${JSON.stringify(text)} parses`);
}

describe('where broken JSON breaks, for a browser that does not say (Safari)', () => {
  test('the same place V8 names, in each broken text', () => {
    for (const text of BROKEN) {
      const v8 = v8Break(text);
      const at = jsonBreak(text);
      const label = JSON.stringify(text);
      if (v8.position !== undefined) assert.equal(at, v8.position, label);
      else if (v8.token) assert.equal(at === undefined ? undefined : text[at], v8.token, label);
      else assert.equal(at, text.length, label);
    }
  });

  test('nothing, in JSON that parses', () => {
    for (const text of [
      '{}',
      ' [ ] ',
      '{"a": [1, -2.5e-3, 0, true, false, null, "\\u00e9\\n\\"", {"b": {}}]}',
      '"x"',
      '0',
      '\n{"tên": "Tỷ lệ dịch vụ công trực tuyến", "value": 54.34}\n',
    ]) {
      JSON.parse(text);
      assert.equal(jsonBreak(text), undefined, text);
    }
  });

  test("the error says the line and column that Safari's message lacks, and not its words", () => {
    const text = '{\n  "name": "Tỷ lệ",\n  “value”: 54.34\n}';
    const error = describeJsonError(text, "JSON Parse error: Expected '}'");
    assert.match(error.message.vi, /^JSON không hợp lệ ở dòng 3, cột 3\. Gợi ý: dùng nháy thẳng/);
    assert.match(error.message.en, /^Invalid JSON at line 3, column 3\. Hint: use straight quotes/);
  });
});
