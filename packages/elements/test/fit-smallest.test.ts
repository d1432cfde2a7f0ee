/**
 * `fit` at the smallest tiles: the rule is that small sizes drop secondary text, never the value
 * or the status, and that what goes goes in order of importance. Each check measures the parts'
 * boxes against the host's in a tile of a set height.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define-all.js';
import { axTree, drawnLines, itInChromium, loadSeed, within } from './helpers.js';
import { ONLINE_DOSSIERS } from './fixtures.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

const shown = (e: Element | null | undefined): boolean =>
  !!e && getComputedStyle(e).display !== 'none';

const at = (r: DOMRect): string => `${r.top.toFixed(1)}–${r.bottom.toFixed(1)}`;

async function gauge(opts: {
  w: number;
  h: number;
  variant?: string;
  lang?: string;
  theme?: string;
}): Promise<Updating> {
  const { w, h, variant = 'semi', lang = 'vi', theme } = opts;
  const tile = await fixture<HTMLDivElement>(
    html`<div style="width: ${w}px; height: ${h}px" lang=${lang}>
      <cds-kpi-gauge
        fit
        style="height: 100%"
        variant=${variant}
        theme=${ifDefined(theme)}
        .indicator=${ONLINE_DOSSIERS}
      ></cds-kpi-gauge>
    </div>`,
  );
  const el = tile.firstElementChild as Updating;
  await el.updateComplete;
  return el;
}

/** What a gauge draws outside its box, and a reading drawn over its ring. */
function gaugeProblems(el: Updating): string[] {
  const find = (s: string): Element => el.shadowRoot?.querySelector(s) as Element;
  const box = el.getBoundingClientRect();
  const found = drawnLines(el.shadowRoot as ShadowRoot)
    .filter((l) => !within(l, box))
    .map((l) => `text at ${at(l)} outside ${at(box)}`);
  const svg = find('svg') as SVGSVGElement;
  if (!within(svg.getBoundingClientRect(), box))
    found.push(`dial at ${at(svg.getBoundingClientRect())}`);
  // The ring's track, radius 80 and 16 wide in a 200-unit view box, leaves an opening of
  // radius 72 inside it; under the drawing (its target tick reaches 196) nothing is in the way.
  const toViewBox = svg.getScreenCTM()?.inverse() ?? new DOMMatrix();
  for (const l of drawnLines(find('.reading')))
    for (const [x, y] of [
      [l.left, l.top],
      [l.right, l.top],
      [l.left, l.bottom],
      [l.right, l.bottom],
    ] as const) {
      const p = new DOMPoint(x, y).matrixTransform(toViewBox);
      if (p.y < 196 && Math.hypot(p.x - 100, p.y - 100) > 72.5)
        found.push(`reading over the ring at (${p.x.toFixed(0)}, ${p.y.toFixed(0)})`);
    }
  for (const part of ['value', 'status'])
    if (!drawnLines(find(`[part="${part}"]`)).length) found.push(`no ${part}`);
  return found;
}

describe('fit at the smallest sizes', () => {
  it('keeps a ring’s value and status inside a short tile', async () => {
    const found: string[] = [];
    const tiles = [
      { w: 200, h: 120 },
      { w: 150, h: 120 },
      { w: 320, h: 120 },
      // A name on two lines.
      { w: 320, h: 150 },
      { w: 200, h: 160 },
      { w: 200, h: 120, theme: 'dark' },
    ];
    for (const lang of ['vi', 'en'])
      for (const tile of tiles) {
        const el = await gauge({ ...tile, variant: 'ring', lang });
        const where = `${lang} ${tile.w}×${tile.h}${tile.theme ? ' themed' : ''}`;
        found.push(...gaugeProblems(el).map((p) => `${where}: ${p}`));
      }
    expect(found).to.deep.equal([]);
  });

  it('gives up the explanation’s button before the period in a short tile', async () => {
    const found: string[] = [];
    for (const variant of ['semi', 'ring'])
      for (const w of [200, 320])
        for (let h = 120; h <= 240; h += 8) {
          const el = await gauge({ w, h, variant });
          const find = (s: string) => el.shadowRoot?.querySelector(s);
          const where = `${variant} ${w}×${h}`;
          if (shown(find('.more')) && !shown(find('.period'))) found.push(`${where}: no period`);
          found.push(...gaugeProblems(el).map((p) => `${where}: ${p}`));
        }
    expect(found).to.deep.equal([]);
    const el = await gauge({ w: 320, h: 160 });
    expect(shown(el.shadowRoot?.querySelector('.period'))).to.equal(true);
    expect(shown(el.shadowRoot?.querySelector('.more'))).to.equal(false);
  });

  itInChromium('still reads the explanation where its button has gone', async () => {
    for (const [w, h] of [
      [320, 160],
      [320, 110],
    ] as const) {
      const el = await gauge({ w, h });
      expect(shown(el.shadowRoot?.querySelector('.more'))).to.equal(false);
      const said = (await axTree()).map((l) => l.name).join(' ');
      const why = el.shadowRoot?.querySelector('.caption')?.textContent ?? '';
      expect(why).to.not.equal('');
      expect(said, `${w}×${h}`).to.contain(why);
      expect(gaugeProblems(el)).to.deep.equal([]);
    }
  });

  it('keeps a compact card’s status on the card in a short tile, the change giving way', async () => {
    const data = await loadSeed('merged.json');
    const found: string[] = [];
    for (const lang of ['vi', 'en'])
      for (const w of [150, 200, 260, 320]) {
        const el = document.createElement('cds-indicator-card') as Updating & {
          indicator: unknown;
        };
        el.setAttribute('variant', 'compact');
        el.setAttribute('indicator-id', 'ty-trong-kinh-te-so-gdp');
        el.setAttribute('lang', lang);
        el.setAttribute('fit', '');
        el.style.height = '100%';
        el.indicator = data;
        const tile = await fixture<HTMLDivElement>(
          html`<div style="width: ${w}px; height: 150px"></div>`,
        );
        tile.append(el);
        await el.updateComplete;
        const card = el.shadowRoot?.querySelector('.card') as Element;
        const r = card.getBoundingClientRect();
        const clip = new DOMRect(r.x + 1, r.y + 1, r.width - 2, r.height - 2);
        for (const s of ['.badge', '.value']) {
          const lines = drawnLines(el.shadowRoot?.querySelector(s) as Element);
          if (!lines.length || !lines.every((l) => within(l, clip)))
            found.push(`${lang} ${w}: ${s} at ${lines.map(at).join(', ')}, card ${at(clip)}`);
        }
        // The change, a secondary line, comes after the status, so it is the one cut.
        const change = el.shadowRoot?.querySelector('.change')?.getBoundingClientRect();
        const status = el.shadowRoot?.querySelector('.badge')?.getBoundingClientRect();
        if (!change || !status || change.top < status.bottom)
          found.push(`${lang} ${w}: the change above the status`);
      }
    expect(found).to.deep.equal([]);
  });
});
