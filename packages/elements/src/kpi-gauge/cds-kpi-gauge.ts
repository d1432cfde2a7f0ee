import { defineElement } from '../base/define.js';
import { CdsKpiGauge } from './kpi-gauge.js';

defineElement('cds-kpi-gauge', CdsKpiGauge);

declare global {
  interface HTMLElementTagNameMap {
    'cds-kpi-gauge': CdsKpiGauge;
  }
}

export { CdsKpiGauge };
// The events it fires, typed for `addEventListener` without an import from the package root.
export type { CdsErrorEvent } from '../events/cds-error-event.js';
