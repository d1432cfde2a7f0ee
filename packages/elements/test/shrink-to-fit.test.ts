/**
 * Elements that lay themselves out by their own width (size containers, for container queries)
 * have no width of their own from their content. In a layout that sizes boxes by their content
 * (a flex row without widths, inline-block, grid items sized by their content) they must still get a
 * usable width, never collapse to nothing; and in a narrow flex row they still shrink to fit.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define-all.js';

const SHORT_FORM = JSON.stringify({
  name: 'Tỷ lệ hồ sơ xử lý trực tuyến',
  value: 54.34,
  target: 50,
  unit: '%',
  period: '2022',
});

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** The table takes rows (its short form); the others one indicator. */
const TABLE_ROWS = JSON.stringify([
  { name: 'Tỷ lệ hồ sơ xử lý trực tuyến', value: 54.34, target: 50, unit: '%', period: '2022' },
]);

async function place(container: string, tags: readonly string[]): Promise<Updating[]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="vi"></div>`);
  wrapper.style.cssText = container;
  const els = tags.map((tag) => {
    const el = document.createElement(tag) as Updating;
    if (tag === 'cds-target-table') el.setAttribute('data', TABLE_ROWS);
    else el.setAttribute('indicator', SHORT_FORM);
    return el;
  });
  wrapper.append(...els);
  await Promise.all(els.map((el) => el.updateComplete));
  return els;
}

describe('size containers in shrink-to-fit layouts', () => {
  const TAGS = ['cds-kpi-gauge', 'cds-indicator-card'];
  const LAYOUTS: Record<string, string> = {
    'a flex row without widths': 'display: flex; gap: 8px; width: 1400px',
    'a grid of content-sized items': 'display: grid; justify-items: start; width: 1400px',
    'inline-block': 'width: 1400px',
  };
  /** The width each takes when its content is asked for: 18rem, or 40rem for the table. */
  const INTRINSIC: Record<string, number> = {
    'cds-kpi-gauge': 288,
    'cds-indicator-card': 288,
    'cds-target-table': 640,
  };
  for (const [layout, css] of Object.entries(LAYOUTS)) {
    it(`the gauge, the card and the table get a usable width in ${layout}`, async () => {
      const els = await place(css, [...TAGS, 'cds-target-table']);
      if (layout === 'inline-block') for (const el of els) el.style.display = 'inline-block';
      for (const el of els) {
        const width = el.getBoundingClientRect().width;
        expect(width, `${el.localName} in ${layout}`).to.equal(INTRINSIC[el.localName]);
        expect(el.shadowRoot?.textContent, el.localName).to.contain('54,34%');
      }
    });
  }

  it('never grows past a narrower container as inline-block', async () => {
    for (const width of [120, 240, 480]) {
      const els = await place(`width: ${width}px`, [...TAGS, 'cds-target-table']);
      for (const el of els) {
        el.style.display = 'inline-block';
        expect(el.getBoundingClientRect().width, `${el.localName} in ${width}px`).to.be.at.most(
          width,
        );
      }
    }
  });

  it('trend charts share a narrow flex row instead of overlapping', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="vi" style="display: flex; width: 240px"></div>`,
    );
    const charts = [0, 1].map(() => {
      const el = document.createElement('cds-trend-chart') as Updating;
      el.setAttribute('indicator', SHORT_FORM);
      el.setAttribute('no-animation', '');
      return el;
    });
    wrapper.append(...charts);
    await Promise.all(charts.map((el) => el.updateComplete));
    const [a, b] = charts.map((el) => el.getBoundingClientRect());
    expect(a!.right, 'the first ends where the second starts').to.be.at.most(b!.left + 0.5);
    expect(b!.right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
  });

  it('still shrinks to share a narrow flex row', async () => {
    const els = await place('display: flex; width: 300px', TAGS);
    const total = els.reduce((sum, el) => sum + el.getBoundingClientRect().width, 0);
    expect(total).to.be.at.most(300.5);
    for (const el of els) expect(el.getBoundingClientRect().width).to.be.above(100);
  });

  it('fills a block container as before', async () => {
    const els = await place('width: 500px', [...TAGS, 'cds-target-table']);
    for (const el of els) expect(el.getBoundingClientRect().width).to.equal(500);
  });
});
