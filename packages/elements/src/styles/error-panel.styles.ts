import { css } from 'lit';

export const errorPanelStyles = css`
  .cds-error {
    box-sizing: border-box;
    border: 1px solid var(--_negative);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    padding: 0.5rem 0.75rem;
    font-size: 0.875rem;
    line-height: 1.4;
    /* Messages quote paths, URLs and typed values: long words break rather than run out. */
    overflow-wrap: anywhere;
  }
  .cds-error strong {
    color: var(--_negative);
  }
  .cds-error ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .cds-placeholder {
    color: var(--_text-muted);
    font-size: 0.875rem;
    padding: 0.5rem 0;
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
