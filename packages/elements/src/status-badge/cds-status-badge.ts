import { defineElement } from '../base/define.js';
import { CdsStatusBadge } from './status-badge.js';

defineElement('cds-status-badge', CdsStatusBadge);

declare global {
  interface HTMLElementTagNameMap {
    'cds-status-badge': CdsStatusBadge;
  }
}

export { CdsStatusBadge };
// The events it fires, typed for `addEventListener` without an import from the package root.
export type { CdsErrorEvent } from '../events/cds-error-event.js';
