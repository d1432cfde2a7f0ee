import { defineElement } from '../base/define.js';
import { CdsProvinceMap } from './province-map.js';

defineElement('cds-province-map', CdsProvinceMap);

declare global {
  interface HTMLElementTagNameMap {
    'cds-province-map': CdsProvinceMap;
  }
}

export { CdsProvinceMap };
