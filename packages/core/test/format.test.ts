import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  computeChange,
  figureChange,
  percentOf,
  totalsDiffer,
  spokenPoints,
  formatChange,
  formatDifference,
  formatCompact,
  formatNumber,
  formatTargetValue,
  formatTargetWords,
  formatValue,
  localize,
  movement,
  localizedLang,
  foreignLang,
} from '../src/format/index.js';
import { matchLocale, resolveLocale } from '../src/i18n/index.js';

describe('numbers', () => {
  test('vi-VN uses a decimal comma and a thousands dot; en the reverse', () => {
    assert.equal(formatNumber(1234.5, 'vi'), '1.234,5');
    assert.equal(formatNumber(1234.5, 'en'), '1,234.5');
  });
  test('a value too small for its decimals keeps two significant digits, never "0"', () => {
    assert.equal(formatNumber(0.004, 'vi'), '0,004');
    assert.equal(formatNumber(0.000123, 'vi'), '0,00012');
    assert.equal(formatNumber(-0.001, 'vi'), '-0,001');
    assert.equal(formatNumber(0.3, 'en', { maxDecimals: 0 }), '0.3');
    assert.equal(formatValue(0.004, { unit: '%' }, 'vi'), '0,004%');
    assert.equal(formatValue(0.0004, { unit: 'index' }, 'vi'), '0,0004');
    // Decimals that show the value are left as asked.
    assert.equal(formatNumber(0.01, 'vi'), '0,01');
    assert.equal(formatNumber(1.004, 'vi'), '1');
  });
  test('arithmetic noise reads 0, never -0', () => {
    assert.equal(formatNumber(0.1 + 0.2 - 0.3, 'vi'), '0');
    assert.equal(formatNumber(0.3 - 0.1 - 0.2, 'vi'), '0');
    assert.equal(formatNumber(0, 'en'), '0');
  });
  test('a 5 at the last shown decimal rounds half up as written, away from zero when negative', () => {
    // Each double here lies just below its tie (54.345 is 54.34499…): ECMA-402 rounds the
    // shortest decimal, Number::toString(x), as the reports do; toFixed would round down.
    assert.equal(formatNumber(54.345, 'vi'), '54,35');
    assert.equal(formatNumber(-54.345, 'vi'), '-54,35');
    assert.equal(formatNumber(1.005, 'en'), '1.01');
    assert.equal(formatNumber(2.675, 'en'), '2.68');
    assert.equal(formatNumber(-2.675, 'en'), '-2.68');
    assert.equal(formatCompact(1_455_000, 'vi'), '1,46 triệu');
  });
  test('compact numbers use the words the reports use', () => {
    assert.equal(formatCompact(2_800_000, 'vi'), '2,8 triệu');
    // The reports' own two decimals are kept: "khoảng 2,36 triệu", "hơn 3,88 triệu" (both
    // bc-2022-12-28); one decimal read "hơn 3,9 triệu", more than the report claims.
    assert.equal(formatCompact(2_360_000, 'vi'), '2,36 triệu');
    assert.equal(formatCompact(3_880_000, 'en'), '3.88 million');
    assert.equal(formatCompact(2_800_000, 'en'), '2.8 million');
    assert.equal(formatCompact(860_000_000, 'vi'), '860 triệu');
    assert.equal(formatCompact(80_698, 'vi'), '80.698');
  });
});

describe('localized text', () => {
  test('an English page gets the English text, or the Vietnamese one marked as such', () => {
    const both = { vi: 'Bộ Tài chính', en: 'Ministry of Finance' };
    const viOnly = { vi: 'Bộ Tài chính' };
    assert.equal(localize(both, 'en'), 'Ministry of Finance');
    assert.equal(localizedLang(both, 'en'), 'en');
    assert.equal(localize(viOnly, 'en'), 'Bộ Tài chính');
    assert.equal(localizedLang(viOnly, 'en'), 'vi');
    assert.equal(localizedLang(viOnly, 'vi'), 'vi');
    assert.equal(localizedLang(undefined, 'en'), 'en');
    assert.equal(foreignLang(viOnly, 'en'), 'vi');
    assert.equal(foreignLang(both, 'en'), undefined);
    assert.equal(foreignLang(viOnly, 'vi'), undefined);
  });
});

describe('values with units', () => {
  test('percent, speed, index, money, counts', () => {
    assert.equal(formatValue(54.34, { unit: '%' }, 'vi'), '54,34%');
    assert.equal(formatValue(54.34, { unit: '%' }, 'en'), '54.34%');
    assert.equal(formatValue(79.95, { unit: 'Mbps' }, 'vi'), '79,95 Mbps');
    assert.equal(formatValue(0.71, { unit: 'index' }, 'vi'), '0,71');
    assert.equal(formatValue(0.8002, { unit: 'index' }, 'vi'), '0,8002');
    assert.equal(formatValue(3_319_300_000_000, { unit: 'VND' }, 'vi'), '3.319,3 tỷ đồng');
    assert.equal(formatValue(3_319_300_000_000, { unit: 'VND' }, 'en'), 'VND 3,319.3 billion');
    assert.equal(
      formatValue(
        2_800_000,
        { unit: 'count', unitLabel: { vi: 'giao dịch/ngày', en: 'transactions a day' } },
        'en',
      ),
      '2.8 million transactions a day',
    );
    assert.equal(
      formatValue(21, { unit: 'count', unitLabel: { vi: 'dịch vụ' } }, 'vi', { total: 25 }),
      '21/25 dịch vụ',
    );
    assert.equal(formatValue(4.8, { unit: 'times' }, 'vi'), 'gấp 4,8 lần');
  });
  test('targets as formulas and as the reports word them', () => {
    assert.equal(formatTargetValue('>=', 50, { unit: '%' }, 'vi'), '≥ 50%');
    assert.equal(formatTargetValue('>=', 25, { unit: 'count' }, 'vi', 25), '25/25');
    // Part of a count keeps its comparison: "≥ 20/25" is not exactly 20.
    assert.equal(formatTargetValue('>=', 20, { unit: 'count' }, 'vi', 25), '≥ 20/25');
    assert.equal(formatTargetValue('=', 20, { unit: 'count' }, 'en', 25), '20/25');
    // A multiple after a symbol: "≥ 2 lần"; "≥ gấp 2 lần" says the comparison twice.
    assert.equal(formatTargetValue('>=', 2, { unit: 'times' }, 'vi'), '≥ 2 lần');
    assert.equal(formatTargetValue('>=', 2, { unit: 'times' }, 'en'), '≥ 2×');
    assert.equal(formatTargetWords('>=', 2, { unit: 'times' }, 'vi'), 'Tối thiểu gấp 2 lần');
    assert.equal(formatTargetValue('=', 100, { unit: '%' }, 'vi'), '= 100%');
    assert.equal(formatTargetWords('>', 60, { unit: '%' }, 'vi'), 'Trên 60%');
    assert.equal(formatTargetWords('=', 100, { unit: '%' }, 'vi'), '100%');
    assert.equal(formatTargetWords('<=', 5, { unit: '%' }, 'en'), 'At most 5%');
  });
  test('changes carry an arrow, not only a colour', () => {
    assert.equal(formatChange(computeChange(79.95, 61.68), { unit: 'Mbps' }, 'vi'), '▲ 29,6%');
    assert.equal(formatChange(computeChange(75, 71.75), { unit: '%' }, 'vi'), '▲ 3,25 điểm\u00a0%');
    assert.equal(formatChange(computeChange(8, 10), { unit: 'count' }, 'en'), '▼ 20%');
    assert.equal(computeChange(5, 0).ratio, undefined);
  });
  test('says English points in words, one of them singular', () => {
    assert.equal(spokenPoints('Up 17.43 pp vs 2021'), 'Up 17.43 percentage points vs 2021');
    assert.equal(
      spokenPoints('1 pp short; 1,5 pp'),
      '1 percentage point short; 1,5 percentage points',
    );
    assert.equal(spokenPoints('Tăng 4,34 điểm %'), 'Tăng 4,34 điểm %');
  });
  test('a count out of totals that differ changes by its share, in points', () => {
    const count = { unit: 'count' } as const;
    // 6/30 ministries, then 21/22 after a merger: 20% → 95,45%.
    const merged = figureChange({ value: 6, total: 30 }, { value: 21, total: 22 }, count);
    assert.equal(formatChange(merged.change, merged.info, 'vi'), '▲ 75,45 điểm\u00a0%');
    // One total, or none on one side: the counts themselves, 21 → 25 is up 19%.
    for (const [a, b] of [
      [25, 25],
      [undefined, 25],
    ] as const) {
      const same = figureChange({ value: 21, total: a }, { value: 25, total: b }, count);
      assert.equal(same.info, count);
      assert.equal(formatChange(same.change, same.info, 'en'), '▲ 19%');
    }
  });
  test('a series is drawn as shares only where every figure has a total and they differ', () => {
    // bo-nganh-ke-hoach-cds-giai-doan: 22/22, then 30/30; one without a total keeps its counts.
    assert.equal(totalsDiffer([{ total: 22 }, { total: 30 }]), true);
    assert.equal(totalsDiffer([{ total: 25 }, { total: 25 }, { total: 25 }]), false);
    assert.equal(totalsDiffer([{ total: 22 }, {}, { total: 30 }]), false);
    assert.equal(totalsDiffer([{ total: 22 }]), false);
    assert.equal(percentOf(21, 22).toFixed(2), '95.45');
  });
  test('a rank moves in places, up as its number falls, never by a percentage', () => {
    const rank = { unit: 'rank' } as const;
    assert.equal(formatChange(computeChange(77, 86), rank, 'vi'), '▲ 9 bậc');
    assert.equal(formatChange(computeChange(77, 86), rank, 'en'), '▲ 9 places');
    assert.equal(formatChange(computeChange(46, 45), rank, 'en'), '▼ 1 place');
    assert.equal(formatChange(computeChange(45, 45), rank, 'vi'), '■ 0 bậc');
    assert.equal(movement(computeChange(77, 86), 'rank'), 'up');
    assert.equal(movement(computeChange(77, 86), 'count'), 'down');
  });
  test('a difference is told in its unit\'s terms: points, places, "lần", else as a value', () => {
    assert.equal(formatDifference(-4.34, { unit: '%' }, 'vi'), '4,34 điểm\u00a0%');
    assert.equal(formatDifference(27, { unit: 'rank' }, 'vi'), '27 bậc');
    assert.equal(formatDifference(0.5, { unit: 'times' }, 'vi'), '0,5 lần');
    assert.equal(formatDifference(0.5, { unit: 'times' }, 'en'), '0.5×');
    const attacks = { unit: 'count', unitLabel: { vi: 'cuộc', en: 'attacks' } } as const;
    assert.equal(formatDifference(-2466, attacks, 'vi'), '2.466 cuộc');
    assert.equal(formatDifference(2466, attacks, 'vi', { bare: true }), '2.466');
  });
});

describe('locale resolution', () => {
  test('the first tag that is set wins; unsupported tags fall back to vi', () => {
    assert.equal(resolveLocale([undefined, 'en-GB', 'vi']), 'en');
    assert.equal(resolveLocale(['', null, 'EN']), 'en');
    assert.equal(resolveLocale(['fr', 'en']), 'vi');
    assert.equal(resolveLocale([]), 'vi');
    assert.equal(matchLocale('vi_VN'), 'vi');
  });
});

// Runs of months (2022-01/2022-11): imported here so the block stands on its own.
import { formatPeriod as formatRunPeriod, type PeriodStyle } from '../src/format/index.js';
import { period as runPeriod } from '../src/period/index.js';

describe('formatPeriod: runs of months', () => {
  const label = (key: string, locale: 'vi' | 'en', style: PeriodStyle = 'long'): string =>
    formatRunPeriod(runPeriod(key), locale, style);
  test('Vietnamese: "11 tháng đầu năm" from January, "từ … đến …" otherwise', () => {
    assert.equal(label('2022-01/2022-11', 'vi'), '11 tháng đầu năm 2022');
    assert.equal(label('2022-01/2022-05', 'vi'), '5 tháng đầu năm 2022');
    assert.equal(label('2024-03/2024-05', 'vi'), 'Từ tháng 3 đến tháng 5/2024');
    assert.equal(label('2019-11/2022-11', 'vi'), 'Từ tháng 11/2019 đến tháng 11/2022');
    assert.equal(label('2022-01/2023-11', 'vi'), 'Từ tháng 1/2022 đến tháng 11/2023');
  });
  test('Vietnamese short, for axes and narrow cells', () => {
    assert.equal(label('2022-01/2022-11', 'vi', 'short'), 'T1–T11/2022');
    assert.equal(label('2024-03/2024-05', 'vi', 'short'), 'T3–T5/2024');
    assert.equal(label('2019-11/2022-11', 'vi', 'short'), 'T11/2019–T11/2022');
  });
  test('English, long and short', () => {
    assert.equal(label('2022-01/2022-11', 'en'), 'First 11 months of 2022');
    assert.equal(label('2024-03/2024-05', 'en'), 'March–May 2024');
    assert.equal(label('2019-11/2022-11', 'en'), 'November 2019 – November 2022');
    assert.equal(label('2022-01/2022-11', 'en', 'short'), 'Jan–Nov 2022');
    assert.equal(label('2024-03/2024-05', 'en', 'short'), 'Mar–May 2024');
    assert.equal(label('2019-11/2022-11', 'en', 'short'), 'Nov 2019 – Nov 2022');
  });
  test('a run of whole years reads as the reports write it: "giai đoạn 2021–2025"', () => {
    assert.equal(label('2021-01/2025-12', 'vi'), 'Giai đoạn 2021–2025');
    assert.equal(label('2021-01/2025-12', 'vi', 'short'), '2021–2025');
    assert.equal(label('2021-01/2025-12', 'en'), '2021–2025');
    assert.equal(label('2021-01/2025-12', 'en', 'short'), '2021–2025');
    // Not whole years: months named.
    assert.equal(label('2021-01/2025-11', 'vi'), 'Từ tháng 1/2021 đến tháng 11/2025');
    assert.equal(label('2021-02/2025-12', 'en', 'short'), 'Feb 2021 – Dec 2025');
  });
  test('a run that is a calendar period reads as that period', () => {
    assert.equal(label('2022-01/2022-06', 'vi'), '6 tháng đầu năm 2022');
    assert.equal(label('2022-01/2022-12', 'vi'), 'Năm 2022');
    assert.equal(label('2024-04/2024-06', 'en'), 'Q2 2024');
  });
  test('every other period keeps its label in both languages and styles', () => {
    const all = ['2022', '2022-H2', '2024-Q3', '2024-09', '2023-02-05'];
    const table = all.map((k) =>
      (['vi', 'en'] as const).flatMap((l) => [label(k, l), label(k, l, 'short')]).join(' | '),
    );
    assert.deepEqual(table, [
      'Năm 2022 | 2022 | 2022 | 2022',
      '6 tháng cuối năm 2022 | H2/2022 | Second half of 2022 | H2 2022',
      'Quý III/2024 | Q3/2024 | Q3 2024 | Q3 2024',
      'Tháng 9/2024 | T9/2024 | September 2024 | Sep 2024',
      '05/02/2023 | 05/02/2023 | 5 February 2023 | 5 Feb 2023',
    ]);
  });
  test('inline, within a sentence: lower-cased first word, but English names of months', () => {
    assert.equal(label('2022', 'vi', 'inline'), 'năm 2022');
    assert.equal(label('2024-Q1', 'vi', 'inline'), 'quý I/2024');
    assert.equal(label('2022-01/2022-11', 'vi', 'inline'), '11 tháng đầu năm 2022');
    assert.equal(label('2024-Q1', 'en', 'inline'), 'Q1 2024');
    assert.equal(label('2022-H1', 'en', 'inline'), 'first half of 2022');
    assert.equal(label('2022-H2', 'en', 'inline'), 'second half of 2022');
    assert.equal(label('2022-01/2022-11', 'en', 'inline'), 'first 11 months of 2022');
    assert.equal(label('2024-04', 'en', 'inline'), 'April 2024');
    assert.equal(label('2024-03/2024-05', 'en', 'inline'), 'March–May 2024');
  });
});

describe('a value shown against its target', () => {
  test('gets the decimals that tell it from the target, where both would read alike', () => {
    const pct = { unit: '%' } as const;
    assert.equal(formatValue(49.996, pct, 'vi', { against: 50 }), '49,996%');
    assert.equal(formatValue(50.004, pct, 'en', { against: 50 }), '50.004%');
    assert.equal(formatValue(0.79996, { unit: 'index' }, 'vi', { against: 0.8 }), '0,79996');
    assert.equal(
      formatValue(2_799_999, { unit: 'count' }, 'vi', { against: 2_800_000 }),
      '2,799999 triệu',
    );
  });
  test('keeps its usual decimals otherwise', () => {
    const pct = { unit: '%' } as const;
    assert.equal(formatValue(54.34, pct, 'vi', { against: 50 }), '54,34%');
    assert.equal(formatValue(50, pct, 'vi', { against: 50 }), '50%');
    assert.equal(formatValue(49.99, pct, 'vi', { against: 50 }), '49,99%');
    // Past six decimals it gives up: the verdict still says which side it is on.
    assert.equal(formatValue(49.99999999, pct, 'vi', { against: 50 }), '50%');
  });
});
