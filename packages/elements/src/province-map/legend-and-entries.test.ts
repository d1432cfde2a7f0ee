import { expect, fixture, html } from '@open-wc/testing';
import './cds-province-map.js';
import type { CdsProvinceMap } from './province-map.js';

/** Waits until the map (or its error panel) is drawn: the geometry loads asynchronously. */
async function map(template: ReturnType<typeof html>): Promise<CdsProvinceMap> {
  const el = await fixture<CdsProvinceMap>(template);
  for (let i = 0; i < 200; i++) {
    await el.updateComplete;
    if (el.shadowRoot?.querySelector('path.province, [role="alert"]')) return el;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the map was never drawn');
}

const text = (node: Element | null | undefined): string =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The legend's bins as drawn (symbols, not the words said for them). */
const bins = (el: CdsProvinceMap): string[] =>
  [...(el.shadowRoot?.querySelectorAll('.legend li[data-bin]') ?? [])].map((li) => {
    const copy = li.cloneNode(true) as Element;
    copy.querySelectorAll('.sr-only').forEach((n) => n.remove());
    return text(copy);
  });
const label = (el: CdsProvinceMap, code: string): string =>
  el.shadowRoot?.querySelector(`path.province[data-code="${code}"]`)?.getAttribute('aria-label') ??
  '';

const INDICATOR = { id: 'x', name: 'Tỷ lệ', unit: '%' };

describe('cds-province-map legend and dataset entries', () => {
  it('never writes a bin short of the target as the target itself, as the provinces read', async () => {
    const data = { '01': 50, '31': 49.996, '48': 40 };
    const el = await map(
      html`<cds-province-map
        boundaries="vn-63"
        unit="%"
        target="50"
        .data=${data}
      ></cds-province-map>`,
    );
    // Was "✗ 50%" beside "✓ 50%": Hải Phòng, 49,996% on its button, missed a target it showed.
    expect(bins(el)).to.deep.equal(['✗ 40%', '✗ 49,996%', '✓ 50%']);
    // The country's target, compared and not judged: still two bins, not "50%" twice.
    const national = {
      indicators: [{ ...INDICATOR, targets: [{ period: '2023', op: '>=', value: 50 }] }],
      regional: [{ indicator: 'x', period: '2023', boundaries: 'vn-63', values: data }],
    };
    const country = await map(html`<cds-province-map .data=${national}></cds-province-map>`);
    expect(bins(country)).to.deep.equal(['40%', '49,996%', '50%']);
  });

  it('maps every report’s provinces for one period, the newest figure where two give one', async () => {
    // Two reports merged into one dataset, each naming some provinces for 2023.
    const dataset = {
      indicators: [INDICATOR],
      regional: [
        { indicator: 'x', period: '2023', boundaries: 'vn-63', values: { '31': 85, '01': 70 } },
        { indicator: 'x', period: '2023', boundaries: 'vn-63', values: { '31': 90.7, '48': 95 } },
      ],
    };
    const el = await map(html`<cds-province-map .data=${dataset}></cds-province-map>`);
    expect(label(el, '48')).to.match(/^Đà Nẵng: 95%, hạng 1 trên 3/);
    expect(label(el, '31')).to.match(/^Hải Phòng: 90,7%, hạng 2 trên 3/);
    expect(label(el, '01')).to.match(/^Hà Nội: 70%, hạng 3 trên 3/);
    expect(el.shadowRoot?.querySelector('[part="notice"]')).to.equal(null);
  });

  it('takes the period that ends last as the latest: a year after its first half', async () => {
    const dataset = {
      indicators: [INDICATOR],
      regional: [
        { indicator: 'x', period: '2023-H1', boundaries: 'vn-63', values: { '31': 60 } },
        { indicator: 'x', period: '2023', boundaries: 'vn-63', values: { '31': 90.7 } },
        { indicator: 'x', period: '2022', boundaries: 'vn-63', values: { '31': 40 } },
      ],
    };
    const el = await map(html`<cds-province-map .data=${dataset}></cds-province-map>`);
    expect(text(el.shadowRoot?.querySelector('.period'))).to.equal('Năm 2023');
    expect(label(el, '31')).to.match(/^Hải Phòng: 90,7%/);
  });
});
