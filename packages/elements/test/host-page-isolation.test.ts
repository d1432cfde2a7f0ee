/**
 * A portal's page must not reshape the widgets. Many portals set `html { font-size: 10px }`
 * (Bootstrap 3, the 62.5% trick), which made every rem inside the elements 10 px; and a CMS
 * often wraps content in centred, upper-case, nowrap or bold text, which shadow DOM inherits.
 * Each element is laid out on a plain page, then on such a page, and must come out the same.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define-all.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** One element of each kind, with real data from seeds/ (served by the test runner). */
const ATTRIBUTES: Record<string, Record<string, string>> = {
  'cds-status-badge': {
    indicator:
      '{"name":"Tỷ lệ hồ sơ xử lý trực tuyến","value":54.34,"target":50,"unit":"%","period":"2022"}',
  },
  // A gauge with a change line and an explanation: an indicator with several years.
  'cds-kpi-gauge': { src: '/seeds/bc-2023-12.json', 'indicator-id': 'ho-so-xu-ly-truc-tuyen' },
  'cds-indicator-card': {
    indicator: '{"name":"Giao dịch qua NDXP","value":1100,"unit":"count","period":"2022"}',
  },
  'cds-trend-chart': {
    src: '/seeds/bc-2022-12-28.json',
    'indicator-ids': 'ndxp-giao-dich',
    'no-animation': '',
  },
  'cds-target-table': {
    src: '/seeds/bc-2023-02-25.json',
    'table-id': 'bc-2023-02-25-ket-qua-2022',
  },
  'cds-province-map': {
    src: '/seeds/bc-2023-02-25.json',
    'indicator-id': 'nhiem-vu-trong-tam-cac-tinh-2023',
  },
};

function make(tag: string): Updating {
  const el = document.createElement(tag) as Updating;
  for (const [name, value] of Object.entries(ATTRIBUTES[tag] ?? {})) el.setAttribute(name, value);
  return el;
}

/** What a CMS page's own styles commonly hand down to whatever it wraps. */
const HOSTILE_PARENT = [
  'text-align: justify',
  'text-transform: uppercase',
  'letter-spacing: 2px',
  'word-spacing: 6px',
  'white-space: nowrap',
  'font-weight: bold',
  'font-style: italic',
  'line-height: 1',
  'text-indent: 3em',
  'word-break: break-all',
  'font-family: serif',
].join(';');

async function ready(el: Updating): Promise<boolean> {
  // Data from `src` arrives after a fetch; the map and the chart load their lazy chunks too,
  // and the chart marks its canvas once Chart.js has drawn on it.
  const drawn: Record<string, string> = {
    'cds-province-map': 'path',
    'cds-trend-chart': 'canvas[data-drawn]',
  };
  const isReady = (): boolean => {
    const text = el.shadowRoot?.textContent ?? '';
    const selector = drawn[el.localName];
    const done = !selector || !!el.shadowRoot?.querySelector(selector);
    return !!text.trim() && !text.includes('Đang tải') && done;
  };
  for (let i = 0; i < 200 && !isReady(); i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return isReady();
}

/** Every box in the element's shadow tree, and its text size, rounded to a quarter pixel. */
function layout(el: HTMLElement): string[] {
  const origin = el.getBoundingClientRect();
  const q = (n: number): number => Math.round(n * 4) / 4;
  return [...(el.shadowRoot?.querySelectorAll('*') ?? [])].map((node) => {
    const r = node.getBoundingClientRect();
    const size = getComputedStyle(node).fontSize;
    return `${node.localName}.${node.getAttribute('class') ?? ''} ${q(r.x - origin.x)},${q(r.y - origin.y)} ${q(r.width)}×${q(r.height)} ${size}`;
  });
}

describe('host page isolation', () => {
  const root = document.documentElement;
  afterEach(() => {
    root.style.removeProperty('font-size');
  });

  for (const tag of Object.keys(ATTRIBUTES)) {
    it(`<${tag}> lays out the same under a 10 px root and a CMS's inherited text styles`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="vi" style="width: 560px; font-size: 16px"></div>`,
      );
      const el = make(tag);
      wrapper.append(el);
      expect(await ready(el), 'loaded and drawn').to.equal(true);
      const plain = layout(el);
      expect(plain.length, 'something drawn').to.be.greaterThan(2);

      root.style.fontSize = '10px';
      wrapper.style.cssText += `;${HOSTILE_PARENT}`;
      await ready(el);
      const hostile = layout(el);

      const changed = plain.filter((line, i) => line !== hostile[i]);
      expect(hostile.length, 'the same boxes').to.equal(plain.length);
      expect(changed, 'boxes that moved, resized or changed text size').to.deep.equal([]);
    });
  }

  it('--cds-font-size scales an element: its text and the spaces around it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="vi" style="font-size: 16px"></div>`,
    );
    const normal = make('cds-status-badge');
    const large = make('cds-status-badge');
    large.style.setProperty('--cds-font-size', '24px');
    wrapper.append(normal, large);
    await ready(normal);
    await ready(large);
    const pill = (el: Updating): Element | null | undefined =>
      el.shadowRoot?.querySelector('.badge');
    const size = (el: Updating): number =>
      parseFloat(getComputedStyle(pill(el) as Element).fontSize);
    const pad = (el: Updating): number =>
      parseFloat(getComputedStyle(pill(el) as Element).paddingInlineStart);
    expect(size(large) / size(normal)).to.be.closeTo(1.5, 0.01);
    expect(pad(normal)).to.be.greaterThan(0);
    expect(pad(large) / pad(normal)).to.be.closeTo(1.5, 0.01);
  });

  it('a widget starts from the reader’s default text size (medium), not the page’s', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="vi" style="font-size: 12px"></div>`,
    );
    const el = make('cds-indicator-card');
    wrapper.append(el);
    root.style.fontSize = '10px';
    await ready(el);
    const probe = document.createElement('div');
    probe.style.fontSize = 'medium';
    document.body.append(probe);
    const medium = getComputedStyle(probe).fontSize;
    probe.remove();
    expect(getComputedStyle(el).fontSize).to.equal(medium);
  });

  it('a badge follows the size of the text it sits in', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="vi"></div>`);
    const sizes = [12, 16, 24];
    const badges = sizes.map((size) => {
      const line = document.createElement('p');
      line.style.fontSize = `${size}px`;
      const el = make('cds-status-badge');
      line.append(el);
      wrapper.append(line);
      return el;
    });
    root.style.fontSize = '10px';
    for (const el of badges) await ready(el);
    const pill = (el: Updating): number =>
      parseFloat(getComputedStyle(el.shadowRoot?.querySelector('.badge') as Element).fontSize);
    expect(badges.map(pill)).to.deep.equal(sizes.map((size) => size * 0.875));
  });
});
