import { css } from 'lit';

export const statusBadgeStyles = css`
  :host {
    display: inline-block;
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
    border-radius: 999px;
    font-size: 0.875rem;
    font-weight: 600;
    line-height: 1.5;
    white-space: nowrap;
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
    margin-top: 0.25rem;
    font-size: 0.8125rem;
    color: var(--_text-muted);
  }
  @media (forced-colors: active) {
    .badge {
      color: CanvasText;
      border-color: CanvasText;
    }
  }
`;
