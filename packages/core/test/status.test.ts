import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseDataset, parseIndicator, type Indicator } from '../src/model/index.js';
import { asOfInstant, evaluate } from '../src/status/index.js';

function ind(json: unknown): Indicator {
  const r = parseIndicator(json);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

const measure = (
  observations: {
    period: string;
    value?: number;
    total?: number;
    kind?: 'actual' | 'estimate' | 'forecast';
  }[],
  targets: unknown[],
  extra: Record<string, unknown> = {},
) => ind({ id: 't', name: 'T', unit: '%', observations, targets, ...extra });

describe('threshold targets', () => {
  test('the explanation a person can check', () => {
    const r = evaluate(
      measure([{ period: '2022', value: 54.34 }], [{ period: '2022', op: '>=', value: 50 }]),
      { asOf: '2023' },
    );
    assert.equal(r.verdict, 'achieved');
    assert.equal(r.explanation.vi, '54,34% so với mục tiêu ≥ 50% (2022): Đạt');
    assert.equal(r.explanation.en, '54.34% against target ≥ 50% (2022): Achieved');
  });
  test('a value exactly at the threshold meets ≥ but not >', () => {
    const at = [{ period: '2022', value: 60 }];
    assert.equal(
      evaluate(measure(at, [{ period: '2022', op: '>=', value: 60 }]), { asOf: '2023' }).verdict,
      'achieved',
    );
    assert.equal(
      evaluate(measure(at, [{ period: '2022', op: '>', value: 60 }]), { asOf: '2023' }).verdict,
      'not-achieved',
    );
  });
  test('lower is better: the target is a ceiling', () => {
    const attacks = (v: number) =>
      ind({
        id: 'a',
        name: 'Attacks',
        unit: 'count',
        direction: 'lower',
        observations: [{ period: '2022', value: v }],
        targets: [{ period: '2022', op: '<=', value: 10000 }],
      });
    assert.equal(evaluate(attacks(12195), { asOf: '2023' }).verdict, 'not-achieved');
    assert.equal(evaluate(attacks(10000), { asOf: '2023' }).verdict, 'achieved');
    assert.equal(evaluate(attacks(9000), { asOf: '2023' }).verdict, 'achieved');
    assert.equal(
      evaluate(ind({ name: 'x', value: 4, target: 5, direction: 'lower', period: '2022' }), {
        asOf: '2023',
      }).verdict,
      'achieved',
    );
  });
  test('target 0 and negative values', () => {
    assert.equal(
      evaluate(measure([{ period: '2022', value: 0 }], [{ period: '2022', op: '<=', value: 0 }]), {
        asOf: '2023',
      }).verdict,
      'achieved',
    );
    assert.equal(
      evaluate(
        measure([{ period: '2022', value: 0.1 }], [{ period: '2022', op: '<=', value: 0 }]),
        { asOf: '2023' },
      ).verdict,
      'not-achieved',
    );
    assert.equal(
      evaluate(
        measure([{ period: '2022', value: -2.5 }], [{ period: '2022', op: '>=', value: 0 }]),
        { asOf: '2023' },
      ).verdict,
      'not-achieved',
    );
    assert.equal(
      evaluate(
        measure([{ period: '2022', value: -2.5 }], [{ period: '2022', op: '<', value: -2 }]),
        { asOf: '2023' },
      ).verdict,
      'achieved',
    );
    const r = evaluate(
      measure([{ period: '2022', value: -2.5 }], [{ period: '2022', op: '>=', value: 0 }]),
      { asOf: '2023' },
    );
    assert.equal(r.explanation.vi, '-2,5% so với mục tiêu ≥ 0% (2022): Chưa đạt');
  });
  test('a missing value after the period is no data; no target is no target', () => {
    assert.equal(
      evaluate(measure([], [{ period: '2022', op: '>=', value: 50 }]), { asOf: '2023' }).verdict,
      'no-data',
    );
    assert.equal(
      evaluate(measure([{ period: '2022' }], [{ period: '2022', op: '>=', value: 50 }]), {
        asOf: '2023',
      }).verdict,
      'no-data',
    );
    const none = evaluate(measure([{ period: '2022', value: 5 }], []), { asOf: '2023' });
    assert.equal(none.verdict, 'no-target');
    assert.equal(none.explanation.vi, '5% (2022): Chưa có mục tiêu');
  });
});

describe('exact and count targets', () => {
  test('exact 100% is met only by 100%', () => {
    assert.equal(
      evaluate(
        measure([{ period: '2022', value: 100 }], [{ period: '2022', op: '=', value: 100 }]),
        { asOf: '2023' },
      ).verdict,
      'achieved',
    );
    assert.equal(
      evaluate(
        measure([{ period: '2022', value: 99.99 }], [{ period: '2022', op: '=', value: 100 }]),
        { asOf: '2023' },
      ).verdict,
      'not-achieved',
    );
  });
  test('21/25 against 25/25 is not achieved, and says so as counts', () => {
    const essential = ind({
      id: 'dvc',
      name: 'Dịch vụ công thiết yếu',
      unit: 'count',
      unitLabel: { vi: 'dịch vụ' },
      observations: [{ period: '2022', value: 21, total: 25 }],
      targets: [{ period: '2022', op: '>=', value: 25, total: 25 }],
    });
    const r = evaluate(essential, { asOf: '2023' });
    assert.equal(r.verdict, 'not-achieved');
    assert.equal(r.target?.kind, 'count');
    assert.equal(r.explanation.vi, '21/25 dịch vụ so với mục tiêu 25/25 dịch vụ (2022): Chưa đạt');
  });
});

describe('periods in progress', () => {
  test('on track vs at risk follows the straight line through the last two figures', () => {
    const targets = [{ period: '2022', op: '>=', value: 50 }];
    // 20 at end of 2021-H2, 35 at end of 2022-H1 → 50 at the end of 2022: on track.
    const steady = measure(
      [
        { period: '2021-H2', value: 20 },
        { period: '2022-H1', value: 35 },
      ],
      targets,
    );
    const r = evaluate(steady, { asOf: '2022-08' });
    assert.equal(r.verdict, 'on-track');
    assert.ok(r.projected !== undefined && Math.abs(r.projected - 50) < 0.5, String(r.projected));
    const slow = measure(
      [
        { period: '2021-H2', value: 30 },
        { period: '2022-H1', value: 35 },
      ],
      targets,
    );
    assert.equal(evaluate(slow, { asOf: '2022-08' }).verdict, 'at-risk');
  });
  test('a single figure is judged as it stands, and no trend is claimed', () => {
    const one = measure(
      [{ period: '2022-H1', value: 36.91 }],
      [{ period: '2022', op: '>=', value: 50 }],
    );
    const r = evaluate(one, { asOf: '2022-08' });
    assert.equal(r.verdict, 'at-risk');
    assert.equal(r.projected, undefined);
    assert.equal(
      r.explanation.vi,
      '36,91% (6 tháng đầu năm 2022) so với mục tiêu ≥ 50% (2022): Chậm tiến độ',
    );
    assert.equal(
      r.explanation.en,
      '36.91% (first half of 2022) against target ≥ 50% (2022): At risk',
    );
  });
  test('a half-year figure that already meets a floor counts as achieved early', () => {
    const r = evaluate(
      measure([{ period: '2022-H1', value: 11.27 }], [{ period: '2022', op: '>=', value: 7 }]),
      { asOf: '2022-08' },
    );
    assert.equal(r.verdict, 'achieved');
    assert.equal(r.partial, true);
  });
  test('a partial figure that misses a finished period is no data, not a guess', () => {
    const r = evaluate(
      measure([{ period: '2022-H1', value: 36.91 }], [{ period: '2022', op: '>=', value: 50 }]),
      { asOf: '2023-06' },
    );
    assert.equal(r.verdict, 'no-data');
    assert.equal(
      r.explanation.vi,
      '36,91% (6 tháng đầu năm 2022) so với mục tiêu ≥ 50% (2022): Chưa có số liệu năm 2022',
    );
  });
  test('lower is better in progress: a falling trend is on track', () => {
    const falling = ind({
      id: 'x',
      name: 'x',
      unit: 'count',
      direction: 'lower',
      observations: [
        { period: '2023-Q4', value: 100 },
        { period: '2024-Q1', value: 80 },
      ],
      targets: [{ period: '2024', op: '<=', value: 50 }],
    });
    assert.equal(evaluate(falling, { asOf: '2024-04' }).verdict, 'on-track');
  });
  test('without a period the latest figure and the next target are judged', () => {
    const fibre = measure(
      [
        { period: '2022', value: 75 },
        { period: '2024-04', value: 80.2 },
      ],
      [
        { period: '2023', op: '>', value: 85 },
        { period: '2025', op: '>=', value: 80 },
      ],
    );
    const r = evaluate(fibre, { asOf: '2024-04' });
    assert.equal(r.period?.key, '2025');
    assert.equal(r.verdict, 'on-track');
    assert.equal(evaluate(fibre, { period: '2023', asOf: '2024-04' }).verdict, 'no-data');
  });
  test('without a period, a target over with nothing in it still shows the latest figure', () => {
    // The digital economy's share of GDP: 2022 figures, a 2023 target no report measured.
    const share = measure(
      [
        { period: '2021', value: 12 },
        { period: '2022', value: 14.26 },
      ],
      [{ period: '2023', op: '>', value: 16 }],
    );
    const r = evaluate(share, { asOf: '2026' });
    assert.equal(r.verdict, 'no-data');
    assert.equal(r.figure?.period.key, '2022');
    assert.equal(r.partial, true);
    assert.equal(
      r.explanation.vi,
      '14,26% (2022) so với mục tiêu > 16% (2023): Chưa có số liệu năm 2023',
    );
    assert.equal(
      r.explanation.en,
      '14.26% (2022) against target > 16% (2023): No figure for 2023 yet',
    );
    // Asked for 2023, only 2023's own figures count.
    const asked = evaluate(share, { period: '2023', asOf: '2026' });
    assert.equal(asked.figure, undefined);
    assert.equal(asked.explanation.vi, 'Mục tiêu > 16% (2023): Chưa có dữ liệu');
  });
  test('part of a target period asked for is judged as it stood when that part ended', () => {
    const online = measure(
      [
        { period: '2021', value: 30 },
        { period: '2022-H1', value: 36.91 },
        { period: '2022', value: 54.34 },
      ],
      [{ period: '2022', op: '>=', value: 50 }],
    );
    // The year's own figure decides the year, and is the default.
    assert.equal(evaluate(online, { asOf: '2026' }).figure?.period.key, '2022');
    assert.equal(evaluate(online, { period: '2022', asOf: '2026' }).verdict, 'achieved');
    // Mid-year, on the figures up to then: 30 at the end of 2021, 36.91 181 days later, so
    // 30 + 6.91 × 365 / 181 = 43.93 at the end of 2022.
    const half = evaluate(online, { period: '2022-H1', asOf: '2026' });
    assert.equal(half.verdict, 'at-risk');
    assert.equal(half.figure?.period.key, '2022-H1');
    assert.equal(half.period?.key, '2022');
    assert.ok(
      half.projected !== undefined && Math.abs(half.projected - 43.93) < 0.01,
      String(half.projected),
    );
    assert.match(
      half.explanation.vi,
      /^36,91% \(6 tháng đầu năm 2022\) so với mục tiêu ≥ 50% \(2022\)/,
    );
    // A part that already meets a floor settles it, whatever came later.
    const early = measure(
      [
        { period: '2022-H1', value: 60 },
        { period: '2022', value: 40 },
      ],
      [{ period: '2022', op: '>=', value: 50 }],
    );
    const settled = evaluate(early, { period: '2022-H1', asOf: '2026' });
    assert.equal(settled.verdict, 'achieved');
    assert.equal(settled.figure?.chosen.value, 60);
    assert.equal(evaluate(early, { asOf: '2026' }).verdict, 'not-achieved');
  });
  test('a forecast for a period in progress is judged as on track / at risk', () => {
    const dx = ind({
      id: 'dx',
      name: 'DX index',
      unit: 'index',
      observations: [
        { period: '2022', value: 0.71 },
        { period: '2023', value: 0.75, kind: 'forecast' },
      ],
      targets: [{ period: '2023', op: '>=', value: 0.7 }],
    });
    const r = evaluate(dx, { asOf: '2023-10' });
    assert.equal(r.verdict, 'on-track');
    assert.match(r.explanation.vi, /dự báo/);
  });
});

describe('milestones', () => {
  const task = (obs: unknown[]) =>
    ind({
      id: 'm',
      name: 'Luật Căn cước (sửa đổi)',
      kind: 'milestone',
      targets: [{ due: '2023-12' }],
      observations: obs,
    });
  test('not done: on track up to and including the due date, overdue after it', () => {
    assert.equal(evaluate(task([]), { asOf: '2023-11-30' }).verdict, 'on-track');
    assert.equal(evaluate(task([]), { asOf: '2023-12-31' }).verdict, 'on-track');
    assert.equal(evaluate(task([]), { asOf: '2024-01-01' }).verdict, 'overdue');
    assert.equal(
      evaluate(task([{ period: '2024-02', done: false }]), { asOf: '2024-02' }).verdict,
      'overdue',
    );
  });
  test('done on or before the due date is achieved; after it, achieved late', () => {
    assert.equal(
      evaluate(task([{ period: '2024-02', done: true, completed: '2023-12-31' }]), {
        asOf: '2024-02',
      }).verdict,
      'achieved',
    );
    const late = evaluate(task([{ period: '2024-02', done: true, completed: '2024-01-05' }]), {
      asOf: '2024-02',
    });
    assert.equal(late.verdict, 'achieved-late');
    assert.equal(
      late.explanation.vi,
      'Hạn tháng 12/2023; đã hoàn thành (05/01/2024): Hoàn thành muộn',
    );
    // The day once, not "Done (completed 5 January 2024)"; after a ";", in lower case.
    assert.equal(late.explanation.en, 'Due December 2023; done (5 January 2024): Achieved late');
  });
  test('a due the report never gave keeps its caveat; a due worded as the date reads as before', () => {
    // 002 (2023-02-25) gives its 2022 tasks no due date: the 2022 is inferred from "Còn tồn đọng
    // nhiều nhiệm vụ theo kế hoạch đặt ra năm 2022", tasks still outstanding from the 2022 plan,
    // so past their plan: overdue, said with the caveat.
    const inferred = ind({
      id: 'k',
      name: 'Kết nối CSDL chuyên ngành',
      kind: 'milestone',
      targets: [
        {
          due: '2022',
          text: {
            vi: 'Năm 2022 (báo cáo không ghi hạn)',
            en: '2022 (no due date in the report)',
          },
        },
      ],
      observations: [{ period: '2022', done: false }],
    });
    const r = evaluate(inferred, { asOf: '2023-02-25' });
    assert.equal(r.verdict, 'overdue');
    assert.equal(
      r.explanation.vi,
      'Hạn năm 2022 (báo cáo không ghi hạn); chưa hoàn thành: Quá hạn',
    );
    assert.equal(r.explanation.en, 'Due 2022 (no due date in the report); not done: Overdue');
    // Words only the date ("Tháng 12/2023", as docs/data-format.md writes it): the date, in
    // English too, not "Due Tháng 12/2023".
    const dated = ind({
      id: 'l',
      name: 'l',
      kind: 'milestone',
      targets: [{ due: '2023-12', text: 'Tháng 12/2023' }],
      observations: [],
    });
    assert.deepEqual(evaluate(dated, { asOf: '2024-01' }).explanation, {
      vi: 'Hạn tháng 12/2023: Quá hạn',
      en: 'Due December 2023: Overdue',
    });
    // Words that do not name the date follow it: the date is never lost.
    const law = ind({
      id: 'm',
      name: 'm',
      kind: 'milestone',
      targets: [{ due: '2023-12', text: 'Trình Quốc hội' }],
      observations: [],
    });
    assert.deepEqual(evaluate(law, { asOf: '2024-01' }).explanation, {
      vi: 'Hạn tháng 12/2023 (Trình Quốc hội): Quá hạn',
      en: 'Due December 2023 (Trình Quốc hội): Overdue',
    });
  });
  test("every seed milestone's explanation says its target's words", () => {
    const file = new URL('../../../seeds/bc-2023-02-25.json', import.meta.url);
    const ds = parseDataset(JSON.parse(readFileSync(file, 'utf8')));
    assert.ok(ds.ok);
    const tasks = ds.value.indicators.filter((i) => i.kind === 'milestone');
    assert.equal(tasks.length, 16);
    for (const task of tasks) {
      const t = task.targets[0];
      assert.ok(t?.kind === 'milestone' && t.text, task.id);
      const { explanation } = evaluate(task, { asOf: '2023-02-25' });
      // The Vietnamese inside a sentence: "Hạn năm 2022 (…)", "Hạn quý I/2023".
      assert.ok(
        explanation.vi.startsWith(`Hạn ${t.text.vi.replace(/^./, (c) => c.toLowerCase())}`),
        explanation.vi,
      );
      // The English too, but a month or an abbreviation keeps its capital (checked below).
      assert.ok(
        explanation.en.toLowerCase().startsWith(`due ${(t.text.en ?? t.text.vi).toLowerCase()}`),
        explanation.en,
      );
      if (task.id === 'cham-diem-tin-dung-cong-dan')
        assert.match(explanation.en, /^Due trial completed in Q1 2023:/);
      if (task.id === 'luat-can-cuoc-cong-dan-sua-doi')
        assert.match(explanation.en, /^Due December 2023:/);
      if (task.id === 'ky-so-mien-phi-vneid') assert.match(explanation.en, /^Due Q1 2023:/);
    }
  });
  test("a task's report words keep their own case, less a closing full stop before the verdict", () => {
    // bc-2023-02-25 ends the VNeID account task's result "…qua VneID." and the verdict followed it:
    // "…qua VneID.: Đạt". Our own words after a ";" are in lower case, the report's as written.
    const file = new URL('../../../seeds/bc-2023-02-25.json', import.meta.url);
    const ds = parseDataset(JSON.parse(readFileSync(file, 'utf8')));
    assert.ok(ds.ok);
    const find = (id: string) => ds.value.indicators.find((i) => i.id === id);
    const account = find('de-an-06-tai-khoan-dinh-danh');
    assert.ok(account);
    const { explanation } = evaluate(account, { asOf: '2023-02-25' });
    assert.match(explanation.vi, /; đã hoàn thành; Tính đến ngày 17\/02\/2023, /);
    assert.match(explanation.vi, / qua VneID: Đạt$/);
    assert.match(explanation.en, /; done; Tính đến ngày 17\/02\/2023, .* qua VneID: Achieved$/);
    const pilot = find('de-an-06-dvc-lien-thong-cu-tru');
    assert.ok(pilot);
    assert.equal(
      evaluate(pilot, { asOf: '2023-02-25' }).explanation.vi,
      'Hạn năm 2022 (báo cáo không ghi hạn); chưa hoàn thành; Chưa toàn trình: Quá hạn',
    );
  });
  test('a quarter deadline ends on its last day', () => {
    const q = ind({
      id: 'q',
      name: 'q',
      kind: 'milestone',
      targets: [{ due: '2023-Q1' }],
      observations: [],
    });
    assert.equal(evaluate(q, { asOf: '2023-03-31' }).verdict, 'on-track');
    assert.equal(evaluate(q, { asOf: '2023-04-01' }).verdict, 'overdue');
  });
});

describe('as of a date', () => {
  test('figures from reports published after as-of do not count', () => {
    const r = parseDataset({
      source: { id: 'later', title: 'Later report', date: '2023-02-25' },
      sources: [{ id: 'h1', title: 'H1 report', date: '2022-08' }],
      indicators: [
        {
          id: 'fibre',
          name: 'Fibre',
          unit: '%',
          observations: [
            { period: '2022-H1', value: 71.75, source: 'h1' },
            { period: '2022', value: 75 },
          ],
          targets: [{ period: '2022', op: '>=', value: 75 }],
        },
      ],
    });
    assert.ok(r.ok);
    const fibre = r.value.indicators[0]!;
    // In August only the half-year's figure was out: judged as it stood, short of the target.
    const august = evaluate(fibre, { period: '2022', asOf: '2022-08' });
    assert.deepEqual([august.verdict, august.figure?.period.key], ['at-risk', '2022-H1']);
    assert.equal(evaluate(fibre, { period: '2022', asOf: '2023-02-25' }).verdict, 'achieved');
  });
  test('an unsourced figure for a period that has not begun is not yet known', () => {
    const ind2 = measure(
      [
        { period: '2022-H1', value: 40 },
        { period: '2023', value: 90 },
      ],
      [{ period: '2022', op: '>=', value: 50 }],
    );
    const r = evaluate(ind2, { period: '2022', asOf: '2022-08' });
    assert.deepEqual([r.verdict, r.figure?.period.key], ['at-risk', '2022-H1']);
  });
});

describe('runs of months (2022-01/2022-11)', () => {
  const year = [{ period: '2022', op: '>=', value: 52 }];
  test('11 months of a year are part of it, at their true length: placed at the end of November', () => {
    // 40 at the end of 2021, 51 at the end of November 2022: 11 more in 334 days, so about 1 more
    // by the end of December (52,02). Placed at the end of the year, it would be 51: at risk.
    const r = evaluate(
      measure(
        [
          { period: '2021', value: 40 },
          { period: '2022-01/2022-11', value: 51 },
        ],
        year,
      ),
      { asOf: '2022-12-28' },
    );
    assert.equal(r.verdict, 'on-track');
    assert.equal(r.period?.key, '2022');
    assert.equal(r.partial, true);
    assert.ok(r.projected !== undefined && Math.abs(r.projected - (51 + (11 * 31) / 334)) < 1e-9);
    assert.equal(
      r.explanation.vi,
      '51% (11 tháng đầu năm 2022) so với mục tiêu ≥ 52% (2022); dự kiến theo xu hướng: 52,02%: Đúng tiến độ',
    );
    assert.equal(
      r.explanation.en,
      '51% (first 11 months of 2022) against target ≥ 52% (2022); projected on trend: 52.02%: On track',
    );
  });
  test('as for a half: a floor met in 11 months is achieved early; a miss after the year is no data', () => {
    const met = evaluate(measure([{ period: '2022-01/2022-11', value: 53 }], year), {
      asOf: '2022-12-28',
    });
    assert.equal(met.verdict, 'achieved');
    assert.equal(met.partial, true);
    assert.equal(
      met.explanation.vi,
      '53% (11 tháng đầu năm 2022) so với mục tiêu ≥ 52% (2022): Đạt',
    );
    const missed = evaluate(measure([{ period: '2022-01/2022-11', value: 51 }], year), {
      asOf: '2023-06',
    });
    assert.equal(missed.verdict, 'no-data');
    assert.match(missed.explanation.vi, /\(11 tháng đầu năm 2022\) .*: Chưa có số liệu năm 2022$/);
    assert.match(missed.explanation.en, /\(first 11 months of 2022\) .*: No figure for 2022 yet$/);
  });
  // November 2021 to October 2022 is not a part of 2022.
  const across = measure(
    [{ period: '2021-11/2022-10', value: 60 }],
    [
      { period: '2022', op: '>=', value: 50 },
      { period: '2023', op: '>=', value: 70 },
    ],
  );
  test('a run across years is not judged against the year it ends in: the next target is', () => {
    const r = evaluate(across, { asOf: '2022-11-15' });
    assert.equal(r.period?.key, '2023');
    // Its one figure, short of 2023's target, judged as it stands: no trend towards 2023.
    assert.equal(r.verdict, 'at-risk');
    assert.equal(r.projected, undefined);
  });
  test('asked about the year it ends in, a run across years is no figure nor trend for it', () => {
    const asked = evaluate(across, { period: '2022', asOf: '2022-11-15' });
    assert.equal(asked.verdict, 'no-data');
    assert.equal(asked.figure, undefined);
  });
  test('a run may be the period judged, and as-of means its end', () => {
    const r = evaluate(
      measure(
        [{ period: '2022-01/2022-11', value: 4.62 }],
        [{ period: '2022-01/2022-11', op: '>=', value: 4 }],
      ),
      { asOf: '2022-01/2022-11' },
    );
    assert.equal(r.verdict, 'achieved');
    assert.equal(r.explanation.en, '4.62% against target ≥ 4% (first 11 months of 2022): Achieved');
    assert.equal(r.explanation.vi, '4,62% so với mục tiêu ≥ 4% (11 tháng đầu năm 2022): Đạt');
  });
  test('periods shorter than a year are written in words, never "T4/2024" or "H1/2022"', () => {
    // A screen reader spells abbreviations out; the reports write years as "2022".
    const fibre = evaluate(measure([{ period: '2024-04', value: 80.2 }], []));
    assert.equal(fibre.explanation.vi, '80,2% (tháng 4/2024): Chưa có mục tiêu');
    assert.equal(fibre.explanation.en, '80.2% (April 2024): No target');
    const half = evaluate(
      measure([{ period: '2022-H1', value: 60 }], [{ period: '2022-H1', op: '>=', value: 50 }]),
    );
    assert.equal(half.explanation.vi, '60% so với mục tiêu ≥ 50% (6 tháng đầu năm 2022): Đạt');
    const quarter = evaluate(
      measure([{ period: '2023-Q1', value: 40 }], [{ period: '2023-Q1', op: '>=', value: 50 }]),
      { asOf: '2023-04' },
    );
    assert.equal(quarter.explanation.vi, '40% so với mục tiêu ≥ 50% (quý I/2023): Chưa đạt');
    // A year's figure judged against a later year's target: both years written alike.
    const gdp = evaluate(
      measure([{ period: '2022', value: 14.26 }], [{ period: '2025', op: '>=', value: 20 }]),
      { asOf: '2023-02-25' },
    );
    assert.match(gdp.explanation.vi, /^14,26% \(2022\) so với mục tiêu ≥ 20% \(2025\)/);
  });
});

describe('as-of and period options', () => {
  test('as-of reads a Date, UTC ms, a period (its end) and falls back to now', () => {
    const start = Date.UTC(2022, 0, 1);
    assert.equal(asOfInstant(new Date(start)), start);
    assert.equal(asOfInstant(0), 0);
    assert.equal(asOfInstant('2022-01/2022-11'), Date.UTC(2022, 11, 1));
    const before = Date.now();
    const now = asOfInstant('not a period');
    assert.ok(now >= before && now <= Date.now());
  });
  test('an unreadable period judges nothing: no target, the latest figure shown', () => {
    const r = evaluate(
      measure([{ period: '2022', value: 54.34 }], [{ period: '2022', op: '>=', value: 50 }]),
      { period: '2022-13', asOf: '2023' },
    );
    assert.equal(r.verdict, 'no-target');
    assert.equal(r.figure?.period.key, '2022');
  });
});
