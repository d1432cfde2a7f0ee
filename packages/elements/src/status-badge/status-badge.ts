import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  VERDICT_SYMBOL,
  VERDICT_TONE,
  coreMessages,
  evaluate,
  type StatusResult,
} from '@cds-vn/core';
import { CdsIndicatorElement } from '../base/indicator-source.js';
import { renderPlaceholder } from '../base/error-panel.js';
import { statusBadgeStyles } from './status-badge.styles.js';

/**
 * @tagname cds-status-badge
 * @summary An indicator's status against its target, as a symbol and a word ("✓ Đạt"), with the
 * explanation a person can check. The smallest element: it proves the data pipeline end to end.
 *
 * @csspart badge - The pill with symbol and word.
 * @csspart explanation - The explanation text.
 * @csspart error - The error panel shown for bad data.
 * @cssprop --cds-status-badge-positive - Colour of good verdicts (default `--cds-color-positive`).
 * @cssprop --cds-status-badge-caution - Colour of at-risk / late verdicts.
 * @cssprop --cds-status-badge-negative - Colour of failed / overdue verdicts.
 * @cssprop --cds-status-badge-neutral - Colour of no-data / no-target.
 * @fires cds-error - The data could not be shown; carries code, message and path.
 */
export class CdsStatusBadge extends CdsIndicatorElement {
  static override styles = [...CdsIndicatorElement.styles, statusBadgeStyles];
  // Static properties, not decorators: see CdsIndicatorElement.
  static override get properties(): PropertyDeclarations {
    return {
      detailed: { type: Boolean, reflect: true },
    };
  }

  /** Show the explanation under the badge; otherwise it is read by screen readers only. */
  detailed = false;

  protected status: StatusResult | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.status = this.current
      ? evaluate(this.current, {
          ...(this.period && { period: this.period }),
          ...(this.asOf && { asOf: this.asOf }),
        })
      : undefined;
  }

  protected override renderContent(): unknown {
    const m = coreMessages[this.locale];
    if (this.dataState.kind === 'loading') return renderPlaceholder(m.loading);
    if (!this.status) return renderPlaceholder(m.noData);
    const { verdict, explanation } = this.status;
    return html`<span class="badge ${VERDICT_TONE[verdict]}" part="badge" data-verdict=${verdict}
        ><span aria-hidden="true">${VERDICT_SYMBOL[verdict]}</span> ${m.verdict(verdict)}</span
      ><span class=${this.detailed ? 'explanation' : 'sr-only'} part="explanation"
        >${explanation[this.locale]}</span
      >`;
  }
}
