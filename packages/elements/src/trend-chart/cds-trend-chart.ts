import { defineElement } from '../base/define.js';
import { CdsTrendChart } from './trend-chart.js';

defineElement('cds-trend-chart', CdsTrendChart);

declare global {
  interface HTMLElementTagNameMap {
    'cds-trend-chart': CdsTrendChart;
  }
}

export { CdsTrendChart };
// The events it fires, typed for `addEventListener` without an import from the package root.
export type { CdsErrorEvent } from '../events/cds-error-event.js';
