/**
 * `fit` at the smallest tiles: the rule is that small sizes drop secondary text, never the value
 * or the status, and that what goes goes in order of importance. Each check measures the parts'
 * boxes against the host's in a tile of a set height.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define-all.js';
import { axTree, drawnLines, itInChromium, loadSeed, TEXT_SPACING, within } from './helpers.js';
import { ONLINE_DOSSIERS } from './fixtures.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

const shown = (e: Element | null | undefined): boolean =>
  !!e && getComputedStyle(e).display !== 'none';

const at = (r: DOMRect): string => `${r.top.toFixed(1)}–${r.bottom.toFixed(1)}`;

/**
 * The widest readings a ring holds on one line, in the same gauge (so the same name and status
 * lines): a share with two decimals or over 100%, a count out of a total with what it counts
 * under it, and a count in millions (a long reading). Each is shown whole, never split.
 */
const READINGS: readonly (readonly [string, object])[] = [
  ['54,34%', ONLINE_DOSSIERS],
  ['100%', { ...ONLINE_DOSSIERS, observations: [{ period: '2022', value: 100 }] }],
  ['108,5%', { ...ONLINE_DOSSIERS, observations: [{ period: '2022', value: 108.5 }] }],
  [
    '21/25',
    {
      ...ONLINE_DOSSIERS,
      unit: 'count',
      unitLabel: { vi: 'dịch vụ', en: 'services' },
      observations: [{ period: '2022', value: 21, total: 25 }],
      targets: [{ period: '2022', op: '>=', value: 25, total: 25 }],
    },
  ],
  [
    '2,8 triệu',
    {
      ...ONLINE_DOSSIERS,
      unit: 'count',
      observations: [{ period: '2022', value: 2_800_000 }],
      targets: [{ period: '2022', op: '>=', value: 3_000_000 }],
    },
  ],
];

/** The smallest tiles a ring is meant for; a theme's padding leaves the dial less. */
const RING_TILES: readonly { w: number; h: number; theme?: string }[] = [
  { w: 200, h: 120 },
  { w: 150, h: 120 },
  { w: 320, h: 120 },
  // A name on two lines.
  { w: 320, h: 150 },
  { w: 200, h: 160 },
  { w: 150, h: 120, theme: 'dark' },
  { w: 200, h: 120, theme: 'dark' },
  { w: 200, h: 160, theme: 'dark' },
];

async function gauge(opts: {
  w: number;
  h: number;
  variant?: string;
  lang?: string;
  theme?: string;
  indicator?: object;
}): Promise<Updating> {
  const { w, h, variant = 'semi', lang = 'vi', theme, indicator = ONLINE_DOSSIERS } = opts;
  const tile = await fixture<HTMLDivElement>(
    html`<div style="width: ${w}px; height: ${h}px" lang=${lang}>
      <cds-kpi-gauge
        fit
        style="height: 100%"
        variant=${variant}
        theme=${ifDefined(theme)}
        .indicator=${indicator}
      ></cds-kpi-gauge>
    </div>`,
  );
  const el = tile.firstElementChild as Updating;
  await el.updateComplete;
  return el;
}

/** What a gauge draws outside its box, a reading drawn over its ring, and a ring too small. */
function gaugeProblems(el: Updating): string[] {
  const find = (s: string): Element => el.shadowRoot?.querySelector(s) as Element;
  const box = el.getBoundingClientRect();
  const found = drawnLines(el.shadowRoot as ShadowRoot)
    .filter((l) => !within(l, box))
    .map((l) => `text at ${at(l)} outside ${at(box)}`);
  for (const part of ['value', 'status'])
    if (!drawnLines(find(`[part="${part}"]`)).length) found.push(`no ${part}`);
  // No word of the value split across lines ("54,34" above "%").
  const value = find('[part="value"]').firstChild;
  const range = document.createRange();
  if (value instanceof Text)
    for (const word of value.data.matchAll(/\S+/g)) {
      range.setStart(value, word.index);
      range.setEnd(value, word.index + word[0].length);
      if (range.getClientRects().length > 1) found.push(`"${word[0]}" split across lines`);
    }
  // The reading, in the opening, beside the drawing or in its place, is over no other line.
  for (const l of drawnLines(find('.reading')))
    for (const line of ['.name', '.status']) {
      const r = find(line).getBoundingClientRect();
      if (l.top < r.bottom - 0.5 && l.bottom > r.top + 0.5 && l.left < r.right && l.right > r.left)
        found.push(`reading at ${at(l)} over ${line} at ${at(r)}`);
    }
  const svg = find('svg') as SVGSVGElement;
  const drawing = svg.getBoundingClientRect();
  // A ring stays a ring, at least 2.5 base sizes across (40 px): a reading with no room in its
  // opening goes beside a short ring, not under it, where it took the drawing's height. WebKit
  // may keep a wider box than the drawing: its size is the box's smaller side. The one rule
  // for no ring at all: a dial under 2.75 base sizes (44 px) tall with a reading of two lines.
  if (getComputedStyle(svg).display === 'none') {
    const tall = find('.dial').getBoundingClientRect().height;
    if (!find('.ring') || tall >= 44 || !find('.reading .unit'))
      found.push(`no drawing in a dial ${tall.toFixed(1)} px tall`);
    return found;
  }
  if (!within(drawing, box)) found.push(`dial at ${at(drawing)}`);
  const across = Math.min(drawing.width, drawing.height);
  if (find('.ring') && across < 39.5) found.push(`a ring ${across.toFixed(1)} px across`);
  // The ring's track, radius 80 and 16 wide in a 200-unit view box, leaves an opening of
  // radius 72 inside it; under the drawing (its target tick reaches 196) or beside it, nothing
  // is in the way.
  const toViewBox = svg.getScreenCTM()?.inverse() ?? new DOMMatrix();
  for (const l of drawnLines(find('.reading')))
    for (const [x, y] of [
      [l.left, l.top],
      [l.right, l.top],
      [l.left, l.bottom],
      [l.right, l.bottom],
    ] as const) {
      const p = new DOMPoint(x, y).matrixTransform(toViewBox);
      if (p.y < 196 && p.x < 196 && Math.hypot(p.x - 100, p.y - 100) > 72.5)
        found.push(`reading over the ring at (${p.x.toFixed(0)}, ${p.y.toFixed(0)})`);
    }
  return found;
}

describe('fit at the smallest sizes', () => {
  // Without and with text spacing, which widened "54,34%" past the opening of a ring 76 px
  // across (200 × 160). With the spacing, a themed tile 120 px tall has no room for a name, a
  // ring and a status of two lines ("✗ Not achieved"), ring or not: it is left out.
  for (const spaced of [false, true])
    it(`keeps a ring, its reading in the opening or beside it, and its status in a short tile${spaced ? ', with text spacing' : ''}`, async () => {
      const found: string[] = [];
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(TEXT_SPACING);
      for (const lang of ['vi', 'en'])
        for (const [reading, indicator] of READINGS)
          for (const tile of RING_TILES.filter((t) => !spaced || !t.theme || t.h > 120)) {
            const el = await gauge({ ...tile, variant: 'ring', lang, indicator });
            const root = el.shadowRoot as ShadowRoot;
            if (spaced) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
            const where = `${lang} ${reading} ${tile.w}×${tile.h}${tile.theme ? ' themed' : ''}`;
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
