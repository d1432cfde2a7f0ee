/**
 * `fit` maps in small dashboard tiles (240–360 × 300–450 px), with the reports' own data: every
 * box and line of text drawn stays inside the host; the drawing may shrink, never go.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/province-map/cds-province-map.js';
import type { CdsProvinceMap } from '../src/province-map/province-map.js';
import { axTree, itInChromium, loadMergedSeeds, loadSeed, settle } from './helpers.js';

/** A regional entry of the seeds: by indicator-id, from a dataset. */
interface Case {
  readonly name: string;
  readonly dataset: () => Promise<unknown>;
  readonly id: string;
  readonly period?: string;
}

const CASES: readonly Case[] = [
  // Hải Phòng's 60,2% beside the country's ≥ 50% (bc-2023-12): values, a legend with a title.
  {
    name: 'values',
    dataset: loadMergedSeeds,
    id: 'ho-so-xu-ly-truc-tuyen',
    period: '2022',
  },
  // 20 pilot tasks (bc-2023-02-25, IV.2): a long legend of buttons and count badges.
  {
    name: 'tasks',
    dataset: () => loadSeed('bc-2023-02-25.json'),
    id: 'nhiem-vu-trong-tam-cac-tinh-2023',
  },
  // Open data in 2022 (bc-2023-02-25, footnote [6]): two categories.
  {
    name: 'open data',
    dataset: () => loadSeed('bc-2023-02-25.json'),
    id: 'du-lieu-mo-dia-phuong-2022',
  },
  // The ID card in place of ATM cards (bc-2022-12-28): one category, a long legend label.
  {
    name: 'id card',
    dataset: () => loadSeed('bc-2022-12-28.json'),
    id: 'thi-diem-cccd-thay-the-atm',
  },
];

const TILES = [
  [240, 300],
  [240, 450],
  [300, 400],
  [360, 300],
  [360, 450],
] as const;

async function drawn(el: CdsProvinceMap): Promise<void> {
  for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('path.province'); i++) {
    await settle(el, 20);
  }
  if (!el.shadowRoot?.querySelector('path.province')) throw new Error('never drawn');
}

/** What is left of `r`, drawn in `e`, after every clipping or scrolling box it is in. */
function visible(r: DOMRect, e: Element, host: Element, own = false): DOMRect | undefined {
  for (let a: Element | null = e; a && a !== host; a = a.parentElement) {
    const s = getComputedStyle(a);
    // Clipped away: for screen readers only.
    if (s.clip !== 'auto' || s.clipPath !== 'none') return undefined;
    // A box's overflow clips what is in it, not its own border box.
    if ((a === e && !own) || (s.overflowX === 'visible' && s.overflowY === 'visible')) continue;
    const c = a.getBoundingClientRect();
    const left = Math.max(r.left, c.left);
    const top = Math.max(r.top, c.top);
    const right = Math.min(r.right, c.right);
    const bottom = Math.min(r.bottom, c.bottom);
    if (right <= left || bottom <= top) return undefined;
    r = new DOMRect(left, top, right - left, bottom - top);
  }
  return r;
}

/** Every element box and line of text drawn outside the host's box. */
function outside(el: CdsProvinceMap): string[] {
  const root = el.shadowRoot as ShadowRoot;
  const box = el.getBoundingClientRect();
  const at = (r: DOMRect): string =>
    `${(r.left - box.left).toFixed(0)},${(r.top - box.top).toFixed(0)}–` +
    `${(r.right - box.left).toFixed(0)},${(r.bottom - box.top).toFixed(0)}`;
  const found: string[] = [];
  const check = (what: string, r: DOMRect, e: Element, own = false): void => {
    const v = r.width && r.height ? visible(r, e, el, own) : undefined;
    if (
      v &&
      (v.top < box.top - 0.5 ||
        v.bottom > box.bottom + 0.5 ||
        v.left < box.left - 0.5 ||
        v.right > box.right + 0.5)
    )
      found.push(`${what} at ${at(v)}`);
  };
  for (const e of root.querySelectorAll('*'))
    if (!e.closest('defs, style'))
      check(`${e.localName}.${[...e.classList].join('.')}`, e.getBoundingClientRect(), e);
  // Text can run out of its own box (nowrap, a long word).
  const range = document.createRange();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || !n.textContent?.trim() || parent.closest('style')) continue;
    range.selectNodeContents(n);
    for (const line of range.getClientRects())
      check(`"${n.textContent.trim().slice(0, 20)}"`, line, parent, true);
  }
  return found;
}

describe('fit maps in small tiles', () => {
  for (const c of CASES)
    it(`keeps a map of ${c.name} inside tiles of 240–360 × 300–450 px`, async () => {
      const data = await c.dataset();
      const found: string[] = [];
      for (const lang of ['vi', 'en'])
        for (const table of [false, true]) {
          const tile = await fixture<HTMLDivElement>(
            html`<div>
              <cds-province-map
                fit
                style="height: 100%"
                lang=${lang}
                indicator-id=${c.id}
                period=${c.period ?? ''}
                ?table=${table}
                .data=${data}
              ></cds-province-map>
            </div>`,
          );
          const el = tile.firstElementChild as CdsProvinceMap;
          await drawn(el);
          for (const [w, h] of TILES) {
            tile.style.cssText = `width: ${w}px; height: ${h}px`;
            // The badges' size follows the drawing's, one observed resize later.
            await settle(el, 30);
            await settle(el);
            const where = `${lang} ${w}×${h}${table ? ' table' : ''}`;
            found.push(...outside(el).map((p) => `${where}: ${p}`));
            // The drawing gives way, never goes: 8 base sizes tall, or 30% of a shorter tile.
            const map = el.shadowRoot?.querySelector('.map')?.getBoundingClientRect();
            if (!map || map.height < Math.min(128, 0.3 * h) - 0.5)
              found.push(`${where}: the drawing ${map?.height ?? 0} px`);
          }
        }
      expect(found).to.deep.equal([]);
    });

  itInChromium('still reads what a short tile does not show', async () => {
    const data = await loadMergedSeeds();
    const tile = await fixture<HTMLDivElement>(
      html`<div style="width: 300px; height: 400px">
        <cds-province-map
          fit
          style="height: 100%"
          indicator-id="ho-so-xu-ly-truc-tuyen"
          period="2022"
          .data=${data}
        ></cds-province-map>
      </div>`,
    );
    const el = tile.firstElementChild as CdsProvinceMap;
    await drawn(el);
    const find = (s: string): HTMLElement => el.shadowRoot?.querySelector(s) as HTMLElement;
    expect(find('.summary').getBoundingClientRect().height).to.equal(0);
    // Whitespace aside: a line of text may be read as several nodes.
    const bare = (t: string): string => t.replace(/\s+/g, '');
    const said = bare((await axTree()).map((l) => `${l.name}${l.description}`).join(''));
    for (const s of ['.summary', '.source', '.title']) {
      const words = bare(find(s).textContent ?? '');
      expect(words, s).to.not.equal('');
      expect(said, s).to.contain(words);
    }
    // Without a height, nothing is short: the summary is shown.
    tile.style.height = '';
    el.style.height = '';
    await settle(el, 30);
    expect(find('.summary').getBoundingClientRect().height).to.be.greaterThan(10);
    expect(outside(el)).to.deep.equal([]);
  });
});
