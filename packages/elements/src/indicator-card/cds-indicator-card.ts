import { defineElement } from '../base/define.js';
import { CdsIndicatorCard } from './indicator-card.js';

defineElement('cds-indicator-card', CdsIndicatorCard);

declare global {
  interface HTMLElementTagNameMap {
    'cds-indicator-card': CdsIndicatorCard;
  }
}

export { CdsIndicatorCard };
