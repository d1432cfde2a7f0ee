import { css, type CSSResult } from 'lit';

/**
 * A host that lays itself out by its own width (container queries), not the viewport's. A size
 * container has no width from its content: where a layout asks for one (a flex row without
 * widths, inline-block), it is `em` base sizes, never wider than its container. Safari 16 has
 * container queries but not contain-intrinsic-inline-size, so there each element in a flex row
 * had no width at all: the flex basis stands in (in a column, it is a height to start from).
 */
export const sizeContainer = (em: number): CSSResult => css`
  :host {
    container-type: inline-size;
    contain-intrinsic-inline-size: calc(${em} * var(--cds-rem));
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  @supports not (contain-intrinsic-inline-size: 1px) {
    :host {
      flex-basis: calc(${em} * var(--cds-rem));
    }
  }
`;
