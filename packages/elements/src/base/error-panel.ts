import { html, type TemplateResult } from 'lit';
import { coreMessages, type DataError, type Locale } from '@cds-vn/core';

/** The panel every element shows instead of a blank when its data is bad. Text only: never HTML. */
export function renderErrorPanel(errors: readonly DataError[], locale: Locale): TemplateResult {
  const m = coreMessages[locale];
  // lang: the panel speaks the element's language, which need not be the page's.
  return html`<div class="cds-error" role="alert" part="error" lang=${locale}>
    <strong>⚠ ${m.errorTitle}</strong>
    <ul>
      ${errors.slice(0, 20).map((e) => html`<li>${e.message[locale]}</li>`)}
      ${errors.length > 20 ? html`<li>… (+${errors.length - 20})</li>` : null}
    </ul>
  </div>`;
}

/** `locale`: the element's language, which `text` is in (it need not be the page's). */
export function renderPlaceholder(text: string, locale: Locale): TemplateResult {
  // One line, so the placeholder's text has no stray whitespace.
  // prettier-ignore
  return html`<div class="cds-placeholder" part="placeholder" role="status" lang=${locale}>${text}</div>`;
}
