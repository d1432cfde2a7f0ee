/**
 * Frames for the theming stories: a light or dark page around the element, and a preview of
 * Windows' high-contrast "Night sky" palette through the public tokens.
 */
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

/** A light page, whatever the toolbar's theme: the element is told `theme="light"` too. */
export const lightFrame = (content: unknown): TemplateResult =>
  html`<div style="color-scheme: light; background: #ffffff; color: #1b1f24; padding: 1rem">
    ${content}
  </div>`;

/** A dark page: the element follows `color-scheme: dark` (or its own `theme="dark"`). */
export const darkFrame = (content: unknown): TemplateResult =>
  html`<div style="color-scheme: dark; background: #101214; color: #e8eaed; padding: 1rem">
    ${content}
  </div>`;

/**
 * Storybook cannot switch the operating system's forced-colours mode, so this frame shows what
 * the elements' own `@media (forced-colors: active)` rules do, through the public tokens, on
 * the colours of Windows' "Night sky" theme (Canvas black, CanvasText white, Highlight cyan,
 * GrayText green, LinkText yellow). To see the real thing, turn on forced colours in Chromium's
 * DevTools (Rendering › Emulate CSS media feature forced-colors: active) or in Windows.
 */
export const NIGHT_SKY = {
  Canvas: '#000000',
  CanvasText: '#ffffff',
  Highlight: '#1aebff',
  GrayText: '#3ff23f',
  LinkText: '#ffff00',
} as const;

const NIGHT_SKY_GLOBALS: Readonly<Record<string, string>> = {
  '--cds-color-text': NIGHT_SKY.CanvasText,
  '--cds-color-text-muted': NIGHT_SKY.CanvasText,
  '--cds-color-surface': NIGHT_SKY.Canvas,
  '--cds-color-surface-alt': NIGHT_SKY.Canvas,
  '--cds-color-border': NIGHT_SKY.CanvasText,
  '--cds-color-accent': NIGHT_SKY.LinkText,
  '--cds-color-focus': NIGHT_SKY.Highlight,
  // Forced colours drop status hues: the symbol and the word carry the status.
  '--cds-color-positive': NIGHT_SKY.CanvasText,
  '--cds-color-caution': NIGHT_SKY.CanvasText,
  '--cds-color-negative': NIGHT_SKY.CanvasText,
  '--cds-color-neutral': NIGHT_SKY.CanvasText,
};

export const forcedColoursFrame = (
  content: unknown,
  elementTokens: Readonly<Record<string, string>> = {},
): TemplateResult =>
  html`<div
    style=${styleMap({
      colorScheme: 'dark',
      background: NIGHT_SKY.Canvas,
      color: NIGHT_SKY.CanvasText,
      padding: '1rem',
      border: `1px solid ${NIGHT_SKY.CanvasText}`,
      ...NIGHT_SKY_GLOBALS,
      ...elementTokens,
    })}
  >
    ${content}
  </div>`;

/** The accessibility notes shown under an element in its "Accessibility notes" story. */
export const a11yNotes = (items: readonly TemplateResult[]): TemplateResult =>
  html`<section
    aria-label="Ghi chú khả năng tiếp cận / Accessibility notes"
    style="margin-top: 1.5rem; max-width: 48rem; font: 0.9375rem/1.55 system-ui, sans-serif; border-top: 1px solid #c9cfd6; padding-top: 0.75rem"
  >
    <p style="margin: 0 0 0.5rem; font-weight: 600">Accessibility notes</p>
    <ul style="margin: 0; padding-left: 1.25rem">
      ${items.map((i) => html`<li>${i}</li>`)}
    </ul>
  </section>`;
