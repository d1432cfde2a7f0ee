import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './cds-province-map.js';
import type { CdsProvinceMap } from './province-map.js';
import { clearFetchCache } from '../base/fetch-json.js';
import { projectedMap } from './map-geometry.js';
import {
  axSubtree,
  axTree,
  itInChromium,
  loadMergedSeeds,
  loadSeed,
  nextEvent,
  settle,
} from '../../test/helpers.js';

/** Waits until the map (or its error panel) is drawn: the geometry loads asynchronously. */
async function drawn(el: CdsProvinceMap): Promise<CdsProvinceMap> {
  for (let i = 0; i < 200; i++) {
    await el.updateComplete;
    const root = el.shadowRoot;
    if (root?.querySelector('path.province, [role="alert"]')) return el;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the map was never drawn');
}

async function map(template: ReturnType<typeof html>): Promise<CdsProvinceMap> {
  return drawn(await fixture<CdsProvinceMap>(template));
}

const $ = (el: CdsProvinceMap, selector: string): Element | null =>
  el.shadowRoot?.querySelector(selector) ?? null;
const $$ = (el: CdsProvinceMap, selector: string): Element[] => [
  ...(el.shadowRoot?.querySelectorAll(selector) ?? []),
];
const text = (node: Element | null): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const province = (el: CdsProvinceMap, code: string): SVGPathElement =>
  $(el, `path.province[data-code="${code}"]`) as SVGPathElement;
const fillOf = (p: Element): string => (p as SVGElement).style.getPropertyValue('--_fill').trim();
/** The text as drawn (without screen-reader-only words) and as spoken (without hidden symbols). */
const without = (node: Element, selector: string): string => {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll(selector).forEach((n) => n.remove());
  return text(copy);
};
const shown = (node: Element): string => without(node, '.sr-only');
const spoken = (node: Element): string => without(node, '[aria-hidden="true"]');

// The report of 25 Feb 2023, section IV.2: provinces leading some of the pilot tasks.
const PILOT_TASKS = {
  id: 'nhiem-vu-thi-diem',
  name: 'Nhiệm vụ trọng tâm các tỉnh 2023',
  boundaries: 'vn-63',
  categories: [
    {
      id: 'a',
      name: 'a) Mô hình thành phố chuyển đổi số',
      provinces: ['Thành phố Hà Nội', 'Thành phố Đà Nẵng', 'Thành phố Hải Phòng'],
    },
    {
      id: 'k',
      name: 'k) Nền tảng cơ sở dữ liệu đất đai',
      provinces: ['Đắk Lắk', 'Đắk Nông', 'Gia Lai', 'Kon Tum', 'TP. Hải phòng', 'Quảng Ninh'],
    },
    { id: 's', name: 's) Chuyển đổi số logistics', provinces: ['TP. Hải phòng'] },
    { id: 'o', name: 'o) Nền tảng làm việc số', provinces: ['Nam Định', 'Ninh Bình'] },
  ],
};

/** WCAG 2 contrast ratio of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string): number => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** Every data colour as drawn: the computed fills of coloured provinces and legend swatches. */
function drawnColors(el: CdsProvinceMap): string[] {
  const fills = $$(el, 'path.province')
    .filter((p) => /^(light-dark|#)/.test(fillOf(p)))
    .map((p) => getComputedStyle(p).fill);
  const swatches = $$(el, '.legend li[data-bin] .swatch, [part="legend-item"] .swatch').map(
    (s) => getComputedStyle(s).backgroundColor,
  );
  return [...new Set([...fills, ...swatches])];
}

// 63 distinct values, so eight bins use all eight colours of each scale.
const SPREAD = Object.fromEntries(
  Array.from({ length: 63 }, (_, i) => [String(i + 1).padStart(2, '0'), i]),
);
// Nine categories, one province each: every colour of the qualitative scheme.
const NINE = {
  id: 'nine',
  name: 'Nine',
  boundaries: 'vn-63',
  categories: ['01', '31', '48', '79', '92', '56', '36', '37', '66'].map((code, i) => ({
    id: `c${i}`,
    name: `Category ${i}`,
    provinces: [code],
  })),
};

describe('cds-province-map', () => {
  afterEach(() => clearFetchCache());

  it('draws the 63 units for data naming a province that existed only before 2025', async () => {
    const el = await map(
      html`<cds-province-map .data=${{ 'Bắc Giang': 1, 'Hà Nội': 2 }}></cds-province-map>`,
    );
    expect($$(el, 'path.province')).to.have.length(63);
    expect(el.shadowRoot?.querySelector('svg')?.getAttribute('aria-label')).to.contain(
      'Bản đồ 63 tỉnh',
    );
  });

  it('draws the 34 units when the keys are valid after the merger, or when told', async () => {
    const inferred = await map(
      html`<cds-province-map .data=${{ 'Hà Nội': 2, 'Đà Nẵng': 3 }}></cds-province-map>`,
    );
    expect($$(inferred, 'path.province')).to.have.length(34);
    const told = await map(html`<cds-province-map boundaries="vn-34"></cds-province-map>`);
    expect($$(told, 'path.province')).to.have.length(34);
    told.boundaries = 'vn-63';
    await drawn(told);
    expect($$(told, 'path.province')).to.have.length(63);
    told.removeAttribute('boundaries');
    await drawn(told);
    expect($$(told, 'path.province')).to.have.length(34);
  });

  it('draws Hoàng Sa with Đà Nẵng and Trường Sa with Khánh Hòa, labelled, in both sets', async () => {
    for (const set of ['vn-63', 'vn-34'] as const) {
      const el = await map(html`<cds-province-map boundaries=${set}></cds-province-map>`);
      const labels = $$(el, '.archipelago-label').map(text);
      expect(labels).to.deep.equal([
        'Quần đảo Hoàng Sa (Đà Nẵng)',
        'Quần đảo Trường Sa (Khánh Hòa)',
      ]);
      expect(text($(el, '.sea'))).to.equal('Biển Đông');
      const [paracels, spratlys] = $$(el, 'rect.archipelago:not(.halo)') as SVGRectElement[];
      // Each unit's own path reaches out to its archipelago's box.
      const reaches = (code: string, box: SVGRectElement | undefined): boolean => {
        const b = province(el, code).getBBox();
        const r = box!.getBBox();
        return b.x + b.width >= r.x + r.width / 2 && b.x + b.width <= r.x + r.width;
      };
      expect(reaches('48', paracels), `${set}: Đà Nẵng reaches Hoàng Sa`).to.equal(true);
      expect(reaches('56', spratlys), `${set}: Khánh Hòa reaches Trường Sa`).to.equal(true);
      expect(reaches('56', paracels)).to.equal(false);
      expect(province(el, '48').getAttribute('aria-label')).to.contain('gồm Quần đảo Hoàng Sa');
      expect(province(el, '56').getAttribute('aria-label')).to.contain('gồm Quần đảo Trường Sa');
    }
  });

  it('colours each province by its bin, as the legend says', async () => {
    const el = await map(
      html`<cds-province-map
        boundaries="vn-63"
        breaks="1, 2, 3"
        .data=${{ '01': 0.5, '79': 1.5, '48': 2.5, '92': 3.5, '31': 3 }}
      ></cds-province-map>`,
    );
    const swatches = $$(el, '.legend li[data-bin] .swatch').map(
      (s) => (s as HTMLElement).style.background,
    );
    expect(swatches).to.have.length(4);
    const expected = { '01': 0, '79': 1, '48': 2, '92': 3, '31': 3 };
    for (const [code, bin] of Object.entries(expected)) {
      const p = province(el, code);
      expect(p.dataset['bin'], code).to.equal(String(bin));
      const probe = document.createElement('div');
      probe.style.background = fillOf(p);
      expect(probe.style.background, code).to.equal(swatches[bin]);
    }
    // YlGnBu: the lowest of four bins is the pale yellow-green, the highest the dark navy.
    expect(fillOf(province(el, '01'))).to.equal('light-dark(#edf8b1, #f1fcb5)');
    expect(fillOf(province(el, '92'))).to.equal('light-dark(#081d58, #4a68a9)');
    const items = $$(el, '.legend li').slice(0, 4);
    expect(items.map(shown)).to.deep.equal(['< 1', '1 – 2', '2 – 3', '≥ 3']);
    // Speech engines skip or misread "<", "–" and "≥": screen readers get words.
    expect(items.map(spoken)).to.deep.equal(['dưới 1', '1 đến 2', '2 đến 3', 'từ 3 trở lên']);
    el.lang = 'en';
    await drawn(el);
    expect($$(el, '.legend li').slice(0, 4).map(spoken)).to.deep.equal([
      'below 1',
      '1 to 2',
      '2 to 3',
      '3 or more',
    ]);
  });

  it('hatches provinces without data and counts them in the legend', async () => {
    const el = await map(
      html`<cds-province-map boundaries="vn-63" .data=${{ '01': 1, '79': 2 }}></cds-province-map>`,
    );
    // WebKit escapes the # as it serialises the value ("url(\\#m7-no-data)"), the same URL.
    expect(fillOf(province(el, '48'))).to.match(/^url\(\\?#m\d+-no-data\)$/);
    expect(province(el, '48').getAttribute('aria-label')).to.contain('Không có dữ liệu');
    expect(text($(el, '.legend'))).to.contain('Không có dữ liệu (61)');
  });

  it('summarises highest, lowest and coverage, in Vietnamese and in English', async () => {
    const data = { '48': 0.8002, '79': 0.7163, 'Lai Châu': 0.3521 };
    const el = await map(
      html`<cds-province-map boundaries="vn-63" unit="index" .data=${data}></cds-province-map>`,
    );
    expect(text($(el, '[part="summary"]'))).to.equal(
      'Cao nhất: Đà Nẵng 0,8002; thấp nhất: Lai Châu 0,3521; 3 trên 63 tỉnh, thành phố có dữ liệu.',
    );
    el.lang = 'en';
    await drawn(el);
    expect(text($(el, '[part="summary"]'))).to.equal(
      'Highest: Da Nang 0.8002; lowest: Lai Chau 0.3521; 3 of 63 provinces with data.',
    );
  });

  it('gives the same values in a table, hidden from everyone until the toggle shows it', async () => {
    const data = { '48': 0.8002, '79': 0.7163, 'Lai Châu': 0.3521 };
    const el = await map(
      html`<cds-province-map boundaries="vn-63" unit="index" .data=${data}></cds-province-map>`,
    );
    const table = $(el, 'table') as HTMLTableElement;
    // Collapsed means collapsed for screen readers too: not rendered, so not in the accessibility tree.
    const wrap = $(el, '#table') as HTMLElement;
    expect(wrap.hidden).to.equal(true);
    expect(getComputedStyle(wrap).display).to.equal('none');
    expect(table.tBodies[0]?.rows).to.have.length(63);
    const row = (code: string) =>
      [...(table.querySelector(`tr[data-code="${code}"]`)?.children ?? [])].map(shown);
    expect(row('48')).to.deep.equal(['48', 'Đà Nẵng', '0,8002', '1']);
    expect(row('12')).to.deep.equal(['12', 'Lai Châu', '0,3521', '3']);
    expect(row('01')).to.deep.equal(['01', 'Hà Nội', 'Không có dữ liệu', '–']);
    const toggle = $(el, '[part="table-toggle"]') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(el.hasAttribute('table')).to.equal(true);
    expect(table.checkVisibility()).to.equal(true);
    expect(table.getBoundingClientRect().width).to.be.greaterThan(100);
    expect(wrap.hidden).to.equal(false);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(toggle)).to.equal('Ẩn bảng số liệu');
  });

  itInChromium('says in words each cell the table leaves empty, never a bare "–"', async () => {
    // No rank, no verdict and nothing merged: Hà Giang's old figure makes Tuyên Quang ranked,
    // Hà Nội has no figure at all. A Vietnamese voice reads "–" as "trừ" (minus).
    for (const [lang, none] of [
      ['vi', 'Không có'],
      ['en', 'None'],
    ] as const) {
      const el = await map(
        html`<cds-province-map
          lang=${lang}
          boundaries="vn-34"
          aggregate="sum"
          target="3"
          table
          .data=${{ 'Bắc Giang': 1, 'Bắc Ninh': 2, 'Hà Giang': 5 }}
        ></cds-province-map>`,
      );
      const cells = (code: string) => [...($(el, `tr[data-code="${code}"]`)?.children ?? [])];
      expect(cells('01').map(shown).slice(3), lang).to.deep.equal(['–', '–', '–']);
      expect(cells('01').map(spoken).slice(3), lang).to.deep.equal([none, none, none]);
      const said = axSubtree(await axTree(), (l) => l.role === 'table')
        .filter((l) => l.role === 'cell')
        .map((c) => c.name.trim());
      expect(
        said.filter((c) => /^[-–]$/.test(c)),
        lang,
      ).to.deep.equal([]);
      // Every province without a figure (32 of 34) says it in the rank, status and merge columns.
      expect(said.filter((c) => c === none).length, lang).to.equal(32 * 3);
      el.remove();
    }
  });

  it('leaves Alt, Ctrl and ⌘ with an arrow to the browser (Alt+← is Back)', async () => {
    const el = await map(
      html`<cds-province-map boundaries="vn-63" .data=${{ '01': 1, '31': 2 }}></cds-province-map>`,
    );
    const hanoi = province(el, '01') as SVGPathElement;
    hanoi.focus();
    for (const mod of ['altKey', 'ctrlKey', 'metaKey']) {
      const e = new KeyboardEvent('keydown', {
        key: 'ArrowLeft',
        bubbles: true,
        composed: true,
        cancelable: true,
        [mod]: true,
      });
      expect(hanoi.dispatchEvent(e), mod).to.equal(true);
      expect(el.shadowRoot?.activeElement, mod).to.equal(hanoi);
    }
  });

  it('is one Tab stop, moved by the arrow keys to a neighbour', async () => {
    const el = await map(
      html`<cds-province-map boundaries="vn-63" .data=${{ '01': 1, '31': 2 }}></cds-province-map>`,
    );
    const stops = (): string[] =>
      $$(el, 'path.province')
        .filter((p) => p.getAttribute('tabindex') === '0')
        .map((p) => (p as SVGPathElement).dataset['code'] ?? '');
    const active = (): Element | null => el.shadowRoot?.activeElement ?? null;
    expect($$(el, 'path.province').every((p) => p.hasAttribute('tabindex'))).to.equal(true);
    // Nothing selected or focused yet: the first unit, Hà Nội.
    expect(stops()).to.deep.equal(['01']);
    // Real key presses: the skip button, then the one province, then out of the map.
    ($(el, '.skip') as HTMLElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(active()).to.equal(province(el, '01'));
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const moved = active() as SVGPathElement;
    expect(moved.dataset['code']).to.not.equal('01');
    expect(stops()).to.deep.equal([moved.dataset['code']]);
    await sendKeys({ press: 'Tab' });
    expect(active()?.matches('[part="table-toggle"]')).to.equal(true);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(active()).to.equal(moved);
    // A selection becomes the stop.
    el.selected = 'Hải Phòng';
    await el.updateComplete;
    expect(stops()).to.deep.equal(['31']);
    // The skip button goes past the map's 63 buttons, to what follows it.
    ($(el, '.skip') as HTMLButtonElement).click();
    expect(active()?.matches('[part="table-toggle"]')).to.equal(true);
  });

  it('moves to a neighbour in the direction of the arrow key', async () => {
    const el = await map(html`<cds-province-map boundaries="vn-63"></cds-province-map>`);
    const hanoi = province(el, '01');
    hanoi.focus();
    await el.updateComplete;
    const start = hanoi.getBBox();
    for (const [key, moved] of [
      ['ArrowRight', (b: DOMRect) => b.x + b.width / 2 > start.x + start.width / 2],
      ['ArrowLeft', (b: DOMRect) => b.x + b.width / 2 < start.x + start.width / 2],
      ['ArrowUp', (b: DOMRect) => b.y + b.height / 2 < start.y + start.height / 2],
      ['ArrowDown', (b: DOMRect) => b.y + b.height / 2 > start.y + start.height / 2],
    ] as const) {
      hanoi.focus();
      hanoi.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      await el.updateComplete;
      const now = el.shadowRoot?.activeElement as SVGPathElement;
      expect(now, key).to.not.equal(hanoi);
      // Hà Nội's neighbours: Vĩnh Phúc, Bắc Ninh, Hưng Yên, Hà Nam, Hòa Bình, Phú Thọ, Thái Nguyên, Bắc Giang.
      expect(['26', '27', '33', '35', '17', '25', '19', '24'], key).to.include(now.dataset['code']);
      expect(moved(now.getBBox()), key).to.equal(true);
      expect(now.getAttribute('tabindex'), key).to.equal('0');
      expect(hanoi.getAttribute('tabindex'), key).to.equal('-1');
    }
  });

  it('shows a tooltip on focus with name, value, rank and period', async () => {
    const el = await map(
      html`<cds-province-map
        boundaries="vn-63"
        unit="%"
        period="2022"
        .data=${{ '01': 60, '31': 70, '48': 50 }}
      ></cds-province-map>`,
    );
    province(el, '01').focus();
    await el.updateComplete;
    const tooltip = $(el, '[part="tooltip"]');
    expect([...(tooltip?.children ?? [])].map(text)).to.deep.equal([
      'Hà Nội',
      '60%',
      'hạng 2 trên 3',
      'Năm 2022',
    ]);
    province(el, '01').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect($(el, '[part="tooltip"]')).to.equal(null);
  });

  it('shows the tooltip and a ring on hover, and hides them when the pointer leaves', async () => {
    const el = await map(
      html`<cds-province-map boundaries="vn-63" unit="%" .data=${{ '31': 70 }}></cds-province-map>`,
    );
    const haiphong = province(el, '31');
    haiphong.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(text($(el, '[part="tooltip"] strong'))).to.equal('Hải Phòng');
    expect($(el, 'path.ring.hover:not(.halo)')?.getAttribute('d')).to.equal(
      haiphong.getAttribute('d'),
    );
    $(el, 'svg')?.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect($(el, '[part="tooltip"]')).to.equal(null);
    expect($(el, 'path.ring.hover')).to.equal(null);
  });

  it('selects with Enter or a click, fires cds-province-select and reflects selected', async () => {
    const el = await map(
      html`<cds-province-map boundaries="vn-63" .data=${{ 'Đà Nẵng': 0.8002 }}></cds-province-map>`,
    );
    const danang = province(el, '48');
    danang.focus();
    const pending = nextEvent(el, 'cds-province-select');
    danang.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
    );
    const event = await pending;
    expect([event.code, event.name, event.value, event.boundaries]).to.deep.equal([
      '48',
      'Đà Nẵng',
      0.8002,
      'vn-63',
    ]);
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('48');
    // One province at a time, like a current page: aria-current, not a toggle's aria-pressed.
    expect(danang.getAttribute('aria-current')).to.equal('true');
    expect($$(el, 'path.province[aria-pressed]')).to.have.length(0);
    expect($$(el, 'path.province[aria-current]')).to.have.length(1);
    expect($(el, 'path.ring.selected:not(.halo)')?.getAttribute('d')).to.equal(
      danang.getAttribute('d'),
    );
    expect(text($(el, '[role="status"]'))).to.equal('Đã chọn: Đà Nẵng');
    // Enter again keeps it selected, as aria-current says.
    danang.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect(danang.getAttribute('aria-current')).to.equal('true');

    const clicked = nextEvent(el, 'cds-province-select');
    province(el, '01').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await clicked).value).to.equal(undefined);
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('01');
    expect(danang.hasAttribute('aria-current')).to.equal(false);

    // A listener may refuse the selection.
    el.addEventListener('cds-province-select', (e) => e.preventDefault(), { once: true });
    province(el, '48').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('01');
  });

  it('lists unresolved keys in a notice and in cds-warning, and still draws the rest', async () => {
    const el = document.createElement('cds-province-map');
    el.boundaries = 'vn-63';
    el.data = { 'Hà Nội': 1, 'Hà Nộii': 2, Atlantis: 3 };
    const pending = nextEvent(el, 'cds-warning');
    document.body.append(el);
    const event = await pending;
    expect(event.warnings.map((w) => [w.code, w.path])).to.deep.equal([
      ['unresolved-key', 'Hà Nộii'],
      ['unresolved-key', 'Atlantis'],
    ]);
    expect(event.warnings[0]?.message.vi).to.contain('có phải: Hà Nội?');
    await drawn(el);
    const notice = text($(el, '[part="notice"]'));
    expect(notice).to.contain('2 mục trong dữ liệu chưa hiển thị được');
    expect(notice).to.contain('"Hà Nộii"');
    expect(notice).to.contain('"Atlantis"');
    expect(province(el, '01').dataset['bin']).to.equal('0');
    el.remove();
  });

  it('says so when the selected attribute names no province', async () => {
    const el = document.createElement('cds-province-map');
    el.boundaries = 'vn-63';
    el.data = { 'Hà Nội': 1, 'Đà Nẵng': 2 };
    el.setAttribute('selected', 'Đà Nẵngg');
    const pending = nextEvent(el, 'cds-warning');
    document.body.append(el);
    const event = await pending;
    expect(event.warnings.map((w) => [w.code, w.path])).to.deep.equal([
      ['unresolved-key', 'selected'],
    ]);
    expect(event.warnings[0]?.message.vi).to.contain('có phải: Đà Nẵng?');
    await drawn(el);
    expect(text($(el, '[part="notice"]'))).to.contain('"Đà Nẵngg"');
    el.remove();
  });

  it('names the unit a province of before 1 Jul 2025 is part of now, among the 34', async () => {
    // Quảng Nam merged into Đà Nẵng (Resolution 202/2025/QH15): not "có phải: Đà Nẵng, Quảng Ngãi?".
    const el = document.createElement('cds-province-map');
    el.boundaries = 'vn-34';
    el.data = { 'Hà Nội': 1, 'Đà Nẵng': 2 };
    el.setAttribute('selected', 'Quảng Nam');
    const pending = nextEvent(el, 'cds-warning');
    document.body.append(el);
    const event = await pending;
    expect(event.warnings.map((w) => [w.path, w.message.vi, w.message.en])).to.deep.equal([
      [
        'selected',
        'Tỉnh "Quảng Nam" (trước 1/7/2025) nay thuộc Đà Nẵng trong 34 đơn vị: dùng "Đà Nẵng"',
        '"Quảng Nam" (before 1 Jul 2025) is now part of Da Nang among the 34 units: use "Da Nang"',
      ],
    ]);
    el.remove();
  });

  it('says so when the category attribute names no category, and colours every category', async () => {
    const el = document.createElement('cds-province-map');
    el.data = PILOT_TASKS;
    el.setAttribute('category', 'z');
    const pending = nextEvent(el, 'cds-warning');
    document.body.append(el);
    const event = await pending;
    expect(event.warnings.map((w) => [w.code, w.path, w.message.en])).to.deep.equal([
      [
        'not-found',
        'category',
        'No category "z" in the data (categories: a, k, s, o); the map shows every category',
      ],
    ]);
    await drawn(el);
    expect(text($(el, '[part="notice"]'))).to.contain('Không có nhóm "z"');
    // Not a map of nothing: Nam Định (o) and Hà Nội (a) both keep their colours.
    expect(fillOf(province(el, '36'))).to.not.equal('var(--_map-base)');
    expect(fillOf(province(el, '01'))).to.not.equal('var(--_map-base)');
    // A known category clears the notice.
    el.setAttribute('category', 'o');
    await el.updateComplete;
    expect($(el, '[part="notice"]')).to.equal(null);
    el.remove();
  });

  it('fires cds-error and shows the error panel when no key resolves', async () => {
    const el = document.createElement('cds-province-map');
    el.setAttribute('data', '{"Atlantis": 1, "Lilliput": 2}');
    const pending = nextEvent(el, 'cds-error');
    document.body.append(el);
    const event = await pending;
    expect(event.code).to.equal('unresolved-key');
    expect(event.errors).to.have.length(2);
    await el.updateComplete;
    expect(text($(el, '[role="alert"]'))).to.contain('Không nhận ra tỉnh "Atlantis"');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('refuses to merge 63-unit figures onto the 34 without aggregate, and says why', async () => {
    const el = document.createElement('cds-province-map');
    el.boundaries = 'vn-34';
    el.data = { 'Bắc Giang': 1, 'Bắc Ninh': 2 };
    const pending = nextEvent(el, 'cds-error');
    document.body.append(el);
    const event = await pending;
    expect([event.code, event.path]).to.deep.equal(['invalid-attribute', 'aggregate']);
    await el.updateComplete;
    const panel = text($(el, '[role="alert"]'));
    expect(panel).to.contain('không tự gộp được thành 34 đơn vị');
    expect(panel).to.contain('aggregate="sum"');
    el.remove();
  });

  it('aggregates 63-unit figures onto the 34 by sum or mean, and shows what it merged', async () => {
    const el = await map(
      html`<cds-province-map
        boundaries="vn-34"
        aggregate="sum"
        .data=${{ 'Bắc Giang': 1, 'Bắc Ninh': 2, 'Hà Giang': 5 }}
      ></cds-province-map>`,
    );
    const row = (code: string) => [...($(el, `tr[data-code="${code}"]`)?.children ?? [])].map(text);
    // Bắc Ninh (24) = Bắc Giang + Bắc Ninh; Tuyên Quang (08) = Tuyên Quang + Hà Giang.
    expect(row('24')).to.deep.equal(['24', 'Bắc Ninh', '3', '2', 'Bắc Giang 1; Bắc Ninh 2']);
    expect(row('08')).to.deep.equal([
      '08',
      'Tuyên Quang',
      '5',
      '1',
      'Hà Giang 5; thiếu số liệu của Tuyên Quang',
    ]);
    expect(text($(el, '[part="summary"]'))).to.contain('gộp từ 63 tỉnh, thành phố cũ theo tổng');
    el.aggregate = 'mean';
    await drawn(el);
    expect(row('24')[2]).to.equal('1,5');
  });

  it('counts a single category as one, in both languages', async () => {
    const one = {
      id: 'c',
      name: 'Nhóm',
      categories: [{ id: 'a', name: 'A', provinces: ['01', '31'] }],
    };
    const vi = await map(html`<cds-province-map .data=${one}></cds-province-map>`);
    expect(text($(vi, '[part="summary"]'))).to.match(
      /^1 nhóm; 2 trên 34 tỉnh, thành phố thuộc nhóm này/,
    );
    const en = await map(html`<cds-province-map lang="en" .data=${one}></cds-province-map>`);
    expect(text($(en, '[part="summary"]'))).to.match(/^1 category; 2 of 34 provinces in it/);
  });

  it('shows categories with a legend, a count for provinces in several, and picks one', async () => {
    const el = await map(html`<cds-province-map .data=${PILOT_TASKS}></cds-province-map>`);
    expect($$(el, 'path.province')).to.have.length(63);
    const items = $$(el, '[part="legend-item"]');
    expect(items.map(text)).to.deep.equal([
      'a) Mô hình thành phố chuyển đổi số (3)',
      'k) Nền tảng cơ sở dữ liệu đất đai (6)',
      's) Chuyển đổi số logistics (1)',
      'o) Nền tảng làm việc số (2)',
    ]);
    // Hải Phòng leads a), k) and s).
    expect(province(el, '31').getAttribute('aria-label')).to.equal(
      'Hải Phòng: 3 nhóm: a) Mô hình thành phố chuyển đổi số; k) Nền tảng cơ sở dữ liệu đất đai; s) Chuyển đổi số logistics',
    );
    expect($$(el, '.badge').map(text)).to.deep.equal(['3']);
    expect(fillOf(province(el, '31'))).to.equal('var(--_map-several)');
    expect(fillOf(province(el, '36'))).to.equal(fillOf(province(el, '37')));
    expect(fillOf(province(el, '36'))).to.not.equal(fillOf(province(el, '01')));
    expect(fillOf(province(el, '79'))).to.equal('var(--_map-base)');

    // The legend's items are buttons; a line above them says so, and goes once one is picked.
    expect(text($(el, '.legend-hint'))).to.equal(
      'Chọn một nhóm để chỉ tô các tỉnh, thành phố của nhóm đó.',
    );

    const status = $(el, '[role="status"]');
    expect(text(status)).to.equal('');
    (items[3] as HTMLButtonElement).click();
    await el.updateComplete;
    expect($$(el, '.legend-hint').length).to.equal(0);
    expect(el.getAttribute('category')).to.equal('o');
    expect(items[3]?.getAttribute('aria-pressed')).to.equal('true');
    expect(fillOf(province(el, '01'))).to.equal('var(--_map-base)');
    expect(fillOf(province(el, '36'))).to.not.equal('var(--_map-base)');
    // The recoloured map is said, politely.
    expect(text(status)).to.equal('Đang hiện nhóm o) Nền tảng làm việc số: 2 tỉnh, thành phố');
    await expect(el).to.be.accessible();
    // "Tất cả các nhóm" goes away when pressed: focus stays on the legend, not lost to the page.
    const all = $(el, '.show-all') as HTMLButtonElement;
    all.focus();
    all.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.hasAttribute('category')).to.equal(false);
    expect(text(status)).to.equal('Đang hiện tất cả các nhóm');
    expect(el.shadowRoot?.activeElement).to.equal(items[3]);
  });

  it('highlights a list of provinces given as an attribute', async () => {
    const el = await map(
      html`<cds-province-map highlight="Hà Nội; Đà Nẵng, Khánh Hòa"></cds-province-map>`,
    );
    expect($$(el, 'path.province')).to.have.length(34);
    const on = $$(el, 'path.province').filter((p) => fillOf(p) === 'var(--_map-highlight)');
    expect(on.map((p) => (p as SVGPathElement).dataset['code']).sort()).to.deep.equal([
      '01',
      '48',
      '56',
    ]);
    expect(text($(el, '[part="summary"]'))).to.equal(
      '3 trên 34 tỉnh, thành phố được đánh dấu: Hà Nội, Đà Nẵng, Khánh Hòa.',
    );
    await expect(el).to.be.accessible();
  });

  it('diverges around a target and says met or not in words, not only colour', async () => {
    const el = await map(
      html`<cds-province-map
        boundaries="vn-63"
        unit="%"
        target="50"
        .data=${{ '01': 60, '31': 40, '48': 80 }}
      ></cds-province-map>`,
    );
    expect(shown($(el, '.legend-title') as Element)).to.equal('Mục tiêu ≥ 50%');
    // Drawn with its symbol, said in words: speech skips or misreads "≥".
    expect(spoken($(el, '.legend-title') as Element)).to.equal('Mục tiêu tối thiểu 50%');
    const row = (code: string) => text($(el, `tr[data-code="${code}"] td:last-child`));
    expect(row('31')).to.equal('✗ Chưa đạt');
    expect(row('01')).to.equal('✓ Đạt');
    // The symbols are drawn; assistive technology gets the words alone.
    const cell = (code: string) => $(el, `tr[data-code="${code}"] td:last-child`) as Element;
    expect([spoken(cell('31')), spoken(cell('01'))]).to.deep.equal(['Chưa đạt', 'Đạt']);
    expect(province(el, '31').getAttribute('aria-label')).to.equal(
      'Hải Phòng: 40%, hạng 3 trên 3, Chưa đạt',
    );
    expect(
      $$(el, 'path.province').some((p) => /[✓✗]/.test(p.getAttribute('aria-label') ?? '')),
    ).to.equal(false);
    const bins = $$(el, '.legend li[data-bin]');
    expect(bins.map(shown).every((t) => /^[✓✗] /.test(t))).to.equal(true);
    expect(bins.some((b) => /[✓✗]/.test(spoken(b)))).to.equal(false);
    expect(spoken(bins[0] as Element)).to.match(/^Chưa đạt: /);
    expect(spoken(bins.at(-1) as Element)).to.match(/^Đạt: /);
    expect(text($(el, '[part="summary"]'))).to.contain(
      '2 trên 3 tỉnh, thành phố đạt mục tiêu tối thiểu 50%',
    );
  });

  it('reads a target attribute on a dataset by its indicator’s direction: a ceiling where lower is better', async () => {
    // Incidents per province, fewer is better: target="10" is at most 10, whatever the page's
    // own direction (none here, so the attribute's default would have been a floor).
    const dataset = {
      indicators: [{ id: 'su-co', name: 'Sự cố mạng', unit: 'count', direction: 'lower' }],
      regional: [
        { indicator: 'su-co', period: '2023', boundaries: 'vn-63', values: { '01': 5, '31': 15 } },
      ],
    };
    const el = await map(html`<cds-province-map target="10" .data=${dataset}></cds-province-map>`);
    expect(shown($(el, '.legend-title') as Element)).to.equal('Mục tiêu ≤ 10');
    expect(spoken($(el, '.legend-title') as Element)).to.equal('Mục tiêu tối đa 10');
    expect(province(el, '01').getAttribute('aria-label')).to.match(/^Hà Nội: 5, .*, Đạt$/);
    expect(province(el, '31').getAttribute('aria-label')).to.match(/^Hải Phòng: 15, .*, Chưa đạt$/);
  });

  it('never shows a province value that reads as the target under another verdict', async () => {
    const el = await map(
      html`<cds-province-map
        boundaries="vn-63"
        unit="%"
        target="50"
        .data=${{ '01': 50, '31': 49.996 }}
      ></cds-province-map>`,
    );
    expect(province(el, '31').getAttribute('aria-label')).to.equal(
      'Hải Phòng: 49,996%, hạng 2 trên 2, Chưa đạt',
    );
    expect(province(el, '01').getAttribute('aria-label')).to.equal(
      'Hà Nội: 50%, hạng 1 trên 2, Đạt',
    );
  });

  it('sums up one province by name, and equal values without a highest or lowest', async () => {
    const summary = async (data: object) =>
      text(
        $(
          await map(
            html`<cds-province-map boundaries="vn-63" unit="%" .data=${data}></cds-province-map>`,
          ),
          '[part="summary"]',
        ),
      );
    expect(await summary({ '01': 42.5 })).to.equal(
      'Hà Nội 42,5%; 1 trên 63 tỉnh, thành phố có dữ liệu.',
    );
    expect(await summary({ '01': 50, '31': 50, '48': 50 })).to.equal(
      'Cùng mức 50%; 3 trên 63 tỉnh, thành phố có dữ liệu.',
    );
  });

  it('ranks a rank lower-is-better without being told: the 1st province is the best', async () => {
    const el = await map(
      html`<cds-province-map
        boundaries="vn-63"
        unit="rank"
        target="3"
        .data=${{ '01': 1, '31': 5, '48': 3 }}
      ></cds-province-map>`,
    );
    expect(province(el, '01').getAttribute('aria-label')).to.equal(
      'Hà Nội: hạng 1, hạng 1 trên 3, Đạt',
    );
    expect(province(el, '31').getAttribute('aria-label')).to.equal(
      'Hải Phòng: hạng 5, hạng 3 trên 3, Chưa đạt',
    );
    expect(shown($(el, '.legend-title') as Element)).to.equal('Mục tiêu ≤ hạng 3');
    expect(text($(el, '[part="summary"]'))).to.match(
      /^Cao nhất: Hà Nội hạng 1; thấp nhất: Hải Phòng hạng 5;/,
    );
  });

  it('picks a regional entry from a dataset by indicator-id and period, around its target', async () => {
    const dataset = {
      indicators: [
        {
          id: 'x',
          name: 'Tỷ lệ X',
          unit: '%',
          targets: [{ period: '2022', op: '>=', value: 50 }],
        },
      ],
      regional: [
        { indicator: 'x', period: '2021', boundaries: 'vn-63', values: { '01': 10 } },
        { indicator: 'x', period: '2022', boundaries: 'vn-63', values: { '01': 60, '31': 40 } },
        { id: 'c', name: 'Nhóm', categories: [{ id: 'a', name: 'A', provinces: ['01'] }] },
      ],
    };
    const el = document.createElement('cds-province-map');
    el.data = dataset;
    const pending = nextEvent(el, 'cds-error');
    document.body.append(el);
    expect((await pending).message).to.contain('chọn một bằng indicator-id (x, c)');
    el.indicatorId = 'x';
    await drawn(el);
    // The latest period unless told: 2022, beside the country's target for it.
    expect(text($(el, '.title'))).to.equal('Tỷ lệ X');
    expect(text($(el, '.period'))).to.equal('Năm 2022');
    expect(shown($(el, '.legend-title') as Element)).to.equal('Mục tiêu cả nước ≥ 50%');
    el.period = '2021';
    await drawn(el);
    expect(text($(el, `tr[data-code="01"] td:nth-of-type(2)`))).to.equal('10%');
    expect($(el, '.legend-title')).to.equal(null);
    // A run of months that is a calendar year is that year: it finds the 2022 entry.
    el.period = '2022-01/2022-12';
    await drawn(el);
    expect(text($(el, '.period'))).to.equal('Năm 2022');
    expect(text($(el, `tr[data-code="01"] td:nth-of-type(2)`))).to.equal('60%');
    el.remove();
  });

  it('judges no province by the national target: compares it, in words, without a verdict', async () => {
    // Hải Phòng's 60,2% of dossiers online in 2022 (report of Dec 2023) against the country's
    // 2022 target of ≥ 50% (reports of 2022): no report sets Hải Phòng a target of its own.
    const seeds = await loadMergedSeeds();
    const el = await map(
      html`<cds-province-map
        indicator-id="ho-so-xu-ly-truc-tuyen"
        period="2022"
        .data=${seeds}
      ></cds-province-map>`,
    );
    // Each verdict word with what precedes it, so a failure shows where it was said.
    const verdicts = (words: RegExp) =>
      [text($(el, '.base')), ...$$(el, 'path.province').map((p) => p.getAttribute('aria-label'))]
        .join(' ')
        .match(new RegExp(`.{0,30}(${words.source})`, 'gi')) ?? [];
    expect(verdicts(/đạt/)).to.deep.equal([]);
    expect(province(el, '31').getAttribute('aria-label')).to.equal(
      'Hải Phòng: 60,2%, hạng 1 trên 1, Trên mức mục tiêu cả nước',
    );
    expect(text($(el, 'tr[data-code="31"] td:last-child'))).to.equal('Trên mức mục tiêu cả nước');
    expect(shown($(el, '.legend-title') as Element)).to.equal('Mục tiêu cả nước ≥ 50%');
    // Coloured by the figure alone: no side of the target told by colour.
    expect($$(el, '.legend li[data-bin]').map(text).join()).not.to.match(/[✓✗]/);
    expect(text($(el, '[part="summary"]'))).to.equal(
      'Hải Phòng 60,2%; 1 trên 63 tỉnh, thành phố có dữ liệu; so với mục tiêu cả nước tối thiểu 50%: 1 tỉnh, thành phố trên mức.',
    );
    province(el, '31').focus();
    await el.updateComplete;
    expect(text($(el, '[part="tooltip"]'))).to.contain('Trên mức mục tiêu cả nước (≥ 50%)');
    el.lang = 'en';
    await settle(el);
    expect(verdicts(/achieved|meets?\b/)).to.deep.equal([]);
    expect(province(el, '31').getAttribute('aria-label')).to.equal(
      'Hai Phong: 60.2%, rank 1 of 1, Above the national target',
    );
    expect(shown($(el, '.legend-title') as Element)).to.equal('National target ≥ 50%');
    expect(spoken($(el, '.legend-title') as Element)).to.equal('National target at least 50%');
    expect(text($(el, '[part="summary"]'))).to.contain(
      'against the national target (at least 50%): 1 above.',
    );

    // A target the page gives the provinces is theirs: judged, on 2023's 90,7%.
    el.lang = 'vi';
    el.period = '2023';
    el.target = 95;
    await drawn(el);
    expect(province(el, '31').getAttribute('aria-label')).to.equal(
      'Hải Phòng: 90,7%, hạng 1 trên 1, Chưa đạt',
    );
    expect(shown($(el, '.legend-title') as Element)).to.equal('Mục tiêu ≥ 95%');

    // Below and level with a national "> 50%": neither reads as a verdict.
    const level = await map(
      html`<cds-province-map
        .data=${{
          indicators: [
            { id: 'x', name: 'X', unit: '%', targets: [{ period: '2023', op: '>', value: 50 }] },
          ],
          regional: [
            {
              indicator: 'x',
              period: '2023',
              boundaries: 'vn-63',
              values: { '01': 60, '31': 40, '48': 50 },
            },
          ],
        }}
      ></cds-province-map>`,
    );
    const cell = (code: string) => text($(level, `tr[data-code="${code}"] td:last-child`));
    expect(['01', '48', '31'].map(cell)).to.deep.equal([
      'Trên mức mục tiêu cả nước',
      'Bằng mức mục tiêu cả nước',
      'Dưới mức mục tiêu cả nước',
    ]);
    expect(text($(level, '[part="summary"]'))).to.contain(
      'so với mục tiêu cả nước trên 50%: 1 tỉnh, thành phố trên mức, 1 tỉnh, thành phố bằng mức, 1 tỉnh, thành phố dưới mức.',
    );
  });

  it('names every province tied for the most categories, not only the first by code', async () => {
    // Report of 25 Feb 2023, section IV.2: Hải Phòng leads a), k) and s); Nam Định đ), o) and t).
    const dataset = (await loadSeed('bc-2023-02-25.json')) as object;
    const el = await map(
      html`<cds-province-map
        indicator-id="nhiem-vu-trong-tam-cac-tinh-2023"
        .data=${dataset}
      ></cds-province-map>`,
    );
    expect(text($(el, '[part="summary"]'))).to.equal(
      '20 nhóm; 63 trên 63 tỉnh, thành phố thuộc ít nhất một nhóm; nhiều nhóm nhất: Hải Phòng, Nam Định (mỗi nơi 3 nhóm).',
    );
    // On the 34, Hải Phòng takes Hải Dương's đ); Ninh Bình takes Hà Nam's and Nam Định's tasks.
    el.lang = 'en';
    el.boundaries = 'vn-34';
    await settle(el);
    await drawn(el);
    expect(text($(el, '[part="summary"]'))).to.equal(
      '20 categories; 34 of 34 provinces in at least one; in the most categories: Hai Phong, Ninh Binh (4 each).',
    );
  });

  it('counts one province as one in English: "1 of 1 province meets", never "1 provinces"', async () => {
    // Hải Phòng's 90,7% of dossiers online in 2023, the one province figure of the Dec 2023 report.
    const dataset = (await loadSeed('bc-2023-12.json')) as object;
    const el = await map(
      html`<cds-province-map lang="en" target="70" .data=${dataset}></cds-province-map>`,
    );
    expect(text($(el, '[part="summary"]'))).to.equal(
      'Hai Phong 90.7%; 1 of 63 provinces with data; 1 of 1 province meets the target of at least 70%.',
    );
    el.target = 95;
    await drawn(el);
    expect(text($(el, '[part="summary"]'))).to.contain(
      '0 of 1 province meet the target of at least 95%.',
    );
    el.lang = 'vi';
    await settle(el);
    expect(text($(el, '[part="summary"]'))).to.contain(
      '0 trên 1 tỉnh, thành phố đạt mục tiêu tối thiểu 95%.',
    );
  });

  it('says the national target in words where it is read, and draws its symbol', async () => {
    // The report of 25 Feb 2023 sets 2023's target above 60%; Hải Phòng reached 90,7% (Dec 2023).
    const seeds = await loadMergedSeeds();
    const el = await map(
      html`<cds-province-map
        indicator-id="ho-so-xu-ly-truc-tuyen"
        period="2023"
        .data=${seeds}
      ></cds-province-map>`,
    );
    const title = $(el, '.legend-title') as Element;
    expect(shown(title)).to.equal('Mục tiêu cả nước > 60%');
    expect(spoken(title)).to.equal('Mục tiêu cả nước trên 60%');
    expect(text($(el, '[part="summary"]'))).to.equal(
      'Hải Phòng 90,7%; 1 trên 63 tỉnh, thành phố có dữ liệu; so với mục tiêu cả nước trên 60%: 1 tỉnh, thành phố trên mức.',
    );
    el.lang = 'en';
    await settle(el);
    expect(spoken($(el, '.legend-title') as Element)).to.equal('National target above 60%');
    expect(text($(el, '[part="summary"]'))).to.contain(
      'against the national target (above 60%): 1 above.',
    );
  });

  it('names the old provinces behind a merged unit, and no unit as its own former self', async () => {
    // Report of 25 Feb 2023, footnote [6]: Lạng Sơn and Bắc Giang (now in Bắc Ninh) provided
    // open data. Lạng Sơn kept its borders on 1 Jul 2025.
    const dataset = (await loadSeed('bc-2023-02-25.json')) as object;
    const el = await map(
      html`<cds-province-map
        boundaries="vn-34"
        indicator-id="du-lieu-mo-dia-phuong-2022"
        .data=${dataset}
      ></cds-province-map>`,
    );
    expect(province(el, '20').getAttribute('aria-label')).to.equal(
      'Lạng Sơn: 1 nhóm: Cung cấp dữ liệu mở',
    );
    expect(province(el, '24').getAttribute('aria-label')).to.equal(
      'Bắc Ninh: 1 nhóm: Cung cấp dữ liệu mở; gồm Bắc Giang (trước 1/7/2025)',
    );
    province(el, '20').focus();
    await el.updateComplete;
    expect(text($(el, '[part="tooltip"]'))).to.not.contain('gồm');
  });

  it('names the period of the figures in the table caption and the map’s name', async () => {
    // The Dec 2023 report gives Hải Phòng's share for 2021, 2022 and 2023: three maps, told apart.
    const dataset = (await loadSeed('bc-2023-12.json')) as object;
    const el = await map(
      html`<cds-province-map period="2022" .data=${dataset}></cds-province-map>`,
    );
    expect(text($(el, 'caption'))).to.equal(
      'Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến, năm 2022 — Bản đồ 63 tỉnh, thành phố (đến 30/6/2025)',
    );
    expect($(el, 'svg')?.getAttribute('aria-label')).to.match(
      /^Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến, năm 2022\. Bản đồ 63 /,
    );
    el.lang = 'en';
    await settle(el);
    expect(text($(el, 'caption'))).to.equal(
      'Share of administrative-procedure dossiers processed online, 2022 — Map of the 63 provinces (to 30 Jun 2025)',
    );
  });

  it('labels made-up figures "Dữ liệu minh họa" in the widget', async () => {
    const el = await map(
      html`<cds-province-map illustrative .data=${{ 'Hà Nội': 1 }}></cds-province-map>`,
    );
    expect(text($(el, '[part="illustrative"]'))).to.equal('Dữ liệu minh họa');
    const entry = await map(
      html`<cds-province-map
        .data=${{ indicator: 'x', values: { 'Hà Nội': 1 }, illustrative: true }}
      ></cds-province-map>`,
    );
    expect(text($(entry, '[part="illustrative"]'))).to.equal('Dữ liệu minh họa');
  });

  it('is accessible with numbers, in English too', async () => {
    const el = await map(
      html`<cds-province-map
        lang="en"
        boundaries="vn-63"
        unit="%"
        .data=${{ '01': 60, '31': 40 }}
      ></cds-province-map>`,
    );
    expect(text($(el, '[part="table-toggle"]'))).to.equal('Show data table');
    await expect(el).to.be.accessible();
  });

  it('treats an empty attribute as absent, as CMS templates write unset options', async () => {
    const el = document.createElement('cds-province-map');
    for (const name of ['boundaries', 'aggregate', 'binning', 'breaks', 'target', 'unit'])
      el.setAttribute(name, '');
    el.data = { 'Hà Nội': 1, 'Đà Nẵng': 2 };
    document.body.append(el);
    await drawn(el);
    expect($(el, '[role="alert"]')).to.equal(null);
    expect($$(el, 'path.province')).to.have.length(34);
    expect($(el, '.legend-title')).to.equal(null);
    el.remove();
  });

  it('names the bad field for a value that is not a number, and a bad attribute', async () => {
    const el = document.createElement('cds-province-map');
    el.data = { 'Hà Nội': '54,3' };
    const pending = nextEvent(el, 'cds-error');
    document.body.append(el);
    const event = await pending;
    expect([event.code, event.path]).to.deep.equal(['invalid-data', 'Hà Nội']);
    expect(event.message).to.equal('"Hà Nội": cần một số, nhận được "54,3"');
    el.remove();

    const bad = document.createElement('cds-province-map');
    bad.setAttribute('boundaries', 'vn-64');
    bad.setAttribute('breaks', 'b, a');
    document.body.append(bad);
    await drawn(bad);
    const panel = text($(bad, '[role="alert"]'));
    expect(panel).to.contain('boundaries="vn-64" không hợp lệ');
    expect(panel).to.contain('breaks="b, a" không hợp lệ');
    bad.remove();
  });

  it('refuses a theme, target or period it cannot use, naming what was typed', async () => {
    // Found by attribute-robustness.test.ts: theme="x" (read only by the stylesheet), target="x"
    // (NaN) and a period no parser reads (with categories, which have none) were each ignored.
    const cases = [
      ['theme', 'darkk', 'theme="darkk" không hợp lệ; dùng: light, dark'],
      ['target', 'x', 'target="x" không hợp lệ: cần một số'],
      ['target', '1e309', 'target="1e309" không hợp lệ: cần một số'],
      ['period', '2022-13', 'Thuộc tính period="2022-13" không hợp lệ: cần một kỳ như 2022'],
    ] as const;
    for (const [name, value, says] of cases) {
      const el = document.createElement('cds-province-map');
      el.data = PILOT_TASKS;
      el.setAttribute(name, value);
      const events: [string, string][] = [];
      el.addEventListener('cds-error', (e) => events.push([e.code, e.path]));
      document.body.append(el);
      await drawn(el);
      expect(text($(el, '[role="alert"]')), `${name}="${value}"`).to.contain(says);
      expect(events, `${name}="${value}"`).to.deep.equal([['invalid-attribute', name]]);
      el.remove();
    }
    // What the docs allow is drawn, with no error.
    const ok = await map(
      html`<cds-province-map .data=${PILOT_TASKS} theme="dark" target="0.5" period="2023">
      </cds-province-map>`,
    );
    expect($(ok, '[role="alert"]')).to.equal(null);
    expect($$(ok, 'path.province')).to.have.length(63);
  });

  it('shows invalid JSON as an error, and never renders data as HTML', async () => {
    const broken = await map(html`<cds-province-map data=${'{"Hà Nội": }'}></cds-province-map>`);
    expect(text($(broken, '[role="alert"]'))).to.contain('JSON không hợp lệ');
    const evil = await map(
      html`<cds-province-map
        .data=${{ id: 'x', name: '<img src=x onerror=alert(1)>', categories: [{ id: 'y', name: '<b>y</b>', provinces: ['01'] }] }}
      ></cds-province-map>`,
    );
    expect(evil.shadowRoot?.querySelector('img, b')).to.equal(null);
    expect(text($(evil, '[part="legend"]'))).to.contain('<b>y</b>');
  });

  it('stops listening when removed, and draws again when put back', async () => {
    const el = await map(html`<cds-province-map highlight="Huế"></cds-province-map>`);
    const parent = el.parentElement as HTMLElement;
    el.remove();
    el.highlight = 'Cần Thơ';
    parent.append(el);
    await drawn(el);
    expect(text($(el, '[part="summary"]'))).to.equal(
      '1 trên 34 tỉnh, thành phố được đánh dấu: Cần Thơ.',
    );
  });

  it('draws every data colour at 3:1 or more against the dark surface and base fill', async () => {
    const dark = (t: ReturnType<typeof html>) =>
      fixture<HTMLElement>(html`<div style="color-scheme: dark">${t}</div>`);
    const maps = [
      // theme="dark", and a dark page without a theme.
      await map(html`<cds-province-map theme="dark" bins="8" .data=${SPREAD}></cds-province-map>`),
      await map(
        html`<cds-province-map
          theme="dark"
          bins="8"
          target="31"
          .data=${SPREAD}
        ></cds-province-map>`,
      ),
      await map(html`<cds-province-map theme="dark" .data=${NINE}></cds-province-map>`),
      ...(await Promise.all(
        [
          html`<cds-province-map bins="8" .data=${SPREAD}></cds-province-map>`,
          html`<cds-province-map .data=${NINE}></cds-province-map>`,
        ].map(async (t) => drawn((await dark(t)).firstElementChild as CdsProvinceMap)),
      )),
    ];
    const seen = new Set<string>();
    for (const el of maps) {
      const surface = getComputedStyle($(el, '.hatch-bg') as Element).fill;
      const base = getComputedStyle(province(el, '02')).fill;
      expect(surface).to.equal('rgb(22, 25, 29)');
      for (const c of drawnColors(el)) {
        seen.add(c);
        // Numbers sit on the surface; categories also beside uncategorised provinces.
        const against = $(el, '.legend li[data-bin]') ? [surface] : [surface, base];
        for (const bg of against) expect(contrast(c, bg), `${c} on ${bg}`).to.be.at.least(3);
      }
    }
    // 8 sequential, 8 diverging and 9 category colours, all checked.
    expect(seen.size).to.be.at.least(25);
  });

  it("keeps the light theme's published colours (YlGnBu, PuOr, Tol muted)", async () => {
    const hex = (c: string): string =>
      `#${(c.match(/\d+/g) ?? []).map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
    const seq = await map(
      html`<cds-province-map theme="light" bins="8" .data=${SPREAD}></cds-province-map>`,
    );
    expect(drawnColors(seq).map(hex).sort()).to.deep.equal(
      [
        '#edf8b1',
        '#c7e9b4',
        '#7fcdbb',
        '#41b6c4',
        '#1d91c0',
        '#225ea8',
        '#253494',
        '#081d58',
      ].sort(),
    );
    const div = await map(
      html`<cds-province-map
        theme="light"
        bins="8"
        target="31"
        .data=${SPREAD}
      ></cds-province-map>`,
    );
    expect(drawnColors(div).map(hex).sort()).to.deep.equal(
      [
        '#fee0b6',
        '#fdb863',
        '#e08214',
        '#b35806',
        '#d8daeb',
        '#b2abd2',
        '#8073ac',
        '#542788',
      ].sort(),
    );
    const cat = await map(html`<cds-province-map theme="light" .data=${NINE}></cds-province-map>`);
    expect(drawnColors(cat).map(hex).sort()).to.deep.equal(
      [
        '#cc6677',
        '#332288',
        '#ddcc77',
        '#117733',
        '#88ccee',
        '#882255',
        '#44aa99',
        '#999933',
        '#aa4499',
      ].sort(),
    );
    expect(getComputedStyle($(cat, '.hatch-bg') as Element).fill).to.equal('rgb(255, 255, 255)');
    // Those light colours stay below 3:1 on white, so each legend swatch has an edge that does
    // not: the key stays readable whichever colour it shows.
    for (const el of [seq, div, cat]) {
      const surface = getComputedStyle(el.shadowRoot?.querySelector('.legend') as Element);
      const page =
        surface.backgroundColor === 'rgba(0, 0, 0, 0)'
          ? 'rgb(255, 255, 255)'
          : surface.backgroundColor;
      const swatches = $$(el, '.legend .swatch');
      expect(swatches.length).to.be.at.least(8);
      for (const s of swatches) {
        const edge = getComputedStyle(s).borderTopColor;
        expect(contrast(edge, page), `${edge} on ${page}`).to.be.at.least(3);
      }
    }
  });

  for (const lang of ['vi', 'en'])
    it(`keeps sea and archipelago labels inside the map, apart and off the land (${lang})`, async () => {
      for (const width of [120, 160, 200, 240, 280, 320, 400, 480, 640, 720, 1000]) {
        const wrap = await fixture<HTMLElement>(
          html`<div style="width: ${width}px">
            <cds-province-map lang=${lang} boundaries="vn-63"></cds-province-map>
          </div>`,
        );
        const el = await drawn(wrap.firstElementChild as CdsProvinceMap);
        const root = el.shadowRoot as ShadowRoot;
        const host = el.getBoundingClientRect();
        // The text's own extent, which overflows its box when it cannot wrap.
        const extent = (l: Element): DOMRect => {
          const range = document.createRange();
          range.selectNodeContents(l);
          return range.getBoundingClientRect();
        };
        const labels = $$(el, '.sea, .archipelago-label')
          .map((l) => [l, extent(l)] as const)
          .filter(([, r]) => r.width > 0);
        for (const [l, r] of labels) {
          const at = `${width}px ${text(l)}`;
          expect(r.left >= host.left && r.right <= host.right, `${at}: inside`).to.equal(true);
          expect(r.top >= host.top && r.bottom <= host.bottom, `${at}: inside`).to.equal(true);
          // No province under the text: sample the box (labels let the pointer through).
          for (const fx of [0.1, 0.3, 0.5, 0.7, 0.9])
            for (const fy of [0.2, 0.5, 0.8]) {
              const hit = root.elementFromPoint(r.left + r.width * fx, r.top + r.height * fy);
              const code = hit?.matches('path.province') ? hit.getAttribute('data-code') : null;
              expect(code, `${at}: over a province`).to.equal(null);
            }
        }
        // Apart from each other and from the archipelagos' boxes.
        const boxes = $$(el, 'rect.archipelago:not(.halo)').map(
          (b) => [b, b.getBoundingClientRect()] as const,
        );
        for (const [i, [a, r]] of labels.entries())
          for (const [b, q] of [...labels.slice(i + 1), ...boxes])
            expect(
              r.right <= q.left || q.right <= r.left || r.bottom <= q.top || q.bottom <= r.top,
              `${width}px: ${text(a)} / ${text(b) || 'box'}`,
            ).to.equal(true);
        // From 240 px the archipelagos are named on the map; always in the map's text alternative.
        if (width >= 240) expect(labels.length, `${width}px`).to.equal(3);
        const name = root.querySelector('svg')?.getAttribute('aria-label') ?? '';
        expect(name).to.match(lang === 'vi' ? /Hoàng Sa.*Trường Sa/ : /Hoang Sa.*Truong Sa/);
      }
    });

  it('keeps count badges apart at every width, each at its province or led back to it', async () => {
    const dataset = (await loadSeed('bc-2023-02-25.json')) as object;
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <cds-province-map
          indicator-id="nhiem-vu-trong-tam-cac-tinh-2023"
          .data=${dataset}
        ></cds-province-map>
      </div>`,
    );
    const el = await drawn(wrap.firstElementChild as CdsProvinceMap);
    const geometry = projectedMap('vn-63');
    // One map resized: the badge size arrives from a ResizeObserver after each layout.
    for (const width of [800, 576, 480, 320, 240, 200]) {
      wrap.style.width = `${width}px`;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await el.updateComplete;
      const box = ($(el, 'svg') as SVGSVGElement).getBoundingClientRect();
      const scale = box.width / 1000;
      const badges = $$(el, '.badge').map((b) => [b, b.getBoundingClientRect()] as const);
      // Lào Cai, Quảng Ninh, Hải Phòng, Hà Nam, Nam Định and Bình Định lead several tasks.
      expect(badges.length, `${width}px`).to.equal(6);
      // Apart, with room for each badge's 1 px ring.
      for (const [i, [a, r]] of badges.entries())
        for (const [b, q] of badges.slice(i + 1))
          expect(
            r.right + 2 <= q.left ||
              q.right + 2 <= r.left ||
              r.bottom + 2 <= q.top ||
              q.bottom + 2 <= r.top,
            `${width}px: badges ${a.getAttribute('data-code')} / ${b.getAttribute('data-code')}`,
          ).to.equal(true);
      const leaders = $$(el, 'path.leader:not(.halo)').map((p) =>
        (p.getAttribute('d')?.match(/[\d.]+/g) ?? []).map(Number),
      );
      let moved = 0;
      for (const [b, r] of badges) {
        const code = b.getAttribute('data-code') ?? '';
        const [ax, ay] = geometry?.byCode.get(code)?.anchor ?? [NaN, NaN];
        const cx = (r.left + r.width / 2 - box.left) / scale;
        const cy = (r.top + r.height / 2 - box.top) / scale;
        const off = Math.hypot(cx - ax, cy - ay) * scale;
        expect(off, `${width}px ${code}: ${off} px from its anchor`).to.be.below(2 * r.width);
        if (off < 1) continue;
        moved++;
        // Moved: a line runs from the province's anchor to the badge's centre.
        const led = leaders.some(
          ([x1 = 0, y1 = 0, x2 = 0, y2 = 0]) =>
            Math.hypot(x1 - ax, y1 - ay) < 0.5 && Math.hypot(x2 - cx, y2 - cy) * scale < 1,
        );
        expect(led, `${width}px ${code}: leader line`).to.equal(true);
      }
      // The Red River Delta's badges collide at every width: some always move.
      expect(moved, `${width}px`).to.be.above(0);
      expect(leaders.length, `${width}px`).to.equal(moved);
      if (width === 576 || width === 240) await expect(el).to.be.accessible();
    }
    // One category picked: no counts, so no lines either.
    el.category = 'a';
    await el.updateComplete;
    expect($$(el, '.badge, .leader')).to.have.length(0);
  });

  it('shows the pilot tasks of the 25 Feb 2023 report from the seeds dataset', async () => {
    const dataset = (await loadSeed('bc-2023-02-25.json')) as object;
    const el = await map(
      html`<cds-province-map
        indicator-id="nhiem-vu-trong-tam-cac-tinh-2023"
        .data=${dataset}
      ></cds-province-map>`,
    );
    expect($$(el, 'path.province')).to.have.length(63);
    expect($(el, '[part="notice"]')).to.equal(null);
    const items = $$(el, '[part="legend-item"]');
    expect(items).to.have.length(20);
    // Twenty groups, nine colours: a) and k) look alike, so the legend says how to tell them apart.
    const swatchOf = (i: number): string =>
      getComputedStyle(items[i]?.querySelector('.swatch') as Element).backgroundColor;
    expect(swatchOf(9)).to.equal(swatchOf(0));
    expect(text($(el, '.legend-hint'))).to.equal(
      'Màu lặp lại sau 9 nhóm: chọn một nhóm để chỉ tô các tỉnh, thành phố của nhóm đó.',
    );
    el.lang = 'en';
    await settle(el); // the language is observed
    expect(text($(el, '.legend-hint'))).to.equal(
      'Colours repeat after 9 categories: pick one to colour only its provinces.',
    );
    el.lang = 'vi';
    await settle(el);
    // Nam Định leads đ), o) and t) (the report's list, section IV.2).
    expect(province(el, '36').getAttribute('aria-label')).to.match(/^Nam Định: 3 nhóm: đ\)/);
    expect(text($(el, '.source'))).to.contain('Nguồn');
  });

  it('marks its language, and Vietnamese-only data on an English map', async () => {
    const vi = await map(html`<cds-province-map .data=${PILOT_TASKS}></cds-province-map>`);
    expect($(vi, '[part="base"]')?.getAttribute('lang')).to.equal('vi');
    expect($$(vi, '[lang]')).to.have.length(1);

    const el = await map(
      html`<cds-province-map lang="en" .data=${PILOT_TASKS}></cds-province-map>`,
    );
    expect($(el, '[part="base"]')?.getAttribute('lang')).to.equal('en');
    // The data names the tasks only in Vietnamese.
    expect(text($(el, '.title [lang="vi"]'))).to.equal('Nhiệm vụ trọng tâm các tỉnh 2023');
    expect(text($(el, '[part="legend-item"] [lang="vi"]'))).to.equal(
      'a) Mô hình thành phố chuyển đổi số',
    );
    const cell = $(el, 'tr[data-code="31"] td:nth-of-type(2)') as Element;
    expect(text(cell)).to.match(/^3 categories: a\) Mô hình/);
    expect(cell.querySelectorAll('[lang="vi"]')).to.have.length(3);
    expect($(el, 'caption [lang="vi"]')).to.not.equal(null);
    // One category, one word: "1 category", not "1 categories".
    expect(province(el, '66').getAttribute('aria-label')).to.equal(
      'Dak Lak: 1 category: k) Nền tảng cơ sở dữ liệu đất đai',
    );
    province(el, '36').focus();
    await el.updateComplete;
    expect(
      $$(el, '[part="tooltip"] li[lang="vi"], [part="tooltip"] li [lang="vi"]'),
    ).to.have.length(1);
    // A name typed on an English page is English.
    const named = await map(
      html`<cds-province-map lang="en" name="Share of X" .data=${{ 'Hà Nội': 1 }}>
      </cds-province-map>`,
    );
    expect(text($(named, '.title'))).to.equal('Share of X');
    expect($(named, '.title [lang]')).to.equal(null);

    // While loading, too.
    const realFetch = window.fetch;
    window.fetch = () => new Promise<Response>(() => undefined);
    try {
      const loading = await fixture<CdsProvinceMap>(
        html`<cds-province-map lang="en" src="/never.json"></cds-province-map>`,
      );
      await loading.updateComplete;
      expect($(loading, '.loading')?.getAttribute('lang')).to.equal('en');
    } finally {
      window.fetch = realFetch;
    }
  });

  for (const colorScheme of ['light', 'dark'] as const)
    itInChromium(
      `draws borders and rings two-tone in forced colours, visible on every fill (${colorScheme})`,
      async () => {
        const values = { ...SPREAD } as Record<string, number>;
        delete values['02'];
        const el = await map(
          html`<cds-province-map boundaries="vn-63" selected="31" .data=${values}>
          </cds-province-map>`,
        );
        const cats = await map(html`<cds-province-map .data=${NINE}></cds-province-map>`);
        await emulateMedia({ forcedColors: 'active', colorScheme });
        try {
          // Hover on Đà Nẵng, keyboard focus on Hà Nội, selection on Hải Phòng.
          province(el, '48').dispatchEvent(
            new PointerEvent('pointerover', { bubbles: true, composed: true }),
          );
          ($(el, '.skip') as HTMLElement).focus();
          await sendKeys({ press: 'Tab' });
          await el.updateComplete;
          const fills = [
            ...$$(el, 'path.province')
              .filter((p) => fillOf(p).startsWith('light-dark'))
              .map((p) => getComputedStyle(p).fill),
            getComputedStyle($(el, '.hatch-bg') as Element).fill,
            getComputedStyle($(el, '.hatch') as Element).stroke,
            ...$$(cats, 'path.province').map((p) => getComputedStyle(p).fill),
          ];
          expect(new Set(fills).size).to.be.at.least(8);
          const style = (sel: string): CSSStyleDeclaration => {
            const node = $(el, sel);
            expect(node, sel).to.not.equal(null);
            return getComputedStyle(node as Element);
          };
          const width = (c: CSSStyleDeclaration): number => parseFloat(c.strokeWidth);
          for (const kind of [
            'path.interior',
            'path.outline',
            'path.islets',
            'rect.archipelago',
            'path.ring.selected',
            'path.ring.hover',
            'path.ring.focus',
          ]) {
            const line = style(`${kind}:not(.halo)`);
            const halo = style(`${kind}.halo`);
            expect(halo.display, kind).to.not.equal('none');
            expect(contrast(line.stroke, halo.stroke), kind).to.be.at.least(3);
            // At least a pixel of halo on each side of the line.
            expect(width(halo) - width(line), kind).to.be.at.least(2);
            // On every fill, the halo or the line stands out at 3:1.
            for (const f of fills) {
              const best = Math.max(contrast(f, line.stroke), contrast(f, halo.stroke));
              expect(best, `${kind} on ${f}`).to.be.at.least(3);
            }
          }
          // Selection and hover differ by more than width: hover is dashed.
          expect(style('path.ring.hover:not(.halo)').strokeDasharray).to.not.equal('none');
          expect(style('path.ring.selected:not(.halo)').strokeDasharray).to.equal('none');
        } finally {
          await emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
        }
      },
    );

  itInChromium(
    'shows the pressed legend category by a Highlight border in forced colours',
    async () => {
      const el = await map(
        html`<cds-province-map category="k" .data=${PILOT_TASKS}></cds-province-map>`,
      );
      await emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
      try {
        const [a, k] = $$(el, '[part="legend-item"]').map((b) => getComputedStyle(b));
        const canvas = getComputedStyle($(el, '.interior.halo') as Element).stroke;
        expect(k?.borderTopWidth).to.equal('2px');
        expect(contrast(k?.borderTopColor ?? '', canvas)).to.be.at.least(3);
        // Unpressed: no border to be seen.
        expect(contrast(a?.borderTopColor ?? '', canvas)).to.be.below(1.1);
      } finally {
        await emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
      }
    },
  );

  itInChromium('prints the legend colours and leaves out the controls', async () => {
    const el = await map(
      html`<cds-province-map category="k" .data=${PILOT_TASKS}></cds-province-map>`,
    );
    await emulateMedia({ media: 'print' });
    try {
      for (const s of $$(el, '.swatch')) {
        const c = getComputedStyle(s);
        const adjust =
          c.getPropertyValue('print-color-adjust') ||
          c.getPropertyValue('-webkit-print-color-adjust');
        expect(adjust).to.equal('exact');
      }
      for (const sel of ['.skip', '[part="table-toggle"]', '.show-all'])
        expect(getComputedStyle($(el, sel) as Element).display, sel).to.equal('none');
      expect(getComputedStyle($(el, '[part="legend"]') as Element).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  describe('fit: a box of a set height', () => {
    const DATA = { '01': 50, '79': 70, '48': 40, '12': 30 };
    /** A map (`fit` or not) in a tile of `w` × `h` px; `h` undefined: no height at all. */
    async function inTile(
      w: number,
      h?: number,
      fit = true,
      boundaries: 'vn-63' | 'vn-34' = 'vn-63',
    ) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: ${w}px; ${h === undefined ? '' : `height: ${h}px`}">
          <cds-province-map
            style=${h === undefined ? '' : 'height: 100%'}
            ?fit=${fit}
            boundaries=${boundaries}
            unit="%"
            .data=${DATA}
          ></cds-province-map>
        </div>`,
      );
      return drawn(wrapper.querySelector('cds-province-map') as CdsProvinceMap);
    }
    /** The figure's parts that lie outside the element's box. */
    function outside(el: CdsProvinceMap): string[] {
      const box = el.getBoundingClientRect();
      return ['.header', '.map', '.legend', '.summary', '.table-toggle']
        .map((sel) => [sel, $(el, sel)?.getBoundingClientRect()] as const)
        .filter(
          ([, r]) =>
            !r ||
            r.top < box.top - 0.5 ||
            r.bottom > box.bottom + 0.5 ||
            r.left < box.left - 0.5 ||
            r.right > box.right + 0.5,
        )
        .map(([sel, r]) => `${sel} at ${r ? `${r.top.toFixed(0)}–${r.bottom.toFixed(0)}` : '?'}`);
    }
    /** The drawing's width over its height, and the same of its view box. */
    function proportions(el: CdsProvinceMap): [number, number] {
      const r = ($(el, '.map') as HTMLElement).getBoundingClientRect();
      const [, , w, h] = ($(el, '.map svg') as SVGSVGElement)
        .getAttribute('viewBox')!
        .split(' ')
        .map(Number);
      return [r.width / r.height, w! / h!];
    }

    it('runs out of a short tile without fit, which is what fit is for', async () => {
      const el = await inTile(600, 400, false);
      expect(outside(el)).to.not.deep.equal([]);
    });

    it('keeps the drawing, legend, summary and table button inside tiles, at the map’s proportions', async () => {
      for (const [w, h, set] of [
        [600, 400, 'vn-63'],
        [480, 300, 'vn-63'],
        [300, 400, 'vn-34'],
        [250, 600, 'vn-63'],
      ] as const) {
        const el = await inTile(w, h, true, set);
        const where = `${set} ${w}×${h}`;
        expect(el.getBoundingClientRect().height, where).to.be.closeTo(h, 0.5);
        expect(outside(el), where).to.deep.equal([]);
        const [drawnRatio, viewRatio] = proportions(el);
        expect(drawnRatio, where).to.be.closeTo(viewRatio, 0.01);
        // Every province is still drawn, and named.
        expect($$(el, 'path.province').length, where).to.equal(set === 'vn-63' ? 63 : 34);
      }
    });

    it('gives the drawing the width of a tall, narrow tile, and the rest follows it', async () => {
      const el = await inTile(250, 700);
      const frame = ($(el, '.frame') as HTMLElement).getBoundingClientRect();
      const drawing = ($(el, '.map') as HTMLElement).getBoundingClientRect();
      expect(drawing.width).to.be.closeTo(frame.width, 0.5);
      const legend = ($(el, '.legend') as HTMLElement).getBoundingClientRect();
      expect(legend.top - drawing.bottom).to.be.below(16);
    });

    it('takes the height of a grid row it stretches to, with no height of its own', async () => {
      const grid = await fixture<HTMLDivElement>(
        html`<div style="display: grid; grid-template-columns: 520px; grid-auto-rows: 360px">
          <cds-province-map fit boundaries="vn-63" unit="%" .data=${DATA}></cds-province-map>
        </div>`,
      );
      const el = await drawn(grid.querySelector('cds-province-map') as CdsProvinceMap);
      expect(el.getBoundingClientRect().height).to.be.closeTo(360, 0.5);
      expect(outside(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    /** A map of 20 categories in a 520 × 480 tile: more than its legend shows at once. */
    const longLegend = async (): Promise<CdsProvinceMap> => {
      const dataset = (await loadSeed('bc-2023-02-25.json')) as object;
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 520px; height: 480px">
          <cds-province-map
            fit
            style="height: 100%"
            indicator-id="nhiem-vu-trong-tam-cac-tinh-2023"
            .data=${dataset}
          ></cds-province-map>
        </div>`,
      );
      return drawn(wrapper.querySelector('cds-province-map') as CdsProvinceMap);
    };

    it('scrolls a long list of categories in its tile, each reached by the keyboard', async () => {
      const el = await longLegend();
      expect(outside(el)).to.deep.equal([]);
      const legend = $(el, '.legend') as HTMLElement;
      expect(legend.scrollHeight).to.be.greaterThan(legend.clientHeight + 100);
      const items = $$(el, '[part="legend-item"]') as HTMLElement[];
      expect(items).to.have.length(20);
      const last = items[19] as HTMLElement;
      last.focus();
      // WebKit scrolls a focused element into view at its next rendering, not at once.
      const inView = (): boolean => {
        const box = legend.getBoundingClientRect();
        const item = last.getBoundingClientRect();
        return item.top >= box.top - 0.5 && item.bottom <= box.bottom + 0.5;
      };
      await waitUntil(inView, 'the focused last category never scrolled into view', {
        timeout: 2000,
      });
      await expect(el).to.be.accessible();
    });

    itInChromium(
      'prints every category of a long legend: it does not scroll on paper',
      async () => {
        const legend = $(await longLegend(), '.legend') as HTMLElement;
        expect(getComputedStyle(legend).overflowY).to.equal('auto');
        await emulateMedia({ media: 'print' });
        try {
          expect(getComputedStyle(legend).overflowY).to.equal('visible');
        } finally {
          await emulateMedia({ media: 'screen' });
        }
      },
    );

    /** The map in a 520 × 480 tile, its data table open: the table's scrolling box. */
    const openTable = async (): Promise<{ el: CdsProvinceMap; wrap: HTMLElement }> => {
      const el = await inTile(520, 480);
      ($(el, '.table-toggle') as HTMLButtonElement).click();
      await el.updateComplete;
      await settle(el, 50);
      return { el, wrap: $(el, '.table-wrap') as HTMLElement };
    };

    it('scrolls its open data table inside the tile, the header in view, the box a tab stop', async () => {
      const { el, wrap } = await openTable();
      const box = el.getBoundingClientRect();
      const shown = wrap.getBoundingClientRect();
      expect(shown.height).to.be.greaterThan(90);
      expect(shown.bottom).to.be.at.most(box.bottom + 0.5);
      expect(outside(el)).to.deep.equal([]);
      // 63 rows scroll in the box, which the keyboard reaches, named by the table's caption.
      expect(wrap.scrollHeight).to.be.greaterThan(wrap.clientHeight + 100);
      expect(wrap.getAttribute('role')).to.equal('group');
      expect(wrap.tabIndex).to.equal(0);
      expect(wrap.getAttribute('aria-labelledby')).to.equal('table-caption');
      wrap.focus();
      await sendKeys({ press: 'End' });
      await settle(el, 50);
      expect(wrap.scrollTop).to.be.greaterThan(100);
      const header = (wrap.querySelector('thead th') as HTMLElement).getBoundingClientRect();
      expect(header.top).to.be.closeTo(wrap.getBoundingClientRect().top, 1);
      await expect(el).to.be.accessible();
    });

    itInChromium(
      'prints every row of its open data table: the box is as tall as its rows on paper',
      async () => {
        const { wrap } = await openTable();
        expect(wrap.scrollHeight).to.be.greaterThan(wrap.clientHeight + 100);
        await emulateMedia({ media: 'print' });
        try {
          expect(wrap.scrollHeight).to.be.at.most(wrap.clientHeight + 1);
        } finally {
          await emulateMedia({ media: 'screen' });
        }
      },
    );

    it('leaves an open table to run on without fit, no tab stop for a box that only runs down', async () => {
      const el = await inTile(520, 480, false);
      ($(el, '.table-toggle') as HTMLButtonElement).click();
      await el.updateComplete;
      await settle(el, 50);
      const wrap = $(el, '.table-wrap') as HTMLElement;
      expect(wrap.getBoundingClientRect().bottom).to.be.greaterThan(
        el.getBoundingClientRect().bottom,
      );
      expect(wrap.hasAttribute('role')).to.equal(false);
    });

    it('is drawn as without fit when it has no height', async () => {
      const plain = (
        $(await inTile(320, undefined, false), '.map') as HTMLElement
      ).getBoundingClientRect();
      const fitted = ($(await inTile(320), '.map') as HTMLElement).getBoundingClientRect();
      expect(fitted.width).to.be.closeTo(plain.width, 0.01);
      expect(fitted.height).to.be.closeTo(plain.height, 0.01);
      expect(plain.width).to.be.closeTo(320, 0.5);
    });
  });
});
