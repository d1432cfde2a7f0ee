#!/usr/bin/env node
// <cds-kpi-gauge>: bytes of a one-gauge page, first render and update of 1, 100 and 1 000
// gauges, and the layout work 100 gauges cause (layouts, style recalcs, synchronous layout reads,
// layout shifts). Prints figures; never fails on time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEntries, openBenchPage, printTable, stats, kB, ms, ROOT } from './lib.mjs';

const RUNS = 7;
const GAUGE = join(ROOT, 'packages/elements/src/kpi-gauge/cds-kpi-gauge.ts');

// The 2022 headline table of the 25 Feb 2023 report: real values and targets, all in %.
const report = JSON.parse(readFileSync(join(ROOT, 'seeds/bc-2023-02-25.json'), 'utf8'));
const table = report.tables.find((t) => t.id === 'bc-2023-02-25-ket-qua-2022');
const ROWS = table.indicators.map((id) => {
  const ind = report.indicators.find((i) => i.id === id);
  const obs = ind.observations.find((o) => o.period === '2022' && o.value !== undefined);
  const target = ind.targets.find((t) => t.period === '2022');
  return { label: ind.name.vi ?? ind.name, value: obs?.value ?? 50, target: target?.value ?? 50 };
});

// ---- bytes -------------------------------------------------------------------------------
const { report: bytes } = await buildEntries({ 'kpi-gauge': GAUGE });
const b = bytes['kpi-gauge'].initial;
printTable('Bytes of a page with one gauge (Lit + core + the element; production build)', [
  { what: 'initial', min: kB(b.min), gzip: kB(b.gzip), brotli: kB(b.brotli), budget: '15.0 kB' },
]);

// ---- page ----------------------------------------------------------------------------------
// Page-side helpers. `render(n, variant, fit)` inserts n gauges (plain attributes, as a CMS writes
// them; with `fit`, in grid rows 12 base sizes high) and resolves when all have updated and the next frame has been produced; `update()`
// changes every gauge's value the same way. Layout reads are counted by wrapping the APIs that
// force a synchronous layout: the element must never call them.
const page = `<!doctype html><html lang="vi"><body>
<div id="host" style="width: 1200px; display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px"></div>
<script>
  const ROWS = ${JSON.stringify(ROWS).replace(/</g, '\\u003c')};
  const afterFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  window.layoutReads = 0;
  const count = (proto, name) => {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (d?.get) Object.defineProperty(proto, name, { ...d, get() { window.layoutReads++; return d.get.call(this); } });
    else if (typeof d?.value === 'function') proto[name] = function (...a) { window.layoutReads++; return d.value.apply(this, a); };
  };
  for (const n of ['getBoundingClientRect', 'getClientRects', 'scrollWidth', 'scrollHeight', 'clientWidth', 'clientHeight', 'scrollTop'])
    count(Element.prototype, n);
  for (const n of ['offsetWidth', 'offsetHeight', 'offsetTop', 'offsetLeft', 'innerText'])
    count(HTMLElement.prototype, n);
  window.getComputedStyle = ((gcs) => function (...a) { window.layoutReads++; return gcs.apply(this, a); })(window.getComputedStyle);
  window.shifts = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.shifts += e.value; })
    .observe({ type: 'layout-shift', buffered: true });

  let els = [];
  window.render = async (n, variant = 'semi', fit = false) => {
    await customElements.whenDefined('cds-kpi-gauge');
    const host = document.getElementById('host');
    host.replaceChildren();
    host.style.gridAutoRows = fit ? '12rem' : '';
    await afterFrame();
    window.layoutReads = 0;
    const t0 = performance.now();
    els = [];
    for (let i = 0; i < n; i++) {
      const row = ROWS[i % ROWS.length];
      const el = document.createElement('cds-kpi-gauge');
      el.setAttribute('label', row.label);
      el.setAttribute('value', String(row.value));
      el.setAttribute('target', String(row.target));
      el.setAttribute('unit', '%');
      el.setAttribute('period', '2022');
      el.setAttribute('as-of', '2023-02-25');
      el.setAttribute('variant', variant);
      if (fit) el.setAttribute('fit', '');
      host.append(el);
      els.push(el);
    }
    await Promise.all(els.map((e) => e.updateComplete));
    await afterFrame();
    return { ms: performance.now() - t0, reads: window.layoutReads };
  };
  window.update = async (round) => {
    window.layoutReads = 0;
    window.shifts = 0;
    const t0 = performance.now();
    els.forEach((el, i) => el.setAttribute('value', String((i * 7 + round * 13) % 100)));
    await Promise.all(els.map((e) => e.updateComplete));
    await afterFrame();
    return { ms: performance.now() - t0, reads: window.layoutReads, shifts: window.shifts };
  };
</script>
<script type="module" src="./kpi-gauge.js"></script></body></html>`;

const { page: tab, close } = await openBenchPage({ 'kpi-gauge': GAUGE }, page, {
  width: 1280,
  height: 900,
});
// Never animate while measuring (the arc's transition only runs when motion is allowed).
await tab.emulateMedia({ reducedMotion: 'reduce' });

const line = (what, s) => ({
  what,
  median: ms(s.median),
  min: ms(s.min),
  max: ms(s.max),
  runs: s.n,
});
const rows = [];
for (const n of [1, 100, 1000]) {
  const first = [];
  const update = [];
  for (let i = 0; i < RUNS; i++) {
    await tab.reload();
    first.push((await tab.evaluate((k) => window.render(k), n)).ms);
    update.push((await tab.evaluate((r) => window.update(r), i + 1)).ms);
  }
  rows.push(line(`${n} gauge${n > 1 ? 's' : ''}: first render`, stats(first)));
  rows.push(line(`${n} gauge${n > 1 ? 's' : ''}: update every value`, stats(update)));
}
for (const variant of ['ring', 'bullet']) {
  const first = [];
  for (let i = 0; i < RUNS; i++) {
    await tab.reload();
    first.push((await tab.evaluate((v) => window.render(100, v), variant)).ms);
  }
  rows.push(line(`100 gauges, variant="${variant}": first render`, stats(first)));
}
{
  // fit: the host and the dial are size containers, one more container per gauge.
  const first = [];
  for (let i = 0; i < RUNS; i++) {
    await tab.reload();
    first.push((await tab.evaluate(() => window.render(100, 'semi', true))).ms);
  }
  rows.push(line('100 gauges, fit in rows 12 base sizes high: first render', stats(first)));
}
printTable('Time to insert (or update) → all updated → next frame produced', rows);

// ---- layout work for 100 gauges -------------------------------------------------------------
// Chromium's own counters (Performance.getMetrics) around one render and one update of 100
// gauges. A synchronous layout read per gauge would show as ~100 layouts; a batched page
// does one or two per frame.
const cdp = await tab.context().newCDPSession(tab);
await cdp.send('Performance.enable');
const metrics = async () =>
  Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
  );
await tab.reload();
await tab.evaluate(() => customElements.whenDefined('cds-kpi-gauge'));
const m0 = await metrics();
const rendered = await tab.evaluate(() => window.render(100));
const m1 = await metrics();
const updated = await tab.evaluate(() => window.update(1));
const m2 = await metrics();
await cdp.detach();
await close();
const work = (what, a, z, reads, shifts) => ({
  what,
  layouts: z.LayoutCount - a.LayoutCount,
  'style recalcs': z.RecalcStyleCount - a.RecalcStyleCount,
  'layout ms': ((z.LayoutDuration - a.LayoutDuration) * 1000).toFixed(1),
  'style ms': ((z.RecalcStyleDuration - a.RecalcStyleDuration) * 1000).toFixed(1),
  'sync layout reads': reads,
  'layout shift': shifts,
});
printTable(
  'Layout work, 100 gauges (Chromium counters; layout reads counted by wrapping the APIs)',
  [
    work('first render', m0, m1, rendered.reads, '–'),
    work('update every value', m1, m2, updated.reads, updated.shifts.toFixed(4)),
  ],
);
console.log(
  'Style recalcs happen inside the one layout: Chromium restyles each container-query container\n' +
    '(each gauge; the dial is not one) as it lays it out; with no container the same page counts 1.',
);
