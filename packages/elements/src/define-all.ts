/** Registers every element. */
import './status-badge/cds-status-badge.js';
import './trend-chart/cds-trend-chart.js';
import './indicator-card/cds-indicator-card.js';
import './province-map/cds-province-map.js';
import './kpi-gauge/cds-kpi-gauge.js';
import './target-table/cds-target-table.js';
