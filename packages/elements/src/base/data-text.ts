import { html, type TemplateResult } from 'lit';
import { foreignLang, localize, type Locale, type Text } from '@cds-vn/core';

/**
 * A text from the data in the page's language, or, when the data gives it only in Vietnamese on
 * an English page, marked `lang="vi"` so a screen reader reads it with a Vietnamese voice.
 */
export function dataText(text: Text | undefined, locale: Locale): TemplateResult | string {
  const lang = foreignLang(text, locale);
  return lang ? html`<span lang=${lang}>${localize(text, locale)}</span>` : localize(text, locale);
}
