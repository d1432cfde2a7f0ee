import { html, type TemplateResult } from 'lit';

/**
 * A mark drawn for the eye and words said for it: speech skips or misreads "–", "<" and "≥"
 * (a Vietnamese voice reads "-" as "trừ", minus). `shown` carries the class `mark` for styling.
 */
export function spokenMark(shown: string, words: string): TemplateResult {
  return html`<span class="mark" aria-hidden="true">${shown}</span
    ><span class="sr-only">${words}</span>`;
}
