// A browser without CSS light-dark() (Safari < 17.5, Chrome < 123) nor color-mix() (Safari < 16.2,
// Chrome < 111, as Chrome 109 on Windows 7), emulated in this page before any element loads:
// CSS.supports says no, and the functions become unknown to the parser in stylesheets, in their
// @supports conditions and in inline styles alike, as they are there (each test file runs in
// its own page).
const UNKNOWN = (css: string): string =>
  css.replaceAll('light-dark(', 'unknown-light-dark(').replaceAll('color-mix(', 'unknown-mix(');
const supports = CSS.supports.bind(CSS) as (a: string, b?: string) => boolean;
CSS.supports = ((a: string, b?: string) =>
  /light-dark|color-mix/.test(`${a} ${b ?? ''}`) ? false : supports(a, b)) as typeof CSS.supports;
const replaceSync = CSSStyleSheet.prototype.replaceSync;
CSSStyleSheet.prototype.replaceSync = function (this: CSSStyleSheet, text: string): void {
  replaceSync.call(this, UNKNOWN(text));
};
const setProperty = CSSStyleDeclaration.prototype.setProperty;
CSSStyleDeclaration.prototype.setProperty = function (
  this: CSSStyleDeclaration,
  name: string,
  value: string | null,
  priority?: string,
): void {
  setProperty.call(this, name, value === null ? null : UNKNOWN(value), priority);
};

import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import type { Chart } from 'chart.js';

const rgb = (hex: string): string => {
  const n = (i: number) => parseInt(hex.slice(i, i + 2), 16);
  return `rgb(${n(1)}, ${n(3)}, ${n(5)})`;
};

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A gauge whose value meets its target, rendered, with each part's computed style. */
async function achievedGauge(theme?: string) {
  await import('../src/kpi-gauge/cds-kpi-gauge.js');
  const el = await fixture<HTMLElement>(
    html`<cds-kpi-gauge
      theme=${theme ?? nothing}
      label="Hồ sơ"
      value="54.34"
      target="50"
      unit="%"
    ></cds-kpi-gauge>`,
  );
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  const part = (name: string) =>
    getComputedStyle(el.shadowRoot?.querySelector(`[part~="${name}"]`) as Element);
  return { el, part };
}

/** A value map, drawn: four provinces' fills and the legend's bin swatches, resolved. */
async function mapColours(theme?: string) {
  await import('../src/province-map/cds-province-map.js');
  const el = await fixture<HTMLElement>(
    html`<cds-province-map
      theme=${theme ?? nothing}
      boundaries="vn-63"
      unit="index"
      .data=${{ '48': 0.8, '79': 0.7, '12': 0.35, '01': 0.5 }}
    ></cds-province-map>`,
  );
  const root = el.shadowRoot as ShadowRoot;
  await until(() => !!root.querySelector('path.province'));
  const fills = ['48', '79', '12', '01'].map(
    (code) => getComputedStyle(root.querySelector(`path.province[data-code="${code}"]`)!).fill,
  );
  const swatches = [...root.querySelectorAll('.legend [data-bin] .swatch')].map(
    (s) => getComputedStyle(s).backgroundColor,
  );
  return { fills, swatches };
}

describe('without CSS light-dark() or color-mix()', () => {
  it('is emulated: a colour pair is dropped, as such a browser drops it', async () => {
    const probe = await fixture<HTMLDivElement>(html`<div style="color: rgb(1, 2, 3)"></div>`);
    probe.style.setProperty('color', 'light-dark(#ff0000, #0000ff)');
    expect(getComputedStyle(probe).color).to.equal('rgb(1, 2, 3)');
  });

  it('draws the gauge’s arc, track and text in the light colours', async () => {
    const { part } = await achievedGauge();
    // Achieved: the positive colour, #17663a, as in a browser that reads the pair.
    expect(part('arc').stroke).to.equal(rgb('#17663a'));
    expect(part('track').stroke).to.not.equal('none');
    expect(part('value').color).to.equal(rgb('#1b1f24'));
  });

  it('takes each pair’s dark colour under theme="dark", over its own dark surface', async () => {
    const { el, part } = await achievedGauge('dark');
    expect(part('arc').stroke).to.equal(rgb('#6fd39a'));
    expect(part('value').color).to.equal(rgb('#e8eaed'));
    expect(getComputedStyle(el).backgroundColor).to.equal(rgb('#16191d'));
  });

  it('paints its light surface on a dark page, so its dark text stays on light', async () => {
    await import('../src/status-badge/cds-status-badge.js');
    const page = await fixture<HTMLDivElement>(
      html`<div style="color-scheme: dark; background: #000; color: #fff">
        <cds-status-badge value="54.34" target="50" unit="%"></cds-status-badge>
      </div>`,
    );
    const el = page.querySelector('cds-status-badge') as HTMLElement;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(getComputedStyle(el).backgroundColor).to.equal(rgb('#ffffff'));
    expect(getComputedStyle(el).color).to.equal(rgb('#1b1f24'));
  });

  it('tints the gauge’s target zone without color-mix(): the positive colour at 22%', async () => {
    await import('../src/kpi-gauge/cds-kpi-gauge.js');
    const el = await fixture<HTMLElement>(
      html`<cds-kpi-gauge label="Hồ sơ" value="40" target="50" unit="%"></cds-kpi-gauge>`,
    );
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const zone = el.shadowRoot?.querySelector('.zone') as SVGPathElement;
    expect(zone.getAttribute('d')).to.not.equal(null);
    expect(getComputedStyle(zone).stroke).to.equal(rgb('#17663a'));
    expect(Number(getComputedStyle(zone).strokeOpacity)).to.be.closeTo(0.22, 0.001);
  });

  it('paints the map’s provinces and legend in the scale’s light colours, not black', async () => {
    const { SEQUENTIAL_LIGHT } = await import('../src/province-map/color-scale.js');
    const { fills, swatches } = await mapColours();
    const light = SEQUENTIAL_LIGHT.map(rgb);
    expect(fills.filter((f) => !light.includes(f))).to.deep.equal([]);
    expect(new Set(fills).size).to.be.greaterThan(1);
    expect(swatches.length).to.be.greaterThan(1);
    expect(swatches.filter((c) => !light.includes(c))).to.deep.equal([]);
  });

  it('paints them in the scale’s dark colours under theme="dark"', async () => {
    const { SEQUENTIAL_DARK } = await import('../src/province-map/color-scale.js');
    const { fills, swatches } = await mapColours('dark');
    const dark = SEQUENTIAL_DARK.map(rgb);
    expect(fills.filter((f) => !dark.includes(f))).to.deep.equal([]);
    expect(new Set(fills).size).to.be.greaterThan(1);
    expect(swatches.length).to.be.greaterThan(1);
    expect(swatches.filter((c) => !dark.includes(c))).to.deep.equal([]);
  });

  it('leaves no colour pair in any element’s stylesheets', async () => {
    await import('../src/define-all.js');
    const tags = ['kpi-gauge', 'indicator-card', 'status-badge', 'target-table', 'province-map'];
    for (const tag of [...tags, 'trend-chart']) {
      const styles = (customElements.get(`cds-${tag}`) as unknown as { elementStyles: unknown[] })
        .elementStyles;
      const text = styles.map((s) => String((s as { cssText?: string }).cssText)).join('\n');
      expect(text.length, tag).to.be.greaterThan(1000);
      expect(text.includes('light-dark'), tag).to.equal(false);
    }
  });

  it('draws the trend chart’s series in its light colour', async () => {
    await import('../src/trend-chart/cds-trend-chart.js');
    const { loadChart } = await import('../src/trend-chart/chart-loader.js');
    const el = document.createElement('cds-trend-chart') as HTMLElement & { indicator: object };
    el.setAttribute('no-animation', '');
    el.setAttribute('style', 'width: 480px');
    el.indicator = {
      id: 'x',
      name: 'NDXP',
      unit: 'count',
      observations: [
        { period: '2021', value: 180e6 },
        { period: '2022', value: 860e6 },
      ],
    };
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    const ChartJs = await loadChart();
    const canvas = () => el.shadowRoot?.querySelector('canvas[data-drawn]') as HTMLCanvasElement;
    await until(() => !!canvas());
    const chart = ChartJs.getChart(canvas()) as Chart | undefined;
    expect(chart?.data.datasets[0]?.borderColor).to.equal(rgb('#0b5cad'));
    // Under theme="dark" the series takes its dark colour, read back by the chart's probe.
    el.setAttribute('theme', 'dark');
    await until(() => ChartJs.getChart(canvas())?.data.datasets[0]?.borderColor === rgb('#7db4ee'));
  });
});
