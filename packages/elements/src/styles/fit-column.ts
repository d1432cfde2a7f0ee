import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * `fit` (a tile, a grid row of a set height): `box`, the element's outer box, becomes a column
 * as tall as the host, whose parts keep their height; the one part that gives way (the map's
 * drawing, the table's rows) shrinks by its own rule. Without a height, `100%` is nothing and
 * the column lays out as the block did.
 */
export const fitColumn = (box: string): CSSResult => css`
  :host([fit]) ${unsafeCSS(box)} {
    display: flex;
    flex-direction: column;
    height: 100%;
  }
  :host([fit]) ${unsafeCSS(box)} > * {
    flex-shrink: 0;
  }
`;
