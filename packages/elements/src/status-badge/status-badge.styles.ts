import { css } from 'lit';

export const statusBadgeStyles = css`
  :host {
    display: inline-block;
    /* A badge sits in running text (a sentence, a table cell), so it follows that text's size,
       where the other elements start from the reader's default size. */
    font-size: var(--cds-font-size, 1em);
    --_badge-positive: var(--cds-status-badge-positive, var(--_positive));
    --_badge-caution: var(--cds-status-badge-caution, var(--_caution));
    --_badge-negative: var(--cds-status-badge-negative, var(--_negative));
    --_badge-neutral: var(--cds-status-badge-neutral, var(--_neutral));
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.1em 0.55em;
    border: 1.5px solid currentColor;
    /* A pill on one line (1.1em is over half its height); its words wrap inside the outline,
       with rounded corners, only in a box too narrow for them. */
    border-radius: 1.1em;
    font-size: calc(0.875 * var(--cds-rem));
    font-weight: 600;
    line-height: 1.5;
  }
  .positive {
    color: var(--_badge-positive);
  }
  .caution {
    color: var(--_badge-caution);
  }
  .negative {
    color: var(--_badge-negative);
  }
  .neutral {
    color: var(--_badge-neutral);
  }
  .explanation {
    display: block;
    margin-top: calc(0.25 * var(--cds-rem));
    font-size: calc(0.8125 * var(--cds-rem));
    color: var(--_text-muted);
  }
  @media (forced-colors: active) {
    .badge {
      color: CanvasText;
      border-color: CanvasText;
    }
  }
`;
