/**
 * The status engine, fed each report's own figures, reproduces the report's own verdicts row by
 * row. The expected rows are read off the reports, not computed.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate } from '@cds-vn/core';
import { indicator, loadMerged, loadParsed } from './helpers.js';

function table(file: string, id: string): readonly string[] {
  const t = loadParsed(file).tables.find((x) => x.id === id);
  assert.ok(t, `no table ${id} in ${file}`);
  return t.indicators;
}

describe('001 (2022-08): the H1-2022 table, judged at 2022-08 against the 2022 targets', () => {
  const file = 'bc-2022-08.json';
  const ds = loadParsed(file);
  // "Các chỉ tiêu đã đạt được"
  const achieved = ['hoa-don-dien-tu', 'thuong-mai-dien-tu-ban-le', 'tai-khoan-thanh-toan'];
  // "Các chỉ tiêu cần tiếp tục nỗ lực trong 6 tháng cuối năm"
  const notYet = [
    'dan-so-dien-thoai-thong-minh',
    'ho-gia-dinh-cap-quang',
    'dvc-truc-tuyen-phat-sinh-ho-so',
    'ho-so-xu-ly-truc-tuyen',
    'hop-dong-dien-tu',
    'so-hoa-ho-so-ket-qua-tthc',
    'bao-cao-truc-tuyen',
    'du-lieu-mo',
    'dnnvv-nen-tang-so',
  ];

  test('the table holds the 12 rows in the report’s order', () => {
    assert.deepEqual(table(file, 'bc-2022-08-bang-6-thang'), [...achieved, ...notYet]);
  });

  for (const id of achieved) {
    test(`${id}: đã đạt được → achieved`, () => {
      const r = evaluate(indicator(ds, id), { period: '2022', asOf: '2022-08' });
      assert.equal(r.verdict, 'achieved', r.explanation.en);
      assert.equal(r.figure?.period.key, '2022-H1');
    });
  }
  for (const id of notYet) {
    test(`${id}: cần tiếp tục nỗ lực → not achieved yet`, () => {
      const r = evaluate(indicator(ds, id), { period: '2022', asOf: '2022-08' });
      assert.ok(
        ['on-track', 'at-risk', 'no-data'].includes(r.verdict),
        `${r.verdict}: ${r.explanation.en}`,
      );
    });
  }

  test('rows printed "-" have no figure: no data', () => {
    for (const id of ['so-hoa-ho-so-ket-qua-tthc', 'bao-cao-truc-tuyen']) {
      assert.equal(
        evaluate(indicator(ds, id), { period: '2022', asOf: '2022-08' }).verdict,
        'no-data',
        id,
      );
    }
  });
});

describe('001 again, from all five reports merged, asked for 2022-H1 today', () => {
  // The year's results are in (most rows met their 2022 targets), yet a widget asked for the
  // first half judges it as it stood then, as the H1 report did: the same three achieved, and
  // the same nine still needing effort.
  const ds = loadMerged();
  const achieved = ['hoa-don-dien-tu', 'thuong-mai-dien-tu-ban-le', 'tai-khoan-thanh-toan'];
  const notYet = table('bc-2022-08.json', 'bc-2022-08-bang-6-thang').filter(
    (id) => !achieved.includes(id),
  );
  test('the table’s other nine rows are the ones it asks more effort of', () => {
    assert.equal(notYet.length, 9);
  });
  for (const id of achieved) {
    test(`${id}: đã đạt được → achieved, on its H1 figure`, () => {
      const r = evaluate(indicator(ds, id), { period: '2022-H1' });
      assert.equal(r.verdict, 'achieved', r.explanation.en);
      assert.ok(r.figure && r.figure.period.end <= Date.UTC(2022, 6, 1), r.explanation.en);
    });
  }
  for (const id of notYet) {
    test(`${id}: cần tiếp tục nỗ lực → at risk or no data, not the year's verdict`, () => {
      const r = evaluate(indicator(ds, id), { period: '2022-H1' });
      assert.ok(['at-risk', 'no-data'].includes(r.verdict), `${r.verdict}: ${r.explanation.en}`);
    });
  }
});

describe('002 (2023-02-25) table a: 2022 results against the 2022 targets', () => {
  const file = 'bc-2023-02-25.json';
  const ds = loadParsed(file);
  // I. Các chỉ tiêu đã hoàn thành (rows 1–9)
  const achieved = [
    'hoa-don-dien-tu',
    'thuong-mai-dien-tu-ban-le',
    'tai-khoan-thanh-toan',
    'dvc-truc-tuyen-phat-sinh-ho-so',
    'ho-so-xu-ly-truc-tuyen',
    'hop-dong-dien-tu',
    'ho-gia-dinh-cap-quang',
    'dnnvv-nen-tang-so',
    'dan-so-dien-thoai-thong-minh',
  ];
  // II. Các chỉ tiêu chưa hoàn thành (rows 10–11)
  const notAchieved = ['bao-cao-truc-tuyen', 'du-lieu-mo'];

  test('the table holds the 11 rows in the report’s order', () => {
    assert.deepEqual(table(file, 'bc-2023-02-25-ket-qua-2022'), [...achieved, ...notAchieved]);
  });

  test('9 achieved and 2 not achieved, row by row', () => {
    const verdicts = [...achieved, ...notAchieved].map(
      (id) =>
        [id, evaluate(indicator(ds, id), { period: '2022', asOf: '2023-02-25' }).verdict] as const,
    );
    assert.deepEqual(verdicts, [
      ...achieved.map((id) => [id, 'achieved'] as const),
      ...notAchieved.map((id) => [id, 'not-achieved'] as const),
    ]);
  });

  test('the footnoted figures keep their footnote and kind', () => {
    const obs = (id: string) => indicator(ds, id).observations.find((o) => o.footnote);
    assert.deepEqual(
      [obs('thuong-mai-dien-tu-ban-le')?.footnote, obs('thuong-mai-dien-tu-ban-le')?.kind],
      ['1', 'forecast'],
    );
    // [2]: the payment-account figure is Q2 2022 data
    assert.deepEqual(
      [obs('tai-khoan-thanh-toan')?.footnote, obs('tai-khoan-thanh-toan')?.period.key],
      ['2', '2022-Q2'],
    );
    assert.equal(obs('ho-so-xu-ly-truc-tuyen')?.footnote, '3');
    assert.equal(
      indicator(ds, 'hop-dong-dien-tu').observations.find((o) => o.period.key === '2022')?.kind,
      'estimate',
    );
    assert.equal(obs('dan-so-dien-thoai-thong-minh')?.footnote, '5');
    assert.equal(obs('du-lieu-mo')?.footnote, '6');
    assert.deepEqual(Object.keys(ds.source?.footnotes ?? {}), ['1', '2', '3', '4', '5', '6']);
    assert.match(ds.source?.footnotes?.['3']?.vi ?? '', /^Năm 2022 chưa đo được “xử lý”/);
  });
});

describe('002 (2023-02-25) table b: the Đề án 06 tasks', () => {
  const file = 'bc-2023-02-25.json';
  const ds = loadParsed(file);
  // I. Các nhiệm vụ đã hoàn thành (1–6)
  const done = [
    'de-an-06-hanh-lang-phap-ly',
    'de-an-06-dvc-thiet-yeu',
    'de-an-06-ket-noi-csdl-dan-cu-tthc',
    'de-an-06-tai-khoan-dinh-danh',
    'de-an-06-the-cccd-gan-chip',
    'de-an-06-he-sinh-thai-du-lieu-dan-cu',
  ];
  // II. Các nhiệm vụ chưa hoàn thành (7–10)
  const notDone = [
    'de-an-06-nghi-dinh-bao-ve-du-lieu-ca-nhan',
    'de-an-06-dvc-lien-thong-cu-tru',
    'de-an-06-dvc-lien-thong-khai-sinh-khai-tu',
    'de-an-06-ket-noi-csdl-chuyen-nganh',
  ];

  test('the table holds the 10 tasks in the report’s order, as milestones', () => {
    assert.deepEqual(table(file, 'bc-2023-02-25-de-an-06-2022'), [...done, ...notDone]);
    for (const id of [...done, ...notDone]) assert.equal(indicator(ds, id).kind, 'milestone', id);
  });

  test('done → achieved, not done → overdue', () => {
    const verdicts = [...done, ...notDone].map(
      (id) =>
        [id, evaluate(indicator(ds, id), { period: '2022', asOf: '2023-02-25' }).verdict] as const,
    );
    assert.deepEqual(verdicts, [
      ...done.map((id) => [id, 'achieved'] as const),
      ...notDone.map((id) => [id, 'overdue'] as const),
    ]);
  });

  test('each task keeps its result as printed and its lead agencies', () => {
    const first = indicator(ds, 'de-an-06-hanh-lang-phap-ly');
    assert.equal(first.observations[0]?.text?.vi, '04 Nghị định, 05 Thông tư');
    assert.deepEqual(first.agencies, [
      'Bộ Công an',
      'Bộ Tài chính',
      'Bộ Thông tin và Truyền thông',
    ]);
    const last = indicator(ds, 'de-an-06-ket-noi-csdl-chuyen-nganh');
    assert.equal(last.observations[0]?.text?.vi, 'Mới khảo sát nhu cầu, chưa triển khai');
    assert.equal(last.agencies.length, 6);
    assert.equal(indicator(ds, 'de-an-06-dvc-thiet-yeu').agencies.length, 9);
  });
});

describe('002 (2023-02-25) section III: the 2023 targets', () => {
  const file = 'bc-2023-02-25.json';
  const ds = loadParsed(file);
  const ids = table(file, 'bc-2023-02-25-muc-tieu-2023');

  test('groups I–VI in order, with the number of rows the report prints in each', () => {
    // I: rows 1–8; II: rows 9–17, row 13 with three sub-rows; III: rows 18–22, row 22 with two;
    // IV: rows 23–28; V: rows 36–39; VI: rows 40–46.
    const runs: [string, number][] = [];
    for (const id of ids) {
      const p = indicator(ds, id).pillar ?? '';
      const last = runs.at(-1);
      if (last && last[0] === p) last[1]++;
      else runs.push([p, 1]);
    }
    assert.deepEqual(runs, [
      ['du-lieu-so', 8],
      ['chinh-phu-so', 11],
      ['kinh-te-so', 6],
      ['xa-hoi-so', 6],
      ['an-toan-an-ninh-mang', 4],
      ['de-an-06', 7],
    ]);
  });

  test('row numbers as printed: sub-rows unnumbered, 28 followed by 36', () => {
    const numbers = ds.tables.find((t) => t.id === 'bc-2023-02-25-muc-tieu-2023')?.numbers ?? [];
    const at = (id: string) => numbers[ids.indexOf(id)];
    assert.equal(numbers.length, 42);
    assert.equal(at('ty-le-ket-qua-tthc-so-hoa'), '13');
    assert.equal(at('ho-so-xu-ly-truc-tuyen'), null);
    assert.equal(at('nguoi-dan-su-dung-dvctt'), null);
    assert.equal(at('ty-le-ke-hoach-tro-ly-ao'), '14');
    assert.equal(at('dnnvv-dung-thu-nen-tang-cds'), '22');
    assert.equal(at('dnnvv-thuong-xuyen-nen-tang-cds'), null);
    assert.deepEqual(numbers.slice(30, 32), ['28', '36']);
    assert.equal(numbers.at(-1), '46');
  });

  test('every row’s target as printed: “Trên x%” → > x, “100%” → = 100, deadlines → due', () => {
    const printed = ids.map((id) => {
      const t = indicator(ds, id).targets.find((x) =>
        x.kind === 'milestone' ? x.due.year === 2023 : x.period.key === '2023',
      );
      assert.ok(t, `${id}: no 2023 target`);
      return t.kind === 'milestone' ? `due ${t.due.key}` : `${t.op} ${t.value}`;
    });
    // prettier-ignore
    assert.deepEqual(printed, [
      // I Dữ liệu số
      '= 100', '= 100', '= 100', '> 50', '> 80', '= 100', '= 100', '= 100',
      // II Chính phủ số (row 13: three sub-rows)
      '= 100', '= 100', '= 100', '= 100', '= 100', '> 60', '> 30', '> 50', '= 100', '> 10', '> 50',
      // III Kinh tế số (row 22: two sub-rows)
      '> 16', '> 8.5', '= 100', '= 100', '> 90', '> 30',
      // IV Xã hội số
      '> 80', '> 85', '> 30', '> 20', '> 75', '> 60',
      // V An toàn, an ninh mạng
      '> 80', '> 30', '> 20', '> 10',
      // VI Đề án 06
      'due 2023-12', 'due 2023-03', 'due 2023-06', 'due 2023-Q1', 'due 2023-Q1', 'due 2023-Q1', '= 100',
    ]);
  });
});
