import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { comparePeriods, parsePeriod, period, periodContains } from '../src/period/index.js';
import { formatPeriod } from '../src/format/index.js';

describe('parsePeriod', () => {
  test('reads every granularity the reports use', () => {
    assert.deepEqual(
      ['2022', '2022-H1', '2022-H2', '2024-Q1', '2024-04', '2023-02-25'].map(
        (s) => parsePeriod(s)?.granularity,
      ),
      ['year', 'half', 'half', 'quarter', 'month', 'day'],
    );
  });
  test('places periods at the right UTC instants', () => {
    assert.equal(period('2022-H1').start, Date.UTC(2022, 0, 1));
    assert.equal(period('2022-H1').end, Date.UTC(2022, 6, 1));
    assert.equal(period('2024-Q4').end, Date.UTC(2025, 0, 1));
    assert.equal(period('2024-12').end, Date.UTC(2025, 0, 1));
    assert.equal(period('2023-02-25').end, Date.UTC(2023, 1, 26));
  });
  test('rejects what is not a period', () => {
    for (const bad of [
      '',
      '22',
      '2022-H3',
      '2022-Q5',
      '2022-13',
      '2023-02-30',
      '2022-1',
      'năm 2022',
      '2022-00',
    ]) {
      assert.equal(parsePeriod(bad), undefined, bad);
    }
  });
});

describe('ordering and containment', () => {
  test('orders mixed granularity chronologically by end, longer first on a tie', () => {
    const keys = ['2024-04', '2022', '2022-H1', '2021', '2022-H2', '2024-Q1'];
    const sorted = keys
      .map(period)
      .sort(comparePeriods)
      .map((p) => p.key);
    assert.deepEqual(sorted, ['2021', '2022-H1', '2022', '2022-H2', '2024-Q1', '2024-04']);
  });
  test('a half lies within its year, not the next', () => {
    assert.equal(periodContains(period('2022'), period('2022-H1')), true);
    assert.equal(periodContains(period('2023'), period('2022-H2')), false);
    assert.equal(periodContains(period('2022-H1'), period('2022')), false);
  });
});

describe('formatPeriod', () => {
  test('Vietnamese labels as the reports write them', () => {
    assert.equal(formatPeriod(period('2022'), 'vi'), 'Năm 2022');
    assert.equal(formatPeriod(period('2022-H1'), 'vi'), '6 tháng đầu năm 2022');
    assert.equal(formatPeriod(period('2022-H2'), 'vi'), '6 tháng cuối năm 2022');
    assert.equal(formatPeriod(period('2024-Q1'), 'vi'), 'Quý I/2024');
    assert.equal(formatPeriod(period('2024-Q4'), 'vi'), 'Quý IV/2024');
    assert.equal(formatPeriod(period('2024-04'), 'vi'), 'Tháng 4/2024');
    assert.equal(formatPeriod(period('2023-02-25'), 'vi'), '25/02/2023');
    assert.equal(formatPeriod(period('2022'), 'vi', 'short'), '2022');
  });
  test('English labels', () => {
    assert.equal(formatPeriod(period('2022-H1'), 'en'), 'First half of 2022');
    assert.equal(formatPeriod(period('2022-H1'), 'en', 'short'), 'H1 2022');
    assert.equal(formatPeriod(period('2024-Q1'), 'en'), 'Q1 2024');
    assert.equal(formatPeriod(period('2024-04'), 'en'), 'April 2024');
    assert.equal(formatPeriod(period('2023-02-25'), 'en', 'short'), '25 Feb 2023');
  });
});
