import { css } from 'lit';

export const errorPanelStyles = css`
  .cds-error {
    box-sizing: border-box;
    border: 1px solid var(--_negative);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    padding: calc(0.5 * var(--cds-rem)) calc(0.75 * var(--cds-rem));
    font-size: calc(0.875 * var(--cds-rem));
    line-height: 1.4;
    /* Messages quote paths, URLs and typed values: long words break rather than run out. */
    overflow-wrap: anywhere;
  }
  .cds-error strong {
    color: var(--_negative);
  }
  .cds-error ul {
    margin: calc(0.25 * var(--cds-rem)) 0 0;
    padding-inline-start: calc(1.25 * var(--cds-rem));
  }
  .cds-placeholder {
    color: var(--_text-muted);
    font-size: calc(0.875 * var(--cds-rem));
    padding: calc(0.5 * var(--cds-rem)) 0;
  }
  @media (forced-colors: active) {
    .cds-error {
      border-color: CanvasText;
    }
    .cds-error strong {
      color: CanvasText;
    }
  }
`;
