import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  comparePeriods,
  parsePeriod,
  period,
  periodContains,
  sameLength,
  periodMidpoint,
} from '../src/period/index.js';
import { formatPeriod } from '../src/format/index.js';
import { parseIndicatorData } from '../src/model/index.js';

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
  test('a year outside 1900–2100 is a mistyped century: rejected, never moved to 19xx', () => {
    // Date.UTC reads years 0–99 as 1900–1999: "0022" would be filed under 1922.
    for (const bad of [
      '0000',
      '0022',
      '0099-H1',
      '0022-Q1',
      '0022-04',
      '0022-02-25',
      '0021-01/0022-11',
      '1899',
      '2101',
      '9999-12-31',
      '2022-01/2101-12',
    ]) {
      assert.equal(parsePeriod(bad), undefined, bad);
    }
    // Both bounds are read, at their own instants.
    assert.equal(period('1900').start, Date.UTC(1900, 0, 1));
    assert.equal(period('2100-12').end, Date.UTC(2101, 0, 1));
    // In data it is a bad period like any other, said in both languages.
    const r = parseIndicatorData({ name: 'x', value: 1, unit: '%', period: '0022' });
    assert.ok(!r.ok);
    assert.deepEqual(r.errors[0]?.message, {
      vi: 'period: kỳ không hợp lệ "0022": năm từ 1900 đến 2100',
      en: 'period: invalid period "0022": a year from 1900 to 2100',
    });
    // A year in range keeps the list of shapes.
    const shape = parseIndicatorData({ name: 'x', value: 1, unit: '%', period: '2022-13' });
    assert.ok(!shape.ok);
    assert.match(shape.errors[0]?.message.vi ?? '', /dùng 2022, 2022-H1/);
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
  test('periods as long as each other: a leap year, 28- and 31-day months, not 5 and 11 months', () => {
    assert.equal(sameLength(period('2024'), period('2023')), true);
    assert.equal(sameLength(period('2023-02'), period('2023-03')), true);
    assert.equal(sameLength(period('2024-Q1'), period('2022-Q3')), true);
    assert.equal(sameLength(period('2022'), period('2024-Q1')), false);
    assert.equal(sameLength(period('2022-01/2022-05'), period('2022-01/2022-11')), false);
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

describe('runs of whole months (2022-01/2022-11)', () => {
  test('reads a run as its first month to the end of its last one, across years too', () => {
    const p = period('2022-01/2022-11');
    assert.equal(p.granularity, 'months');
    assert.equal(p.key, '2022-01/2022-11');
    assert.equal(p.year, 2022);
    assert.equal(p.index, 1);
    assert.equal(p.start, Date.UTC(2022, 0, 1));
    assert.equal(p.end, Date.UTC(2022, 11, 1));
    const launch = period(' 2019-11/2022-11 ');
    assert.equal(launch.key, '2019-11/2022-11');
    assert.equal(launch.year, 2019);
    assert.equal(launch.index, 11);
    assert.equal(launch.start, Date.UTC(2019, 10, 1));
    assert.equal(launch.end, Date.UTC(2022, 11, 1));
    assert.equal(period('2022-12/2023-01').end, Date.UTC(2023, 1, 1));
  });
  test('a run that is a calendar period is that period, never a second key for it', () => {
    const same: [string, string][] = [
      ['2022-01/2022-12', '2022'],
      ['2022-01/2022-06', '2022-H1'],
      ['2022-07/2022-12', '2022-H2'],
      ['2022-04/2022-06', '2022-Q2'],
      ['2024-10/2024-12', '2024-Q4'],
      ['2022-04/2022-04', '2022-04'],
    ];
    for (const [run, key] of same) assert.deepEqual(parsePeriod(run), parsePeriod(key), run);
    // Six or three months that do not start a half or a quarter, and two whole years, stay runs.
    for (const run of ['2022-02/2022-07', '2022-02/2022-04', '2022-01/2023-12', '2021-07/2022-06'])
      assert.equal(parsePeriod(run)?.granularity, 'months', run);
  });
  test('rejects a run that ends before it starts, and malformed runs', () => {
    for (const bad of [
      '2022-11/2022-01',
      '2022-01/2021-12',
      '2022-1/2022-11',
      '2022-01/22-11',
      '2022-01/2022-13',
      '2022-00/2022-05',
      '2022-01/2022-11-30',
      '2022-01-01/2022-11-30',
      '2022-01-2022-11',
      '2022-01/',
      '/2022-11',
      '2022-H1/2022-H2',
      '2022/2023',
      '2022-01 / 2022-11',
      '2022-01/2022-11/2022-12',
    ]) {
      assert.equal(parsePeriod(bad), undefined, bad);
    }
  });
  test('orders by end, the longer first; contains and is contained by its instants', () => {
    const keys = [
      '2022-11',
      '2022',
      '2022-01/2022-11',
      '2022-H2',
      '2019-11/2022-11',
      '2021',
      '2022-06/2022-08',
      '2022-Q3',
    ];
    assert.deepEqual(
      keys
        .map(period)
        .sort(comparePeriods)
        .map((p) => p.key),
      [
        '2021',
        '2022-06/2022-08',
        '2022-Q3',
        '2019-11/2022-11',
        '2022-01/2022-11',
        '2022-11',
        '2022',
        '2022-H2',
      ],
    );
    const run = period('2022-01/2022-11');
    assert.equal(periodContains(period('2022'), run), true);
    assert.equal(periodContains(run, period('2022-Q3')), true);
    assert.equal(periodContains(run, period('2022-11-30')), true);
    assert.equal(periodContains(run, period('2022-12')), false);
    assert.equal(periodContains(run, period('2022-H2')), false);
    // A run across years lies in neither year.
    assert.equal(periodContains(period('2022'), period('2021-11/2022-10')), false);
    assert.equal(periodContains(period('2021'), period('2021-11/2022-10')), false);
  });
  test('its midpoint is the middle of its true length', () => {
    // 1 January + 334 days / 2 = 17 June.
    assert.equal(periodMidpoint(period('2022-01/2022-11')), Date.UTC(2022, 5, 17));
    assert.equal(periodMidpoint(period('2022-01/2022-12')), periodMidpoint(period('2022')));
  });
});
