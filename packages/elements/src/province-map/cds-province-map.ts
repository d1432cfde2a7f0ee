import { defineElement } from '../base/define.js';
import { CdsProvinceMap } from './province-map.js';

defineElement('cds-province-map', CdsProvinceMap);

declare global {
  interface HTMLElementTagNameMap {
    'cds-province-map': CdsProvinceMap;
  }
}

export { CdsProvinceMap };
// The events it fires, typed for `addEventListener` without an import from the package root.
export type { CdsErrorEvent } from '../events/cds-error-event.js';
export type { CdsProvinceSelectEvent } from '../events/cds-province-select-event.js';
export type { CdsWarningEvent } from '../events/cds-warning-event.js';
