/**
 * Which figure a verdict rests on, checked on the seed reports: the period asked for wins over a
 * shorter one ending with it, and one figure is no trend.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIndicator, type Indicator } from '../src/model/index.js';
import { evaluate, figuresByPeriod, knownAsOf, projectLinear } from '../src/index.js';
import { DATASET_FILES } from '../../../seeds/reports.js';
import { merged as mergedSeeds, pick, report } from './seed-data.js';

const merged = mergedSeeds();
const measure = (observations: unknown[], targets: unknown[], extra = {}): Indicator => {
  const r = parseIndicator({ id: 't', name: 'T', unit: '%', observations, targets, ...extra });
  assert.ok(r.ok);
  return r.value;
};

describe('the figure for the period asked for', () => {
  // 66% from the H1 report (2022-08) and 66% "Số liệu Quý II năm 2022" (2023-02-25, note [2]).
  const accounts = pick(merged, 'tai-khoan-thanh-toan');

  test('2022-H1 of the merged seeds rests on the H1 figure, not Q2’s ending with it', () => {
    const r = evaluate(accounts, { period: '2022-H1' });
    assert.equal(r.verdict, 'achieved');
    assert.equal(r.figure?.period.key, '2022-H1');
    assert.equal(r.explanation.vi, '66% (6 tháng đầu năm 2022) so với mục tiêu ≥ 65% (2022): Đạt');
    assert.equal(
      r.explanation.en,
      '66% (first half of 2022) against target ≥ 65% (2022): Achieved',
    );
    // Asked for Q2, Q2's; without an H1 figure, Q2's is the state at June's end, and named so.
    assert.equal(evaluate(accounts, { period: '2022-Q2' }).figure?.period.key, '2022-Q2');
    const noHalf = {
      ...accounts,
      observations: accounts.observations.filter((o) => o.period.key !== '2022-H1'),
    };
    const q2 = evaluate(noHalf, { period: '2022-H1' });
    assert.equal(q2.figure?.period.key, '2022-Q2');
    assert.equal(q2.explanation.vi, '66% (quý II/2022) so với mục tiêu ≥ 65% (2022): Đạt');
  });

  test('where the two differ, the verdict is the asked period’s', () => {
    const split = measure(
      [
        { period: '2022-H1', value: 60 },
        { period: '2022-Q2', value: 70 },
      ],
      [{ period: '2022', op: '>=', value: 65 }],
    );
    const half = evaluate(split, { period: '2022-H1', asOf: '2026' });
    assert.deepEqual([half.verdict, half.figure?.chosen.value], ['at-risk', 60]);
    const quarter = evaluate(split, { period: '2022-Q2', asOf: '2026' });
    assert.deepEqual([quarter.verdict, quarter.figure?.chosen.value], ['achieved', 70]);
    // Nothing asked: the longer, nearer the year's own.
    assert.equal(evaluate(split, { asOf: '2022-08' }).figure?.period.key, '2022-H1');
  });
});

describe('one figure is no trend', () => {
  test('the H1 report’s rows still short of 2022’s target: at risk as they stand, no "on trend"', () => {
    const ds = report('bc-2022-08.json');
    const ids = [
      'dan-so-dien-thoai-thong-minh',
      'ho-gia-dinh-cap-quang',
      'dvc-truc-tuyen-phat-sinh-ho-so',
    ].concat(['ho-so-xu-ly-truc-tuyen', 'hop-dong-dien-tu', 'du-lieu-mo', 'dnnvv-nen-tang-so']);
    for (const id of ids) {
      const r = evaluate(pick(ds, id), { period: '2022', asOf: '2022-08' });
      assert.equal(r.verdict, 'at-risk', `${id}: ${r.explanation.en}`);
      assert.equal(r.projected, undefined, id);
      assert.match(r.explanation.vi, /\(2022\): Chậm tiến độ$/);
      assert.doesNotMatch(`${r.explanation.vi} ${r.explanation.en}`, /xu hướng|on trend/);
    }
    assert.equal(
      evaluate(pick(ds, 'ho-gia-dinh-cap-quang'), { asOf: '2022-08' }).explanation.en,
      '71.75% (first half of 2022) against target ≥ 75% (2022): At risk',
    );
  });

  test('a 2023 target with only a 2022 figure (report of 2023-02-25): the figure named, no trend', () => {
    const r = evaluate(pick(report('bc-2023-02-25.json'), 'tai-khoan-thanh-toan'), {
      period: '2023',
      asOf: '2023-02-25',
    });
    assert.equal(r.verdict, 'at-risk');
    assert.equal(r.explanation.vi, '66% (quý II/2022) so với mục tiêu > 75% (2023): Chậm tiến độ');
  });

  test('one figure already past a floor is on track, without a projection', () => {
    // 11,27% of retail in H1 2022 against "> 8,5%" for 2023.
    const r = evaluate(pick(merged, 'thuong-mai-dien-tu-ban-le'), {
      period: '2023',
      asOf: '2022-08',
    });
    assert.equal(r.verdict, 'on-track');
    assert.equal(r.projected, undefined);
    assert.equal(
      r.explanation.vi,
      '11,27% (6 tháng đầu năm 2022) so với mục tiêu > 8,5% (2023): Đúng tiến độ',
    );
    // A ceiling met so far: on track as it stands, with no line drawn.
    const attacks = measure(
      [{ period: '2023', value: 40 }],
      [{ period: '2024', op: '<=', value: 50 }],
      { direction: 'lower' },
    );
    const under = evaluate(attacks, { asOf: '2024-04' });
    assert.deepEqual([under.verdict, under.projected], ['on-track', undefined]);
  });

  test('a forecast for the period itself, alone, is judged as it says, not as a trend', () => {
    const dx = measure(
      [{ period: '2023', value: 0.68, kind: 'forecast' }],
      [{ period: '2023', op: '>=', value: 0.7 }],
      { unit: 'index' },
    );
    const r = evaluate(dx, { asOf: '2023-10' });
    assert.equal(r.verdict, 'at-risk');
    assert.equal(r.explanation.vi, '0,68 (dự báo) so với mục tiêu ≥ 0,70 (2023): Chậm tiến độ');
  });

  test('two figures ending together are still one point: no line', () => {
    const tied = measure(
      [
        { period: '2022-H1', value: 40 },
        { period: '2022-Q2', value: 45 },
      ],
      [{ period: '2022', op: '>=', value: 50 }],
    );
    assert.equal(projectLinear(figuresByPeriod(tied), Date.UTC(2023, 0, 1)), undefined);
    const r = evaluate(tied, { asOf: '2022-08' });
    assert.deepEqual([r.verdict, r.projected], ['at-risk', undefined]);
  });

  test('a part of the last figure’s period is not an earlier state: no line through it', () => {
    // Merged seeds: e-commerce at 11,27% of retail in 2022-H1 (bc-2022-08), 7,5% forecast for
    // 2022 (bc-2022-12-28). The line through both read 0,02% for 2023's "trên 8,5%".
    const retail = pick(merged, 'thuong-mai-dien-tu-ban-le');
    const r = evaluate(retail, { period: '2023', asOf: '2023-10' });
    assert.deepEqual(
      [r.verdict, r.projected, r.figure?.period.key],
      ['at-risk', undefined, '2022'],
    );
    assert.equal(
      r.explanation.vi,
      '7,5% (dự báo, 2022) so với mục tiêu > 8,5% (2023): Chậm tiến độ',
    );
    // An earlier year still makes a line with the last one, the half-year inside it skipped.
    const withYear = measure(
      [
        { period: '2021', value: 5 },
        { period: '2022-H1', value: 11.27 },
        { period: '2022', value: 7.5 },
      ],
      [{ period: '2023', op: '>', value: 8.5 }],
    );
    const line = evaluate(withYear, { asOf: '2023-10' });
    assert.equal(line.verdict, 'on-track');
    assert.ok(Math.abs((line.projected ?? NaN) - 10) < 0.01, String(line.projected));
  });

  test('a projection just short of its target is never written as the target', () => {
    const near = measure(
      [
        { period: '2021', value: 40 },
        { period: '2022', value: 44.998 },
      ],
      [{ period: '2023', op: '>=', value: 50 }],
    );
    const r = evaluate(near, { asOf: '2023-06' });
    assert.equal(r.verdict, 'at-risk');
    assert.match(r.explanation.vi, /dự kiến theo xu hướng: 49,996%: Chậm tiến độ$/);
  });

  test('every seed projection, each report at its date and all merged, rests on two moments', () => {
    const dates = ['2022-08', '2022-12-28', '2023-02-25', '2023-12', '2024-04', '2026'];
    const cases = [
      ...DATASET_FILES.map((f) => [report(f), [report(f).source?.date.key ?? '']] as const),
      [merged, dates] as const,
    ];
    let projected = 0;
    for (const [ds, asOfs] of cases) {
      for (const ind of ds.indicators) {
        const periods = [
          undefined,
          ...ind.targets.map((t) => (t.kind === 'milestone' ? t.due : t.period).key),
        ];
        for (const asOf of asOfs) {
          for (const period of periods) {
            const r = evaluate(ind, { asOf, ...(period && { period }) });
            const said = /xu hướng/.test(r.explanation.vi) || /on trend/.test(r.explanation.en);
            assert.equal(said, r.projected !== undefined, r.explanation.en);
            if (r.projected === undefined) continue;
            projected++;
            const ends = new Set(
              figuresByPeriod(knownAsOf(ind, asOf))
                .filter(
                  (f) =>
                    f.chosen.value !== undefined && f.period.end <= (r.figure?.period.end ?? 0),
                )
                .map((f) => f.period.end),
            );
            assert.ok(ends.size >= 2, `${ind.id} ${period} ${asOf}: ${r.explanation.en}`);
          }
        }
      }
    }
    assert.ok(projected > 10, String(projected));
  });
});
