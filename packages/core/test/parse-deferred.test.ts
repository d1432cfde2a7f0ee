import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  parseIndicatorData,
  parseIndicatorDataDeferred,
  parseWithDeferredWording,
} from '../src/model/index.js';

const valid = [
  { name: 'Tỷ lệ hồ sơ trực tuyến', value: 54.34, target: 50, unit: '%', period: '2022' },
  [
    { id: 'a', name: 'A', observations: [{ period: '2022', value: 1 }] },
    { id: 'b', name: 'B', targets: [{ due: '2023-12' }] },
  ],
  {
    source: { id: 'bc', title: 'Báo cáo', date: '2023-02-25' },
    indicators: [{ id: 'dti', name: 'DTI', unit: 'index' }],
    regional: [{ indicator: 'dti', values: { '48': 0.8 } }],
    tables: [{ id: 't', title: 'Bảng', indicators: ['dti'] }],
  },
];

/** Inputs the schema rejects: their errors wait for the wording. */
const rejected = [
  { name: 'x', value: 'abc', target: 50 },
  { name: 'x', value: 5, unit: 'km' },
  { value: 5 },
  [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B', observations: [{ period: '2022-13', value: 1 }] },
  ],
  { id: 'a', name: 'A', targets: [{ due: '2023-12', vaule: 1 }] },
  { indicators: [{ id: 'a', name: 'A' }], regional: [{ indicator: 'a', values: { '48': 'x' } }] },
  'not an indicator',
  null,
];

/** Inputs that pass the schema but fail a cross-check: their errors are worded at once. */
const crossChecked = [
  {
    indicators: [
      { id: 'a', name: 'A' },
      { id: 'a', name: 'B' },
    ],
  },
  { indicators: [{ id: 'a', name: 'A' }], tables: [{ id: 't', title: 'T', indicators: ['zz'] }] },
];

describe('parseIndicatorDataDeferred', () => {
  test('answers valid data at once, with the same dataset as parseIndicatorData', () => {
    for (const input of valid) {
      const result = parseIndicatorDataDeferred(input);
      assert.ok(!(result instanceof Promise), JSON.stringify(input));
      assert.equal(result.ok, true);
      assert.deepEqual(result, parseIndicatorData(input));
    }
  });

  test('answers cross-check failures at once, with the same errors', () => {
    for (const input of crossChecked) {
      const result = parseIndicatorDataDeferred(input);
      assert.ok(!(result instanceof Promise), JSON.stringify(input));
      assert.equal(result.ok, false);
      assert.deepEqual(result, parseIndicatorData(input));
    }
  });

  test('answers schema failures with a promise of the same errors, worded in vi and en', async () => {
    for (const input of rejected) {
      const pending = parseIndicatorDataDeferred(input);
      assert.ok(pending instanceof Promise, JSON.stringify(input));
      const result = await pending;
      assert.equal(result.ok, false);
      assert.deepEqual(result, parseIndicatorData(input));
    }
    const first = await parseIndicatorDataDeferred(rejected[0]);
    assert.deepEqual(!first.ok && first.errors[0], {
      code: 'invalid-data',
      path: 'value',
      message: {
        vi: 'value: cần một số, nhận được chuỗi "abc"',
        en: 'value: expected a number, got the string "abc"',
      },
    });
  });
});

describe('parseWithDeferredWording', () => {
  // A parse that keeps going past a bad item, as the target table's does row by row.
  const eachRow = (rows: readonly unknown[]) =>
    parseWithDeferredWording((parse) => ({
      ok: true as const,
      value: rows.map((row, i) => parse.indicator(row, i)),
    }));

  test('answers at once when every schema check passes', () => {
    const result = eachRow([valid[0]]);
    assert.ok(!(result instanceof Promise));
  });

  test('waits for the wording when a schema check failed, even in a parse that succeeded', async () => {
    const pending = eachRow([valid[0], rejected[0]]);
    assert.ok(pending instanceof Promise);
    const result = await pending;
    assert.ok(result.ok);
    const second = result.value[1];
    assert.deepEqual(
      second && !second.ok && second.errors[0]?.message.vi,
      '[1].value: cần một số, nhận được chuỗi "abc"',
    );
  });
});
