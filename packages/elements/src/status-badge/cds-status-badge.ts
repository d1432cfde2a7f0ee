import { defineElement } from '../base/define.js';
import { CdsStatusBadge } from './status-badge.js';

defineElement('cds-status-badge', CdsStatusBadge);

declare global {
  interface HTMLElementTagNameMap {
    'cds-status-badge': CdsStatusBadge;
  }
}

export { CdsStatusBadge };
