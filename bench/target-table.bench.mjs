// <cds-target-table>: bytes of the element, and how long Chromium takes to render 100 and 1,000
// rows and to sort and filter 1,000 rows. Prints figures (medians); never fails on time.
// Goals (reported, not asserted): first render of 1,000 rows ≤ 150 ms, a sort ≤ 30 ms.
import { cpus, loadavg } from 'node:os';
import { buildEntries, kB, ms, openBenchPage, printTable, ROOT } from './lib.mjs';

const TABLE = `${ROOT}/packages/elements/src/target-table/cds-target-table.ts`;
const BADGE = `${ROOT}/packages/elements/src/status-badge/cds-status-badge.ts`;
const RUNS = 9;

// ---- bytes ------------------------------------------------------------------------------------
// Each page is built on its own, as a portal would load it. The status-badge page is Lit + core +
// the smallest element, so "table page − badge page" approximates the table's own code. Brotli
// of two bundles does not subtract exactly (shared dictionary effects), and core code the badge
// does not use (footnotes, revisions, target words) is counted as the table's: an upper bound.
const { report: tableBytes } = await buildEntries({ 'target-table': TABLE });
const { report: badgeBytes } = await buildEntries({ 'status-badge': BADGE });
const table = tableBytes['target-table'].initial;
const badge = badgeBytes['status-badge'].initial;
printTable('cds-target-table bytes (initial load, production build)', [
  {
    what: 'table page (Lit + core + table)',
    min: kB(table.min),
    gzip: kB(table.gzip),
    brotli: kB(table.brotli),
  },
  {
    what: 'status-badge page (Lit + core + badge)',
    min: kB(badge.min),
    gzip: kB(badge.gzip),
    brotli: kB(badge.brotli),
  },
  {
    what: 'table alone ≈ table page − badge page',
    min: kB(table.min - badge.min),
    gzip: kB(table.gzip - badge.gzip),
    brotli: kB(table.brotli - badge.brotli),
  },
]);

// ---- timings ----------------------------------------------------------------------------------
const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head>
<body style="margin:0;font-family:sans-serif"><main id="host" style="inline-size:1200px"></main>
<script type="module" src="./target-table.js"></script></body></html>`;
const { page, close } = await openBenchPage({ 'target-table': TABLE }, html, {
  width: 1280,
  height: 900,
});
await page.waitForFunction(() => customElements.get('cds-target-table') !== undefined);

/**
 * In the page: a dataset of `n` indicators shaped like the reports' (shares with a 2022 figure and
 * target, some counts, some lower-is-better, a few milestones), and helpers that time an action
 * through the element's update and the browser's style and layout.
 */
await page.evaluate((runs) => {
  const pillars = ['du-lieu-so', 'chinh-phu-so', 'kinh-te-so', 'xa-hoi-so', 'an-toan-an-ninh-mang'];
  const agencies = [
    'Bộ Thông tin và Truyền thông',
    'Bộ Công an',
    'Văn phòng Chính phủ',
    'Bộ Tài chính',
  ];
  window.makeData = (n) => ({
    source: {
      id: 'bench',
      title: 'Báo cáo thử nghiệm hiệu năng',
      date: '2023-02-25',
      footnotes: { 1: 'Số liệu ước tính.' },
    },
    indicators: Array.from({ length: n }, (_, i) => {
      const base = {
        id: `chi-tieu-${i}`,
        name: `Tỷ lệ hồ sơ thủ tục hành chính số ${i} được xử lý trực tuyến`,
        pillar: pillars[i % pillars.length],
        agency: agencies[i % agencies.length],
      };
      if (i % 20 === 19) {
        return {
          ...base,
          kind: 'milestone',
          targets: [{ due: '2023-06' }],
          observations: [
            { period: '2023-03', done: i % 40 === 19, text: 'Đã triển khai thử nghiệm' },
          ],
        };
      }
      if (i % 10 === 3) {
        return {
          ...base,
          unit: 'count',
          unitLabel: 'dịch vụ',
          observations: [{ period: '2022', value: 10 + (i % 16), total: 25 }],
          targets: [{ period: '2022', op: '>=', value: 25, total: 25 }],
        };
      }
      return {
        ...base,
        unit: '%',
        direction: i % 7 === 0 ? 'lower' : 'higher',
        observations: [
          { period: '2022-H1', value: (i * 37) % 100 },
          { period: '2022', value: (i * 53) % 100, ...(i % 9 === 0 && { footnote: '1' }) },
        ],
        targets: [{ period: '2022', op: i % 7 === 0 ? '<=' : '>=', value: 50 + (i % 30) }],
      };
    }),
    tables: [],
  });
  const layout = (el) => el.shadowRoot.querySelector('table')?.getBoundingClientRect();
  // The element's first update runs in a microtask; a zero timeout set before it fires after it
  // (and before the element's next rendering step), so this times the first frame's rows.
  const firstFrame = () => new Promise((resolve) => setTimeout(resolve, 0));
  const make = (n) => {
    const el = document.createElement('cds-target-table');
    el.setAttribute('period', '2022');
    el.setAttribute('as-of', '2023-02-25');
    el.setAttribute('group-by', 'status');
    el.data = window.makeData(n);
    return el;
  };
  /** [first rows on screen, every row rendered], in ms, per run. */
  window.timeRender = async (n) => {
    const samples = [];
    for (let r = 0; r < runs; r++) {
      const el = make(n);
      const t0 = performance.now();
      document.getElementById('host').append(el);
      await firstFrame();
      layout(el);
      const t1 = performance.now();
      await el.updateComplete;
      layout(el);
      samples.push([t1 - t0, performance.now() - t0]);
      el.remove();
    }
    return samples;
  };
  window.timeAction = async (n, act) => {
    const el = make(n);
    document.getElementById('host').append(el);
    await el.updateComplete;
    layout(el);
    const samples = [];
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      act(el, r);
      await firstFrame();
      layout(el);
      const t1 = performance.now();
      await el.updateComplete;
      layout(el);
      samples.push([t1 - t0, performance.now() - t0]);
    }
    el.remove();
    return samples;
  };
  const button = (el, key) => el.shadowRoot.querySelector(`button.sort[data-key="${key}"]`);
  const choose = (el, name, value) => {
    const s = el.shadowRoot.querySelector(`select[name="${name}"]`);
    s.value = value;
    s.dispatchEvent(new Event('change'));
  };
  window.actions = {
    // A click on the header button, as a person sorts: result ↑, ↓, back to report order, …
    sortResult: (el) => button(el, 'result').click(),
    sortName: (el) => button(el, 'indicator').click(),
    filterStatus: (el, r) => choose(el, 'status', r % 2 ? '' : 'not-achieved'),
    search: (el, r) => {
      const input = el.shadowRoot.querySelector('input[type="search"]');
      input.value = r % 2 ? '' : 'ho so 12';
      input.dispatchEvent(new Event('input'));
    },
  };
}, RUNS);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (what, pairs, goal) => {
  const first = pairs.map((p) => p[0]);
  const all = pairs.map((p) => p[1]);
  return {
    what,
    'first rows on screen': ms(median(first)),
    'all rows rendered': ms(median(all)),
    'all: min–max': `${ms(Math.min(...all))}–${ms(Math.max(...all))}`,
    goal: goal ?? '',
  };
};

// Warm-up: the first render compiles templates and Intl formatters.
await page.evaluate(() => window.timeRender(100));
const results = [];
results.push(row('render 100 rows', await page.evaluate(() => window.timeRender(100))));
results.push(
  row('render 1,000 rows', await page.evaluate(() => window.timeRender(1000)), '≤ 150 ms'),
);
for (const [name, label, goal] of [
  ['sortResult', 'sort 1,000 rows by result (header click)', '≤ 30 ms'],
  ['sortName', 'sort 1,000 rows by name (Vietnamese collation)', '≤ 30 ms'],
  ['filterStatus', 'filter 1,000 rows by status', ''],
  ['search', 'search 1,000 names ("ho so 12")', ''],
]) {
  results.push(
    row(label, await page.evaluate((a) => window.timeAction(1000, window.actions[a]), name), goal),
  );
}
const load = loadavg()
  .map((x) => x.toFixed(2))
  .join(' ');
printTable(
  `cds-target-table timings in Chromium, median of ${RUNS} (update + style + layout); load average ${load} on ${cpus().length} cores`,
  results,
);
console.log(
  'Rows render in steps: the first 60 shown rows in the first frame, then 240 more per task, so the page\n' +
    'stays responsive; "all rows rendered" is when the last step is laid out.',
);
await close();
