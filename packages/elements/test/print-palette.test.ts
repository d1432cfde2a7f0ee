/**
 * Paper is white: an element themed dark on screen prints in the light palette, so its text
 * and lines stay dark on paper instead of printing pale grey on white.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/define-all.js';
import { itInChromium, ELEMENT_TAGS as TAGS } from './helpers.js';

/** The light text colour of the shared tokens (`--_text`), as getComputedStyle writes it. */
const LIGHT_TEXT = 'rgb(27, 31, 36)';

describe('printing a dark-themed element', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  for (const tag of TAGS) {
    itInChromium(`${tag}: dark on screen, light on paper`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement(tag) as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      el.setAttribute('theme', 'dark');
      wrapper.append(el);
      await el.updateComplete;
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      expect(getComputedStyle(el).color).not.to.equal(LIGHT_TEXT);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(el).colorScheme).to.equal('light');
      expect(getComputedStyle(el).color).to.equal(LIGHT_TEXT);
    });
  }
});
