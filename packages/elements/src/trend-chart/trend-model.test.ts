import { expect } from '@open-wc/testing';
import { parseIndicatorData, type Dataset } from '@cds-vn/core';
import { nextSlot } from './point-navigation.js';
import { MAX_SERIES, parseIdList, selectSeries } from './select-series.js';
import { announceSlot, describeSlot } from './slot-description.js';
import { buildTrendModel, type TrendModel } from './trend-model.js';
import { targetData } from './chart-config.js';
import { summarizeTrend } from './trend-summary.js';
import { loadMergedSeeds } from '../../test/helpers.js';

function dataset(raw: unknown): Dataset {
  const r = parseIndicatorData(raw);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message.en).join('; '));
  return r.value;
}

const utc = (y: number, m: number): number => Date.UTC(y, m - 1, 1);

/** The chart's model of every indicator in `data`, as the element builds it. */
function modelOf(data: Dataset): TrendModel {
  const sel = selectSeries(data, [], []);
  if (!sel.ok) throw new Error('selection failed');
  return buildTrendModel(sel.value);
}

const TEAMS = {
  id: 'to',
  name: 'Tổ công nghệ số cộng đồng',
  unit: 'count',
  unitLabel: 'tổ',
  observations: [
    { period: '2022', value: 68933 },
    { period: '2023', value: 80698 },
  ],
};
const MEMBERS = {
  id: 'thanh-vien',
  name: 'Thành viên tổ công nghệ số',
  unit: 'count',
  unitLabel: 'thành viên',
  observations: [
    { period: '2022', value: 320000 },
    { period: '2023', value: 378941 },
  ],
};

describe('trend chart: series selection', () => {
  it('reads id lists with commas or spaces, once each', () => {
    expect(parseIdList(' a, b  c,a ')).to.deep.equal(['a', 'b', 'c']);
    expect(parseIdList(undefined)).to.deep.equal([]);
    expect(parseIdList('')).to.deep.equal([]);
  });

  it('refuses counts of different things on one axis, and allows them on two', () => {
    const data = dataset([TEAMS, MEMBERS]);
    const mixed = selectSeries(data, [], []);
    expect(mixed.ok).to.equal(false);
    if (!mixed.ok) {
      expect(mixed.errors[0]?.message.vi).to.equal(
        'Không thể vẽ chung một trục: "Tổ công nghệ số cộng đồng" tính bằng tổ, còn "Thành viên tổ công nghệ số" tính bằng thành viên. Hãy chọn các chỉ tiêu cùng đơn vị, hoặc đưa một chỉ tiêu sang trục thứ hai bằng y2-indicator-ids.',
      );
    }
    const dual = selectSeries(data, ['to'], ['thanh-vien']);
    expect(dual.ok).to.equal(true);
    if (dual.ok) {
      expect(dual.value.indicators.map((i) => i.id)).to.deep.equal(['to', 'thanh-vien']);
      expect([...dual.value.axes]).to.deep.equal([
        ['to', 'y'],
        ['thanh-vien', 'y2'],
      ]);
    }
  });

  it('refuses more series than it can draw legibly', () => {
    const many = Array.from({ length: MAX_SERIES + 1 }, (_, i) => ({
      ...TEAMS,
      id: `t${i}`,
    }));
    const r = selectSeries(dataset(many), [], []);
    expect(r.ok).to.equal(false);
    if (!r.ok) {
      expect(r.errors[0]?.message.en).to.equal(
        'The data holds 7 indicators; the chart draws at most 6: choose with indicator-ids',
      );
    }
    // Seven named: the author chose already, and is told to leave some out.
    const named = selectSeries(
      dataset(many),
      many.map((i) => i.id),
      [],
    );
    expect(named.ok ? [] : named.errors.map((e) => e.message.vi)).to.deep.equal([
      'indicator-ids chọn 7 chỉ tiêu; biểu đồ vẽ tối đa 6: hãy bỏ bớt',
    ]);
  });
});

describe('trend chart: time model', () => {
  it('puts periods that end together at one stop, labelled by the longer period', () => {
    const data = dataset([
      {
        id: 'a',
        name: 'A',
        unit: '%',
        observations: [
          { period: '2022-H2', value: 40 },
          { period: '2022-H1', value: 30 },
        ],
      },
      { id: 'b', name: 'B', unit: '%', observations: [{ period: '2022', value: 50 }] },
    ]);
    const model = modelOf(data);
    expect(model.slots.map((s) => s.x)).to.deep.equal([utc(2022, 7), utc(2023, 1)]);
    expect(model.slots[1]?.periods.map((p) => p.key)).to.deep.equal(['2022', '2022-H2']);
    expect(model.ticks.map((t) => t.period.key)).to.deep.equal(['2022-H1', '2022']);
    // Names stay texts (the element marks a Vietnamese-only one lang="vi").
    expect(describeSlot(model, 1, 'vi')).to.deep.equal({
      title: 'Năm 2022 / 6 tháng cuối năm 2022',
      // Two periods at one stop: each figure names its own.
      lines: [
        [{ vi: 'A' }, ': ', '40% (6 tháng cuối năm 2022)'],
        [{ vi: 'B' }, ': ', '50% (năm 2022)'],
      ],
    });
    const said = announceSlot(model, 0, 'en');
    expect(said.map((p) => (typeof p === 'string' ? p : p.vi)).join('')).to.equal(
      'First half of 2022: A: 30% (point 1 of 2)',
    );
    expect(announceSlot(model, 0, 'vi').join('')).to.match(/\(điểm 1 trên 2\)$/);
    // The axis reaches a little past the first and last instants.
    expect(model.min).to.be.lessThan(utc(2022, 7));
    expect(model.max).to.be.greaterThan(utc(2023, 1));
  });

  it("says a task's due once: its words where they name the date, else after it", () => {
    const task = (text: string) => ({
      id: 'k',
      name: 'K',
      kind: 'milestone',
      observations: [{ period: '2022', done: false }],
      targets: [{ due: '2022', text }],
    });
    const slot = (text: string): readonly unknown[] => {
      const model = modelOf(dataset([task(text)]));
      const at = model.slots.findIndex((s) => s.periods.some((p) => p.key === '2022'));
      return describeSlot(model, at, 'vi').lines.at(-1) ?? [];
    };
    // 002 (2023-02-25) gave its 2022 tasks no due date: the words say so, and name the year.
    // Inside the sentence in lower case, as core's explanation says it: "Hạn năm 2022 (…)".
    expect(slot('Năm 2022 (báo cáo không ghi hạn)')).to.deep.equal([
      'Hạn ',
      { vi: 'năm 2022 (báo cáo không ghi hạn)' },
      ': Chưa hoàn thành',
    ]);
    expect(slot('Trình Quốc hội')).to.deep.equal([
      'Hạn năm 2022',
      ' (',
      { vi: 'Trình Quốc hội' },
      ')',
      ': Chưa hoàn thành',
    ]);
    // Inside the sentence, "năm 2022", as core's due words write it.
    expect(slot('Năm 2022')).to.deep.equal(['Hạn năm 2022', ': Chưa hoàn thành']);
    // The credit-scoring pilot (bc-2023-02-25, "Hoàn thành thử nghiệm Quý I/2023"): in English
    // an ordinary first word loses its capital, an abbreviation keeps it.
    const pilot = modelOf(
      dataset([
        {
          id: 'cham-diem-tin-dung-cong-dan',
          name: 'Chấm điểm tín dụng công dân',
          kind: 'milestone',
          observations: [{ period: '2023-Q1', done: false }],
          targets: [
            {
              due: '2023-Q1',
              text: { vi: 'Hoàn thành thử nghiệm Quý I/2023', en: 'Trial completed in Q1 2023' },
            },
          ],
        },
      ]),
    );
    expect(describeSlot(pilot, 0, 'en').lines.at(-1)).to.deep.equal([
      'Due ',
      { vi: 'hoàn thành thử nghiệm Quý I/2023', en: 'trial completed in Q1 2023' },
      ': Not done',
    ]);
  });

  it("says a revision's kind and its report in one parenthesis", () => {
    // The digital economy's share of GDP in 2021, an estimate in two reports (bc-2022-08: 9,6%).
    const model = modelOf(
      dataset({
        sources: [
          { id: 'bc-2022-08', title: 'Báo cáo 6 tháng đầu năm 2022', date: '2022-08' },
          { id: 'bc-2023-02-25', title: 'Báo cáo tổng kết', date: '2023-02-25' },
        ],
        indicators: [
          {
            id: 'ty-trong-kinh-te-so-gdp',
            name: 'Tỷ trọng kinh tế số trong GDP',
            unit: '%',
            observations: [
              { period: '2021', value: 9.6, kind: 'estimate', source: 'bc-2022-08' },
              { period: '2021', value: 9.6, kind: 'estimate', source: 'bc-2023-02-25' },
            ],
          },
        ],
      }),
    );
    expect(describeSlot(model, 0, 'vi').lines).to.deep.equal([
      ['9,6% (ước tính); Số liệu khác: 9,6% (ước tính, báo cáo tháng 8/2022)'],
    ]);
    expect(describeSlot(model, 0, 'en').lines).to.deep.equal([
      ['9.6% (estimate); Other figures: 9.6% (estimate, report of August 2022)'],
    ]);
  });

  it('says each series name once at a stop: its target shares its line', () => {
    const withTarget = (id: string, value: number, target: number) => ({
      id,
      name: id.toUpperCase(),
      unit: '%',
      observations: [{ period: '2022', value }],
      targets: [{ period: '2022', op: '>=', value: target }],
    });
    const two = modelOf(dataset([withTarget('a', 40, 50), withTarget('b', 60, 50)]));
    expect(describeSlot(two, 0, 'vi').lines).to.deep.equal([
      [{ vi: 'A' }, ': ', '40%; Mục tiêu 2022: Tối thiểu 50%'],
      [{ vi: 'B' }, ': ', '60%; Mục tiêu 2022: Tối thiểu 50%'],
    ]);
    // One series has no name to repeat: the target keeps a line of its own.
    const one = modelOf(dataset([withTarget('a', 40, 50)]));
    expect(describeSlot(one, 0, 'vi').lines).to.deep.equal([
      ['40%'],
      ['Mục tiêu 2022: Tối thiểu 50%'],
    ]);
  });

  it("says the target a figure is judged against: its period's own, else the year's", () => {
    const data = dataset([
      {
        id: 'a',
        name: 'A',
        unit: '%',
        observations: [
          { period: '2022-H1', value: 30 },
          { period: '2022', value: 40 },
        ],
        // As core's evaluate: the shortest target around a period, not the first to begin.
        targets: [
          { period: '2021-01/2025-12', op: '>=', value: 80 },
          { period: '2022', op: '>=', value: 50 },
        ],
      },
    ]);
    const model = modelOf(data);
    expect(describeSlot(model, 0, 'vi').lines).to.deep.equal([
      ['30%'],
      ['Mục tiêu 2022: Tối thiểu 50%'],
    ]);
    expect(describeSlot(model, 1, 'vi').lines).to.deep.equal([
      ['40%'],
      ['Mục tiêu 2022: Tối thiểu 50%'],
    ]);
  });

  it('says every figure of a series at a stop it shares with another period', () => {
    // As the merged seeds' payment accounts: 2022-H1 (bc-2022-08) and 2022-Q2 (bc-2023-02-25)
    // end together; here with different figures, and 2022 with December besides.
    const data = dataset([
      {
        id: 'a',
        name: 'A',
        unit: '%',
        observations: [
          { period: '2022-H1', value: 30 },
          { period: '2022-Q2', value: 45 },
          { period: '2022', value: 50 },
          { period: '2022-12', value: 52 },
        ],
        targets: [{ period: '2022', op: '>=', value: 65 }],
      },
    ]);
    const model = modelOf(data);
    expect(describeSlot(model, 0, 'vi')).to.deep.equal({
      title: '6 tháng đầu năm 2022 / Quý II/2022',
      lines: [
        ['30% (6 tháng đầu năm 2022)'],
        ['45% (quý II/2022)'],
        ['Mục tiêu 2022: Tối thiểu 65%'],
      ],
    });
    expect(announceSlot(model, 1, 'en').join('')).to.equal(
      '2022 / December 2022: 50% (2022); 52% (December 2022); Target 2022: At least 65% (point 2 of 2)',
    );
  });

  it('draws a target repeated by several reports once', () => {
    const data = dataset([
      {
        id: 'a',
        name: 'A',
        unit: '%',
        observations: [{ period: '2022', value: 54.34 }],
        targets: [
          { period: '2022', op: '>=', value: 50 },
          { period: '2022', op: '>=', value: 50 },
          { period: '2023', op: '>', value: 60 },
        ],
      },
    ]);
    const model = modelOf(data);
    expect(
      model.series[0]?.targets.map((t) => [t.target.period.key, t.target.value]),
    ).to.deep.equal([
      ['2022', 50],
      ['2023', 60],
    ]);
  });
});

/** The merged seeds' indicators `ids` alone (with `extra` fields on the first), parsed. */
async function seeds(ids: readonly string[], extra: object = {}): Promise<Dataset> {
  const all = await loadMergedSeeds();
  const pick = ids.map((id) => all.indicators.find((i) => i.id === id));
  return dataset({
    sources: all.sources,
    indicators: [{ ...pick[0], ...extra }, ...pick.slice(1)],
  });
}

describe('trend chart: a count out of totals that differ', () => {
  it('draws each figure as its share in per cent; a count out of one total stays a count', async () => {
    const ys = async (id: string): Promise<number[]> =>
      modelOf(await seeds([id])).series[0]?.points.map((p) => Math.round(p.y * 100) / 100) ?? [];
    // 6/30 then 21/22 ministries: 20% → 95,45%, the 75,45 points the summary says; not 6 → 21.
    expect(await ys('bo-nganh-ke-hoach-cds-nam')).to.deep.equal([20, 95.45]);
    expect(await ys('he-thong-thong-tin-duoc-phe-duyet')).to.deep.equal([56.12, 69.19]);
    expect(await ys('co-so-kcb-su-dung-cccd')).to.deep.equal([88.28, 94.04]);
    // 22/22 then 30/30: the share held, a flat line, where the counts rose.
    expect(await ys('bo-nganh-ke-hoach-cds-giai-doan')).to.deep.equal([100, 100]);
    // 8/63 then 11/63, and a figure without its total: counts, as before.
    expect(await ys('dia-phuong-cong-bo-nen-tang-van-ban-rieng')).to.deep.equal([8, 11]);
    expect(await ys('may-tinh-song-va-may-tinh-cho-em')).to.deep.equal([457249, 503249]);
  });

  it('says the count and its share at each stop, and in the summary that it draws shares', async () => {
    const model = modelOf(await seeds(['bo-nganh-ke-hoach-cds-nam']));
    expect(describeSlot(model, 0, 'vi').lines).to.deep.equal([['6/30 bộ, ngành (20%)']]);
    expect(describeSlot(model, 1, 'vi').lines).to.deep.equal([['21/22 bộ, ngành (95,45%)']]);
    expect(describeSlot(model, 1, 'en').lines).to.deep.equal([['21/22 ministries (95.45%)']]);
    const ind = model.series.map((s) => s.indicator);
    expect(summarizeTrend(ind, 'vi')).to.deep.equal([
      'Tăng từ 6/30 bộ, ngành (25/02/2023) lên 21/22 bộ, ngành (tháng 4/2024), tức tăng 75,45 điểm\u00a0%. ' +
        'Biểu đồ vẽ tỷ lệ % trên tổng số bộ, ngành.',
    ]);
    expect(summarizeTrend(ind, 'en')).to.deep.equal([
      'Rose from 6/30 ministries (25 February 2023) to 21/22 ministries (April 2024), up 75.45 percentage points. ' +
        'Drawn in per cent of all ministries.',
    ]);
  });

  it("draws another report's figure as its share too, and says both", async () => {
    // A second report's figure for April 2024, out of a total of its own.
    const data = await seeds(['co-so-kcb-su-dung-cccd'], {
      observations: [
        { period: '2022-11-28', value: 11923, total: 13506, source: 'bc-2022-12-28' },
        { period: '2023-02', value: 12269, total: 13047, source: 'bc-2023-02-25' },
        { period: '2023-02', value: 12200, total: 13000, source: 'bc-2022-12-28' },
      ],
    });
    const model = modelOf(data);
    expect(model.series[0]?.revisions.map((r) => r.y)).to.deep.equal([(12200 / 13000) * 100]);
    expect(describeSlot(model, 1, 'vi').lines).to.deep.equal([
      [
        '12.269/13.047 cơ sở (94,04%); Số liệu khác: 12.200/13.000 cơ sở (93,85%, báo cáo 28/12/2022)',
      ],
    ]);
  });

  it('draws a target with its total as its share; one without a total is said, not drawn', async () => {
    const model = modelOf(
      await seeds(['bo-nganh-ke-hoach-cds-nam'], {
        targets: [
          { period: '2023', op: '>=', value: 15, total: 30 },
          { period: '2024', op: '>=', value: 20 },
        ],
      }),
    );
    const s = model.series[0];
    expect(s?.targets.map((t) => t.y)).to.deep.equal([50, undefined]);
    expect(s && targetData(s)).to.deep.equal([
      { x: Date.UTC(2023, 0, 1), y: 50 },
      { x: Date.UTC(2024, 0, 1), y: 50 },
    ]);
    // The axis reaches 2024's end for the figure of April, not for the target it cannot draw.
    expect(model.max).to.be.lessThan(Date.UTC(2024, 11, 1));
    expect(describeSlot(model, 0, 'vi').lines).to.deep.equal([
      ['6/30 bộ, ngành (20%)'],
      ['Mục tiêu 2023: Tối thiểu 15/30 bộ, ngành (50%)'],
    ]);
    expect(describeSlot(model, 1, 'vi').lines).to.deep.equal([
      ['21/22 bộ, ngành (95,45%)'],
      ['Mục tiêu 2024: Tối thiểu 20 bộ, ngành (không vẽ: thiếu tổng số)'],
    ]);
    expect(describeSlot(model, 1, 'en').lines[1]).to.deep.equal([
      'Target 2024: At least 20 ministries (not drawn: no total)',
    ]);
  });

  it('puts a share on a per-cent axis: beside a percentage, never beside a count', async () => {
    const data = await seeds([
      'bo-nganh-ke-hoach-cds-nam',
      'ho-so-xu-ly-truc-tuyen',
      'dia-phuong-cong-bo-nen-tang-van-ban-rieng',
    ]);
    const ids = ['bo-nganh-ke-hoach-cds-nam', 'ho-so-xu-ly-truc-tuyen'];
    expect(selectSeries(data, ids, []).ok).to.equal(true);
    const counts = selectSeries(
      data,
      [ids[0] as string, 'dia-phuong-cong-bo-nen-tang-van-ban-rieng'],
      [],
    );
    expect(counts.ok ? [] : counts.errors.map((e) => e.message.vi)).to.deep.equal([
      'Không thể vẽ chung một trục: "Bộ, ngành đã ban hành kế hoạch chuyển đổi số năm" tính bằng tỷ lệ % trên tổng số bộ, ngành, còn "Địa phương đã công bố lựa chọn nền tảng số triển khai năm 2022 bằng một văn bản riêng của UBND tỉnh, thành phố" tính bằng địa phương. Hãy chọn các chỉ tiêu cùng đơn vị, hoặc đưa một chỉ tiêu sang trục thứ hai bằng y2-indicator-ids.',
    ]);
  });
});

describe('trend chart: words inside a sentence', () => {
  it('names a month report in lower case after "báo cáo"', () => {
    // A figure a later report revised (values made up): the earlier report is a month's.
    const data = dataset({
      sources: [
        { id: 'bc-2022-08', title: 'Báo cáo 6 tháng 2022', date: '2022-08' },
        { id: 'bc-2023-02-25', title: 'Báo cáo tóm tắt', date: '2023-02-25' },
      ],
      indicators: [
        {
          id: 'gdp',
          name: 'Tỷ trọng kinh tế số trong GDP',
          unit: '%',
          observations: [
            { period: '2022', value: 14.26, source: 'bc-2023-02-25' },
            { period: '2022', value: 11.91, source: 'bc-2022-08' },
          ],
        },
      ],
    });
    const lines = describeSlot(modelOf(data), 0, 'vi').lines.flat();
    expect(lines.join('')).to.contain('11,91% (báo cáo tháng 8/2022)');
  });
});

describe('trend chart: keyboard steps', () => {
  it('moves within the stops and leaves other keys to the page', () => {
    expect(nextSlot(undefined, 'ArrowRight', 4)).to.equal(0);
    expect(nextSlot(undefined, 'ArrowLeft', 4)).to.equal(3);
    expect(nextSlot(1, 'ArrowRight', 4)).to.equal(2);
    expect(nextSlot(3, 'ArrowRight', 4)).to.equal(3);
    expect(nextSlot(0, 'ArrowLeft', 4)).to.equal(0);
    expect(nextSlot(2, 'Home', 4)).to.equal(0);
    expect(nextSlot(0, 'End', 4)).to.equal(3);
    expect(nextSlot(2, 'Escape', 4)).to.equal(undefined);
    expect(nextSlot(undefined, 'Escape', 4)).to.equal(null);
    expect(nextSlot(1, 'Tab', 4)).to.equal(null);
    expect(nextSlot(undefined, 'ArrowRight', 0)).to.equal(null);
  });
});
