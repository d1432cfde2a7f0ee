/**
 * The map after something changes under it: the other boundary set while a province has focus,
 * new data or language while the live region holds a sentence; a `highlight` naming nothing; and
 * the source line of figures drawn from several reports.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { provinceByCode, type SourceInput } from '@cds-vn/core';
import '../src/province-map/cds-province-map.js';
import type { CdsProvinceMap } from '../src/province-map/province-map.js';
import { loadSeed, settle } from './helpers.js';

async function drawn(el: CdsProvinceMap): Promise<CdsProvinceMap> {
  for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('path.province'); i++) {
    await settle(el, 20);
  }
  if (!el.shadowRoot?.querySelector('path.province')) throw new Error('never drawn');
  return el;
}

const map = async (t: ReturnType<typeof html>): Promise<CdsProvinceMap> =>
  drawn(await fixture<CdsProvinceMap>(t));
const path = (el: CdsProvinceMap, code: string): SVGPathElement =>
  el.shadowRoot?.querySelector(`path.province[data-code="${code}"]`) as SVGPathElement;
const text = (el: CdsProvinceMap, selector: string): string =>
  el.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const status = (el: CdsProvinceMap): string => text(el, '[role="status"]');

/** The focused province's code, and every province in the Tab order. */
function focusState(el: CdsProvinceMap): { active?: string; stops: string[] } {
  const active = el.shadowRoot?.activeElement;
  const stops = [...(el.shadowRoot?.querySelectorAll('path.province[tabindex="0"]') ?? [])];
  return {
    ...(active instanceof SVGPathElement && { active: active.dataset['code'] }),
    stops: stops.map((p) => (p as SVGPathElement).dataset['code'] ?? ''),
  };
}

describe('cds-province-map after a change', () => {
  it('keeps focus on the same province, or the unit it merged into, across boundary sets', async () => {
    const el = await map(html`<cds-province-map boundaries="vn-63"></cds-province-map>`);
    // Hà Giang and Bình Dương exist only in the 63; Bắc Ninh, Cà Mau and Hồ Chí Minh in both.
    for (const [from, code] of [
      ['vn-63', '02'],
      ['vn-63', '74'],
      ['vn-63', '24'],
      ['vn-63', '96'],
      ['vn-34', '79'],
      ['vn-34', '96'],
    ] as const) {
      el.boundaries = from;
      await settle(el);
      path(el, code).focus();
      await el.updateComplete;
      el.boundaries = from === 'vn-63' ? 'vn-34' : 'vn-63';
      await settle(el);
      await el.updateComplete;
      // The registry's succession, not the map, says where a merged province went.
      const to = from === 'vn-63' ? provinceByCode('vn-63', code)?.successor : code;
      expect(focusState(el), `${code} ${from} → ${el.boundaries}`).to.deep.equal({
        active: to,
        stops: [to],
      });
    }
  });

  it('clears the live region for new data, another entry or another language', async () => {
    const dataset = {
      indicators: [
        { id: 'a', name: 'A', unit: '%' },
        { id: 'b', name: 'B', unit: '%' },
      ],
      regional: [
        { indicator: 'a', period: '2024', boundaries: 'vn-34', values: { '01': 1, '31': 2 } },
        { indicator: 'b', period: '2024', boundaries: 'vn-34', values: { '01': 3, '48': 4 } },
      ],
    };
    const categories = {
      id: 'c',
      name: 'C',
      categories: [{ id: 'x', name: 'X', provinces: ['Hà Nội', 'Huế'] }],
    };
    const el = await map(
      html`<cds-province-map .data=${categories} boundaries="vn-34"></cds-province-map>`,
    );
    const said = async (act: () => void, change: () => void, what: string): Promise<void> => {
      act();
      await settle(el);
      expect(status(el), `${what}: said`).to.not.equal('');
      change();
      await settle(el);
      await settle(el);
      expect(status(el), what).to.equal('');
    };
    const pickLegend = (): void =>
      (el.shadowRoot?.querySelector('[part="legend-item"]') as HTMLButtonElement).click();
    const clickHanoi = (): void => {
      path(el, '01').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    };
    await said(
      pickLegend,
      () => {
        el.data = { '01': 5, '48': 6 };
      },
      'a legend pick, then new data',
    );
    await said(
      clickHanoi,
      () => {
        el.data = dataset;
        el.indicatorId = 'a';
      },
      'a selection, then new data',
    );
    await said(
      clickHanoi,
      () => {
        el.indicatorId = 'b';
      },
      'a selection, then another indicator',
    );
    await said(
      clickHanoi,
      () => {
        el.lang = 'en';
      },
      'a selection, then English',
    );
    // Still said when it happens after the change.
    el.selected = undefined;
    await settle(el);
    clickHanoi();
    await settle(el);
    expect(status(el)).to.equal('Selected: Hanoi');
  });

  it('draws no highlight when highlight names nothing, as if it were absent', async () => {
    const plain = await map(html`<cds-province-map></cds-province-map>`);
    const look = (el: CdsProvinceMap) => ({
      summary: text(el, '[part="summary"]'),
      legend: text(el, '[part="legend"]'),
      labels: [...(el.shadowRoot?.querySelectorAll('path.province') ?? [])].map((p) =>
        p.getAttribute('aria-label'),
      ),
    });
    for (const highlight of [',', ' , ;\n', [] as string[]]) {
      const el = await map(html`<cds-province-map .highlight=${highlight}></cds-province-map>`);
      expect(look(el), JSON.stringify(highlight)).to.deep.equal(look(plain));
      expect(el.shadowRoot?.querySelector('[part="error"]')).to.equal(null);
    }
    // A name among separators is still read, and an unknown one is still an error.
    const one = await map(html`<cds-province-map highlight=", Huế ,"></cds-province-map>`);
    expect(look(one).summary).to.not.equal(look(plain).summary);
    expect(look(one).summary).to.contain('Huế');
    const bad = await fixture<CdsProvinceMap>(
      html`<cds-province-map highlight=", Xứ Sở Thần Tiên ,"></cds-province-map>`,
    );
    await settle(bad, 50);
    expect(text(bad, '[part="error"]')).to.contain('Xứ Sở Thần Tiên');
  });

  it('credits every report a combined entry draws on, once each, in both languages', async () => {
    const reports = await Promise.all(
      ['bc-2022-08.json', 'bc-2023-12.json', 'bc-2024-04.json'].map(loadSeed),
    );
    const [older, a, b] = reports.map((d) => (d as { source: SourceInput }).source);
    if (!older || !a || !b) throw new Error('seeds without a source');
    const entry = (source: string, period: string, values: Record<string, number>) => ({
      indicator: 'x',
      period,
      boundaries: 'vn-34',
      values,
      source,
    });
    const dataset = {
      sources: [older, a, b],
      indicators: [{ id: 'x', name: 'X', unit: '%' }],
      regional: [
        entry(older.id, '2023', { '79': 9 }),
        entry(a.id, '2024', { '01': 1 }),
        entry(b.id, '2024', { '31': 2 }),
        entry(a.id, '2024', { '48': 3 }),
      ],
    };
    const el = await map(html`<cds-province-map .data=${dataset}></cds-province-map>`);
    const title = (s: SourceInput, lang: 'vi' | 'en'): string =>
      typeof s.title === 'string' ? s.title : (s.title[lang] ?? s.title.vi);
    expect(text(el, '.source')).to.equal(`Nguồn: ${title(a, 'vi')}; ${title(b, 'vi')}`);
    el.lang = 'en';
    await settle(el);
    expect(text(el, '.source')).to.equal(`Source: ${title(a, 'en')}; ${title(b, 'en')}`);
    // One report: itself alone.
    el.period = '2023';
    await settle(el);
    expect(text(el, '.source')).to.equal(`Source: ${title(older, 'en')}`);
  });
});
