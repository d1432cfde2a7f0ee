import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { Chart } from 'chart.js';
import { chartRequested, loadChart } from './chart-loader.js';
import type { CdsTrendChart } from './trend-chart.js';
import type { CdsErrorEvent } from '../events/cds-error-event.js';
import { clearFetchCache } from '../base/fetch-json.js';
import { axSubtree, axTree, itInChromium, loadMergedSeeds, nextEvent } from '../../test/helpers.js';
import { RANKING } from '../../test/fixtures.js';

// Registered inside the first test, so that test can see that importing the tag's module
// alone does not fetch Chart.js.
const define = (): Promise<unknown> => import('./cds-trend-chart.js');

const SIZE = 'width: 640px; --cds-trend-chart-height: 320px; font: 16px monospace';
const COLOURS =
  '--cds-color-surface: rgb(250, 251, 252); --cds-trend-chart-series-1: rgb(10, 20, 30)';
const DAY = 86_400_000;
const utc = (y: number, m: number, d = 1): number => Date.UTC(y, m - 1, d);

const SOURCES = [
  { id: 'bc-2022-08', title: 'Báo cáo 6 tháng 2022', date: '2022-08' },
  { id: 'bc-2022-12-28', title: 'Kết quả năm 2022', date: '2022-12-28' },
  { id: 'bc-2023-02-25', title: 'Báo cáo tóm tắt', date: '2023-02-25' },
  { id: 'bc-2024-04', title: 'Tháng 4/2024', date: '2024-04' },
];

/** Online dossiers (bc-2022-08, bc-2022-12-28, bc-2023-02-25, bc-2024-04), deliberately unsorted. */
const DOSSIERS = {
  id: 'ho-so',
  name: { vi: 'Tỷ lệ hồ sơ xử lý trực tuyến', en: 'Dossiers processed online' },
  unit: '%',
  observations: [
    { period: '2024-04', value: 38.3, source: 'bc-2024-04' },
    { period: '2022', value: 54.34, source: 'bc-2023-02-25' },
    { period: '2022-H1', value: 36.91, source: 'bc-2022-08' },
    { period: '2022', value: 52.8, source: 'bc-2022-12-28' },
  ],
  targets: [
    { period: '2022', op: '>=', value: 50, source: 'bc-2023-02-25' },
    { period: '2023', op: '>', value: 60, source: 'bc-2023-02-25' },
  ],
};

const NDXP = {
  id: 'ndxp',
  name: { vi: 'Giao dịch qua NDXP', en: 'NDXP transactions' },
  unit: 'count',
  observations: [
    { period: '2021', value: 180e6 },
    { period: '2022', value: 860e6 },
  ],
};

const DX_INDEX = {
  id: 'dx',
  name: { vi: 'Chỉ số chuyển đổi số quốc gia', en: 'National DX index' },
  unit: 'index',
  observations: [
    { period: '2020', value: 0.48 },
    { period: '2022', value: 0.71 },
    { period: '2023', value: 0.75, kind: 'forecast' },
  ],
};

const FIXED = {
  id: 'co-dinh',
  name: { vi: 'Tốc độ băng rộng cố định', en: 'Fixed broadband speed' },
  unit: 'Mbps',
  observations: [
    { period: '2022-H1', value: 71.79 },
    { period: '2022', value: 79.95 },
  ],
};

const MOBILE = {
  id: 'di-dong',
  name: { vi: 'Tốc độ băng rộng di động', en: 'Mobile broadband speed' },
  unit: 'Mbps',
  observations: [
    { period: '2022-H1', value: 35.29 },
    { period: '2022', value: 39.48 },
  ],
};

const MILESTONE = {
  id: 'luat-can-cuoc',
  name: 'Luật Căn cước công dân (sửa đổi)',
  kind: 'milestone',
  targets: [{ due: '2023-12' }],
  observations: [],
};

type TrendChartJs = Chart<'line' | 'bar', { x: number; y: number | null }[]>;

async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

function canvasOf(el: CdsTrendChart): HTMLCanvasElement {
  const c = el.shadowRoot?.querySelector('canvas');
  if (!c) throw new Error('no canvas');
  return c;
}

/** Waits until the element has drawn its chart; returns the Chart.js instance. */
async function drawn(el: CdsTrendChart): Promise<TrendChartJs> {
  const ChartJs = await loadChart();
  await until(() => !!el.shadowRoot?.querySelector('canvas[data-drawn]'));
  await el.updateComplete;
  const chart = ChartJs.getChart(canvasOf(el));
  if (!chart) throw new Error('no chart');
  return chart as unknown as TrendChartJs;
}

async function mount(data: unknown, attrs = '', style = ''): Promise<CdsTrendChart> {
  await define();
  const el = document.createElement('cds-trend-chart');
  el.setAttribute('style', `${SIZE}; ${style}`);
  el.setAttribute('no-animation', '');
  for (const a of attrs.split(' ').filter(Boolean)) {
    const [k, v] = a.split('=');
    if (k) el.setAttribute(k, v ?? '');
  }
  el.indicator = data as object;
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(el);
  await el.updateComplete;
  return el;
}

/** What the eye reads: the text without what is there for screen readers only. */
function seen(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.sr-only').forEach((n) => n.remove());
  return text(copy);
}

const text = (node: Element | null | undefined): string =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const chartJsResources = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => /node_modules\/chart\.js\/|chart-registry/.test(n));

interface Extent {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Where each drawn tick label of a scale lies on the canvas, measured with the chart's font. */
function labelExtents(chart: TrendChartJs, id: string): Extent[] {
  const scale = chart.scales[id];
  if (!scale?.options.display) return [];
  const ctx = chart.ctx;
  return scale.getLabelItems().flatMap((item) => {
    const text = String(item.label);
    if (!text) return [];
    ctx.font = item.font.string;
    const w = ctx.measureText(text).width;
    const [x = 0, y = 0] = (item.options.translation ?? []) as number[];
    const align = item.options.textAlign;
    const left = align === 'right' ? x - w : align === 'center' ? x - w / 2 : x;
    const h = Number(item.font.lineHeight);
    const top = item.options.textBaseline === 'top' ? y + item.textOffset : y - h / 2;
    return [{ text, left, right: left + w, top, bottom: top + h }];
  });
}

/** Every way the reviewer saw labels clipped or colliding, as readable messages. */
function layoutFaults(chart: TrendChartJs): string[] {
  const faults: string[] = [];
  const { width, height } = chart;
  for (const id of ['x', 'y', 'y2']) {
    const scale = chart.scales[id];
    const labels = labelExtents(chart, id);
    // The first fault of each kind per axis: one cut label stands for its neighbours.
    const cut = labels.find(
      (l) => l.left < -0.5 || l.right > width + 0.5 || l.top < -0.5 || l.bottom > height + 0.5,
    );
    if (cut)
      faults.push(
        `${id} "${cut.text}" outside the ${width}px canvas (${Math.round(cut.left)}–${Math.round(cut.right)})`,
      );
    if (id === 'x') {
      labels.forEach((l, i) => {
        const next = labels[i + 1];
        if (next && l.right + 2 > next.left) faults.push(`x "${l.text}" runs into "${next.text}"`);
      });
      continue;
    }
    const title = (scale?.options as { title?: { display?: boolean } } | undefined)?.title;
    // The fitted scale leaves its title out when there is no room for it.
    const shown = (scale as { titleShown?: boolean } | undefined)?.titleShown ?? title?.display;
    if (!scale || !labels.length || !shown) continue;
    // A y title stands rotated at the scale's outer edge, one line (plus padding) wide.
    const band = 12 * 1.2 + 8;
    const [from, to] =
      id === 'y' ? [scale.left, scale.left + band] : [scale.right - band, scale.right];
    const under = labels.find((l) => l.left < to && l.right > from);
    if (under) faults.push(`${id} title overlaps "${under.text}"`);
  }
  // Points must be whole: inside the canvas and inside the area their dataset is clipped to.
  chart.data.datasets.forEach((_, i) => {
    const meta = chart.getDatasetMeta(i);
    if (meta.type !== 'line') return;
    const clip = (meta as unknown as { _clip: Record<'left' | 'right', number | false> })._clip;
    const area = chart.chartArea;
    const lo = clip.left === false ? 0 : Math.max(0, area.left - clip.left);
    const hi = clip.right === false ? width : Math.min(width, area.right + clip.right);
    for (const p of meta.data) {
      const r = Number((p.options as { radius?: number } | undefined)?.radius ?? 0) + 1;
      if (r > 1 && Number.isFinite(p.x) && (p.x - r < lo - 0.5 || p.x + r > hi + 0.5))
        faults.push(`point at x=${Math.round(p.x)} clipped to ${Math.round(lo)}–${Math.round(hi)}`);
    }
  });
  return faults;
}

const REVIEWED: readonly (readonly [string, string])[] = [
  ['Mbps line', 'indicator-ids=toc-do-bang-rong-co-dinh,toc-do-bang-rong-di-dong'],
  ['bars', 'indicator-ids=ndxp-giao-dich type=bar as-of=2024-01'],
  [
    'two axes',
    'indicator-ids=to-cong-nghe-so-cong-dong y2-indicator-ids=thanh-vien-to-cong-nghe-so-cong-dong',
  ],
  [
    'two axes, bars',
    'indicator-ids=to-cong-nghe-so-cong-dong y2-indicator-ids=thanh-vien-to-cong-nghe-so-cong-dong type=bar',
  ],
  ['uneven periods', 'indicator-ids=ho-so-xu-ly-truc-tuyen as-of=2024-05'],
];

describe('cds-trend-chart', () => {
  afterEach(() => clearFetchCache());

  it('loads Chart.js only when the first chart connects', async () => {
    await define();
    expect(customElements.get('cds-trend-chart')).to.not.equal(undefined);
    expect(chartRequested()).to.equal(false);
    expect(chartJsResources()).to.deep.equal([]);
    const el = await mount({ indicators: [NDXP] });
    expect(chartRequested()).to.equal(true);
    await drawn(el);
    expect(chartJsResources().some((n) => n.includes('node_modules/chart.js/'))).to.equal(true);
  });

  it('places mixed periods on a true time axis, at their ends, in order', async () => {
    const el = await mount(
      { sources: SOURCES, indicators: [{ ...DOSSIERS, targets: [] }] },
      'indicator-ids=ho-so',
    );
    const chart = await drawn(el);
    const xs = chart.getDatasetMeta(0).data.map((p) => p.x);
    expect(xs).to.have.length(3);
    // 2022-H1 ends 1 Jul 2022, 2022 ends 1 Jan 2023, 2024-04 ends 1 May 2024.
    expect(chart.data.datasets[0]?.data.map((d) => d.x)).to.deep.equal([
      utc(2022, 7),
      utc(2023, 1),
      utc(2024, 5),
    ]);
    const [a = 0, b = 0, c = 0] = xs;
    expect(a).to.be.lessThan(b);
    expect(b).to.be.lessThan(c);
    const expected = (utc(2023, 1) - utc(2022, 7)) / (utc(2024, 5) - utc(2023, 1));
    expect((b - a) / (c - b)).to.be.closeTo(expected, 0.02);
    expect(chart.scales['x']?.ticks.map((t) => t.label)).to.deep.equal([
      'H1/2022',
      '2022',
      'T4/2024',
    ]);
  });

  it('labels the time axis in English under lang="en"', async () => {
    const el = await mount(
      { sources: SOURCES, indicators: [{ ...DOSSIERS, targets: [] }] },
      'lang=en',
    );
    const chart = await drawn(el);
    expect(chart.scales['x']?.ticks.map((t) => t.label)).to.deep.equal([
      'H1 2022',
      '2022',
      'Apr 2024',
    ]);
  });

  it('fits a height given to it, legend and summary included; without one the plot is its own', async () => {
    // A dashboard tile 360 px high: the chart ran 100 px over the tile below it.
    const data = { sources: SOURCES, indicators: [DOSSIERS] };
    const free = await mount(data);
    // The same where the page sets the element's display, as many do for custom elements.
    for (const style of ['height: 360px', 'display: inline-block; height: 360px']) {
      const tile = await mount(data, '', style);
      await drawn(tile);
      const box = (sel: string) =>
        (tile.shadowRoot?.querySelector(sel) as Element).getBoundingClientRect();
      const host = tile.getBoundingClientRect();
      expect(host.height, style).to.equal(360);
      expect(box('details').bottom, style).to.be.at.most(host.bottom + 0.5);
      expect(box('.plot').height, style).to.be.below(320).and.at.least(128);
      // The canvas follows its box: Chart.js draws at the plot's height, not the 320 px asked.
      expect(box('canvas').height, style).to.be.closeTo(box('.plot').height, 1);
      tile.remove();
    }
    // Taller than it needs (a grid row stretched by a long table beside it): it stays as asked.
    const tall = await mount(data, '', 'height: 800px');
    await Promise.all([drawn(free), drawn(tall)]);
    for (const el of [free, tall]) {
      const plot = el.shadowRoot?.querySelector('.plot') as Element;
      expect(plot.getBoundingClientRect().height).to.equal(320);
    }
  });

  it('draws a rank with its 1st place on top, so a climb rises, in whole places', async () => {
    const chart = await drawn(await mount([RANKING]));
    const [p86, p77] = chart.getDatasetMeta(0).data;
    // Canvas y grows downwards: the better (smaller) rank sits higher, at a smaller y.
    expect(p77?.y ?? NaN).to.be.below(p86?.y ?? NaN);
    const labels = chart.scales['y']?.ticks.map((t) => String(t.label)) ?? [];
    expect(labels.length).to.be.above(1);
    expect(labels.filter((l) => !/^hạng \d+$/.test(l))).to.deep.equal([]);
  });

  it('draws threshold targets as dotted steps over their periods', async () => {
    const el = await mount({ sources: SOURCES, indicators: [DOSSIERS] });
    const chart = await drawn(el);
    const index = chart.data.datasets.findIndex((d) => d.label?.endsWith('(target)'));
    const target = chart.data.datasets[index];
    expect((target as { borderDash?: unknown } | undefined)?.borderDash).to.deep.equal([2, 3]);
    expect(target?.data).to.deep.equal([
      { x: utc(2022, 1), y: 50 },
      { x: utc(2023, 1), y: 50 },
      { x: utc(2023, 1), y: 60 },
      { x: utc(2024, 1), y: 60 },
    ]);
    const y = chart.scales['y'];
    const [p0, p1] = chart.getDatasetMeta(index).data;
    expect(p0?.y).to.be.closeTo(y?.getPixelForValue(50) ?? NaN, 0.5);
    expect(p1?.x).to.be.closeTo(chart.scales['x']?.getPixelForValue(utc(2023, 1)) ?? NaN, 0.5);
    expect(text(el.shadowRoot?.querySelector('[part="legend"]'))).to.contain('Mục tiêu');
  });

  it('breaks the target line between targets that do not touch', async () => {
    const ind = {
      ...FIXED,
      id: 'gdp',
      unit: '%',
      targets: [
        { period: '2023', op: '>', value: 16 },
        { period: '2025', op: '>=', value: 20 },
      ],
    };
    const el = await mount([ind]);
    const chart = await drawn(el);
    const target = chart.data.datasets.find((d) => d.label?.endsWith('(target)'));
    expect(target?.data).to.deep.equal([
      { x: utc(2023, 1), y: 16 },
      { x: utc(2024, 1), y: 16 },
      { x: utc(2025, 1), y: null },
      { x: utc(2025, 1), y: 20 },
      { x: utc(2026, 1), y: 20 },
    ]);
  });

  it('never joins targets of different spans into one line; each says its period', async () => {
    // A one-year goal, then a 2022–2025 one (Đề án 06's "giai đoạn 2022 - 2025") with one-year
    // goals inside it: 2023 and 2024 follow on and keep their step; nothing joins the spans.
    const ind = {
      ...FIXED,
      id: 'gdp',
      unit: '%',
      observations: [
        { period: '2021', value: 30 },
        { period: '2022', value: 45 },
        { period: '2023', value: 58 },
      ],
      targets: [
        { period: '2021', op: '>=', value: 40 },
        { period: '2022-01/2025-12', op: '>=', value: 80 },
        { period: '2023', op: '>=', value: 55 },
        { period: '2024', op: '>=', value: 65 },
      ],
    };
    const el = await mount([ind], 'show-table');
    const chart = await drawn(el);
    // The lines as drawn: each unbroken run of target points, whichever datasets hold them.
    const lines = chart.data.datasets
      .flatMap((d, i) => {
        if (!d.label?.endsWith('(target)')) return [];
        const line = chart.getDatasetMeta(i).dataset as unknown as {
          segments: { start: number; end: number }[];
        };
        return line.segments.map((g) => d.data.slice(g.start, g.end + 1).map((p) => [p.x, p.y]));
      })
      .sort((a, b) => (a[0]?.[0] ?? 0) - (b[0]?.[0] ?? 0));
    expect(lines).to.deep.equal([
      [
        [utc(2021, 1), 40],
        [utc(2022, 1), 40],
      ],
      [
        [utc(2022, 1), 80],
        [utc(2026, 1), 80],
      ],
      [
        [utc(2023, 1), 55],
        [utc(2024, 1), 55],
        [utc(2024, 1), 65],
        [utc(2025, 1), 65],
      ],
    ]);
    // Targets are no stops: the keys go from figure to figure, each said with its own target.
    canvasOf(el).focus();
    const live = (): string => text(el.shadowRoot?.querySelector('[role="status"]'));
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(live()).to.equal('Năm 2023: 58%; Mục tiêu 2023: Tối thiểu 55% (điểm 3 trên 3)');
    expect(chart.getActiveElements().map((a) => a.datasetIndex)).to.deep.equal([0]);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(live()).to.equal('Năm 2022: 45%; Mục tiêu 2022–2025: Tối thiểu 80% (điểm 2 trên 3)');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(live()).to.equal('Năm 2021: 30%; Mục tiêu 2021: Tối thiểu 40% (điểm 1 trên 3)');
    // The table names the period of every target it shows against another period's row.
    const rows = [...(el.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map(seen);
    expect(rows).to.include('Năm 2022 45% ≥ 80% (giai đoạn 2022–2025)');
    expect(rows).to.include('Giai đoạn 2022–2025 – ≥ 80%');
    expect(seen(el.shadowRoot?.querySelector('[part="legend"]') as Element)).to.contain('Mục tiêu');
  });

  it('marks a milestone at its due date', async () => {
    const el = await mount([MILESTONE]);
    const chart = await drawn(el);
    const marks = chart.data.datasets.find((d) => d.yAxisID === 'marks');
    // Due "2023-12": the end of December 2023.
    expect(marks?.data[0]).to.deep.equal({ x: utc(2024, 1), y: 0.04 });
    expect((marks as { pointStyle?: unknown }).pointStyle).to.equal('triangle');
    expect(text(el.shadowRoot?.querySelector('table'))).to.contain('Hạn: Chưa hoàn thành');
    // Nothing has a value: no value axis with a meaningless 0–1 scale.
    expect(chart.scales['y']?.options.display).to.equal(false);
  });

  it('gives a task\'s result in the data table, not "no data"', async () => {
    const ids = 'de-an-06-hanh-lang-phap-ly de-an-06-dvc-lien-thong-cu-tru';
    const data = await loadMergedSeeds();
    const el = await mount(data, `indicator-ids=${ids.replace(' ', ',')} show-table`);
    const cells = (): string[] =>
      [...(el.shadowRoot?.querySelectorAll('tbody td') ?? [])].map(text);
    // bc-2023-02-25's Đề án 06 table: the result as printed, beside done or not.
    expect(cells()).to.deep.equal([
      '04 Nghị định, 05 Thông tư',
      'Hạn: Đã hoàn thành',
      'Chưa toàn trình',
      'Hạn: Chưa hoàn thành',
    ]);
    // Given only in Vietnamese: marked so on an English page.
    el.lang = 'en';
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(
      [...(el.shadowRoot?.querySelectorAll('tbody td [lang="vi"]') ?? [])].map(text),
    ).to.deep.equal(['04 Nghị định, 05 Thông tư', 'Chưa toàn trình']);
  });

  it('draws a forecast hollow, with a dashed segment into it', async () => {
    const el = await mount([DX_INDEX], '', COLOURS);
    const chart = await drawn(el);
    const ds = chart.data.datasets[0] as {
      pointBackgroundColor?: unknown;
      segment?: { borderDash?: (ctx: { p1DataIndex: number }) => unknown };
    };
    expect(ds.pointBackgroundColor).to.deep.equal([
      'rgb(10, 20, 30)',
      'rgb(10, 20, 30)',
      'rgb(250, 251, 252)',
    ]);
    expect(ds.segment?.borderDash?.({ p1DataIndex: 2 })).to.deep.equal([6, 4]);
    expect(ds.segment?.borderDash?.({ p1DataIndex: 1 })).to.equal(undefined);
    expect(text(el.shadowRoot?.querySelector('[part="legend"]'))).to.contain('Dự báo');
  });

  it("shows other reports' figures as small crosses, and names them in the table", async () => {
    const el = await mount({ sources: SOURCES, indicators: [DOSSIERS] }, 'show-table');
    const chart = await drawn(el);
    expect(chart.data.datasets[0]?.data[1]).to.deep.equal({ x: utc(2023, 1), y: 54.34 });
    const rev = chart.data.datasets.find((d) => d.label?.endsWith('(revisions)')) as
      { data: unknown[]; pointStyle?: unknown; showLine?: unknown } | undefined;
    expect(rev?.data).to.deep.equal([{ x: utc(2023, 1), y: 52.8 }]);
    expect(rev?.pointStyle).to.equal('crossRot');
    expect(rev?.showLine).to.equal(false);
    const rows = [...(el.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
      [...tr.children].map(seen).join(' | '),
    );
    expect(rows).to.deep.equal([
      '6 tháng đầu năm 2022 | 36,91% | ≥ 50% (năm 2022)',
      'Năm 2022 | 54,34% Số liệu khác: 52,8% (báo cáo 28/12/2022) | ≥ 50%',
      'Năm 2023 | – | > 60%',
      'Tháng 4/2024 | 38,3% | –',
    ]);
    expect(el.shadowRoot?.querySelector('details')?.open).to.equal(true);
  });

  it('as of a date, draws only the figures known by then, as its summary judges them', async () => {
    // On 25 Feb 2023 the April 2024 figure did not exist: drawn beside "Chưa có số liệu năm
    // 2023" it contradicted the summary, and the card and table beside the chart.
    const el = await mount(
      { sources: SOURCES, indicators: [DOSSIERS] },
      'as-of=2023-01 show-table',
    );
    const chart = await drawn(el);
    expect(chart.data.datasets[0]?.data).to.deep.equal([
      { x: utc(2022, 7), y: 36.91 },
      { x: utc(2023, 1), y: 52.8 },
    ]);
    expect(chart.data.datasets.find((d) => d.label?.endsWith('(revisions)'))).to.equal(undefined);
    const rows = [...(el.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
      [...tr.children].map(seen).join(' | '),
    );
    expect(rows).to.deep.equal([
      '6 tháng đầu năm 2022 | 36,91% | ≥ 50% (năm 2022)',
      'Năm 2022 | 52,8% | ≥ 50%',
      'Năm 2023 | – | > 60%',
    ]);
    // The attribute changed redraws: a later date brings the later reports' figures back.
    el.setAttribute('as-of', '2024-05');
    await el.updateComplete;
    const later = await drawn(el);
    expect(later.data.datasets[0]?.data.map((d) => d.y)).to.deep.equal([36.91, 54.34, 38.3]);
  });

  it('compares indicators with the same unit on one axis', async () => {
    const el = await mount([FIXED, MOBILE]);
    const chart = await drawn(el);
    const main = chart.data.datasets.filter((d) => d.yAxisID === 'y');
    expect(main.map((d) => d.label)).to.deep.equal([
      'Tốc độ băng rộng cố định',
      'Tốc độ băng rộng di động',
    ]);
    expect(main[0]?.borderColor).to.not.equal(main[1]?.borderColor);
    expect(text(el.shadowRoot?.querySelector('figcaption'))).to.equal(
      'Tốc độ băng rộng cố định: Tăng từ 71,79 Mbps (6 tháng đầu năm 2022) lên 79,95 Mbps (2022), tức tăng 11,4%. ' +
        'Tốc độ băng rộng di động: Tăng từ 35,29 Mbps (6 tháng đầu năm 2022) lên 39,48 Mbps (2022), tức tăng 11,9%.',
    );
  });

  it('titles a shared axis in English where the English labels of one unit differ', async () => {
    // One unit in Vietnamese ("hồ sơ"), translated two ways: the axis groups them as one, and
    // its English title was left off where the two English words differed.
    const counted = (id: string, en: string, value: number) => ({
      id,
      name: { vi: `Hồ sơ ${id}`, en: `Dossiers ${id}` },
      unit: 'count',
      unitLabel: { vi: 'hồ sơ', en },
      observations: [{ period: '2022', value }],
    });
    const data = [counted('a', 'dossiers', 120), counted('b', 'applications', 80)];
    const title = (chart: TrendChartJs): unknown =>
      (chart.scales['y']?.options as { title?: { text?: unknown } }).title?.text;
    expect(title(await drawn(await mount(data, 'lang=en')))).to.equal('dossiers');
    expect(title(await drawn(await mount(data)))).to.equal('hồ sơ');
  });

  it('refuses two units on one axis, in the page language, with cds-error', async () => {
    await define();
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    const el = document.createElement('cds-trend-chart');
    el.indicator = { sources: SOURCES, indicators: [FIXED, { ...DOSSIERS, targets: [] }] };
    wrapper.append(el);
    const pending = nextEvent(el, 'cds-error');
    document.body.append(wrapper);
    const event = await pending;
    expect(event.code).to.equal('invalid-data');
    expect(event.path).to.equal('indicator-ids');
    expect(event.message).to.equal(
      'Cannot share one axis: "Fixed broadband speed" is in Mbps but "Dossiers processed online" is in per cent. Choose indicators with the same unit, or move one to a second axis with y2-indicator-ids.',
    );
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[role="alert"]')).to.not.equal(null);
    expect(el.shadowRoot?.querySelector('canvas')).to.equal(null);
    await expect(el).to.be.accessible();
    wrapper.remove();
  });

  it('asks for a period rather than drawing a short form at the current year', async () => {
    await define();
    const el = document.createElement('cds-trend-chart');
    el.indicator = [
      { name: 'Có kỳ', value: 40, unit: '%', period: '2022' },
      { name: 'Không kỳ', value: 54.34, target: 50, unit: '%' },
    ];
    const pending = nextEvent(el, 'cds-error');
    document.body.append(el);
    const event = await pending;
    expect(event.code).to.equal('invalid-data');
    expect(event.path).to.equal('[1].period');
    expect(event.message).to.equal(
      '"Không kỳ" không có kỳ số liệu: biểu đồ xu hướng cần kỳ của từng số liệu, ví dụ "period": "2022"',
    );
    await el.updateComplete;
    expect(text(el.shadowRoot?.querySelector('[role="alert"]'))).to.contain(
      '"Không kỳ" không có kỳ số liệu',
    );
    expect(el.shadowRoot?.querySelector('canvas')).to.equal(null);
    el.remove();
    el.setAttribute('lang', 'en');
    document.body.append(el);
    await el.updateComplete;
    expect(text(el.shadowRoot?.querySelector('[role="alert"]'))).to.contain(
      '"Không kỳ" has no period: a trend chart needs each figure\'s period, e.g. "period": "2022"',
    );
    el.remove();
  });

  it('puts a second unit on a right-hand axis when asked', async () => {
    const el = await mount(
      { sources: SOURCES, indicators: [FIXED, { ...DOSSIERS, targets: [] }] },
      'y2-indicator-ids=ho-so',
    );
    const chart = await drawn(el);
    // The speed on the left; the share, and the share's 2022 revision, on the right.
    expect(chart.data.datasets.map((d) => d.yAxisID)).to.deep.equal(['y', 'y2', 'y2']);
    expect(chart.scales['y2']?.options.display).to.equal(true);
    expect((chart.scales['y2']?.options as { position?: unknown }).position).to.equal('right');
    expect(text(el.shadowRoot?.querySelector('[part="legend"]'))).to.contain(
      'Tỷ lệ hồ sơ xử lý trực tuyến (trục phải)',
    );
  });

  it('describes the canvas with the generated summary, shown as the caption', async () => {
    const el = await mount([NDXP]);
    await drawn(el);
    const canvas = canvasOf(el);
    expect(canvas.getAttribute('role')).to.equal('application');
    expect(canvas.getAttribute('aria-label')).to.equal('Biểu đồ đường: Giao dịch qua NDXP');
    const ids = canvas.getAttribute('aria-describedby')?.split(' ') ?? [];
    const description = ids.map((id) => text(el.shadowRoot?.getElementById(id))).join(' ');
    expect(description).to.contain('Tăng từ 180 triệu (2021) lên 860 triệu (2022), gấp 4,8 lần.');
    expect(text(el.shadowRoot?.querySelector('figcaption'))).to.equal(
      'Tăng từ 180 triệu (2021) lên 860 triệu (2022), gấp 4,8 lần.',
    );
    el.lang = 'en';
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(text(el.shadowRoot?.querySelector('figcaption'))).to.equal(
      'Rose from 180 million (2021) to 860 million (2022), 4.8 times as much.',
    );
    await expect(el).to.be.accessible();
  });

  it('moves between points with the arrow keys; the tooltip follows and the live region speaks', async () => {
    const el = await mount({ sources: SOURCES, indicators: [DOSSIERS] });
    const chart = await drawn(el);
    canvasOf(el).focus();
    const tooltip = (): string =>
      [...(el.shadowRoot?.querySelectorAll('[part="tooltip"] :is(strong, li)') ?? [])]
        .map(text)
        .join(' | ');
    const live = (): string => text(el.shadowRoot?.querySelector('[role="status"]'));
    expect(el.shadowRoot?.querySelector('[part="tooltip"]')).to.equal(null);

    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(tooltip()).to.equal('6 tháng đầu năm 2022 | 36,91% | Mục tiêu 2022: Tối thiểu 50%');
    // Spoken in words: "≥" and "1/3" are read as symbols, or not at all.
    expect(live()).to.equal(
      '6 tháng đầu năm 2022: 36,91%; Mục tiêu 2022: Tối thiểu 50% (điểm 1 trên 3)',
    );

    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(live()).to.equal(
      'Năm 2022: 54,34%; Số liệu khác: 52,8% (báo cáo 28/12/2022); Mục tiêu 2022: Tối thiểu 50% (điểm 2 trên 3)',
    );
    // The tooltip sits beside the 2022 point, and that point (and its revision) are active.
    const tip = el.shadowRoot?.querySelector<HTMLElement>('[part="tooltip"]');
    const point = chart.getDatasetMeta(0).data[1];
    expect(parseFloat(tip?.style.left ?? '')).to.be.closeTo(point?.x ?? NaN, 0.5);
    expect(
      chart
        .getActiveElements()
        .map((a) => `${a.datasetIndex}:${a.index}`)
        .sort(),
    ).to.deep.equal(['0:1', '1:0']);

    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(live()).to.equal('Tháng 4/2024: 38,3% (điểm 3 trên 3)');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(live()).to.contain('(điểm 3 trên 3)');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(live()).to.contain('(điểm 1 trên 3)');
    el.lang = 'en';
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(live()).to.equal(
      '2022: 54.34%; Other figures: 52.8% (report of 28 December 2022); Target 2022: At least 50% (point 2 of 3)',
    );

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[part="tooltip"]')).to.equal(null);
    expect(chart.getActiveElements()).to.deep.equal([]);
  });

  it('resumes from its point after Escape, and leaves Escape and Alt+arrows to the page then', async () => {
    const el = await mount({ sources: SOURCES, indicators: [DOSSIERS] });
    await drawn(el);
    const canvas = canvasOf(el);
    canvas.focus();
    const live = (): string => text(el.shadowRoot?.querySelector('[role="status"]'));
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[part="tooltip"]')).to.equal(null);
    // A second Escape is the page's (a dialog around the chart closes), and so is Alt+←.
    const press = (init: KeyboardEventInit): boolean =>
      canvas.dispatchEvent(
        new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }),
      );
    expect(press({ key: 'Escape' }), 'Escape').to.equal(true);
    expect(press({ key: 'ArrowLeft', altKey: true }), 'Alt+ArrowLeft').to.equal(true);
    // The next arrow goes on from point 2, not back to the first.
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(live()).to.contain('(điểm 3 trên 3)');
  });

  it('empties the live region when the language or the data changes', async () => {
    const el = await mount([NDXP]);
    await drawn(el);
    canvasOf(el).focus();
    const live = (): Element | null | undefined => el.shadowRoot?.querySelector('[role="status"]');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(text(live())).to.equal('Năm 2021: 180 triệu (điểm 1 trên 2)');
    // Left as it was, a Vietnamese sentence would be read under lang="en" by a screen reader
    // browsing to it.
    el.lang = 'en';
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(live()?.getAttribute('lang')).to.equal('en');
    expect(text(live())).to.equal('');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(text(live())).to.equal('2022: 860 million (point 2 of 2)');
    // Nor a point of data that is no longer drawn.
    el.indicator = [FIXED];
    await el.updateComplete;
    expect(text(live())).to.equal('');
  });

  it('shows the tooltip for the point nearest the pointer', async () => {
    const el = await mount([NDXP]);
    const chart = await drawn(el);
    const canvas = canvasOf(el);
    const rect = canvas.getBoundingClientRect();
    const p = chart.getDatasetMeta(0).data[1];
    canvas.dispatchEvent(
      new PointerEvent('pointermove', {
        clientX: rect.left + (p?.x ?? 0) - 6,
        clientY: rect.top + (p?.y ?? 0),
        bubbles: true,
      }),
    );
    await el.updateComplete;
    expect(text(el.shadowRoot?.querySelector('[part="tooltip"] strong'))).to.equal('Năm 2022');
    expect(text(el.shadowRoot?.querySelector('[part="tooltip"] li'))).to.equal('860 triệu');
    canvas.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[part="tooltip"]')).to.equal(null);
  });

  it('redraws with the new colours when the theme changes', async () => {
    const el = await mount([NDXP]);
    el.style.setProperty(
      '--cds-trend-chart-series-1',
      'light-dark(rgb(1, 2, 3), rgb(200, 201, 202))',
    );
    let chart = await drawn(el);
    await until(() => chart.data.datasets[0]?.borderColor === 'rgb(1, 2, 3)');
    el.setAttribute('theme', 'dark');
    await until(() => chart.data.datasets[0]?.borderColor === 'rgb(200, 201, 202)');
    chart = await drawn(el);
    expect(chart.options.scales?.['x']?.ticks?.color).to.equal('rgb(180, 186, 195)');
  });

  itInChromium('draws in system colours under forced colours', async () => {
    const el = await mount([NDXP]);
    const chart = await drawn(el);
    const probe = document.createElement('span');
    probe.setAttribute('style', 'color: CanvasText; forced-color-adjust: none');
    document.body.append(probe);
    await emulateMedia({ forcedColors: 'active' });
    try {
      const canvasText = getComputedStyle(probe).color;
      await until(() => chart.data.datasets[0]?.borderColor === canvasText);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
      probe.remove();
    }
  });

  it('draws bars, with forecasts hollow', async () => {
    const el = await mount([DX_INDEX], 'type=bar', COLOURS);
    const chart = await drawn(el);
    expect(chart.data.datasets[0]?.backgroundColor).to.deep.equal([
      'rgb(10, 20, 30)',
      'rgb(10, 20, 30)',
      'rgb(250, 251, 252)',
    ]);
    expect(chart.data.datasets[0]?.type).to.equal('bar');
    expect(canvasOf(el).getAttribute('aria-label')).to.equal(
      'Biểu đồ cột: Chỉ số chuyển đổi số quốc gia',
    );
    expect(chart.scales['y']?.min).to.equal(0);
  });

  it('follows the width of its container', async () => {
    const el = await mount([NDXP]);
    const chart = await drawn(el);
    expect(chart.width).to.equal(640);
    el.style.width = '400px';
    await until(() => chart.width === 400);
  });

  itInChromium('animates only when motion is welcome', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await mount([NDXP]);
      el.noAnimation = false;
      const chart = await drawn(el);
      await el.updateComplete;
      expect(chart.options.animation).to.equal(false);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('destroys its Chart.js instance on removal, every time', async () => {
    const ChartJs = await loadChart();
    const count = (): number => Object.keys(ChartJs.instances).length;
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(count()).to.equal(0);
    for (let i = 0; i < 5; i++) {
      const el = document.createElement('cds-trend-chart');
      el.setAttribute('style', SIZE);
      el.noAnimation = true;
      el.indicator = [NDXP];
      host.append(el);
      await drawn(el);
      expect(count()).to.equal(1);
      el.remove();
      expect(count()).to.equal(0);
    }
    // The same element taken out and put back draws again, and cleans up again.
    const el = document.createElement('cds-trend-chart');
    el.setAttribute('style', SIZE);
    el.noAnimation = true;
    el.indicator = [NDXP];
    for (let i = 0; i < 3; i++) {
      host.append(el);
      const chart = await drawn(el);
      expect(ChartJs.getChart(canvasOf(el))).to.equal(chart);
      expect(count()).to.equal(1);
      el.remove();
      expect(count()).to.equal(0);
    }
  });

  it('reads a dataset from src and several ids from indicator-ids', async () => {
    const url = URL.createObjectURL(
      new Blob([JSON.stringify({ indicators: [FIXED, MOBILE, NDXP] })], {
        type: 'application/json',
      }),
    );
    const el = await mount(undefined, `src=${url} indicator-ids=co-dinh,di-dong`);
    const chart = await drawn(el);
    expect(chart.data.datasets.map((d) => d.label)).to.deep.equal([
      'Tốc độ băng rộng cố định',
      'Tốc độ băng rộng di động',
    ]);
  });

  it('shows the error panel and fires cds-error for an unknown indicator id', async () => {
    await define();
    const el = document.createElement('cds-trend-chart');
    el.indicator = { indicators: [FIXED] };
    el.setAttribute('indicator-ids', 'co-dinh, khong-co');
    const pending = nextEvent(el, 'cds-error');
    document.body.append(el);
    const event = await pending;
    expect(event.code).to.equal('not-found');
    expect(event.message).to.equal(
      'indicator-ids: không tìm thấy chỉ tiêu "khong-co" trong dữ liệu',
    );
    el.remove();
  });

  it('shows the error panel for invalid JSON and for an unknown type', async () => {
    await define();
    const bad = document.createElement('cds-trend-chart');
    bad.setAttribute('indicator', '{"name": "x", value: 5}');
    let pending = nextEvent(bad, 'cds-error');
    document.body.append(bad);
    expect((await pending).code).to.equal('invalid-json');
    bad.remove();

    const el = document.createElement('cds-trend-chart');
    el.indicator = [NDXP];
    el.setAttribute('type', 'pie');
    pending = nextEvent(el, 'cds-error');
    document.body.append(el);
    const event = await pending;
    expect(event.code).to.equal('invalid-attribute');
    expect(event.message).to.equal('type="pie" không hợp lệ: dùng "line" hoặc "bar"');
    await el.updateComplete;
    expect(text(el.shadowRoot?.querySelector('[role="alert"]'))).to.contain(
      'Không hiển thị được dữ liệu',
    );
    // Removing the attribute restores the default (a line chart).
    el.removeAttribute('type');
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[role="alert"]')).to.equal(null);
    expect(el.shadowRoot?.querySelector('canvas')).to.not.equal(null);
    el.remove();
  });

  it('refuses a period or as-of it cannot read, with cds-error naming it', async () => {
    // Found by attribute-robustness.test.ts: the chart's own errors replaced the base's, so
    // period="2022-13" or as-of="x" were dropped and the chart drawn as if they were not set.
    await define();
    for (const [attr, value] of [
      ['period', '2022-13'],
      ['as-of', 'x'],
    ] as const) {
      const el = document.createElement('cds-trend-chart');
      el.indicator = [NDXP];
      el.setAttribute(attr, value);
      const events: CdsErrorEvent[] = [];
      el.addEventListener('cds-error', (e) => events.push(e));
      document.body.append(el);
      await el.updateComplete;
      const message = `Thuộc tính ${attr}="${value}" không hợp lệ: cần một kỳ như 2022, 2022-H1, 2024-Q1, 2024-04, 2022-01/2022-11 hoặc một ngày 2023-02-25`;
      expect(text(el.shadowRoot?.querySelector('[role="alert"]'))).to.contain(message);
      expect(events.map((e) => [e.code, e.path, e.message])).to.deep.equal([
        ['invalid-attribute', attr, message],
      ]);
      expect(el.shadowRoot?.querySelector('canvas')).to.equal(null);
      // A period it can read draws the chart again.
      el.setAttribute(attr, '2022');
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('[role="alert"]'), `${attr}="2022"`).to.equal(null);
      expect(el.shadowRoot?.querySelector('canvas')).to.not.equal(null);
      el.remove();
    }
  });

  it('names indicator-id, not indicator-ids, for an unknown id; refuses one outside indicator-ids', async () => {
    await define();
    const cases: [Record<string, string>, string, string][] = [
      [{ 'indicator-id': 'nope' }, 'not-found', 'indicator-id: no indicator "nope" in the data'],
      [
        { 'indicator-id': 'co-dinh', 'indicator-ids': 'di-dong' },
        'invalid-attribute',
        'indicator-id="co-dinh" is not in indicator-ids: use one of the two, or add "co-dinh" to indicator-ids',
      ],
    ];
    for (const [attrs, code, says] of cases) {
      const wrapper = document.createElement('div');
      wrapper.lang = 'en';
      const el = document.createElement('cds-trend-chart');
      el.indicator = [FIXED, MOBILE];
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      wrapper.append(el);
      const pending = nextEvent(el, 'cds-error');
      document.body.append(wrapper);
      const event = await pending;
      expect([event.code, event.path, event.message], JSON.stringify(attrs)).to.deep.equal([
        code,
        'indicator-id',
        says,
      ]);
      wrapper.remove();
    }
    // The same id in both is no conflict: the one series is drawn.
    const both = await mount([FIXED, MOBILE], 'indicator-id=co-dinh indicator-ids=co-dinh');
    await drawn(both);
    expect(both.shadowRoot?.querySelector('[role="alert"]')).to.equal(null);
  });

  it('names the bad field when a value is a string', async () => {
    await define();
    const el = document.createElement('cds-trend-chart');
    el.indicator = [{ ...NDXP, observations: [{ period: '2022', value: '860' }] }];
    const pending = nextEvent(el, 'cds-error');
    document.body.append(el);
    const event = await pending;
    expect(event.code).to.equal('invalid-data');
    expect(event.path).to.equal('[0].observations[0].value');
    el.remove();
  });

  it('never renders data as HTML', async () => {
    const evil = { ...NDXP, name: '<img src=x onerror=alert(1)>' };
    const el = await mount([evil], 'show-table');
    await drawn(el);
    expect(el.shadowRoot?.querySelector('img')).to.equal(null);
    expect(text(el.shadowRoot?.querySelector('[part="legend"]'))).to.contain('<img src=x');
  });

  it('says so when there is nothing to draw, and while loading', async () => {
    const el = await mount([{ id: 'x', name: 'X', unit: '%', observations: [] }]);
    expect(text(el.shadowRoot?.querySelector('[part="placeholder"]'))).to.equal('Chưa có dữ liệu');
    const originalFetch = window.fetch;
    window.fetch = () => new Promise(() => undefined);
    try {
      const loading = await mount(undefined, 'src=/never.json');
      expect(text(loading.shadowRoot?.querySelector('[part="placeholder"]'))).to.equal(
        'Đang tải dữ liệu…',
      );
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('draws the seeds: online dossiers across four reports, with the 2022 revision', async () => {
    const el = await mount(
      await loadMergedSeeds(),
      'indicator-ids=ho-so-xu-ly-truc-tuyen as-of=2024-05',
    );
    const chart = await drawn(el);
    expect(chart.data.datasets[0]?.data).to.deep.equal([
      { x: utc(2022, 7), y: 36.91 },
      { x: utc(2023, 1), y: 54.34 },
      { x: utc(2024, 5), y: 38.3 },
    ]);
    const rev = chart.data.datasets.find((d) => d.label?.endsWith('(revisions)'));
    expect(rev?.data).to.deep.equal([{ x: utc(2023, 1), y: 52.8 }]);
    // Targets 2022 (repeated by three reports, drawn once), 2023, 2024 and 2025 join into steps.
    const target = chart.data.datasets.find((d) => d.label?.endsWith('(target)'));
    expect(target?.data.map((d) => d.y)).to.deep.equal([50, 50, 60, 60, 70, 70, 80, 80]);
    expect(chart.scales['x']?.max).to.be.greaterThan(utc(2026, 1) - DAY);
    await expect(el).to.be.accessible();
  });
  it('draws a count out of totals that differ as its share, on a per-cent axis that says so', async () => {
    // 6/30 ministries (2023-02-25), 21/22 after the merger (2024-04): 20% → 95,45%, not 6 → 21.
    const data = await loadMergedSeeds();
    const el = await mount(data, 'indicator-ids=bo-nganh-ke-hoach-cds-nam show-table');
    const chart = await drawn(el);
    expect(chart.data.datasets[0]?.data.map((d) => d.y)).to.deep.equal([20, (21 / 22) * 100]);
    const y = chart.scales['y'];
    expect((y?.options as { title?: { text?: unknown } }).title?.text).to.equal(
      'Tỷ lệ % trên tổng số bộ, ngành',
    );
    const ticks = y?.ticks.map((t) => String(t.label)) ?? [];
    expect(ticks.filter((l) => !/^\d+(,\d+)?%$/.test(l))).to.deep.equal([]);
    expect(y?.max).to.be.at.most(100);
    const rows = (): string[] =>
      [...(el.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
        [...tr.children].map(seen).join(' | '),
      );
    expect(rows()).to.deep.equal([
      '25/02/2023 | 6/30 bộ, ngành (20%)',
      'Tháng 4/2024 | 21/22 bộ, ngành (95,45%)',
    ]);
    expect(text(el.shadowRoot?.querySelector('figcaption'))).to.contain(
      'tức tăng 75,45 điểm %. Biểu đồ vẽ tỷ lệ % trên tổng số bộ, ngành.',
    );
    canvasOf(el).focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(text(el.shadowRoot?.querySelector('[role="status"]'))).to.equal(
      'Tháng 4/2024: 21/22 bộ, ngành (95,45%) (điểm 2 trên 2)',
    );
    el.lang = 'en';
    await new Promise((r) => setTimeout(r, 0));
    const en = await drawn(el);
    await until(
      () => (en.scales['y']?.options as { title?: { text?: unknown } }).title?.text !== undefined,
    );
    expect((en.scales['y']?.options as { title?: { text?: unknown } }).title?.text).to.equal(
      'Per cent of all ministries',
    );
    expect(rows()).to.deep.equal([
      '25 February 2023 | 6/30 ministries (20%)',
      'April 2024 | 21/22 ministries (95.45%)',
    ]);
    // The same total throughout: counts on a count axis, as before.
    const same = await mount(data, 'indicator-ids=dia-phuong-cong-bo-nen-tang-van-ban-rieng');
    const counts = await drawn(same);
    expect(counts.data.datasets[0]?.data.map((d) => d.y)).to.deep.equal([8, 11]);
    expect((counts.scales['y']?.options as { title?: { text?: unknown } }).title?.text).to.equal(
      'địa phương',
    );
  });

  it("draws a share series' target out of its total as a share; one without is said, not drawn", async () => {
    const data = await loadMergedSeeds();
    const seed = data.indicators.find((i) => i.id === 'bo-nganh-ke-hoach-cds-nam');
    const el = await mount(
      {
        sources: data.sources,
        indicators: [
          {
            ...seed,
            targets: [
              { period: '2023', op: '>=', value: 15, total: 30 },
              { period: '2024', op: '>=', value: 20 },
            ],
          },
        ],
      },
      'show-table',
    );
    const chart = await drawn(el);
    const target = chart.data.datasets.find((d) => d.label?.endsWith('(target)'));
    expect(target?.data).to.deep.equal([
      { x: utc(2023, 1), y: 50 },
      { x: utc(2024, 1), y: 50 },
    ]);
    const rows = [...(el.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
      [...tr.children].map(seen).join(' | '),
    );
    expect(rows).to.deep.equal([
      '25/02/2023 | 6/30 bộ, ngành (20%) | ≥ 15/30 bộ, ngành (50%, năm 2023)',
      'Năm 2023 | – | ≥ 15/30 bộ, ngành (50%)',
      'Tháng 4/2024 | 21/22 bộ, ngành (95,45%) | ≥ 20 bộ, ngành (không vẽ: thiếu tổng số, năm 2024)',
      'Năm 2024 | – | ≥ 20 bộ, ngành (không vẽ: thiếu tổng số)',
    ]);
    expect(text(el.shadowRoot?.querySelector('[part="legend"]'))).to.contain('Mục tiêu');
  });

  it('keeps every axis label whole and apart, from 120 px up, in both languages', async () => {
    const data = await loadMergedSeeds();
    const faults: string[] = [];
    for (const lang of ['vi', 'en'])
      for (const [name, attrs] of REVIEWED)
        for (const w of [120, 160, 240, 480]) {
          const el = await mount(
            data,
            `${attrs} lang=${lang}`,
            `width: ${w}px; font: 16px sans-serif`,
          );
          const chart = await drawn(el);
          await until(() => chart.width === w);
          faults.push(...layoutFaults(chart).map((f) => `${name} ${lang} ${w}px: ${f}`));
          el.remove();
        }
    expect(faults).to.deep.equal([]);
  });

  it('looks as before when wide: full labels with units, titles, every period', async () => {
    const data = await loadMergedSeeds();
    const bars = await mount(data, 'indicator-ids=ndxp-giao-dich type=bar as-of=2024-01');
    const chart = await drawn(bars);
    const y = chart.scales['y'];
    expect((y as { titleShown?: boolean } | undefined)?.titleShown).to.equal(true);
    expect(y?.ticks.map((t) => t.label)).to.include('800 triệu');
    expect(layoutFaults(chart)).to.deep.equal([]);
    const line = await mount(
      data,
      'indicator-ids=ho-so-xu-ly-truc-tuyen as-of=2024-05',
      'width: 720px',
    );
    const x = (await drawn(line)).scales['x'];
    expect(x?.ticks.map((t) => t.label).filter(Boolean)).to.deep.equal([
      'H1/2022',
      '2022',
      '2023',
      'T4/2024',
      '2024',
      '2025',
    ]);
  });

  it('keeps a year’s label where the run of its first 11 months would crowd it out', async () => {
    // A report's 11-month figure (ending 1 December) beside the year's (ending 1 January): one
    // month apart, the two labels collide at any width. The year is the figure a reader looks
    // for; the run keeps its name in the tooltip and the data table.
    const el = await mount(
      {
        id: 'ho-so',
        name: 'Hồ sơ trực tuyến',
        unit: 'count',
        observations: [
          { period: '2020', value: 5 },
          { period: '2021', value: 8 },
          { period: '2022-01/2022-11', value: 10 },
          { period: '2022', value: 12 },
          { period: '2023', value: 15 },
        ],
      },
      '',
      'width: 360px; font: 16px sans-serif',
    );
    const chart = await drawn(el);
    expect(chart.scales['x']?.ticks.map((t) => t.label).filter(Boolean)).to.deep.equal([
      '2020',
      '2021',
      '2022',
      '2023',
    ]);
    expect(layoutFaults(chart)).to.deep.equal([]);
  });

  it('names the units in the data table when a narrow chart has no room for axis titles', async () => {
    const el = await mount(
      await loadMergedSeeds(),
      'indicator-ids=to-cong-nghe-so-cong-dong y2-indicator-ids=thanh-vien-to-cong-nghe-so-cong-dong lang=en',
      'width: 160px',
    );
    await drawn(el);
    const table = text(el.shadowRoot?.querySelector('table'));
    expect(table).to.match(/teams/);
    expect(table).to.match(/members/);
  });

  // ---- Accessibility review: language, reading order, words, print, forced colours ----------

  itInChromium('says its data table’s empty cells in words, not as a bare dash', async () => {
    // The fixed speed has no 2021 figure and a target for 2022 only; the mobile speed no 2022-H1.
    const fixed = { ...FIXED, targets: [{ period: '2022', op: '>=', value: 80 }] };
    const mobile = {
      ...MOBILE,
      observations: [{ period: '2021', value: 30 }, MOBILE.observations[1]],
    };
    for (const [lang, noData, noTarget] of [
      ['vi', 'Chưa có dữ liệu', 'Chưa có mục tiêu'],
      ['en', 'No data', 'No target'],
    ] as const) {
      const el = await mount([fixed, mobile], `show-table lang=${lang}`);
      await drawn(el);
      const said = axSubtree(await axTree(), (l) => l.role === 'table')
        .filter((l) => l.role === 'cell')
        .map((c) => c.name.trim());
      const shown = [...(el.shadowRoot?.querySelectorAll('td') ?? [])].map(seen);
      expect(
        said.filter((s) => s === noData),
        lang,
      ).to.have.length(2);
      // 2021 only: the first half of 2022 is measured against the year's target.
      expect(
        said.filter((s) => s === noTarget),
        lang,
      ).to.have.length(1);
      expect(
        said.filter((s) => /^[-–]?$/.test(s)),
        lang,
      ).to.deep.equal([]);
      // Every dash on screen is a cell said in words.
      expect(shown.filter((s) => s === '–').length, lang).to.equal(
        said.filter((s) => s === noData || s === noTarget).length,
      );
      el.remove();
    }
  });

  it('never shows a value in its data table that reads as the target beside it', async () => {
    const near = {
      id: 'ty-le',
      name: 'Tỷ lệ',
      unit: '%',
      observations: [
        { period: '2021', value: 40 },
        { period: '2022-H1', value: 49.996 },
        { period: '2022', value: 49.996 },
      ],
      targets: [{ period: '2022', op: '>=', value: 50 }],
    };
    const el = await mount([near], 'show-table');
    await drawn(el);
    const rows = [...(el.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((r) =>
      [...r.children].map(seen),
    );
    expect(rows).to.deep.include(['Năm 2022', '49,996%', '≥ 50%']);
    // Part of the year is measured against the year's target too.
    expect(rows).to.deep.include(['6 tháng đầu năm 2022', '49,996%', '≥ 50% (năm 2022)']);
    el.remove();
  });

  it("names the year's target, with its year, beside a figure for part of that year", async () => {
    // The seeds: online dossiers 36,91% in the first half of 2022 (bc-2022-08), when the year's
    // target was ≥ 50%; "khoảng 38,3%" in April 2024, against 2024's ≥ 70%. The status engine judges
    // both against those targets (at risk), so "no target" beside them was wrong.
    const data = await loadMergedSeeds();
    for (const [lang, half, april] of [
      [
        'vi',
        ['6 tháng đầu năm 2022', '36,91%', '≥ 50% (năm 2022)'],
        ['Tháng 4/2024', 'khoảng 38,3%', '≥ 70% (năm 2024)'],
      ],
      [
        'en',
        ['First half of 2022', '36.91%', '≥ 50% (2022)'],
        ['April 2024', 'about 38.3%', '≥ 70% (2024)'],
      ],
    ] as const) {
      const el = await mount(data, `indicator-ids=ho-so-xu-ly-truc-tuyen show-table lang=${lang}`);
      await drawn(el);
      const rows = [...(el.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((r) =>
        [...r.children].map(seen),
      );
      expect(rows, lang).to.deep.include(half);
      expect(rows, lang).to.deep.include(april);
      el.remove();
    }
  });

  it('marks its language on every state, and data given only in Vietnamese lang="vi"', async () => {
    // A page in a language the element does not speak: it falls back to Vietnamese, and says so.
    const data = [
      { ...NDXP, name: 'Giao dịch qua NDXP' },
      { ...FIXED, unit: 'count' },
    ];
    const fr = await mount(data, 'lang=fr show-table');
    await drawn(fr);
    for (const sel of ['figure', '[role="status"]', 'details'])
      expect(fr.shadowRoot?.querySelector(sel)?.getAttribute('lang'), sel).to.equal('vi');

    const el = await mount(data, 'lang=en show-table');
    await drawn(el);
    const root = el.shadowRoot;
    for (const sel of ['figure', '[role="status"]', 'details'])
      expect(root?.querySelector(sel)?.getAttribute('lang'), sel).to.equal('en');
    // NDXP's name is Vietnamese only; the fixed-broadband one has an English name.
    const vi = (sel: string): string[] =>
      [...(root?.querySelectorAll(`${sel} [lang="vi"]`) ?? [])].map(text);
    expect(vi('[part="legend"]')).to.deep.equal(['Giao dịch qua NDXP']);
    expect(vi('[part="summary"]')).to.deep.equal(['Giao dịch qua NDXP']);
    expect(vi('caption')).to.deep.equal(['Giao dịch qua NDXP']);
    expect(vi('thead')).to.deep.equal(['Giao dịch qua NDXP']);
    expect(text(root?.querySelector('[part="legend"] li:nth-child(2) .name'))).to.equal(
      'Fixed broadband speed',
    );
    canvasOf(el).focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(vi('[role="status"]')).to.deep.equal(['Giao dịch qua NDXP']);
    expect(text(root?.querySelector('[role="status"]'))).to.match(
      /^2022: Giao dịch qua NDXP: 860 million; Fixed broadband speed: 79.95 \(point 3 of 3\)$/,
    );

    // A deadline's note, Vietnamese only, in the live region.
    const law = await mount(
      [{ ...MILESTONE, targets: [{ due: '2023-12', text: 'Trình Quốc hội' }] }],
      'lang=en as-of=2024-04',
    );
    await drawn(law);
    canvasOf(law).focus();
    await sendKeys({ press: 'ArrowRight' });
    await law.updateComplete;
    const live = law.shadowRoot?.querySelector('[role="status"]');
    expect([...(live?.querySelectorAll('[lang="vi"]') ?? [])].map(text)).to.deep.equal([
      'Trình Quốc hội',
    ]);

    // The placeholders too.
    const empty = await mount([{ id: 'x', name: 'X', unit: '%', observations: [] }], 'lang=fr');
    expect(empty.shadowRoot?.querySelector('[part="placeholder"]')?.getAttribute('lang')).to.equal(
      'vi',
    );
    await expect(el).to.be.accessible();
  });

  it('reads the key hint once: as the canvas description, not again in reading order', async () => {
    const el = await mount([NDXP]);
    await drawn(el);
    const root = el.shadowRoot;
    const canvas = canvasOf(el);
    const ids = canvas.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(ids).to.deep.equal(['summary', 'hint']);
    const hint = root?.getElementById('hint');
    expect(text(hint)).to.match(/^Dùng phím mũi tên/);
    // Referenced, so still the description; `hidden`, so out of the reading order.
    expect(hint?.hidden).to.equal(true);
    expect(hint?.checkVisibility()).to.equal(false);
    // In reading order: every text whose element renders (a screen-reader-only one does too).
    const read: string[] = [];
    const walk = document.createTreeWalker(root as ShadowRoot, NodeFilter.SHOW_TEXT);
    while (walk.nextNode()) {
      const node = walk.currentNode;
      if (node.parentElement?.checkVisibility()) read.push(node.textContent ?? '');
    }
    expect(read.join(' ')).to.contain('Tăng từ 180 triệu');
    expect(read.join(' ')).not.to.contain('Dùng phím mũi tên');
    await expect(el).to.be.accessible();
  });

  it('with nothing to step through: a picture, not an application; "no data" said once', async () => {
    const csdl = {
      id: 'csdl',
      name: 'Tỷ lệ danh mục CSDL',
      unit: '%',
      observations: [],
      targets: [{ period: '2023', op: '=', value: 100 }],
    };
    const el = await mount([csdl], 'as-of=2023-02-25 show-table');
    await drawn(el);
    const root = el.shadowRoot;
    const canvas = canvasOf(el);
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.equal('Biểu đồ đường: Tỷ lệ danh mục CSDL');
    expect(canvas.hasAttribute('tabindex')).to.equal(false);
    expect(canvas.hasAttribute('aria-describedby')).to.equal(false);
    expect(root?.getElementById('hint')).to.equal(null);
    canvas.focus();
    expect(root?.activeElement).to.equal(null);
    expect(text(root?.querySelector('figcaption'))).to.equal(
      'Chưa có dữ liệu. Mục tiêu 2023: 100%.',
    );
    // Said once outside the data table, whose empty value cell says it as its own content.
    const all = [...(root?.querySelectorAll('figure, [role="status"], details') ?? [])]
      .map((n) => {
        const copy = n.cloneNode(true) as Element;
        copy.querySelectorAll('table').forEach((t) => t.remove());
        return text(copy);
      })
      .join(' ');
    expect(all.split('Chưa có dữ liệu').length - 1).to.equal(1);
    await expect(el).to.be.accessible();
  });

  itInChromium('prints the data table open, without the disclosure marker', async () => {
    const el = await mount([NDXP]);
    await drawn(el);
    const root = el.shadowRoot;
    const table = root?.querySelector('table');
    const summary = root?.querySelector('summary');
    if (!table || !summary) throw new Error('no table');
    expect(table.checkVisibility()).to.equal(false);
    await emulateMedia({ media: 'print' });
    try {
      expect(table.checkVisibility()).to.equal(true);
      expect(table.getBoundingClientRect().height).to.be.greaterThan(40);
      expect(text(table)).to.contain('860 triệu');
      expect(getComputedStyle(summary).listStyleType).to.equal('none');
      expect(getComputedStyle(summary).color).to.equal(
        getComputedStyle(summary.parentElement as Element).color,
      );
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(table.checkVisibility()).to.equal(false);
  });

  itInChromium(
    'redraws the canvas in the light palette for paper, at once, and back after',
    async () => {
      const DARK = 'rgb(180, 186, 195)';
      const LIGHT = 'rgb(77, 85, 96)';
      const el = await mount([NDXP], 'theme=dark');
      const chart = await drawn(el);
      const tickColor = (): unknown => chart.options.scales?.['x']?.ticks?.color;
      await until(() => tickColor() === DARK);
      // The page is laid out for paper right after beforeprint: no frame, no transition to wait for.
      window.dispatchEvent(new Event('beforeprint'));
      expect(tickColor()).to.equal(LIGHT);
      expect(chart.options.animation).to.equal(false);
      window.dispatchEvent(new Event('afterprint'));
      await until(() => tickColor() === DARK);
      // A print without the events (a headless browser's PDF): the print media query.
      await emulateMedia({ media: 'print' });
      try {
        await until(() => tickColor() === LIGHT);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      await until(() => tickColor() === DARK);
    },
  );

  itInChromium(
    'in forced colours, a dotted CanvasText target over GrayText gridlines; legend words in CanvasText',
    async () => {
      const el = await mount(
        { sources: SOURCES, indicators: [DOSSIERS] },
        '',
        '--cds-trend-chart-target: rgb(142, 27, 27)',
      );
      const chart = await drawn(el);
      // The target's colour is the swatch's, never the words' (nor GrayText's, below).
      const words = [...(el.shadowRoot?.querySelectorAll('[part="legend"] li') ?? [])].find(
        (li) => text(li) === 'Mục tiêu (nét chấm)',
      );
      expect(getComputedStyle(words?.querySelector('svg') as Element).color).to.equal(
        'rgb(142, 27, 27)',
      );
      expect(getComputedStyle(words as Element).color).to.equal(
        getComputedStyle(el.shadowRoot?.querySelector('[part="legend"]') as Element).color,
      );
      const probe = (c: string): string => {
        const p = document.createElement('span');
        p.setAttribute('style', `color: ${c}; forced-color-adjust: none`);
        document.body.append(p);
        const out = getComputedStyle(p).color;
        p.remove();
        return out;
      };
      await emulateMedia({ forcedColors: 'active' });
      try {
        const canvasText = probe('CanvasText');
        const grayText = probe('GrayText');
        expect(canvasText).not.to.equal(grayText);
        const target = () => chart.data.datasets.find((d) => d.label?.endsWith('(target)'));
        await until(() => target()?.borderColor === canvasText);
        expect((target() as { borderDash?: number[] } | undefined)?.borderDash).to.deep.equal([
          2, 3,
        ]);
        const grid = chart.options.scales?.['y']?.grid?.color;
        expect(grid).to.equal(grayText);
        const items = [...(el.shadowRoot?.querySelectorAll('[part="legend"] li') ?? [])];
        const targetItem = items.find((li) => text(li) === 'Mục tiêu (nét chấm)');
        if (!targetItem) throw new Error('no target in the legend');
        // The words never in GrayText (it means disabled); the swatch in the target's colour.
        expect(getComputedStyle(targetItem).color).to.equal(canvasText);
        expect(getComputedStyle(targetItem.querySelector('svg') as Element).color).to.equal(
          canvasText,
        );
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    },
  );

  it("leaves out the x gridline a deadline's dashed guide stands on", async () => {
    const el = await mount([NDXP, { ...MILESTONE, unit: 'count' }], 'as-of=2024-04', COLOURS);
    const chart = await drawn(el);
    // Chart.js resolves a gridline's options against its tick's context, as here.
    const x = chart.scales['x'] as unknown as {
      ticks: { value: number }[];
      options: { grid: { setContext(c: object): { color: string } } };
      getContext(i: number): object;
    };
    const colours = x.ticks.map((_, i) => x.options.grid.setContext(x.getContext(i)).color);
    const due = x.ticks.findIndex((t) => t.value === utc(2024, 1));
    expect(x.ticks.length).to.be.greaterThan(2);
    expect(due).to.be.greaterThan(-1);
    expect(colours.filter((c, i) => i !== due && c === 'transparent')).to.deep.equal([]);
    expect(colours[due]).to.equal('transparent');
  });
});
