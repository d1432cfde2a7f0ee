/**
 * The error panel stays inside the smallest box an element is meant for (120 px): a message
 * often quotes something long with no space to break at (a field path, a URL, the value typed),
 * and that text must wrap inside the panel's border, not run out of it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define-all.js';
import { ELEMENT_TAGS as TAGS } from './helpers.js';

/** A value every element refuses, quoted whole in its message: one word of 60 letters. */
const LONG_WORD = `khong-phai-light-hay-dark-${'x'.repeat(34)}`;

describe('error panel at 120 px', () => {
  for (const tag of TAGS) {
    for (const lang of ['vi', 'en']) {
      it(`${tag} (${lang}): a long unbroken word wraps inside the panel`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div lang=${lang} style="width: 120px; font: 16px sans-serif"></div>`,
        );
        const el = document.createElement(tag) as HTMLElement & {
          updateComplete: Promise<unknown>;
        };
        el.setAttribute('theme', LONG_WORD);
        wrapper.append(el);
        await el.updateComplete;
        const panel = el.shadowRoot?.querySelector<HTMLElement>('[part="error"]');
        if (!panel) throw new Error(`${tag}: no error panel`);
        expect(panel.textContent).to.contain(LONG_WORD);
        expect(panel.getBoundingClientRect().width).to.be.at.most(120.5);
        // Text running past the padding box makes the panel scroll wider than it is.
        expect(panel.scrollWidth, 'content width').to.be.at.most(panel.clientWidth);
      });
    }
  }
});
