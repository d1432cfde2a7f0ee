// Safari 16, emulated in this page before any element loads: container queries, but no
// contain-intrinsic-inline-size. The property becomes unknown in every stylesheet, in its
// declarations and in @supports conditions alike, as it is there (each test file runs in its own
// page). A size container then has no width from its content.
const replaceSync = CSSStyleSheet.prototype.replaceSync;
CSSStyleSheet.prototype.replaceSync = function (this: CSSStyleSheet, text: string): void {
  replaceSync.call(
    this,
    text.replaceAll('contain-intrinsic-inline-size', 'unknown-intrinsic-size'),
  );
};

import { expect, fixture, html } from '@open-wc/testing';
import '../src/kpi-gauge/cds-kpi-gauge.js';
import '../src/indicator-card/cds-indicator-card.js';
import '../src/target-table/cds-target-table.js';

const gauge = (label: string) =>
  html`<cds-kpi-gauge label=${label} value="54.34" target="50" unit="%"></cds-kpi-gauge>`;
const widths = (root: Element, tags: string): number[] =>
  [...root.querySelectorAll(tags)].map((e) => Math.round(e.getBoundingClientRect().width));

describe('without contain-intrinsic-inline-size (Safari 16)', () => {
  it('is emulated: the elements’ own rule is gone', async () => {
    const el = await fixture<HTMLElement>(gauge('A'));
    expect(getComputedStyle(el).containerType).to.equal('inline-size');
    expect(getComputedStyle(el).getPropertyValue('contain-intrinsic-width')).to.equal('none');
  });

  it('gives gauges, cards and tables in a flex row without widths their width, not none', async () => {
    const row = await fixture<HTMLElement>(
      html`<div style="display: flex; gap: 8px; width: 1600px">
        ${gauge('A')}${gauge('B')}
        <cds-indicator-card
          .indicator=${{ name: 'Hồ sơ', value: 54.34, unit: '%' }}
        ></cds-indicator-card>
        <cds-target-table
          .data=${[{ name: 'Hồ sơ', value: 54.34, target: 50, unit: '%', period: '2022' }]}
        ></cds-target-table>
      </div>`,
    );
    const base = parseFloat(
      getComputedStyle(row.querySelector('cds-kpi-gauge') as Element).fontSize,
    );
    // 18 base sizes for the gauge and the card, 40 for the table, as contain-intrinsic-inline-size gives.
    expect(widths(row, 'cds-kpi-gauge, cds-indicator-card, cds-target-table')).to.deep.equal([
      18 * base,
      18 * base,
      18 * base,
      40 * base,
    ]);
  });

  it('lets a row narrower than its gauges shrink them to fit, as where the property is known', async () => {
    const row = await fixture<HTMLElement>(
      html`<div style="display: flex; gap: 10px; width: 500px">
        ${gauge('A')}${gauge('B')}${gauge('C')}
      </div>`,
    );
    expect(widths(row, 'cds-kpi-gauge')).to.deep.equal([160, 160, 160]);
  });
});
