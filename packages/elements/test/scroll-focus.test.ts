/**
 * The map's and the chart's data tables scroll sideways inside their box when the element is
 * narrower than the table; the box then takes keyboard focus, so it can be scrolled without a
 * mouse (WCAG 2.1.1), and gives it up when the table fits. (The target table's own scroll box
 * is tested in target-table.test.ts.) While it scrolls, the box is a group named by the
 * table's caption; once the table fits, it is a plain box again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define-all.js';
import { loadSeed } from './helpers.js';

let report: unknown;
before(async () => {
  report = await loadSeed('bc-2023-02-25.json');
});

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

const frames = async (): Promise<void> => {
  for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done));
};

const CASES: Record<string, (el: HTMLElement) => void> = {
  'cds-province-map': (el) => {
    el.setAttribute('data', JSON.stringify({ 'Hà Nội': 5.25, 'TP. Hồ Chí Minh': 7.5 }));
    el.setAttribute('table', '');
  },
  'cds-trend-chart': (el) => {
    (el as HTMLElement & { indicator?: unknown }).indicator = report;
    el.setAttribute('indicator-id', 'ho-so-xu-ly-truc-tuyen');
    el.setAttribute('as-of', '2023-02-25');
    el.setAttribute('show-table', '');
    el.setAttribute('no-animation', '');
  },
};

describe('data tables that scroll inside their box', () => {
  for (const [tag, give] of Object.entries(CASES)) {
    it(`${tag}: the table's box takes focus only while it scrolls`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="vi" style="width: 120px"></div>`,
      );
      const el = document.createElement(tag) as Updating;
      give(el);
      wrapper.append(el);
      // The map's geometry and Chart.js load on first use.
      for (let i = 0; i < 300 && !el.shadowRoot?.querySelector('.table-wrap td'); i++) {
        await el.updateComplete;
        await new Promise((done) => setTimeout(done, 10));
      }
      await frames();
      const box = el.shadowRoot?.querySelector<HTMLElement>('.table-wrap');
      if (!box)
        throw new Error(`${tag}: no table box in "${el.shadowRoot?.textContent?.slice(0, 300)}"`);
      expect(box.scrollWidth, 'too wide at 120px').to.be.greaterThan(box.clientWidth);
      expect(box.tabIndex, 'focusable while it scrolls').to.equal(0);
      expect(box.getAttribute('role')).to.equal('group');
      const name = el.shadowRoot?.getElementById(box.getAttribute('aria-labelledby') ?? '');
      expect(name?.closest('caption'), 'named by its caption').to.not.equal(null);
      await expect(el).to.be.accessible();
      wrapper.style.width = '1000px';
      await frames();
      expect(box.scrollWidth, 'fits at 1000px').to.be.at.most(box.clientWidth);
      expect(box.hasAttribute('tabindex'), 'no tab stop once it fits').to.equal(false);
      // A plain box again: the caption is heard once, for the table, not for a group too.
      expect(box.hasAttribute('role'), 'no group once it fits').to.equal(false);
      expect(box.hasAttribute('aria-labelledby')).to.equal(false);
      wrapper.style.width = '120px';
      await frames();
      expect(box.getAttribute('role'), 'a named group again at 120px').to.equal('group');
      expect(box.getAttribute('aria-labelledby')).to.equal(name?.id);
    });
  }
});
