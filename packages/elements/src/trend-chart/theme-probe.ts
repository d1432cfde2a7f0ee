import { html, type TemplateResult } from 'lit';

/**
 * A canvas cannot read CSS, and `getComputedStyle` returns a custom property's text
 * (`light-dark(#0b5cad, #7db4ee)`), not a colour. So each token is applied as `color` to a
 * hidden probe and read back resolved, at draw time. The probes also carry a tiny colour
 * transition: whatever changes a token's value (the element's `theme`, the page's
 * `color-scheme`, a class on an ancestor, the OS setting, forced colours) starts a transition,
 * and its `transitionend` event (when the new colour is final) is the signal to redraw.
 */
export const COLOR_TOKENS = [
  'series-1',
  'series-2',
  'series-3',
  'series-4',
  'series-5',
  'series-6',
  'text',
  'text-muted',
  'grid',
  'surface',
  'target',
] as const;

export type ColorToken = (typeof COLOR_TOKENS)[number];
export type ChartColors = Readonly<Record<ColorToken, string>>;

/** `print`: read the light palette, at once (no transition), for paper. */
export function renderProbes(onChange: () => void, print: boolean): TemplateResult {
  return html`<div
    class="probes"
    ?data-print=${print}
    aria-hidden="true"
    @transitionend=${onChange}
  >
    ${COLOR_TOKENS.map((t) => html`<span class="probe probe-${t}"></span>`)}
  </div>`;
}

/** Reads every token as a resolved colour (`rgb(…)`), from the probes under `root`. */
export function readColors(root: ParentNode): ChartColors {
  const out = {} as Record<ColorToken, string>;
  for (const t of COLOR_TOKENS) {
    const probe = root.querySelector(`.probe-${t}`);
    out[t] = probe ? getComputedStyle(probe).color : '#000';
  }
  return out;
}

export function colorsKey(c: ChartColors): string {
  return COLOR_TOKENS.map((t) => c[t]).join('|');
}
