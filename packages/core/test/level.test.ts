/**
 * `level`: figures that are levels (a stock counted at the period's end, a daily average)
 * compare across periods of any length; a count or a sum left unmarked stays a flow.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  comparesAcrossLengths,
  parseDataset,
  parseIndicator,
  type DataError,
  type Indicator,
} from '../src/model/index.js';

// "Hiện có 8,2 triệu khách hàng sử dụng dịch vụ Mobile Money" (bc-2024-04); 2.659.719 thuê
// bao in 2022 (bc-2022-12-28): subscribers counted at a date.
const UNMARKED = {
  id: 'mobile-money',
  name: 'Số thuê bao di động sử dụng dịch vụ Mobile Money',
  unit: 'count',
  unitLabel: 'thuê bao',
  observations: [
    { period: '2022', value: 2659719 },
    { period: '2024-04', value: 8.2e6 },
  ],
};
const MOBILE_MONEY = { ...UNMARKED, level: true };

function parsed(raw: object): Indicator {
  const r = parseIndicator(raw);
  assert.ok(r.ok, r.ok ? '' : r.errors.map((e) => e.message.en).join('; '));
  return r.value;
}

function errorsOf(raw: unknown, dataset = false): readonly DataError[] {
  const r = dataset ? parseDataset(raw) : parseIndicator(raw);
  assert.ok(!r.ok, 'expected an error');
  return r.errors;
}

describe('level', () => {
  test('is read from the full form and kept on the indicator', () => {
    assert.equal(parsed(MOBILE_MONEY).level, true);
    const r = parseDataset({ indicators: [MOBILE_MONEY] });
    assert.ok(r.ok);
    assert.equal(r.value.indicators[0]?.level, true);
  });

  test('defaults to the unit: a count or a sum is a flow, a share or a count of a total is not', () => {
    const unmarked = UNMARKED;
    const flow = parsed(unmarked);
    assert.equal(flow.level, undefined);
    assert.equal(comparesAcrossLengths(flow, {}), false);
    assert.equal(comparesAcrossLengths(parsed({ ...unmarked, unit: 'VND' }), {}), false);
    // Unmarked, a count out of a total and every level unit compare as before.
    assert.equal(comparesAcrossLengths(flow, { total: 25 }), true);
    for (const unit of ['%', 'index', 'rank', 'Mbps'])
      assert.equal(comparesAcrossLengths(parsed({ ...unmarked, unit }), {}), true, unit);
    // Marked: a stock or a rate compares across lengths.
    assert.equal(comparesAcrossLengths(parsed(MOBILE_MONEY), {}), true);
  });

  test('anything but true is an error naming the field, in both languages', () => {
    // `false` too: the default needs no saying, and on a share it would contradict the unit.
    for (const bad of [false, 'yes', 1, null, 'true']) {
      const [e, ...rest] = errorsOf({ ...MOBILE_MONEY, level: bad });
      assert.equal(rest.length, 0);
      assert.equal(e?.code, 'invalid-data');
      assert.equal(e?.path, 'level');
      assert.match(e?.message.vi ?? '', /cần true \(hoặc bỏ trường này\), nhận được /);
      assert.match(e?.message.en ?? '', /expected true \(or no such field\), got /);
    }
    const [e] = errorsOf({ indicators: [{ ...MOBILE_MONEY, level: 'yes' }] }, true);
    assert.equal(e?.path, 'indicators[0].level');
  });

  test('true on a share, index, rank or speed says what the unit says already: allowed', () => {
    for (const unit of ['%', 'index', 'rank', 'Mbps'])
      assert.equal(parsed({ ...UNMARKED, unit, level: true }).level, true, unit);
    const [e] = errorsOf({ ...UNMARKED, unit: '%', level: false });
    assert.match(e?.message.en ?? '', /got false/);
  });

  test('the short form has no level: one figure compares with nothing', () => {
    const [e] = errorsOf({ name: 'x', value: 5, level: true });
    assert.equal(e?.path, 'level');
  });

  test('the published JSON Schemas give it as true alone', () => {
    for (const file of ['indicator.schema.json', 'indicator-dataset.schema.json']) {
      const text = readFileSync(new URL(`../../../docs/schema/${file}`, import.meta.url), 'utf8');
      assert.match(text, /"level": \{\s*"const": true\s*\}/, file);
    }
  });
});
