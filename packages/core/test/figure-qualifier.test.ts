/** A figure the reports qualify ("hơn 1 tỷ", "khoảng 28 triệu") keeps its word beside the value. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, figureQualifier, parseIndicator } from '../src/index.js';
import { merged, pick } from './seed-data.js';

const ds = merged();

describe('figureQualifier', () => {
  test('takes the word the report printed, and the data’s English for it', () => {
    // bc-2022-12-28: "hơn 320.000" members of community digital technology teams.
    const o = pick(ds, 'thanh-vien-to-cong-nghe-so-cong-dong').observations.find((x) => x.text);
    assert.ok(o);
    assert.equal(figureQualifier(o, 'vi'), 'hơn ');
    assert.equal(figureQualifier(o, 'en'), 'over ');
  });
  test('gives English words where the data has no English', () => {
    for (const [vi, en] of [
      ['khoảng 28 triệu', 'about '],
      ['gần 2.500', 'nearly '],
      ['trên 7 triệu', 'over '],
      ['khoảng hơn 1 triệu', 'just over '],
    ] as const) {
      assert.equal(figureQualifier({ value: 1, text: { vi } }, 'en'), en, vi);
      assert.equal(figureQualifier({ value: 1, text: { vi } }, 'vi'), vi.replace(/\d.*/, ''));
    }
  });
  test('says nothing for other words, a text without a value, or no text', () => {
    assert.equal(figureQualifier({ value: 90, text: { vi: 'Đạt 90%' } }, 'vi'), '');
    assert.equal(figureQualifier({ text: { vi: 'hơn 90' } }, 'vi'), '');
    assert.equal(figureQualifier({ value: 90 }, 'en'), '');
  });
});

describe('the explanation of a qualified figure', () => {
  test('keeps "hơn" before the value against its target', () => {
    const r = parseIndicator({
      id: 'kenh',
      name: 'Kênh',
      unit: 'count',
      observations: [
        { period: '2022', value: 125000, text: { vi: 'hơn 125.000', en: 'over 125,000' } },
      ],
      targets: [{ period: '2022', op: '>=', value: 100000 }],
    });
    assert.ok(r.ok);
    const s = evaluate(r.value, { asOf: '2023' });
    // A sentence of its own (the gauge's caption): it opens with a capital.
    assert.equal(s.explanation.vi, 'Hơn 125.000 so với mục tiêu ≥ 100.000 (2022): Đạt');
    assert.equal(s.explanation.en, 'Over 125,000 against target ≥ 100,000 (2022): Achieved');
  });
});
