/**
 * The error panel says which language it speaks: an element falls back to Vietnamese on a page
 * in a language it does not have (French here), and a screen reader must then switch to a
 * Vietnamese voice, not read "Không hiển thị được dữ liệu" with a French one.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define-all.js';
import { ELEMENT_TAGS as TAGS, errorOfMarkup } from './helpers.js';

describe('error panel language', () => {
  for (const tag of TAGS) {
    for (const [page, expected] of [
      ['fr', 'vi'],
      ['en', 'en'],
      ['vi', 'vi'],
    ] as const) {
      it(`${tag} on a page in ${page}: the panel is lang="${expected}"`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div lang=${page}></div>`);
        const el = document.createElement(tag) as HTMLElement & {
          updateComplete: Promise<unknown>;
        };
        el.setAttribute('theme', 'purple');
        wrapper.append(el);
        await el.updateComplete;
        const panel = el.shadowRoot?.querySelector<HTMLElement>('[part="error"]');
        if (!panel) throw new Error(`${tag}: no error panel`);
        expect(panel.lang).to.equal(expected);
        expect(panel.textContent).to.contain(expected === 'en' ? 'purple' : 'không hợp lệ');
      });
    }
  }
});

/**
 * Broken JSON is described in the element's language alone: the browser's own message is English
 * (and differs by engine) and names the place again, so neither the panel nor `cds-error` has it.
 */
describe('broken JSON, in the element language only', () => {
  for (const [how, markup, vi, en] of [
    [
      'the attribute',
      `<cds-kpi-gauge indicator='{"name": "x", "value": 5,}'></cds-kpi-gauge>`,
      'JSON không hợp lệ ở dòng 1, cột 26. Gợi ý: bỏ dấu phẩy trước } hoặc ]',
      'Invalid JSON at line 1, column 26. Hint: remove the comma before } or ]',
    ],
    [
      'an inline script',
      `<cds-kpi-gauge><script type="application/json">{\n  "name": "x",\n  'value': 5\n}</script></cds-kpi-gauge>`,
      `JSON không hợp lệ ở dòng 3, cột 3. Gợi ý: dùng nháy kép "…" thay cho nháy đơn '…'`,
      `Invalid JSON at line 3, column 3. Hint: use double quotes "…", not single quotes '…'`,
    ],
  ] as const) {
    for (const [lang, message] of [
      ['vi', vi],
      ['en', en],
    ] as const) {
      it(`${how}, lang="${lang}": the panel and cds-error say the place once`, async () => {
        expect(await errorOfMarkup(markup, lang)).to.deep.equal({ event: message, panel: message });
      });
    }
  }
});
