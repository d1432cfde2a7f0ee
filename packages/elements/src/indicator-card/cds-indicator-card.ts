import { defineElement } from '../base/define.js';
import { CdsIndicatorCard } from './indicator-card.js';

defineElement('cds-indicator-card', CdsIndicatorCard);

declare global {
  interface HTMLElementTagNameMap {
    'cds-indicator-card': CdsIndicatorCard;
  }
}

export { CdsIndicatorCard };
// The events it fires, typed for `addEventListener` without an import from the package root.
export type { CdsErrorEvent } from '../events/cds-error-event.js';
