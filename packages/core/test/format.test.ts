import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  computeChange,
  formatChange,
  formatCompact,
  formatNumber,
  formatTargetValue,
  formatTargetWords,
  formatValue,
  localize,
  localizedLang,
  foreignLang,
} from '../src/format/index.js';
import { matchLocale, resolveLocale } from '../src/i18n/index.js';

describe('numbers', () => {
  test('vi-VN uses a decimal comma and a thousands dot; en the reverse', () => {
    assert.equal(formatNumber(1234.5, 'vi'), '1.234,5');
    assert.equal(formatNumber(1234.5, 'en'), '1,234.5');
    assert.equal(formatNumber(-0.001, 'vi'), '0');
  });
  test('compact numbers use the words the reports use', () => {
    assert.equal(formatCompact(2_800_000, 'vi'), '2,8 triệu');
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
    assert.equal(formatTargetWords('>', 60, { unit: '%' }, 'vi'), 'Trên 60%');
    assert.equal(formatTargetWords('=', 100, { unit: '%' }, 'vi'), '100%');
    assert.equal(formatTargetWords('<=', 5, { unit: '%' }, 'en'), 'At most 5%');
  });
  test('changes carry an arrow, not only a colour', () => {
    assert.equal(formatChange(computeChange(79.95, 61.68), { unit: 'Mbps' }, 'vi'), '▲ 29,6%');
    assert.equal(formatChange(computeChange(75, 71.75), { unit: '%' }, 'vi'), '▲ 3,25 điểm %');
    assert.equal(formatChange(computeChange(8, 10), { unit: 'count' }, 'en'), '▼ 20%');
    assert.equal(computeChange(5, 0).ratio, undefined);
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
