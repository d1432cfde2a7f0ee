import { defineElement } from '../base/define.js';
import { CdsKpiGauge } from './kpi-gauge.js';

defineElement('cds-kpi-gauge', CdsKpiGauge);

declare global {
  interface HTMLElementTagNameMap {
    'cds-kpi-gauge': CdsKpiGauge;
  }
}

export { CdsKpiGauge };
