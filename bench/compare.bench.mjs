#!/usr/bin/env node
// <cds-kpi-gauge> beside the usual alternatives, in one Chromium run: 100 gauges of ours, 100
// tree-shaken ECharts gauges (GaugeChart + CanvasRenderer only) and 100 Chart.js doughnut gauges
// (DoughnutController + ArcElement only, a half circle with the value as text). Same data, same
// box per gauge, no animation (the libraries' option, and reduced motion for our CSS), each
// library told its size (Chart.js and ECharts take width and height instead of reading the box),
// the same stop point (each library's own "drawn" signal for every gauge: our `updateComplete`,
// ECharts's `finished` event, Chart.js's `afterRender` hook; then a forced layout and a frame),
// runs interleaved so drift hits all three alike. Prints bytes, times and our ratio to each.
// Goal: ours ≤ 0.2× ECharts's time. Figures, not verdicts: nothing here fails on time.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import {
  buildEntries,
  CHROMIUM,
  CHROMIUM_ARGS,
  kB,
  ms,
  printTable,
  ROOT,
  serve,
  stats,
} from './lib.mjs';

const RUNS = 9;
const N = 100;

// Real values and targets: the 2022 headline table of the 25 Feb 2023 report (all in %).
const report = JSON.parse(readFileSync(join(ROOT, 'seeds/bc-2023-02-25.json'), 'utf8'));
const table = report.tables.find((t) => t.id === 'bc-2023-02-25-ket-qua-2022');
const ROWS = table.indicators.map((id) => {
  const ind = report.indicators.find((i) => i.id === id);
  const obs = ind.observations.find((o) => o.period === '2022' && o.value !== undefined);
  const target = ind.targets.find((t) => t.period === '2022');
  return {
    label: typeof ind.name === 'string' ? ind.name : ind.name.vi,
    value: obs?.value ?? 50,
    target: target?.value ?? 50,
  };
});

// Entry modules for the other two libraries. They live under node_modules/.cache so that their
// bare imports resolve from the repo's node_modules (echarts is a devDependency for this).
const srcDir = join(ROOT, 'node_modules/.cache/cds-compare');
mkdirSync(srcDir, { recursive: true });
writeFileSync(
  join(srcDir, 'echarts-gauge.js'),
  `import { init, use } from 'echarts/core';
import { GaugeChart } from 'echarts/charts';
import { CanvasRenderer } from 'echarts/renderers';
use([GaugeChart, CanvasRenderer]);
// Resolves once the chart is drawn: 'finished' fires inside setOption when nothing animates.
window.drawGauge = (box, { label, value }) => {
  const chart = init(box, null, { renderer: 'canvas', width: 280, height: 180 });
  const drawn = new Promise((resolve) => chart.on('finished', resolve));
  chart.setOption({
    animation: false,
    series: [{
      type: 'gauge', min: 0, max: 100, startAngle: 180, endAngle: 0, radius: '90%',
      center: ['50%', '70%'],
      progress: { show: true, width: 14 }, axisLine: { lineStyle: { width: 14 } },
      pointer: { show: false }, anchor: { show: false }, axisTick: { show: false },
      splitLine: { show: false }, axisLabel: { show: false },
      title: { offsetCenter: [0, '25%'], fontSize: 11, overflow: 'truncate', width: 240 },
      detail: { formatter: '{value}%', offsetCenter: [0, '-5%'], fontSize: 24 },
      data: [{ value, name: label }],
    }],
  });
  return drawn;
};
`,
);
writeFileSync(
  join(srcDir, 'chartjs-gauge.js'),
  `import { ArcElement, Chart, DoughnutController } from 'chart.js';
Chart.register(DoughnutController, ArcElement);
// Resolves once the chart is drawn: afterRender runs inside the constructor when nothing animates.
window.drawGauge = (box, { label, value }) => {
  let drawn;
  const done = new Promise((resolve) => (drawn = resolve));
  const canvas = document.createElement('canvas');
  canvas.width = 280;
  canvas.height = 140;
  const text = document.createElement('div');
  text.textContent = \`\${label}: \${value}%\`;
  box.append(canvas, text);
  new Chart(canvas, {
    type: 'doughnut',
    data: { datasets: [{ data: [value, Math.max(0, 100 - value)], backgroundColor: ['#1a7f37', '#d0d7de'], borderWidth: 0 }] },
    options: { animation: false, responsive: false, rotation: -90, circumference: 180, cutout: '75%' },
    plugins: [{ id: 'drawn', afterRender: () => drawn() }],
  });
  return done;
};
`,
);
writeFileSync(
  join(srcDir, 'cds-gauge.js'),
  `import ${JSON.stringify(join(ROOT, 'packages/elements/src/kpi-gauge/cds-kpi-gauge.ts'))};
window.drawGauge = (box, { label, value, target }) => {
  // Plain attributes, as a CMS page writes them.
  const el = document.createElement('cds-kpi-gauge');
  el.setAttribute('label', label);
  el.setAttribute('value', String(value));
  el.setAttribute('target', String(target));
  el.setAttribute('unit', '%');
  el.setAttribute('period', '2022');
  box.append(el);
  return el.updateComplete;
};
// The floor under any script: each row's finished gauge (its shadow tree and shared styles),
// captured once, then cloned into a plain host. What remains is the DOM's own cost (style,
// layout, paint), which no work in Lit, core or the element can remove. container: false
// also takes away the size container (what the container queries cost); empty gives
// the hosts no content (the harness's own cost: boxes, hosts, a frame).
const copies = new Map();
window.prepareCopies = async (rows) => {
  for (const row of rows) {
    const box = document.createElement('div');
    box.style.cssText = 'width:280px;position:absolute;visibility:hidden';
    document.body.append(box);
    await window.drawGauge(box, row);
    const root = box.firstElementChild.shadowRoot;
    const template = document.createElement('template');
    template.innerHTML = root.innerHTML;
    copies.set(row, { template, sheets: root.adoptedStyleSheets });
    box.remove();
  }
};
const drawCopy = (box, row, { container = true, empty = false } = {}) => {
  const { template, sheets } = copies.get(row);
  const host = document.createElement('div');
  if (!container) host.style.containerType = 'normal';
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  if (!empty) root.append(template.content.cloneNode(true));
  box.append(host);
  return Promise.resolve();
};
window.drawCopy = drawCopy;
window.drawCopyNoContainer = (box, row) => drawCopy(box, row, { container: false });
window.drawEmptyHost = (box, row) => drawCopy(box, row, { empty: true });
`,
);

const PAGES = {
  ours: { entry: 'cds-gauge', what: '<cds-kpi-gauge> (Lit + core + gauge, SVG)' },
  echarts: { entry: 'echarts-gauge', what: 'ECharts gauge (tree-shaken: gauge + canvas renderer)' },
  chartjs: { entry: 'chartjs-gauge', what: 'Chart.js doughnut gauge (doughnut + arc only)' },
};
// Our page again, drawn without script (see prepareCopies): the floors under our time.
const FLOORS = {
  copy: { draw: 'drawCopy', what: 'the same gauges, finished DOM cloned, no script' },
  copyNoContainer: {
    draw: 'drawCopyNoContainer',
    what: 'the same, and no size container (no container queries)',
  },
  emptyHost: { draw: 'drawEmptyHost', what: 'empty hosts: the harness alone (boxes, a frame)' },
};

const { outDir, report: bytes } = await buildEntries(
  Object.fromEntries(Object.values(PAGES).map((p) => [p.entry, join(srcDir, `${p.entry}.js`)])),
);
for (const { entry } of Object.values(PAGES))
  writeFileSync(
    join(outDir, `${entry}.html`),
    `<!doctype html><html lang="vi"><body style="margin:0;font-family:sans-serif">
<div id="host" style="width:1200px;display:grid;grid-template-columns:repeat(4,280px);gap:8px"></div>
<script type="module">
  import './${entry}.js';
  const ROWS = ${JSON.stringify(ROWS).replace(/</g, '\\u003c')};
  const afterFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  window.render = async (n, draw = 'drawGauge') => {
    if (draw !== 'drawGauge') await window.prepareCopies(ROWS);
    const host = document.getElementById('host');
    host.replaceChildren();
    await afterFrame();
    const t0 = performance.now();
    const made = [];
    for (let i = 0; i < n; i++) {
      const box = document.createElement('div');
      box.style.cssText = 'width:280px;height:180px;overflow:hidden';
      host.append(box);
      made.push(window[draw](box, ROWS[i % ROWS.length]));
    }
    // Every gauge's own "drawn" signal (ours resolve after the microtask updates; the others
    // have already resolved, as they draw inside the call), then layout and a frame for all.
    await Promise.all(made);
    document.body.offsetHeight;
    await afterFrame();
    return performance.now() - t0;
  };
  window.ready = true;
</script></body></html>`,
  );

const server = await serve(outDir);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: CHROMIUM_ARGS,
});
const samples = Object.fromEntries(
  [...Object.keys(PAGES), ...Object.keys(FLOORS)].map((k) => [k, []]),
);
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  // No animation anywhere: the libraries are told so, our CSS transition follows this.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (let run = 0; run < RUNS; run++) {
    for (const [key, { entry }] of Object.entries(PAGES)) {
      await page.goto(`${server.url}/${entry}.html`);
      await page.waitForFunction(() => window.ready === true);
      samples[key].push(await page.evaluate((n) => window.render(n), N));
    }
    await page.goto(`${server.url}/${PAGES.ours.entry}.html`);
    await page.waitForFunction(() => window.ready === true);
    for (const [key, { draw }] of Object.entries(FLOORS))
      samples[key].push(await page.evaluate(([n, d]) => window.render(n, d), [N, draw]));
  }
  // One look at what was measured: each page must really show 100 gauges.
  const drawn = {};
  for (const [key, { entry }] of Object.entries(PAGES)) {
    await page.goto(`${server.url}/${entry}.html`);
    await page.waitForFunction(() => window.ready === true);
    await page.evaluate((n) => window.render(n), N);
    drawn[key] = await page.evaluate(
      () =>
        document.querySelectorAll('#host canvas').length +
        [...document.querySelectorAll('cds-kpi-gauge')].filter((g) =>
          g.shadowRoot?.querySelector('svg'),
        ).length,
    );
  }
  // And the copies really are whole gauges: a dial and the status in every host.
  await page.goto(`${server.url}/${PAGES.ours.entry}.html`);
  await page.waitForFunction(() => window.ready === true);
  await page.evaluate((n) => window.render(n, 'drawCopy'), N);
  drawn.copy = await page.evaluate(
    () =>
      [...document.querySelectorAll('#host > div > div')].filter(
        (h) => h.shadowRoot?.querySelector('svg') && h.shadowRoot.querySelector('.status'),
      ).length,
  );
  for (const [key, count] of Object.entries(drawn))
    if (count !== N) console.error(`warning: ${key} page drew ${count} gauges, not ${N}`);
} finally {
  await browser.close();
  server.close();
  rmSync(outDir, { recursive: true, force: true });
}

const median = Object.fromEntries(Object.entries(samples).map(([k, s]) => [k, stats(s)]));
printTable(
  `${N} gauges: insert → every gauge drawn → next frame (${RUNS} runs each, interleaved; brotli bytes of the page's JS)`,
  Object.entries(PAGES).map(([key, { entry, what }]) => ({
    what,
    brotli: kB(bytes[entry].total.brotli),
    median: ms(median[key].median),
    min: ms(median[key].min),
    max: ms(median[key].max),
    'ours ÷ this': (median.ours.median / median[key].median).toFixed(2),
  })),
);
const vsECharts = median.ours.median / median.echarts.median;
// Fastest runs too: on a loaded machine the longer page is preempted more often, which flatters
// the ratio of medians; the ratio of minimums is the less noisy estimate.
printTable('Ratios (ours ÷ theirs; lower is faster): of medians, and of the fastest runs', [
  {
    what: `ours ÷ ECharts, ${N} gauges (goal ≤ 0.20)`,
    median: `${vsECharts.toFixed(2)}×`,
    fastest: `${(median.ours.min / median.echarts.min).toFixed(2)}×`,
  },
  {
    what: `ours ÷ Chart.js, ${N} gauges`,
    median: `${(median.ours.median / median.chartjs.median).toFixed(2)}×`,
    fastest: `${(median.ours.min / median.chartjs.min).toFixed(2)}×`,
  },
]);
// What is left to win: our time beside the same DOM with no script at all.
printTable(
  `Floors under our ${N} gauges (the same page and stop point; ÷ ECharts: the ratio if we cost only that)`,
  [
    { what: PAGES.ours.what, key: 'ours' },
    ...Object.entries(FLOORS).map(([key, { what }]) => ({ what, key })),
  ].map(({ what, key }) => ({
    what,
    median: ms(median[key].median),
    min: ms(median[key].min),
    '÷ ECharts': (median[key].median / median.echarts.median).toFixed(2),
  })),
);
console.log(
  `floor: the finished gauges with no script take ${(median.copy.median / median.echarts.median).toFixed(2)}× ECharts's time ` +
    `(${(median.copyNoContainer.median / median.echarts.median).toFixed(2)}× without the size container); ` +
    `script (Lit, core, the element) adds ${ms(median.ours.median - median.copy.median)}`,
);
console.log(
  `ours ÷ ECharts = ${vsECharts.toFixed(2)}× the time (goal ≤ 0.20×: ${vsECharts <= 0.2 ? 'met' : 'NOT met'}); ` +
    `ours ÷ Chart.js = ${(median.ours.median / median.chartjs.median).toFixed(2)}×; ` +
    `bytes: ours ${kB(bytes['cds-gauge'].total.brotli)}, ECharts ${kB(bytes['echarts-gauge'].total.brotli)}, Chart.js ${kB(bytes['chartjs-gauge'].total.brotli)} brotli`,
);
