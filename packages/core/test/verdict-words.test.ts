/**
 * The verdict's words beside a figure: "no data" beside a figure from another period says which
 * period's figure is missing, on the seed reports; where nothing is shown it stays "no data".
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIndicator, type Indicator } from '../src/model/index.js';
import { coreMessages, evaluate, verdictWords } from '../src/index.js';
import { merged as mergedSeeds, pick, report as seedReport } from './seed-data.js';
const report = seedReport('bc-2023-02-25.json');
const merged = mergedSeeds();
const both = (ind: Indicator, options: Parameters<typeof evaluate>[1]) => {
  const r = evaluate(ind, options);
  return { verdict: r.verdict, vi: verdictWords(r, 'vi'), en: verdictWords(r, 'en') };
};

describe('verdictWords', () => {
  test('beside 2022’s 14,26%, judged against 2023’s target, names the year missing', () => {
    // 14,26% of GDP in 2022 (bc-2022-12-28), "trên 16%" set for 2023 (bc-2023-02-25); no report
    // gives 2023.
    const gdp = pick(merged, 'ty-trong-kinh-te-so-gdp');
    assert.equal(evaluate(gdp, { asOf: '2024' }).figure?.period.key, '2022');
    assert.deepEqual(both(gdp, { asOf: '2024' }), {
      verdict: 'no-data',
      vi: 'Chưa có số liệu năm 2023',
      en: 'No figure for 2023 yet',
    });
  });

  test('beside April 2024’s 38,3%, judged against the year’s target once it is over', () => {
    // The merged reports: 38,3% processed online by April 2024, "≥ 70%" for 2024; no later figure.
    const online = pick(merged, 'ho-so-xu-ly-truc-tuyen');
    assert.equal(evaluate(online, { asOf: '2026' }).figure?.period.key, '2024-04');
    assert.deepEqual(both(online, { asOf: '2026' }), {
      verdict: 'no-data',
      vi: 'Chưa có số liệu năm 2024',
      en: 'No figure for 2024 yet',
    });
  });

  test('with nothing shown (2023 asked for, never measured) it stays “no data”', () => {
    const online = pick(report, 'ho-so-xu-ly-truc-tuyen');
    assert.equal(evaluate(online, { period: '2023', asOf: '2024' }).figure, undefined);
    assert.deepEqual(both(online, { period: '2023', asOf: '2024' }), {
      verdict: 'no-data',
      vi: 'Chưa có dữ liệu',
      en: 'No data',
    });
  });

  test('a shorter period is written inside the sentence, lower-cased', () => {
    const r = parseIndicator({
      id: 't',
      name: 'T',
      unit: '%',
      observations: [{ period: '2022-Q1', value: 30 }],
      targets: [{ period: '2022-H1', op: '>=', value: 40 }],
    });
    assert.ok(r.ok);
    assert.deepEqual(both(r.value, { asOf: '2023' }), {
      verdict: 'no-data',
      vi: 'Chưa có số liệu 6 tháng đầu năm 2022',
      en: 'No figure for first half of 2022 yet',
    });
  });

  test('every other verdict keeps its word, on every seed indicator and date', () => {
    for (const ind of merged.indicators)
      for (const asOf of ['2022-08', '2023-02-25', '2023-12', '2024-04']) {
        const r = evaluate(ind, { asOf });
        if (r.verdict === 'no-data' && r.partial && r.figure) continue;
        for (const l of ['vi', 'en'] as const)
          assert.equal(verdictWords(r, l), coreMessages[l].verdict(r.verdict), `${ind.id} ${asOf}`);
      }
  });
});
