/** A key given twice in one JSON object is an error at its path, never a value silently lost. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJson, parseJsonDeferred } from '../src/index.js';

const errorOf = (text: string): [string, string] | undefined => {
  const r = parseJson(text);
  return r.ok ? undefined : [r.errors[0]?.path ?? '', r.errors[0]?.message.vi ?? ''];
};

describe('a key given twice', () => {
  test('in a map’s data: the province named twice', () => {
    assert.deepEqual(errorOf('{"Hà Nội": 1, "Hải Phòng": 3, "Hà Nội": 2}'), [
      '["Hà Nội"]',
      '["Hà Nội"]: có hai lần trong cùng một đối tượng: chỉ giá trị sau được đọc; xóa một',
    ]);
  });
  test('deep in a dataset: the path names the object', () => {
    const text = JSON.stringify({
      indicators: [{ id: 'a', observations: [{ period: '2022', value: 1 }] }],
    }).replace('"value":1', '"value":1,"value":2');
    assert.equal(errorOf(`[0, ${text}]`)?.[0], '[1].indicators[0].observations[0].value');
  });
  test('the same key in different objects, in strings or escaped, is no repeat', () => {
    for (const text of [
      '[{"a": 1}, {"a": 2}]',
      '{"a": {"a": 1}, "b": "\\"a\\": 2, \\"a\\": 3"}',
      '{"a\\"": 1, "a": 2}',
      '{"x": [1, {"y": 1}], "y": 2}',
      // A string that begins with ":" is no key, read from the quote that closes the one before.
      '["a", ":b", "c", ": d"]',
      '{"a": "x", "b": ":"}',
    ])
      assert.equal(errorOf(text), undefined, text);
  });
  test('the deferred parse used by the elements says it, in both languages', async () => {
    const r = await parseJsonDeferred('{"value": 54.34, "value": 60}');
    assert.ok(!r.ok);
    assert.equal(r.errors[0]?.path, 'value');
    assert.match(r.errors[0]?.message.en ?? '', /^value: given twice/);
    // Valid text without a repeat is a value at once, not a promise.
    assert.ok(!(parseJsonDeferred('{"a": [{"a": 1}]}') instanceof Promise));
  });
});
