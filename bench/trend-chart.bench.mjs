#!/usr/bin/env node
// <cds-trend-chart> and <cds-indicator-card>: bytes of each element, of Chart.js as the chart
// loads it lazily, the first render of one chart and of twenty, and the time for 100 cards.
// Prints figures; never fails on time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEntries, openBenchPage, printTable, stats, kB, ms, ROOT } from './lib.mjs';

const RUNS = 7;
const CHART = join(ROOT, 'packages/elements/src/trend-chart/cds-trend-chart.ts');
const CARD = join(ROOT, 'packages/elements/src/indicator-card/cds-indicator-card.ts');

// Real figures from the 2022 results report, slimmed to the indicators the pages draw.
const report = JSON.parse(readFileSync(join(ROOT, 'seeds/bc-2022-12-28.json'), 'utf8'));
const IDS = ['ndxp-giao-dich', 'mobile-money', 'tan-cong-mang', 'ty-trong-kinh-te-so-gdp'];
const data = { ...report, indicators: report.indicators.filter((i) => IDS.includes(i.id)) };
const dataScript = `<script type="application/json" id="data">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;

// ---- bytes -------------------------------------------------------------------------------
const { report: bytes } = await buildEntries({ 'trend-chart': CHART, 'indicator-card': CARD });
const row = (what, b) => ({
  what,
  min: kB(b.min),
  gzip: kB(b.gzip),
  brotli: kB(b.brotli),
});
printTable('Bytes (production build; Lit and core included in each initial figure)', [
  row('cds-trend-chart, initial (no Chart.js)', bytes['trend-chart'].initial),
  row('Chart.js, lazy chunk (line, bar, linear scale)', bytes['trend-chart'].lazy),
  row('cds-trend-chart, total once drawn', bytes['trend-chart'].total),
  row('cds-indicator-card, initial (all of it)', bytes['indicator-card'].initial),
]);

// ---- trend chart timings -------------------------------------------------------------------
// Page-side helpers: insert n charts and wait until every canvas has been drawn, plus a frame.
const chartPage = `<!doctype html><html lang="vi"><body>${dataScript}
<div id="host" style="width: 800px"></div>
<script>
  window.renderCharts = async (n) => {
    await customElements.whenDefined('cds-trend-chart');
    const host = document.getElementById('host');
    host.replaceChildren();
    const data = JSON.parse(document.getElementById('data').textContent);
    const ids = ${JSON.stringify(IDS)};
    const t0 = performance.now();
    const els = [];
    for (let i = 0; i < n; i++) {
      const el = document.createElement('cds-trend-chart');
      el.setAttribute('no-animation', '');
      el.setAttribute('indicator-ids', ids[i % ids.length]);
      el.setAttribute('style', 'width: 600px; --cds-trend-chart-height: 240px');
      el.indicator = data;
      host.append(el);
      els.push(el);
    }
    await new Promise((resolve) => {
      const check = () =>
        els.every((e) => e.shadowRoot?.querySelector('canvas[data-drawn]'))
          ? requestAnimationFrame(() => resolve())
          : requestAnimationFrame(check);
      check();
    });
    return performance.now() - t0;
  };
  window.loadedBytes = () =>
    performance.getEntriesByType('resource').map((e) => ({ name: e.name, size: e.encodedBodySize }));
</script>
<script type="module" src="./trend-chart.js"></script></body></html>`;

const chart = await openBenchPage({ 'trend-chart': CHART }, chartPage);
const cold1 = [];
const cold20 = [];
const warm1 = [];
const warm20 = [];
let chartJsLoaded = 0;
for (let i = 0; i < RUNS; i++) {
  await chart.page.reload();
  cold1.push(await chart.page.evaluate(() => window.renderCharts(1)));
  if (i === 0) {
    const loaded = await chart.page.evaluate(() => window.loadedBytes());
    chartJsLoaded = loaded
      .filter((r) => r.name.includes('chart-registry'))
      .reduce((s, r) => s + r.size, 0);
  }
  warm1.push(await chart.page.evaluate(() => window.renderCharts(1)));
  warm20.push(await chart.page.evaluate(() => window.renderCharts(20)));
  await chart.page.reload();
  cold20.push(await chart.page.evaluate(() => window.renderCharts(20)));
}
await chart.close();
console.log(
  `\nChart.js as loaded by the page: ${kB(chartJsLoaded)} (minified, uncompressed as served by the bench server)`,
);
const line = (what, s) => ({
  what,
  median: ms(s.median),
  min: ms(s.min),
  max: ms(s.max),
  runs: s.n,
});
printTable('cds-trend-chart first render (no animation; insert → every canvas drawn + 1 frame)', [
  line('1 chart, first on the page (loads Chart.js)', stats(cold1)),
  line('1 chart, Chart.js already loaded', stats(warm1)),
  line('20 charts, first on the page (loads Chart.js)', stats(cold20)),
  line('20 charts, Chart.js already loaded', stats(warm20)),
]);

// ---- card timings --------------------------------------------------------------------------
const cardPage = `<!doctype html><html lang="vi"><body>${dataScript}
<div id="host" style="width: 1200px; display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px"></div>
<script>
  // With fit: regular cards in grid rows 15 base sizes high, whose lines wrap out as they must.
  window.renderCards = async (n, fit = false) => {
    await customElements.whenDefined('cds-indicator-card');
    const host = document.getElementById('host');
    host.style.gridAutoRows = fit ? '15rem' : '';
    host.replaceChildren();
    const data = JSON.parse(document.getElementById('data').textContent);
    const ids = ${JSON.stringify(IDS)};
    const t0 = performance.now();
    const els = [];
    for (let i = 0; i < n; i++) {
      const el = document.createElement('cds-indicator-card');
      el.setAttribute('indicator-id', ids[i % ids.length]);
      if (fit) el.setAttribute('fit', '');
      else if (i % 2) el.setAttribute('variant', 'compact');
      el.indicator = data;
      host.append(el);
      els.push(el);
    }
    await Promise.all(els.map((e) => e.updateComplete));
    await new Promise((r) => requestAnimationFrame(() => r()));
    return performance.now() - t0;
  };
  window.chartJsLoaded = () =>
    performance.getEntriesByType('resource').some((e) => /chart-registry|chart\\.js/.test(e.name));
</script>
<script type="module" src="./indicator-card.js"></script></body></html>`;

const cards = await openBenchPage({ 'indicator-card': CARD }, cardPage);
const first100 = [];
const again100 = [];
const fit100 = [];
for (let i = 0; i < RUNS; i++) {
  await cards.page.reload();
  first100.push(await cards.page.evaluate(() => window.renderCards(100)));
  again100.push(await cards.page.evaluate(() => window.renderCards(100)));
  fit100.push(await cards.page.evaluate(() => window.renderCards(100, true)));
}
const cardPageLoadedChartJs = await cards.page.evaluate(() => window.chartJsLoaded());
await cards.close();
printTable('cds-indicator-card: 100 cards (insert → all updated + 1 frame)', [
  line('100 cards, first on the page', stats(first100)),
  line('100 cards, again', stats(again100)),
  line('100 regular cards, fit in rows 15 base sizes high (after the two above)', stats(fit100)),
]);
console.log(`Card page downloaded Chart.js: ${cardPageLoadedChartJs ? 'YES (bug)' : 'no'}`);
