/**
 * The demo portal (`npm start`) as a visitor sees it: demo/index.html in an iframe, served from
 * the repository root with its one script and the seeds datasets. Expected counts and names are
 * read off the source report (bc-2023-02-25: table a has 11 rows, table b 10, section III 42,
 * section IV.2 lists the tasks a) to v), 20 of them), never computed from the datasets.
 */
import { expect } from '@open-wc/testing';
import {
  axeViolations,
  dataOnEveryWidget,
  dataShown,
  failedRequests,
  openPage,
  sleep,
  text,
  until,
  type PageFrame,
  type PageWindow,
  type Widget,
} from './page-frame.js';

const DEMO = '/demo/index.html';

const shadow = (el: Element): ShadowRoot => {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
};

describe('demo portal', function () {
  this.timeout(120000);

  let page: PageFrame;
  let frame: HTMLIFrameElement;
  let doc: Document;
  let win: PageWindow;

  const widgets = (): Widget[] => page.widgets();
  const settled = (): Promise<void> => page.settled();
  const byId = (id: string): Widget => {
    const el = doc.getElementById(id);
    if (!el) throw new Error(`#${id} missing`);
    return el as Widget;
  };
  const rows = (table: Element): string[] =>
    [...shadow(table).querySelectorAll('[part~="row"]')].map((r) => text(r));

  before(async () => {
    page = await openPage(DEMO);
    ({ frame, doc, win } = page);
    await dataOnEveryWidget(page);
  });

  after(() => frame.remove());

  it('renders every widget with data: cards, gauges, the three report tables, charts, the map', () => {
    const count = (tag: string): number => doc.querySelectorAll(tag).length;
    expect(count('cds-indicator-card')).to.equal(8);
    expect(count('cds-kpi-gauge'), 'a gauge per row of table a').to.equal(11);
    expect(count('cds-trend-chart')).to.be.greaterThan(1);
    expect(count('cds-province-map')).to.equal(1);
    for (const w of widgets())
      expect(dataShown(w), `<${w.localName}> shows its data`).to.equal(true);

    const table = (id: string): Element => {
      const el = doc.querySelector(`cds-target-table[table-id="${id}"]`);
      if (!el) throw new Error(`no table ${id}`);
      return el;
    };
    expect(rows(table('bc-2023-02-25-ket-qua-2022'))).to.have.length(11);
    expect(rows(table('bc-2023-02-25-de-an-06-2022'))).to.have.length(10);
    expect(rows(table('bc-2023-02-25-muc-tieu-2023'))).to.have.length(42);
    expect(rows(byId('pilot-table')), 'the tasks a) to v) of section IV.2').to.have.length(20);
    // The figures as the report prints them: 54,34% online dossiers, 11,8% open data.
    const gaugeValue = (id: string): string =>
      text(
        shadow(doc.querySelector(`cds-kpi-gauge[indicator-id="${id}"]`) as Element).querySelector(
          '[part~="value"]',
        ),
      );
    expect(gaugeValue('ho-so-xu-ly-truc-tuyen')).to.equal('54,34%');
    expect(gaugeValue('du-lieu-mo')).to.equal('11,8%');
  });

  it('cites a source report under every widget', () => {
    for (const w of widgets()) {
      // Cards print their report themselves; every other widget has the page's source line.
      const cite =
        w.localName === 'cds-indicator-card'
          ? text(shadow(w).querySelector('[part~="meta"].source, .source'))
          : text(w.parentElement?.querySelector(':scope > .source'));
      expect(cite, `<${w.localName} ${w.getAttribute('indicator-id') ?? w.id}>`).to.match(/^Nguồn/);
    }
  });

  it('has no axe violations', async () => {
    expect(await axeViolations(page)).to.deep.equal([]);
  });

  it('switches the page and every widget to English, and back', async () => {
    const h1 = text(doc.querySelector('h1'));
    const header = (): string =>
      text(
        shadow(
          doc.querySelector('cds-target-table[table-id="bc-2023-02-25-ket-qua-2022"]') as Element,
        ).querySelector('th'),
      );
    const status = (): string =>
      text(
        shadow(
          doc.querySelector('cds-kpi-gauge[indicator-id="du-lieu-mo"]') as Element,
        ).querySelector('[part~="status"]'),
      );
    expect(header()).to.match(/^STT/);
    expect(status()).to.contain('Chưa đạt');

    (doc.getElementById('lang-switch') as HTMLButtonElement).click();
    await sleep(0);
    await settled();
    expect(doc.documentElement.lang).to.equal('en');
    expect(text(doc.querySelector('h1'))).to.not.equal(h1);
    expect(text(doc.querySelector('h1'))).to.match(/digital transformation/i);
    expect(status()).to.contain('Not achieved');
    expect(header()).to.match(/^No\./);
    expect(text(doc.getElementById('lang-switch'))).to.equal('Tiếng Việt');

    (doc.getElementById('lang-switch') as HTMLButtonElement).click();
    await sleep(0);
    await settled();
    expect(doc.documentElement.lang).to.equal('vi');
    expect(text(doc.querySelector('h1'))).to.equal(h1);
    expect(status()).to.contain('Chưa đạt');
  });

  it('filters the task table by the province clicked on the map, on the 63 and on the 34', async () => {
    const map = byId('pilot-map');
    const table = byId('pilot-table');
    const click = async (code: string): Promise<void> => {
      const path = shadow(map).querySelector(`path[data-code="${code}"]`);
      if (!path) throw new Error(`no province ${code} on the map`);
      path.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await sleep(0);
      await settled();
    };
    const letters = (): string[] => rows(table).map((r) => r.slice(0, 2));

    // Bình Định (52) leads h) and q) in section IV.2.
    await click('52');
    expect(letters()).to.deep.equal(['h)', 'q)']);
    expect(map.getAttribute('selected')).to.equal('52');
    expect(text(doc.getElementById('filter-status'))).to.contain('Bình Định');

    (doc.getElementById('filter-clear') as HTMLButtonElement).click();
    await settled();
    expect(rows(table)).to.have.length(20);
    expect(map.hasAttribute('selected')).to.equal(false);

    // From 1 Jul 2025 Bình Định is part of Gia Lai (52 on the 34), which also takes Gia Lai's k).
    const radio = doc.querySelector<HTMLInputElement>('input[name="boundaries"][value="vn-34"]');
    radio?.click();
    await settled();
    expect(map.getAttribute('boundaries')).to.equal('vn-34');
    await until(
      'the 34 units',
      () => shadow(map).querySelectorAll('[part~="province"]').length === 34,
    );
    await click('52');
    expect(letters()).to.deep.equal(['h)', 'k)', 'q)']);
  });

  it('fits a phone: nothing makes the page scroll sideways, from 320 px up', async () => {
    // Many readers open a portal on a phone; a page wider than the screen hides the right half.
    const inside = (root: Document | ShadowRoot): Element[] =>
      [...root.querySelectorAll('*')].flatMap((e) => [
        e,
        ...(e.shadowRoot ? inside(e.shadowRoot) : []),
      ]);
    // The box an element is laid out in, across shadow roots and slots.
    const parentBox = (e: Element): Element | null =>
      e.assignedSlot ?? e.parentElement ?? (e.parentNode as ShadowRoot | null)?.host ?? null;
    // Inside a box of the page that scrolls and fits, an element may reach past the screen: a
    // wide table scrolls in its own box, and the page does not. (A box that hides what
    // overflows it, or the page's own body, excuses nothing: the reader could not reach it.)
    const scrolledInBox = (e: Element, width: number): boolean => {
      for (let box = parentBox(e); box && box !== doc.body; box = parentBox(box))
        if (
          /auto|scroll/.test(win.getComputedStyle(box).overflowX) &&
          box.getBoundingClientRect().right <= width + 0.5
        )
          return true;
      return false;
    };
    // A chart's canvas is judged by its box (.plot): Chart.js redraws the canvas a frame after
    // the box shrinks, and in this test's iframe that frame can be held back for seconds.
    const wider = (width: number): string[] =>
      inside(doc)
        .filter(
          (e) =>
            e.localName !== 'canvas' &&
            e.getBoundingClientRect().right > width + 0.5 &&
            !scrolledInBox(e, width),
        )
        .map((e) => `<${e.localName}${e.id ? ` #${e.id}` : ''}>`);
    try {
      for (const width of [320, 390, 600, 768, 1280]) {
        frame.style.width = `${width}px`;
        await until(`a ${width} px page`, () => doc.documentElement.clientWidth === width);
        await settled();
        await until('the page to fit', () => wider(width).length === 0, 5000).catch(
          () => undefined,
        );
        expect(wider(width), `at ${width} px`).to.deep.equal([]);
      }
    } finally {
      frame.style.width = '1280px';
    }
  });

  it('logged no console error, uncaught exception or failed request', () => {
    expect([...page.problems, ...failedRequests(win)]).to.deep.equal([]);
  });
});
