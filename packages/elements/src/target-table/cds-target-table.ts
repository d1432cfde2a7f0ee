import { defineElement } from '../base/define.js';
import { CdsTargetTable } from './target-table.js';

defineElement('cds-target-table', CdsTargetTable);

declare global {
  interface HTMLElementTagNameMap {
    'cds-target-table': CdsTargetTable;
  }
}

export { CdsTargetTable };
// The events it fires, typed for `addEventListener` without an import from the package root.
export type { CdsErrorEvent } from '../events/cds-error-event.js';
