import { defineElement } from '../base/define.js';
import { CdsTargetTable } from './target-table.js';

defineElement('cds-target-table', CdsTargetTable);

declare global {
  interface HTMLElementTagNameMap {
    'cds-target-table': CdsTargetTable;
  }
}

export { CdsTargetTable };
