/**
 * The error panel says which language it speaks: an element falls back to Vietnamese on a page
 * in a language it does not have (French here), and a screen reader must then switch to a
 * Vietnamese voice, not read "Không hiển thị được dữ liệu" with a French one.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define-all.js';
import { ELEMENT_TAGS as TAGS } from './helpers.js';

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
