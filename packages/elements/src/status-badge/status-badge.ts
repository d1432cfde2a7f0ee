import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type CSSResultOrNative,
} from 'lit';
import {
  VERDICT_SYMBOL,
  VERDICT_TONE,
  coreMessages,
  evaluate,
  foreignLang,
  localize,
  verdictWords,
  withoutStop,
  type StatusResult,
} from '@cds-vn/core';
import { CdsShortFormElement } from '../base/short-form-element.js';
import { renderPlaceholder } from '../base/error-panel.js';
import { explanationBasis } from './explanation.js';
import { statusBadgeStyles } from './status-badge.styles.js';

/**
 * @tagname cds-status-badge
 * @summary An indicator's status against its target, as a symbol and a word ("✓ Đạt"), with the
 * explanation a person can check. The smallest element: it proves the data pipeline end to end.
 *
 * Data comes from the first of: the `indicator` property or JSON attribute (full or short
 * form); the `label`, `value`, `target`, `total`, `unit`, `direction` and `op` attributes, once
 * `value`, `target` or `total` is set, as on `<cds-kpi-gauge>`; an inline
 * `<script type="application/json">` child; `src` + `indicator-id`. With JSON data, those
 * attributes other than `label` are an error (the error panel and `cds-error`).
 *
 * @csspart badge - The pill with symbol and word.
 * @csspart explanation - The explanation: the figure against the target, and when.
 * @csspart error - The error panel shown for bad data.
 * @csspart placeholder - The loading or no-data message in place of the widget.
 * @cssprop --cds-status-badge-positive - Colour of good verdicts (default `--cds-color-positive`).
 * @cssprop --cds-status-badge-caution - Colour of at-risk / late verdicts.
 * @cssprop --cds-status-badge-negative - Colour of failed / overdue verdicts.
 * @cssprop --cds-status-badge-neutral - Colour of no-data / no-target.
 * @fires cds-error - The data or an attribute could not be used; `code`, `message` and `path`
 *   describe the first problem, and `errors` lists them all.
 */
export class CdsStatusBadge extends CdsShortFormElement {
  static override get styles(): CSSResultOrNative[] {
    return [...CdsShortFormElement.styles, statusBadgeStyles];
  }
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
    const l = this.locale;
    const m = coreMessages[l];
    const wait = this.dataState.kind === 'loading';
    // `lang` on every top box: a screen reader picks its voice by it, whatever the page says.
    if (wait || !this.status) return renderPlaceholder(wait ? m.loading : m.noData, l);
    const { verdict } = this.status;
    const words = verdictWords(this.status, l);
    const basis = explanationBasis(this.status, l);
    // A task's own words, given only in Vietnamese, end the basis of an English badge: marked, so
    // a screen reader reads them with a Vietnamese voice ("Done; 21/25 dịch vụ công thiết yếu").
    const text = this.status.figure?.chosen.text;
    const quoted = withoutStop(localize(text, l));
    const own = foreignLang(text, l) && basis.endsWith(`; ${quoted}`) ? quoted : '';
    // The sentence break keeps "Đạt" from running into the figures that follow it.
    return html`<span
        class="badge ${VERDICT_TONE[verdict]}"
        part="badge"
        lang=${l}
        data-verdict=${verdict}
        ><span aria-hidden="true">${VERDICT_SYMBOL[verdict]}</span> ${words}</span
      ><span class=${this.detailed ? 'explanation' : 'sr-only'} part="explanation" lang=${l}
        ><span class="sr-only">. </span>${basis.slice(0, basis.length - own.length)}${
          own ? html`<span lang="vi">${own}</span>` : nothing
        }</span
      >`;
  }
}
