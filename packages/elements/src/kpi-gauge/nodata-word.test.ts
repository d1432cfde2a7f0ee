/**
 * "No data" beside a figure from another period reads as a contradiction ("54,34%" and "Chưa có
 * dữ liệu"): there the gauge, the card and the badge say which period's figure is missing. The
 * verdict stays no-data; where no figure is shown, the words stay "Chưa có dữ liệu".
 */
import { expect, fixture, html } from '@open-wc/testing';
import './cds-kpi-gauge.js';
import '../status-badge/cds-status-badge.js';
import '../indicator-card/cds-indicator-card.js';
import type { DatasetInput } from '@cds-vn/core';
import { drawnLines, loadMergedSeeds, loadSeed, spoken, within } from '../../test/helpers.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown>; indicator: unknown };

// The merged reports: the digital economy at 14,26% of GDP in 2022 (bc-2022-12-28), "trên 16%"
// set for 2023 (bc-2023-02-25), and no report gives 2023. Judged as of April 2024, the figure
// shown is 2022's.
const GDP = { 'indicator-id': 'ty-trong-kinh-te-so-gdp', 'as-of': '2024-04' };
// bc-2023-02-25: "trên 60%" for 2023 asked for, over, never measured: no figure is shown.
const NONE = { 'indicator-id': 'ho-so-xu-ly-truc-tuyen', period: '2023', 'as-of': '2024' };

const WORDS = { vi: 'Chưa có số liệu năm 2023', en: 'No figure for 2023 yet' };
const NO_DATA = { vi: 'Chưa có dữ liệu', en: 'No data' };

const textOf = (node: Element | null | undefined): string =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const find = (el: Element, selector: string): Element | null =>
  el.shadowRoot?.querySelector(selector) ?? null;

/** `tag` with `attrs` and `data`, in a box `width` px wide (and `height` high, for `fit`). */
async function place(
  tag: string,
  data: unknown,
  attrs: Record<string, string>,
  width = 360,
  height?: number,
): Promise<Updating> {
  const el = document.createElement(tag) as Updating;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (height) el.style.height = '100%';
  el.indicator = data;
  const box = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px; height: ${height ? `${height}px` : 'auto'}"></div>`,
  );
  box.append(el);
  await el.updateComplete;
  return el;
}

/** The words of `node`'s text broken across two lines. */
function brokenWords(node: Node | null): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(node ?? document, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    for (const word of n.textContent?.matchAll(/\S+/g) ?? []) {
      range.setStart(n, word.index);
      range.setEnd(n, word.index + word[0].length);
      if (range.getClientRects().length > 1) found.push(word[0]);
    }
  return found;
}

describe('the words for "no data" beside a figure from another period', () => {
  let merged: DatasetInput;
  let report: unknown;
  before(async () => {
    merged = await loadMergedSeeds();
    report = await loadSeed('bc-2023-02-25.json');
  });

  it('the gauge says which figure is missing, in its status line and its meter', async () => {
    const says = {
      vi: '14,26% (ước tính); Mục tiêu: Trên 16% (năm 2023); Chưa có số liệu năm 2023',
      en: '14.26% (estimate); Target: Above 16% (2023); No figure for 2023 yet',
    };
    const alone = {
      vi: 'Chưa có dữ liệu; Mục tiêu: Trên 60%',
      en: 'No data; Target: Above 60%',
    };
    for (const lang of ['vi', 'en'] as const) {
      const el = await place('cds-kpi-gauge', merged, { ...GDP, lang });
      expect(find(el, '.gauge')?.getAttribute('data-verdict')).to.equal('no-data');
      expect(textOf(find(el, '[part="value"]'))).to.equal(lang === 'vi' ? '14,26%' : '14.26%');
      expect(textOf(find(el, '[part="status"]')), lang).to.equal(`– ${WORDS[lang]}`);
      // Heard in the meter's value text, not again from the pill.
      expect(spoken(find(el, '[part="status"]'))).to.equal('');
      expect(find(el, '[role="meter"]')?.getAttribute('aria-valuetext')).to.equal(says[lang]);
      await expect(el).to.be.accessible();
      // Nothing shown: "no data" it is, said once.
      const none = await place('cds-kpi-gauge', report, { ...NONE, lang });
      expect(textOf(find(none, '[part="value"]'))).to.equal('–');
      expect(textOf(find(none, '[part="status"]'))).to.equal(`– ${NO_DATA[lang]}`);
      expect(find(none, '[role="meter"]')?.getAttribute('aria-valuetext')).to.equal(alone[lang]);
    }
  });

  it('the card’s status badge says it beside the figure, the basis saying whose', async () => {
    const basis = {
      vi: '14,26% (ước tính, 2022) so với mục tiêu > 16% (2023)',
      en: '14.26% (estimate, 2022) against target > 16% (2023)',
    };
    for (const lang of ['vi', 'en'] as const)
      for (const variant of ['regular', 'compact']) {
        const el = await place('cds-indicator-card', merged, { ...GDP, lang, variant });
        const badge = find(el, '.badge');
        expect(badge?.getAttribute('data-verdict')).to.equal('no-data');
        expect(textOf(find(el, '.number'))).to.equal(lang === 'vi' ? '14,26%' : '14.26%');
        expect(textOf(badge), `${lang} ${variant}`).to.equal(`– ${WORDS[lang]}`);
        expect(spoken(find(el, '#status'))).to.equal(`${WORDS[lang]}. ${basis[lang]}`);
        await expect(el).to.be.accessible();
        const none = await place('cds-indicator-card', report, { ...NONE, lang, variant });
        // A dash, as on the gauge: the badge beside it says the words.
        expect(textOf(find(none, '.number'))).to.equal('–');
        expect(textOf(find(none, '.badge'))).to.equal(`– ${NO_DATA[lang]}`);
      }
  });

  it('the badge uses the same words, with or without its explanation', async () => {
    const basis = {
      vi: '14,26% (ước tính, 2022) so với mục tiêu > 16% (2023)',
      en: '14.26% (estimate, 2022) against target > 16% (2023)',
    };
    const target = { vi: 'Mục tiêu > 60% (2023)', en: 'Target > 60% (2023)' };
    for (const lang of ['vi', 'en'] as const)
      for (const detailed of [{ detailed: '' }, {}] as Record<string, string>[]) {
        const el = await place('cds-status-badge', merged, { ...GDP, lang, ...detailed });
        const badge = find(el, '[part="badge"]');
        expect(badge?.getAttribute('data-verdict')).to.equal('no-data');
        expect(textOf(badge), lang).to.equal(`– ${WORDS[lang]}`);
        expect(spoken(el.shadowRoot)).to.equal(`${WORDS[lang]}. ${basis[lang]}`);
        await expect(el).to.be.accessible();
        const none = await place('cds-status-badge', report, { ...NONE, lang, ...detailed });
        expect(textOf(find(none, '[part="badge"]'))).to.equal(`– ${NO_DATA[lang]}`);
        expect(spoken(none.shadowRoot)).to.equal(`${NO_DATA[lang]}. ${target[lang]}`);
      }
  });

  it('keeps the longer words inside boxes 120 and 160 px wide, and in a short tile', async () => {
    const found: string[] = [];
    // Every line drawn, or in a tile (where secondary lines are cut off) the status's own.
    const check = (el: Updating, status: string, where: string): void => {
      const box = el.getBoundingClientRect();
      const word = find(el, status) as Element;
      if (!textOf(word).endsWith(WORDS[el.lang as 'vi' | 'en']))
        found.push(`${where}: "${textOf(word)}"`);
      const at = (l: DOMRect): string => `${l.left}–${l.right} × ${l.top}–${l.bottom}`;
      for (const l of drawnLines(el.hasAttribute('fit') ? word : (el.shadowRoot as ShadowRoot)))
        if (!within(l, box)) found.push(`${where}: a line at ${at(l)} outside ${at(box)}`);
      if (!drawnLines(word).length) found.push(`${where}: no status drawn`);
      for (const w of brokenWords(word)) found.push(`${where}: "${w}" broken`);
    };
    for (const lang of ['vi', 'en'])
      for (const width of [120, 160]) {
        for (const variant of ['semi', 'ring', 'bullet']) {
          const el = await place('cds-kpi-gauge', merged, { ...GDP, lang, variant }, width);
          check(el, '[part="status"]', `gauge ${variant} ${lang} ${width}px`);
        }
        for (const variant of ['regular', 'compact']) {
          const el = await place('cds-indicator-card', merged, { ...GDP, lang, variant }, width);
          check(el, '.badge', `card ${variant} ${lang} ${width}px`);
        }
        const badge = await place(
          'cds-status-badge',
          merged,
          { ...GDP, lang, detailed: '' },
          width,
        );
        check(badge, '[part="badge"]', `badge ${lang} ${width}px`);
      }
    // `fit` in a short tile: small sizes drop secondary lines, never the status.
    for (const lang of ['vi', 'en'])
      for (const [w, h] of [
        [150, 120],
        [200, 120],
      ] as const) {
        for (const variant of ['semi', 'ring']) {
          const attrs = { ...GDP, lang, variant, fit: '' };
          const el = await place('cds-kpi-gauge', merged, attrs, w, h);
          check(el, '[part="status"]', `fit gauge ${variant} ${lang} ${w}×${h}`);
        }
        const attrs = { ...GDP, lang, variant: 'compact', fit: '' };
        const card = await place('cds-indicator-card', merged, attrs, w, 150);
        check(card, '.badge', `fit card ${lang} ${w}×150`);
      }
    expect(found).to.deep.equal([]);
  });
});
