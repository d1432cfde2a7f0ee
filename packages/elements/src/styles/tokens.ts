import { css } from 'lit';

/**
 * Global design tokens. Every element reads `--cds-*` globals through its own
 * `--cds-<element>-*` tokens. Colours use light-dark(), so a page's `color-scheme` (or an
 * element's `theme="dark"`) switches the whole palette; status colours meet WCAG AA for text
 * on the surface colour in both schemes.
 */
export const tokens = css`
  :host {
    color-scheme: inherit;
    --_font: var(
      --cds-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      sans-serif
    );
    --_text: var(--cds-color-text, light-dark(#1b1f24, #e8eaed));
    --_text-muted: var(--cds-color-text-muted, light-dark(#4d5560, #b4bac3));
    --_surface: var(--cds-color-surface, light-dark(#ffffff, #16191d));
    --_surface-alt: var(--cds-color-surface-alt, light-dark(#f3f5f7, #22262b));
    --_border: var(--cds-color-border, light-dark(#c9cfd6, #434a53));
    --_accent: var(--cds-color-accent, light-dark(#0b5cad, #7db4ee));
    --_focus: var(--cds-color-focus, light-dark(#0b5cad, #9cc7f5));
    --_positive: var(--cds-color-positive, light-dark(#17663a, #6fd39a));
    --_caution: var(--cds-color-caution, light-dark(#8a5100, #f2b552));
    --_negative: var(--cds-color-negative, light-dark(#b3261e, #ff8f87));
    --_neutral: var(--cds-color-neutral, light-dark(#5c636d, #a3aab4));
    --_radius: var(--cds-radius, 6px);
    color: var(--_text);
    /* The base size is the reader's default text size, not the page's root size: many portals
       set html { font-size: 10px } (Bootstrap 3, the 62.5% trick), which made every rem 10 px.
       Sizes inside are multiples of --cds-rem, this size computed here (registered as a
       length in base/base-size.ts, so it does not compound as em would). The shorthand also
       resets the style, weight, variant and line height a page's text would hand down. */
    font: var(--cds-font-size, medium) var(--_font);
    --cds-rem: 1em;
    /* The rest of the page's inherited text settings (a centred, spaced, upper-case or nowrap
       parent) stop here too; set them on the element itself to change them. */
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: normal;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  /* Paper is white: a dark-themed widget prints in the light palette. */
  @media print {
    :host {
      color-scheme: light !important;
    }
  }
`;

/** Visually hidden but read by screen readers. */
export const srOnly = css`
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
