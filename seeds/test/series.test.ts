/**
 * The datasets share one list of ids, so merging them joins each indicator's figures from every
 * report into one series; where reports disagree, both figures stay, each with its report.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Indicator } from '@cds-vn/core';
import { comparesAcrossLengths, evaluate, figureFor, sameLength } from '@cds-vn/core';
import { DATASET_FILES, indicator, loadMerged, loadRaw } from './helpers.js';

/** [period, value, report] for each observation, in the model's order. */
const series = (ind: Indicator) =>
  ind.observations.map((o) => [o.period.key, o.value, o.source?.id] as const);

describe('cross-report series', () => {
  const ds = loadMerged();

  test('households with fibre: 2022-H1, 2022 and 2024-04, with the 2022 and 2023 targets', () => {
    const ind = indicator(ds, 'ho-gia-dinh-cap-quang');
    assert.deepEqual(series(ind), [
      ['2022-H1', 71.75, 'bc-2022-08'],
      ['2022', 75, 'bc-2023-02-25'],
      ['2024-04', 80.2, 'bc-2024-04'],
    ]);
    const targets = ind.targets.map((t) =>
      t.kind === 'milestone' ? [] : [t.period.key, t.op, t.value],
    );
    assert.deepEqual(targets, [
      ['2022', '>=', 75],
      ['2022', '>=', 75],
      ['2023', '>', 85],
    ]);
  });

  test('share of the digital economy in GDP: 2021, 2022-H1, 2022 (estimate); > 16 % in 2023, 20 % by 2025', () => {
    const ind = indicator(ds, 'ty-trong-kinh-te-so-gdp');
    assert.deepEqual(
      ind.observations.map((o) => [o.period.key, o.value, o.kind]),
      [
        ['2021', 9.6, 'estimate'],
        ['2021', 9.6, 'estimate'],
        ['2022-H1', 10.41, 'estimate'],
        ['2022', 14.26, 'estimate'],
      ],
    );
    const targets = ind.targets.flatMap((t) =>
      t.kind === 'milestone' ? [] : [`${t.period.key} ${t.op} ${t.value}`],
    );
    assert.deepEqual([...new Set(targets)].sort(), ['2023 > 16', '2025 >= 20']);
  });

  test('the 2022 online-dossier conflict keeps both figures; the newest report is shown', () => {
    const ind = indicator(ds, 'ho-so-xu-ly-truc-tuyen');
    const in2022 = ind.observations.filter((o) => o.period.key === '2022');
    assert.deepEqual(
      in2022.map((o) => [o.value, o.source?.id]),
      [
        [52.8, 'bc-2022-12-28'],
        [54.34, 'bc-2023-02-25'],
      ],
    );
    const fig = figureFor(ind, '2022');
    assert.equal(fig?.chosen.value, 54.34);
    assert.deepEqual(
      fig?.revisions.map((o) => o.value),
      [52.8],
    );
    // Both reports call 2022 achieved against the 50 % target, and so does the engine.
    assert.equal(evaluate(ind, { period: '2022', asOf: '2024-04' }).verdict, 'achieved');
  });

  test('cyber attacks fall: lower is better', () => {
    const ind = indicator(ds, 'tan-cong-mang');
    assert.equal(ind.direction, 'lower');
    assert.deepEqual(series(ind), [
      ['2021', 9729, 'bc-2022-12-28'],
      ['2022', 12195, 'bc-2022-12-28'],
      ['2024-Q1', 2323, 'bc-2024-04'],
    ]);
  });

  test('counts against a total join across reports (essential services, Đề án 06)', () => {
    const ind = indicator(ds, 'dvc-thiet-yeu-de-an-06');
    assert.deepEqual(
      ind.observations.map((o) => [o.period.key, o.value, o.total, o.source?.id]),
      [
        ['2022', 21, 25, 'bc-2022-12-28'],
        ['2022', 21, 25, 'bc-2023-02-25'],
        ['2024-04', 25, 25, 'bc-2024-04'],
      ],
    );
  });

  test('community tech teams, national DX index and other series spanning reports', () => {
    assert.deepEqual(series(indicator(ds, 'to-cong-nghe-so-cong-dong')), [
      ['2022', 68933, 'bc-2022-12-28'],
      ['2023', 80698, 'bc-2023-12'],
    ]);
    assert.deepEqual(
      indicator(ds, 'chi-so-chuyen-doi-so-quoc-gia').observations.map((o) => [
        o.period.key,
        o.value,
        o.kind,
      ]),
      [
        ['2020', 0.48, 'actual'],
        ['2022', 0.71, 'actual'],
        ['2023', 0.75, 'forecast'],
      ],
    );
    assert.deepEqual(series(indicator(ds, 'mobile-money')), [
      ['2021', 362721, 'bc-2022-12-28'],
      ['2022', 2659719, 'bc-2022-12-28'],
      ['2024-04', 8200000, 'bc-2024-04'],
    ]);
    assert.deepEqual(series(indicator(ds, 'tai-khoan-thanh-toan')), [
      ['2022-H1', 66, 'bc-2022-08'],
      ['2022-Q2', 66, 'bc-2023-02-25'],
      ['2022', 66, 'bc-2022-12-28'],
      ['2024-04', 77, 'bc-2024-04'],
    ]);
  });

  test('money is in whole dong, percentages as 54.34, the index from 0 to 1', () => {
    const revenue = indicator(ds, 'doanh-thu-an-toan-thong-tin-mang');
    assert.equal(revenue.unit, 'VND');
    assert.deepEqual(
      revenue.observations.map((o) => o.value),
      [1_418_000_000_000, 3_319_300_000_000],
    );
    assert.equal(indicator(ds, 'chi-so-chuyen-doi-so-quoc-gia').unit, 'index');
    assert.equal(indicator(ds, 'ho-so-xu-ly-truc-tuyen').unit, '%');
  });
});

describe('one list of ids', () => {
  test('an id means the same indicator in every file: name, unit, pillar, direction, kind, level', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const file of DATASET_FILES) {
      for (const ind of loadRaw(file).indicators) {
        const name = typeof ind.name === 'string' ? ind.name : ind.name.vi;
        const label =
          ind.unitLabel === undefined
            ? ''
            : typeof ind.unitLabel === 'string'
              ? ind.unitLabel
              : ind.unitLabel.vi;
        const sig = JSON.stringify([
          name,
          ind.unit,
          ind.pillar,
          ind.direction ?? 'higher',
          ind.kind ?? 'measure',
          label,
          ind.level ?? false,
        ]);
        const prev = seen.get(ind.id);
        if (prev !== undefined && prev !== sig) clashes.push(`${ind.id} (${file})`);
        seen.set(ind.id, sig);
      }
    }
    assert.deepEqual(clashes, []);
    assert.ok(seen.size > 150);
  });

  test('ids are ASCII kebab-case and every name has an English translation marked as such', () => {
    for (const file of DATASET_FILES) {
      for (const ind of loadRaw(file).indicators) {
        assert.match(ind.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, ind.id);
        assert.ok(
          typeof ind.name !== 'string' && ind.name.en && ind.name.translated === true,
          `${file} ${ind.id}`,
        );
      }
    }
  });

  test('typo fixes are recorded where the report has the typo', () => {
    const dvc = loadRaw('bc-2022-08.json').indicators.find(
      (i) => i.id === 'dvc-du-dieu-kien-muc-do-4',
    );
    assert.ok(dvc && typeof dvc.name !== 'string');
    assert.deepEqual(dvc.name.corrections, ['kiều kiện → điều kiện']);
    assert.ok(!dvc.name.vi.includes('kiều'));
    const kho = loadRaw('bc-2023-02-25.json').indicators.find(
      (i) => i.id === 'ty-le-kho-du-lieu-dien-tu',
    );
    assert.ok(kho && typeof kho.name !== 'string');
    assert.match(kho.name.vi, /địa phương triển khai chức năng kho dữ liệu/);
    assert.equal(kho.name.corrections?.length, 1);
  });

  test('flows over a run of months are their own series, apart from the running totals', () => {
    const ds = loadMerged();
    // 000: "Trong 11 tháng đầu năm 2022, đã có hơn 63 triệu …"; "Từ khi khai trương (11/2019) đến
    // nay … hơn 152 triệu …"; the document exchange and e-Cabinet likewise ("Lũy kế đến nay").
    const pairs: [string, number, string, number][] = [
      ['cong-dvcqg-ho-so-dong-bo-trong-ky', 63e6, 'cong-dvcqg-ho-so-dong-bo', 152e6],
      ['cong-dvcqg-ho-so-truc-tuyen-trong-ky', 4.62e6, 'cong-dvcqg-ho-so-truc-tuyen', 7e6],
      ['cong-dvcqg-giao-dich-thanh-toan-trong-ky', 3e6, 'cong-dvcqg-giao-dich-thanh-toan', 3.88e6],
      ['cong-dvcqg-so-tien-thanh-toan-trong-ky', 2.75e12, 'cong-dvcqg-so-tien-thanh-toan', 3.45e12],
      ['truc-lien-thong-van-ban-trong-ky', 5.8e6, 'truc-lien-thong-van-ban-luy-ke', 16.6e6],
      ['ecabinet-hoi-nghi-trong-ky', 20, 'ecabinet-hoi-nghi', 64],
      ['ecabinet-phieu-lay-y-kien-trong-ky', 409, 'ecabinet-phieu-lay-y-kien', 1417],
    ];
    for (const [flow, inRun, total, sinceLaunch] of pairs) {
      assert.deepEqual(series(indicator(ds, flow)), [['2022-01/2022-11', inRun, 'bc-2022-12-28']]);
      // The running total's series may go on in later reports (payments in 2024-04).
      assert.deepEqual(series(indicator(ds, total))[0], ['2022', sinceLaunch, 'bc-2022-12-28']);
    }
    // 001: "Trong 5 tháng đầu năm 2022, … tăng 76% về số lượng và 30,6% về giá trị so với cùng kỳ".
    const growth = [
      ['tang-truong-thanh-toan-khong-tien-mat-so-luong', 76],
      ['tang-truong-thanh-toan-khong-tien-mat-gia-tri', 30.6],
      ['tang-truong-thanh-toan-di-dong-so-luong', 99.1],
      ['tang-truong-thanh-toan-di-dong-gia-tri', 86.1],
      ['tang-truong-thanh-toan-qrcode-so-luong', 68.9],
      ['tang-truong-thanh-toan-qrcode-gia-tri', 113.2],
    ] as const;
    for (const [id, value] of growth) {
      const ind = indicator(ds, id);
      assert.equal(ind.unit, '%', id);
      assert.deepEqual(series(ind), [['2022-01/2022-05', value, 'bc-2022-08']]);
    }
  });
});

describe('stocks and rates (level)', () => {
  const ds = loadMerged();

  test('each count or sum with figures of several lengths is judged: a level, or a flow named here', () => {
    // Flows: a half year's revenue beside a year's ("Doanh thu năm 2022"), a quarter's attacks
    // beside a year's ("trong Quý I/2024"). Everything else so mixed is a stock or a rate.
    const FLOWS = ['doanh-thu-an-toan-thong-tin-mang', 'tan-cong-mang'];
    const mixed = ds.indicators.filter((ind) => {
      const figures = ind.observations.filter(
        (o) => o.value !== undefined && !comparesAcrossLengths({ unit: ind.unit }, o),
      );
      return figures.some((o) => !sameLength(o.period, figures[0]!.period));
    });
    assert.deepEqual(
      mixed.filter((ind) => !ind.level).map((ind) => ind.id),
      FLOWS,
    );
    assert.ok(mixed.length > 20);
  });

  test('stocks and rates in the reports are marked, their flows are not', () => {
    // "Hiện có 8,2 triệu khách hàng" (bc-2024-04); "Bình quân mỗi ngày có khoảng 2,8 triệu giao
    // dịch" (bc-2024-04); "lũy kế đến nay có hơn 16,6 triệu văn bản" (bc-2022-12-28).
    for (const id of [
      'mobile-money',
      'ndxp-giao-dich-binh-quan-ngay',
      'ndxp-ket-noi-co-quan',
      'csdl-bao-hiem-nguoi-dan',
      'truc-lien-thong-van-ban-luy-ke',
    ])
      assert.equal(indicator(ds, id).level, true, id);
    // "trong năm 2022 đạt khoảng 860 triệu giao dịch"; "Trong 11 tháng đầu năm 2022".
    for (const id of ['ndxp-giao-dich', 'truc-lien-thong-van-ban-trong-ky', 'tan-cong-mang'])
      assert.equal(indicator(ds, id).level, undefined, id);
  });

  test('only a count or a sum is marked: a share or an index is a level by its unit', () => {
    const marked = ds.indicators.filter((ind) => ind.level);
    assert.deepEqual(
      marked
        .filter((ind) => !['count', 'number', 'VND', 'USD'].includes(ind.unit))
        .map((i) => i.id),
      [],
    );
  });
});
