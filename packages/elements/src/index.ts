/**
 * Element classes and helpers, without registering any tag. Import `./define-all.js` or a
 * single `./<name>/cds-<name>.js` to register.
 */
export { CdsElement } from './base/cds-element.js';
export { CdsIndicatorElement } from './base/indicator-source.js';
export { DataController, type DataState } from './base/data-controller.js';
export { defineElement } from './base/define.js';
export { clearFetchCache } from './base/fetch-json.js';
export { CdsErrorEvent } from './events/cds-error-event.js';
export { CdsWarningEvent } from './events/cds-warning-event.js';
export { CdsStatusBadge } from './status-badge/status-badge.js';
export { CdsTrendChart } from './trend-chart/trend-chart.js';
export { CdsIndicatorCard } from './indicator-card/indicator-card.js';
export { CdsProvinceMap } from './province-map/province-map.js';
export {
  CdsProvinceSelectEvent,
  type ProvinceSelection,
} from './events/cds-province-select-event.js';
export { CdsKpiGauge } from './kpi-gauge/kpi-gauge.js';
export { CdsTargetTable } from './target-table/target-table.js';
