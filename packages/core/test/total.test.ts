/**
 * `total`: a count out of a total ("21/25 dịch vụ"). A total is a whole number above 0, the
 * count is never above it, and it goes with `unit: "count"` alone; anything else is an error
 * naming the field, in both languages, not "21/0", "21/-3", "26/25" or a percentage out of 20.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import {
  parseDataset,
  parseIndicator,
  parseIndicatorDataDeferred,
  type DataError,
} from '../src/model/index.js';

// bc-2023-02-25: "21/25 dịch vụ công thiết yếu" of Đề án 06.
const ESSENTIAL = {
  id: 'dvc-thiet-yeu-de-an-06',
  name: 'Dịch vụ công thiết yếu (Đề án 06)',
  unit: 'count',
  unitLabel: 'dịch vụ',
  observations: [{ period: '2022', value: 21, total: 25 }],
  targets: [{ period: '2022', op: '>=', value: 25, total: 25 }],
};
const SHORT = { name: 'Dịch vụ công thiết yếu', value: 21, target: 25, total: 25, unit: 'count' };

function errorsOf(raw: unknown, dataset = false): readonly DataError[] {
  const r = dataset ? parseDataset(raw) : parseIndicator(raw);
  assert.ok(!r.ok, 'expected an error');
  return r.errors;
}

/** The one error: its path, and its words in vi and en (each starting with the path). */
function onlyError(raw: unknown, dataset = false): { path: string; vi: string; en: string } {
  const errors = errorsOf(raw, dataset);
  assert.equal(errors.length, 1, errors.map((e) => e.message.en).join('; '));
  const [e] = errors as [DataError];
  assert.equal(e.code, 'invalid-data');
  assert.ok(e.message.vi.startsWith(`${e.path}: `), e.message.vi);
  assert.ok(e.message.en.startsWith(`${e.path}: `), e.message.en);
  return { path: e.path, ...e.message };
}

const withObservation = (o: object) => ({ ...ESSENTIAL, observations: [o] });
const withTarget = (t: object) => ({ ...ESSENTIAL, targets: [t] });

describe('total', () => {
  test('a count out of its total, or all of it, is valid in both forms', () => {
    for (const raw of [
      ESSENTIAL,
      SHORT,
      { ...SHORT, value: 25 },
      withObservation({ period: '2022', value: 0, total: 25 }),
    ]) {
      const r = parseIndicator(raw);
      assert.ok(r.ok, r.ok ? '' : r.errors.map((e) => e.message.en).join('; '));
    }
  });

  test('is a whole number above 0: 0, -3 and 2.5 are errors at the total', () => {
    for (const total of [0, -3, 2.5, Infinity]) {
      const full = onlyError(withObservation({ period: '2022', value: 0, total }));
      assert.equal(full.path, 'observations[0].total');
      assert.match(full.en, /a total must be a whole number above 0, got (-3|0|2\.5|Infinity)$/);
      assert.match(full.vi, /tổng phải là số nguyên lớn hơn 0, nhận được/);
      assert.equal(onlyError({ ...SHORT, value: 0, target: 0, total }).path, 'total');
      assert.equal(
        onlyError(withTarget({ period: '2022', op: '>=', value: 0, total })).path,
        'targets[0].total',
      );
    }
    // Told once: not again as a value above a total of 0.
    const e = onlyError({ ...SHORT, total: 0 });
    assert.equal(e.en, 'total: a total must be a whole number above 0, got 0');
  });

  test('a figure or a target above its total is an error at its value', () => {
    const obs = onlyError(withObservation({ period: '2022', value: 26, total: 25 }));
    assert.equal(obs.path, 'observations[0].value');
    assert.equal(obs.en, 'observations[0].value: value 26 is above its total 25');
    assert.equal(obs.vi, 'observations[0].value: giá trị 26 lớn hơn tổng số 25');
    // bc-2024-04: 21/22 ministries; a target of 30 out of those 22 cannot be met.
    const target = onlyError(withTarget({ period: '2024', op: '>=', value: 30, total: 22 }));
    assert.equal(target.en, 'targets[0].value: value 30 is above its total 22');
    // The short form names the field as typed.
    assert.equal(onlyError({ ...SHORT, value: 26 }).en, 'value: value 26 is above its total 25');
    const short = onlyError({ ...SHORT, target: 30 });
    assert.equal(short.en, 'target: target 30 is above its total 25');
    assert.equal(short.vi, 'target: mục tiêu 30 lớn hơn tổng số 25');
  });

  test('goes with unit "count" alone, told at the first total', () => {
    const pct = onlyError({ ...SHORT, unit: '%', value: 19, target: 20, total: 20 });
    assert.equal(pct.path, 'total');
    assert.equal(pct.en, 'total: a total needs unit "count", not "%"');
    assert.equal(pct.vi, 'total: total chỉ dùng với unit "count", không với "%"');
    // No unit reads as a count: `<cds-kpi-gauge value="21" total="25">` shows 21/25.
    assert.ok(parseIndicator({ ...SHORT, unit: undefined }).ok);
    const share = {
      ...ESSENTIAL,
      unit: '%',
      observations: [{ period: '2021', value: 20 }, ...ESSENTIAL.observations],
    };
    assert.equal(onlyError(share).path, 'observations[1].total');
    const targetOnly = { ...ESSENTIAL, unit: 'index', observations: [] };
    assert.equal(onlyError(targetOnly).path, 'targets[0].total');
    // In a dataset, under the indicator's index.
    const ds = { indicators: [ESSENTIAL, { ...ESSENTIAL, id: 'b', unit: 'number' }] };
    assert.equal(onlyError(ds, true).path, 'indicators[1].observations[0].total');
  });

  test('a page that loads the wording later says the same', async () => {
    const r = await parseIndicatorDataDeferred([SHORT, { ...SHORT, value: 26 }]);
    assert.ok(!r.ok);
    assert.deepEqual(
      r.errors.map((e) => e.message.en),
      ['[1].value: value 26 is above its total 25'],
    );
  });

  test('every seed with a total still parses: all are counts, none above its total', () => {
    const dir = new URL('../../../seeds/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    assert.ok(files.length >= 5);
    let totals = 0;
    for (const f of files) {
      const r = parseDataset(JSON.parse(readFileSync(new URL(f, dir), 'utf8')));
      assert.ok(r.ok, `${f}: ${r.ok ? '' : r.errors.map((e) => e.message.en).join('; ')}`);
      for (const ind of r.value.indicators)
        for (const o of ind.observations) if (o.total !== undefined) totals++;
    }
    assert.ok(totals > 40, `${totals} totals in the seeds`);
  });
});
