#!/usr/bin/env node
// <cds-province-map>: bytes of the element and of its lazily loaded geometry (both boundary sets
// in one chunk), first render of the 63 and of the 34 once the geometry is loaded, and the time
// to recolour on a data change. Figures only; the byte budget is bench/budgets/province-map.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEntries, openBenchPage, stats, printTable, kB, ms, ROOT } from './lib.mjs';

const entries = {
  'province-map': join(ROOT, 'packages/elements/src/province-map/cds-province-map.ts'),
  // What every cds-* page pays anyway (Lit, core, the data path): the smallest element.
  'status-badge': join(ROOT, 'packages/elements/src/status-badge/cds-status-badge.ts'),
};

const { report } = await buildEntries(entries);
const map = report['province-map'];
const base = report['status-badge'].initial;
printTable('Bytes (brotli; min and gzip for reference)', {
  'map page, initial': { ...map.initial },
  'map page, lazy (geometry + decoder)': { ...map.lazy },
  'map page, total': { ...map.total },
  'any cds-* page (Lit + core, badge)': { ...base },
});
console.log(
  `element + geometry for both sets: ${kB(map.total.brotli)} brotli in all, ` +
    `${kB(map.total.brotli - base.brotli)} over the Lit + core every cds-* page loads; ` +
    `${kB(map.lazy.brotli)} of it only when a map is drawn.`,
);

const RUNS = 25;
const page63 = `<!doctype html><html lang="vi"><body style="margin:0;font-family:sans-serif">
<div id="host" style="width:640px"></div>
<script type="module">
  import './province-map.js';
  const codes63 = ${JSON.stringify(codes('vn-63'))};
  const codes34 = ${JSON.stringify(codes('vn-34'))};
  const values = (codes, seed) =>
    Object.fromEntries(codes.map((c, i) => [c, Math.round(1000 * (0.5 + 0.5 * Math.sin(i * 1.7 + seed))) / 1000]));
  const host = document.getElementById('host');
  const drawn = async (el) => {
    for (;;) {
      await el.updateComplete;
      const svg = el.shadowRoot?.querySelector('svg');
      if (svg) { svg.getBoundingClientRect(); return; }
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  async function render(set, codes, seed) {
    const el = document.createElement('cds-province-map');
    el.setAttribute('boundaries', set);
    el.setAttribute('unit', 'index');
    el.data = values(codes, seed);
    const t0 = performance.now();
    host.append(el);
    await drawn(el);
    // Layout and paint of what was rendered.
    document.body.offsetHeight;
    return { el, time: performance.now() - t0 };
  }
  window.bench = async (runs) => {
    // Load the geometry chunk first: the figures are for rendering, not for the download.
    const warm = document.createElement('cds-province-map');
    host.append(warm);
    await drawn(warm);
    warm.remove();
    const out = { first63: [], first34: [], recolour: [] };
    for (let i = 0; i < runs; i++) {
      for (const [set, codes, key] of [['vn-63', codes63, 'first63'], ['vn-34', codes34, 'first34']]) {
        const { el, time } = await render(set, codes, i);
        out[key].push(time);
        el.remove();
      }
    }
    const { el } = await render('vn-63', codes63, 0);
    for (let i = 0; i < runs; i++) {
      el.data = values(codes63, i + 1);
      const t0 = performance.now();
      await el.updateComplete;
      el.shadowRoot.querySelector('svg').getBoundingClientRect();
      document.body.offsetHeight;
      out.recolour.push(performance.now() - t0);
    }
    return out;
  };
</script></body></html>`;

/** GSO codes as written in the registry (plain Node cannot import its TypeScript). */
function codes(set) {
  const file = set === 'vn-63' ? 'units-63.ts' : 'units-34.ts';
  const source = readFileSync(join(ROOT, 'packages/core/src/provinces', file), 'utf8');
  const re = set === 'vn-63' ? /(?:unit63\(|gso: )'(\d\d)'/g : /(?:unchanged|merged)\(\s*'(\d\d)'/g;
  const found = [...source.matchAll(re)].map((m) => m[1]);
  if (found.length !== (set === 'vn-63' ? 63 : 34))
    throw new Error(`${set}: ${found.length} codes`);
  return found;
}

const { page, close } = await openBenchPage({ 'province-map': entries['province-map'] }, page63);
try {
  await page.waitForFunction(() => typeof window.bench === 'function');
  const out = await page.evaluate((runs) => window.bench(runs), RUNS);
  const row = (samples) => {
    const s = stats(samples.slice(1));
    return {
      'first run (cold)': ms(samples[0]),
      median: ms(s.median),
      min: ms(s.min),
      max: ms(s.max),
      n: s.n,
    };
  };
  // The geometry was loaded (and the 34 projected) by a warm-up map before the first run.
  printTable(`Rendering in headless Chromium, 640 px wide (${RUNS} runs; goal ≤ 30 ms)`, {
    'first render, 63 units': row(out.first63),
    'first render, 34 units': row(out.first34),
    'recolour on a data change (63)': row(out.recolour),
  });
} finally {
  await close();
}
