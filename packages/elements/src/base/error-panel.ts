import { html, type TemplateResult } from 'lit';
import { coreMessages, type DataError, type Locale } from '@cds-vn/core';

/** The panel every element shows instead of a blank when its data is bad. Text only: never HTML. */
export function renderErrorPanel(errors: readonly DataError[], locale: Locale): TemplateResult {
  const m = coreMessages[locale];
  return html`<div class="cds-error" role="alert" part="error">
    <strong>⚠ ${m.errorTitle}</strong>
    <ul>
      ${errors.slice(0, 20).map((e) => html`<li>${e.message[locale]}</li>`)}
      ${errors.length > 20 ? html`<li>… (+${errors.length - 20})</li>` : null}
    </ul>
  </div>`;
}

export function renderPlaceholder(text: string): TemplateResult {
  return html`<div class="cds-placeholder" part="placeholder" role="status">${text}</div>`;
}
