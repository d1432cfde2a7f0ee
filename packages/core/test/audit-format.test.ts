import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCompact, formatValue } from '../src/format/index.js';

describe('a scale word, where rounding reaches the next one', () => {
  test('999 999 999 reads "1 tỷ", never "1.000 triệu"', () => {
    const count = { unit: 'count' } as const;
    assert.equal(formatValue(999_999_999, count, 'vi'), '1 tỷ');
    assert.equal(formatValue(999_995_000, count, 'en'), '1 billion');
    assert.equal(formatValue(-999_999_999, count, 'vi'), '-1 tỷ');
    assert.equal(formatValue(999_500_000, count, 'vi', { maxDecimals: 0 }), '1 tỷ');
    assert.equal(formatValue(999_994_000, { unit: 'USD' }, 'vi'), '999,99 triệu USD');
    assert.equal(formatCompact(999_999, 'vi', 1e3), '1 triệu');
    // tỷ is the largest word: a thousand of it stays "1.000 tỷ", as the reports write it.
    assert.equal(formatValue(999_996_000_000, { unit: 'VND' }, 'vi'), '1.000 tỷ đồng');
  });
  test('beside a target of 1 tỷ, a value just short of it says so', () => {
    const count = { unit: 'count' } as const;
    assert.equal(formatValue(999_960_000, count, 'vi', { against: 1e9 }), '999,96 triệu');
    assert.equal(formatValue(999_960_000, count, 'en', { against: 1e9 }), '999.96 million');
  });
});

describe('a plain number against its target', () => {
  test('gets the decimals that tell it from the target, as a percentage does', () => {
    const number = { unit: 'number' } as const;
    // Businesses per 1,000 people: 1,4996 is not the 1,5 it would round to.
    assert.equal(formatValue(1.4996, number, 'vi', { against: 1.5 }), '1,4996');
    assert.equal(formatValue(1.496, number, 'en', { against: 1.5 }), '1.496');
    assert.equal(formatValue(999.996, { unit: 'count' }, 'vi', { against: 1000 }), '999,996');
    // Without a target, and where the two read apart, the usual two decimals.
    assert.equal(formatValue(1.4996, number, 'vi'), '1,5');
    assert.equal(formatValue(0.694, number, 'vi', { against: 1.5 }), '0,69');
    assert.equal(formatValue(12_345.678, { unit: 'count' }, 'vi', { maxDecimals: 2 }), '12.346');
  });
});
