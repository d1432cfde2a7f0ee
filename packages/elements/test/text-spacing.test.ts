/**
 * WCAG 1.4.12 Text Spacing: a reader who sets line height 1.5, paragraph spacing 2× the text
 * size, letter spacing 0.12em and word spacing 0.16em loses no content. A bookmarklet or
 * extension reaches shadow DOM as these tests do: a `!important` rule on `*` in the page and
 * the same rules adopted into every open shadow root, so inner boxes with their own line
 * height get it too. Each element, with the reports' figures (a percent, a count out of a
 * total, a long Vietnamese name) in both languages and at widths it supports, must then clip
 * no text (a box that scrolls is not clipping), draw no line of text over another, and show
 * its value and status whole inside its box. With `fit` in a tile of a set height, secondary
 * lines may go (clamped, or into the explanation's disclosure), the value and status never.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define-all.js';
import { loadSeed, TEXT_SPACING, within } from './helpers.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** One element as a page writes it, in tiles it is meant for. */
interface Case {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** The property the dataset goes to. */
  readonly prop: 'indicator' | 'data';
  /** Widths, or with `fit`, width and height. */
  readonly tiles: readonly (readonly [number, number?])[];
  /** What must be shown whole: the value and the status words. */
  readonly must: readonly string[];
  /** A province to focus, whose tooltip then opens over the map. */
  readonly focus?: string;
}

/**
 * The reports' figures, merged: 54,34% against ≥ 50% in 2022 ("✓ Đạt"); 21/25 essential
 * services, a count on a 0–25 dial, and Đề án 06's task, whose card heads "21/25 dịch vụ công
 * thiết yếu" (bc-2023-02-25); 68,2% (bc-2024-04) under a name of 100 letters, with the longest
 * status ("○ Chưa có mục tiêu", "○ No target").
 */
const PERCENT = { 'indicator-id': 'ho-so-xu-ly-truc-tuyen', period: '2022' };
const COUNT = { 'indicator-id': 'dvc-thiet-yeu-de-an-06', period: '2022', 'as-of': '2023-02-25' };
const TASK = { 'indicator-id': 'de-an-06-dvc-thiet-yeu', 'as-of': '2023-02-25' };
const LONG_NAME = { 'indicator-id': 'httt-phe-duyet-cap-do' };

const widths = (...w: number[]): [number][] => w.map((n) => [n]);
const GAUGE_MUST = ['[part="value"]', '[part="status"]'];
const CARD_MUST = ['.number', '.badge'];

const CASES: Case[] = [
  ...[PERCENT, COUNT, TASK, LONG_NAME].map((f): Case => ({
    tag: 'cds-status-badge',
    attrs: { ...f, detailed: '' },
    prop: 'indicator',
    tiles: widths(120, 200, 320),
    must: ['.badge'],
  })),
  ...['semi', 'ring', 'bullet'].flatMap((variant) =>
    [PERCENT, COUNT, LONG_NAME].map((f): Case => ({
      tag: 'cds-kpi-gauge',
      attrs: { ...f, variant },
      prop: 'indicator',
      tiles: widths(120, 200, 320, 600),
      must: GAUGE_MUST,
    })),
  ),
  ...['regular', 'compact'].flatMap((variant) =>
    [PERCENT, TASK, LONG_NAME].map((f): Case => ({
      tag: 'cds-indicator-card',
      attrs: { ...f, variant },
      prop: 'indicator',
      tiles: widths(120, 200, 320, 600),
      must: CARD_MUST,
    })),
  ),
  // Two series, one with a long name; a count out of totals that differ (21/22, 30/30).
  {
    tag: 'cds-trend-chart',
    attrs: { 'indicator-ids': 'ho-so-xu-ly-truc-tuyen,httt-phe-duyet-cap-do', 'no-animation': '' },
    prop: 'indicator',
    tiles: widths(200, 320, 600),
    must: ['.legend', '.summary'],
  },
  {
    tag: 'cds-trend-chart',
    attrs: { 'indicator-ids': 'bo-nganh-ke-hoach-cds-nam', 'no-animation': '', 'show-table': '' },
    prop: 'indicator',
    tiles: widths(200, 320, 600),
    must: ['.legend', '.summary'],
  },
  // Results of 2022 (footnotes, gaps, progress), Đề án 06's tasks (21/25), 2023's 42 targets.
  ...[
    'bc-2023-02-25-ket-qua-2022',
    'bc-2023-02-25-de-an-06-2022',
    'bc-2023-02-25-muc-tieu-2023',
  ].map((id): Case => ({
    tag: 'cds-target-table',
    attrs: { 'table-id': id },
    prop: 'data',
    tiles: widths(320, 600, 1100),
    must: ['td.numeric', '[part="status"]'],
  })),
  // Values with a legend and the data table; 20 pilot tasks, with count badges.
  {
    tag: 'cds-province-map',
    attrs: { 'indicator-id': 'ho-so-xu-ly-truc-tuyen', period: '2022', table: '' },
    prop: 'data',
    tiles: widths(320, 600),
    must: ['.title', '.legend'],
  },
  {
    tag: 'cds-province-map',
    attrs: { 'indicator-id': 'nhiem-vu-trong-tam-cac-tinh-2023' },
    prop: 'data',
    tiles: widths(320, 600),
    must: ['.title', '.legend'],
  },
  // The tooltip, placed inside the map by its measured size: Khánh Hòa's, at the right edge,
  // lists its tasks; Hà Giang's, at the top, its value.
  {
    tag: 'cds-province-map',
    attrs: { 'indicator-id': 'nhiem-vu-trong-tam-cac-tinh-2023' },
    prop: 'data',
    tiles: widths(320, 600),
    must: ['.tooltip'],
    focus: '56',
  },
  {
    tag: 'cds-province-map',
    attrs: { 'indicator-id': 'ho-so-xu-ly-truc-tuyen', period: '2022' },
    prop: 'data',
    tiles: widths(320, 600),
    must: ['.tooltip'],
    focus: '02',
  },
  // fit, in the smallest tiles fit-smallest.test.ts gives a gauge.
  ...['semi', 'ring'].map((variant): Case => ({
    tag: 'cds-kpi-gauge',
    attrs: { ...COUNT, variant, fit: '' },
    prop: 'indicator',
    tiles: [
      [150, 120],
      [200, 120],
      [200, 160],
      [320, 150],
      [320, 240],
    ],
    must: GAUGE_MUST,
  })),
  // A card's lines are not paragraphs, so the reader's 2em after each paragraph does not add up
  // in it: it keeps a three-line name, the value and the status from about 13 base sizes tall
  // (11 without the spacing; the rest is the taller lines, and a status that wraps), a compact
  // card from 9.5 (9). As paragraphs they needed 18 and 13.
  ...[LONG_NAME, PERCENT].flatMap((f) => [
    {
      tag: 'cds-indicator-card',
      attrs: { ...f, fit: '' },
      prop: 'indicator' as const,
      tiles: [
        [200, 208],
        [320, 192],
      ] as const,
      must: CARD_MUST,
    },
    {
      tag: 'cds-indicator-card',
      attrs: { ...f, variant: 'compact', fit: '' },
      prop: 'indicator' as const,
      tiles: [
        [150, 152],
        [200, 152],
        [320, 136],
      ] as const,
      must: CARD_MUST,
    },
  ]),
];

/** Every element under `root`, into open shadow roots. */
function allIn(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((e) =>
    e.shadowRoot ? [e, ...allIn(e.shadowRoot)] : [e],
  );
}

/** The spacing, as a bookmarklet sets it: on the page, and adopted into each shadow root. */
function spaceText(host: Element, sheet: CSSStyleSheet): void {
  for (const e of [host, ...allIn(host)]) {
    const root = e.shadowRoot;
    if (root && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/** The box `e` is drawn in: its parent, or across a shadow root, its host. */
const up = (e: Element): Element | null =>
  e.parentElement ?? ((e.getRootNode() as ShadowRoot).host || null);

const clips = (s: CSSStyleDeclaration): boolean => s.clip !== 'auto' || s.clipPath !== 'none';
const scrolls = (s: CSSStyleDeclaration): boolean =>
  /auto|scroll/.test(`${s.overflowX} ${s.overflowY}`);

/**
 * What a reader sees of `r`, drawn in `e`: cut by each box that hides what overflows it, up to
 * `host` (an empty box where nothing is left); `scrolled` when a box that scrolls holds it (the
 * reader scrolls to it); undefined when it is meant to be read, not seen (clipped away for
 * screen readers, hidden, in a closed disclosure).
 */
function seen(
  r: DOMRect,
  e: Element,
  host: Element,
): { r: DOMRect; scrolled: boolean } | undefined {
  if (!e.checkVisibility({ visibilityProperty: true })) return undefined;
  for (let a: Element | null = e; a && a !== host; a = up(a)) {
    const s = getComputedStyle(a);
    if (clips(s)) return undefined;
    if (scrolls(s)) return { r, scrolled: true };
    if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
    const c = a.getBoundingClientRect();
    const left = Math.max(r.left, c.left);
    const top = Math.max(r.top, c.top);
    r = new DOMRect(
      left,
      top,
      Math.max(0, Math.min(r.right, c.right) - left),
      Math.max(0, Math.min(r.bottom, c.bottom) - top),
    );
  }
  return { r, scrolled: false };
}

interface Line {
  readonly text: string;
  readonly node: Text;
  readonly r: DOMRect;
  /** What is seen of it: empty where a box hides it all. */
  readonly shown: DOMRect;
  readonly scrolled: boolean;
  /** In a tooltip. */
  readonly tip: boolean;
}

/** Each line of text under `root` (into shadow roots) and what of it is seen. */
function lines(root: ParentNode & Node, host: Element): Line[] {
  const out: Line[] = [];
  const range = document.createRange();
  const walk = (from: Node): void => {
    const walker = document.createTreeWalker(from, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const parent = n.parentElement;
      if (!parent || !n.textContent?.trim() || parent.closest('style')) continue;
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) {
        if (r.width < 0.5 || r.height < 0.5) continue;
        const v = seen(r, parent, host);
        if (v)
          out.push({
            text: n.textContent.trim().slice(0, 24),
            node: n,
            r,
            shown: v.r,
            scrolled: v.scrolled,
            tip: !!parent.closest('.tooltip'),
          });
      }
    }
  };
  walk(root);
  for (const e of allIn(root)) if (e.shadowRoot) walk(e.shadowRoot);
  return out;
}

const px = (n: number): string => n.toFixed(1);
const at = (r: DOMRect, o: DOMRect): string =>
  `${px(r.left - o.left)},${px(r.top - o.top)}–${px(r.right - o.left)},${px(r.bottom - o.top)}`;
const name = (e: Element): string =>
  `${e.localName}${[...e.classList].map((c) => `.${c}`).join('')}`;

/**
 * Boxes that hide text they cannot hold: a box that hides its overflow, drawn and seen, whose
 * content is more than a pixel wider or taller than it. A box that scrolls is not counted;
 * with `fit`, neither is a clamped name (the meter's or the card's name reads it whole) nor the
 * card's box, whose last lines wrap out of sight by design and are still read.
 */
function clipped(host: Element, fit: boolean): string[] {
  const found: string[] = [];
  for (const e of allIn(host.shadowRoot as ShadowRoot)) {
    if (!(e instanceof HTMLElement) || !e.textContent?.trim() || !e.getClientRects().length)
      continue;
    const s = getComputedStyle(e);
    if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
    if (scrolls(s) || !seen(e.getBoundingClientRect(), e, host)) continue;
    const clamped = s.webkitLineClamp !== 'none' || s.textOverflow === 'ellipsis';
    if (fit && (clamped || e.matches('.card'))) continue;
    const dx = e.scrollWidth - e.clientWidth;
    const dy = e.scrollHeight - e.clientHeight;
    if (dx > 1 || dy > 1)
      found.push(`${name(e)} hides ${dx}×${dy} px of “${e.textContent.trim().slice(0, 30)}”`);
  }
  return found;
}

/**
 * Lines of text drawn over one another (more than a pixel each way), or out of the host's box
 * onto the page around it.
 */
function overlapping(host: Element): string[] {
  const box = host.getBoundingClientRect();
  const all = lines(host.shadowRoot as ShadowRoot, host).filter(
    (l) => l.shown.width && l.shown.height,
  );
  const found: string[] = [];
  for (const l of all)
    if (!l.scrolled && !within(l.shown, box))
      found.push(`“${l.text}” at ${at(l.shown, box)} out of ${at(box, box)}`);
  all.forEach((a, i) => {
    for (const b of all.slice(i + 1)) {
      // A tooltip has its own surface, over the map and its labels.
      if (a.node === b.node || a.tip !== b.tip) continue;
      const w = Math.min(a.shown.right, b.shown.right) - Math.max(a.shown.left, b.shown.left);
      const h = Math.min(a.shown.bottom, b.shown.bottom) - Math.max(a.shown.top, b.shown.top);
      if (w > 1 && h > 1)
        found.push(`“${a.text}” at ${at(a.shown, box)} over “${b.text}” at ${at(b.shown, box)}`);
    }
  });
  return found;
}

/** The value and status: drawn, each line whole and inside the host (or in a box that scrolls). */
function missing(host: Element, must: readonly string[]): string[] {
  const box = host.getBoundingClientRect();
  const found: string[] = [];
  for (const sel of must) {
    const parts = [...(host.shadowRoot?.querySelectorAll(sel) ?? [])];
    const drawn = parts.flatMap((p) => lines(p, host));
    if (!drawn.length) found.push(`${sel}: nothing seen`);
    for (const l of drawn) {
      const whole =
        Math.abs(l.shown.width - l.r.width) < 0.5 && Math.abs(l.shown.height - l.r.height) < 0.5;
      if (!whole || !(l.scrolled || within(l.r, box)))
        found.push(
          `${sel} “${l.text}” at ${at(l.r, box)}, seen ${at(l.shown, box)} in ${at(box, box)}`,
        );
    }
  }
  return found;
}

/** Until the element has drawn what it loads (the map's provinces, the chart's canvas). */
async function ready(el: Updating): Promise<void> {
  const drawn: Record<string, string> = {
    'cds-province-map': 'path.province',
    'cds-trend-chart': 'canvas[data-drawn]',
  };
  const selector = drawn[el.localName];
  for (let i = 0; i < 200 && selector && !el.shadowRoot?.querySelector(selector); i++)
    await new Promise((r) => setTimeout(r, 25));
  await frames();
  await el.updateComplete;
}

const frames = (): Promise<void> =>
  new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

describe('WCAG 1.4.12 text spacing', () => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  const pageRule = document.createElement('style');
  pageRule.textContent = TEXT_SPACING;
  let data: unknown;
  before(async () => {
    data = await loadSeed('merged.json');
  });
  afterEach(() => pageRule.remove());

  /** The case in each language and tile: what the spacing breaks. */
  async function check(c: Case): Promise<string[]> {
    const found: string[] = [];
    for (const lang of ['vi', 'en'])
      for (const [w, h] of c.tiles) {
        const tile = await fixture<HTMLDivElement>(
          html`<div lang=${lang} style="width: ${w}px"></div>`,
        );
        if (h) tile.style.height = `${h}px`;
        const el = document.createElement(c.tag) as Updating & Record<string, unknown>;
        for (const [k, v] of Object.entries(c.attrs)) el.setAttribute(k, v);
        if (h) el.style.height = '100%';
        el[c.prop] = data;
        tile.append(el);
        await ready(el);
        document.head.append(pageRule);
        spaceText(el, sheet);
        // Resize observers (the map's badges, the table's widths) see the new sizes.
        await frames();
        await el.updateComplete;
        await frames();
        if (c.focus) {
          // After the spacing, as a reader moves to it: the tooltip is measured as it opens.
          (el.shadowRoot?.querySelector(`path[data-code="${c.focus}"]`) as SVGElement).focus();
          await el.updateComplete;
          await frames();
        }
        const where = `${lang} ${w}${h ? `×${h}` : ''}`;
        // Inside as on the page: each box's own spacing, from its own text size.
        const unspaced = [el, ...allIn(el.shadowRoot as ShadowRoot)].find((e) => {
          const s = getComputedStyle(e);
          const size = parseFloat(s.fontSize);
          return (
            Math.abs(parseFloat(s.lineHeight) - 1.5 * size) > 0.1 ||
            Math.abs(parseFloat(s.letterSpacing) - 0.12 * size) > 0.1
          );
        });
        if (unspaced) found.push(`${where}: no spacing on ${name(unspaced)}`);
        for (const p of [...clipped(el, !!h), ...overlapping(el), ...missing(el, c.must)])
          found.push(`${where}: ${p}`);
        pageRule.remove();
      }
    return found;
  }

  for (const c of CASES)
    it(`<${c.tag}> ${Object.entries(c.attrs)
      .map(([k, v]) => (v ? `${k}=${v}` : k))
      .join(' ')}: no text clipped or over other text, its value and status whole`, async () => {
      expect(await check(c)).to.deep.equal([]);
    });
});
