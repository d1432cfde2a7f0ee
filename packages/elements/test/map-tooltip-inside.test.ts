/**
 * The map's tooltip stays inside the host, so a dashboard tile that clips (`overflow: hidden`)
 * never cuts it: in `fit` tiles of 240–360 × 300–450 px and in an ordinary large map, for
 * provinces by each edge and in the middle, on focus and on hover (the pointer anywhere in the
 * province), with the reports' own data.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/province-map/cds-province-map.js';
import type { CdsProvinceMap } from '../src/province-map/province-map.js';
import { loadMergedSeeds, loadSeed, settle, within } from './helpers.js';

/** Hà Giang (top), Cà Mau (bottom), Đà Nẵng (middle), Điện Biên (left), Khánh Hòa (right). */
const CODES = ['02', '96', '48', '11', '56'] as const;

/** A tile's width and height; no height: an ordinary map, as tall as its width makes it. */
const TILES = [
  [240, 300],
  [240, 450],
  [300, 400],
  [360, 300],
  [360, 450],
  [800, undefined],
] as const;

async function drawn(el: CdsProvinceMap): Promise<void> {
  for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('path.province'); i++) {
    await settle(el, 20);
  }
  if (!el.shadowRoot?.querySelector('path.province')) throw new Error('never drawn');
}

const path = (el: CdsProvinceMap, code: string): SVGPathElement =>
  el.shadowRoot?.querySelector(`path.province[data-code="${code}"]`) as SVGPathElement;

/** Where the tooltip is drawn out of the host's box, if it is; '' if inside. */
function outOfHost(el: CdsProvinceMap, what: string): string {
  const tip = el.shadowRoot?.querySelector('[part="tooltip"]');
  if (!tip) return `${what}: no tooltip`;
  const r = tip.getBoundingClientRect();
  const box = el.getBoundingClientRect();
  if (!r.width || !r.height) return `${what}: an empty tooltip`;
  if (within(r, box)) return '';
  const at = (v: number, o: number): string => (v - o).toFixed(0);
  return (
    `${what}: ${at(r.left, box.left)},${at(r.top, box.top)}–` +
    `${at(r.right, box.left)},${at(r.bottom, box.top)} in ${box.width}×${box.height}`
  );
}

function pointer(type: string, x = 0, y = 0): PointerEvent {
  return new PointerEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y });
}

/** Every placement of the tooltip out of the host, for one map in one tile. */
async function placements(el: CdsProvinceMap, where: string): Promise<string[]> {
  const found: string[] = [];
  for (const code of CODES) {
    const p = path(el, code);
    p.focus();
    await settle(el);
    found.push(outOfHost(el, `${where} focus ${code}`));
    p.blur();
    // The pointer comes in where it left the last province, then moves over this one: to its
    // box's middle and corners, without leaving it (the tooltip is measured once per province).
    const b = p.getBoundingClientRect();
    const inset = Math.min(b.width, b.height) / 4;
    p.dispatchEvent(pointer('pointerover'));
    await settle(el);
    found.push(outOfHost(el, `${where} hover ${code}`));
    for (const [x, y] of [
      [b.left + b.width / 2, b.top + b.height / 2],
      [b.left + inset, b.top + inset],
      [b.right - inset, b.top + inset],
      [b.left + inset, b.bottom - inset],
      [b.right - inset, b.bottom - inset],
    ] as const) {
      p.dispatchEvent(pointer('pointermove', x, y));
      await settle(el);
      found.push(outOfHost(el, `${where} hover ${code} at ${x.toFixed(0)},${y.toFixed(0)}`));
    }
    // Hover outranks focus: the pointer leaves before the next province is focused.
    el.shadowRoot?.querySelector('svg')?.dispatchEvent(new PointerEvent('pointerleave'));
    await settle(el);
  }
  return found.filter(Boolean);
}

/** Values (Hải Phòng's 60,2%, bc-2023-12) and a list of pilot tasks (bc-2023-02-25, IV.2). */
const CASES = [
  {
    name: 'values',
    lang: 'vi',
    id: 'ho-so-xu-ly-truc-tuyen',
    period: '2022',
    load: loadMergedSeeds,
  },
  {
    name: 'tasks',
    lang: 'en',
    id: 'nhiem-vu-trong-tam-cac-tinh-2023',
    period: '',
    load: () => loadSeed('bc-2023-02-25.json'),
  },
] as const;

describe('the map tooltip stays inside the host', () => {
  for (const c of CASES)
    it(`keeps the tooltip of a map of ${c.name} inside tiles and an ordinary map`, async () => {
      const tile = await fixture<HTMLDivElement>(
        html`<div>
          <cds-province-map
            lang=${c.lang}
            indicator-id=${c.id}
            period=${c.period}
            .data=${await c.load()}
          ></cds-province-map>
        </div>`,
      );
      const el = tile.firstElementChild as CdsProvinceMap;
      await drawn(el);
      const found: string[] = [];
      for (const [w, h] of TILES) {
        // A dashboard tile clips what runs out of it.
        tile.style.cssText = `width: ${w}px; ${h ? `height: ${h}px; overflow: hidden` : ''}`;
        el.fit = h !== undefined;
        el.style.height = h ? '100%' : '';
        // The badges' size follows the drawing's, one observed resize later.
        await settle(el, 30);
        await settle(el);
        found.push(...(await placements(el, `${w}×${h ?? 'auto'}`)));
      }
      expect(found).to.deep.equal([]);
    });

  it('measures nothing while the pointer moves within one province', async () => {
    const tile = await fixture<HTMLDivElement>(
      html`<div style="width: 240px; height: 300px">
        <cds-province-map
          fit
          style="height: 100%"
          indicator-id="ho-so-xu-ly-truc-tuyen"
          period="2022"
          .data=${await loadMergedSeeds()}
        ></cds-province-map>
      </div>`,
    );
    const el = tile.firstElementChild as CdsProvinceMap;
    await drawn(el);
    const p = path(el, '48');
    const b = p.getBoundingClientRect();
    p.dispatchEvent(pointer('pointerover'));
    p.dispatchEvent(pointer('pointermove', b.left + b.width / 2, b.top + b.height / 2));
    await settle(el);
    // The host's box, as the element reads it (this test's own checks are not counted).
    let measured = 0;
    const measure = el.getBoundingClientRect.bind(el);
    el.getBoundingClientRect = () => {
      measured++;
      return measure();
    };
    const found: string[] = [];
    for (let i = 1; i < 5; i++) {
      p.dispatchEvent(pointer('pointermove', b.left + (i * b.width) / 5, b.top + b.height / 2));
      await settle(el);
      const before = measured;
      found.push(outOfHost(el, `Đà Nẵng ${i}/5`));
      measured = before;
    }
    expect(measured).to.equal(0);
    expect(found.filter(Boolean)).to.deep.equal([]);
  });
});
