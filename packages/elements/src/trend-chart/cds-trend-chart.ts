import { defineElement } from '../base/define.js';
import { CdsTrendChart } from './trend-chart.js';

defineElement('cds-trend-chart', CdsTrendChart);

declare global {
  interface HTMLElementTagNameMap {
    'cds-trend-chart': CdsTrendChart;
  }
}

export { CdsTrendChart };
