// Type-checked alone (tsconfig.single.json): only single elements' modules, nothing from the
// package root, so their events must be typed by what these modules bring.
import '@cds-vn/elements/kpi-gauge.js';
import '@cds-vn/elements/province-map.js';
import type { CdsErrorEvent } from '@cds-vn/elements/kpi-gauge.js';

const gauge = document.createElement('cds-kpi-gauge');
gauge.addEventListener('cds-error', (e) => {
  const path: string = e.path;
  const typed: CdsErrorEvent = e;
  return [path, typed.code];
});

const map = document.createElement('cds-province-map');
map.addEventListener('cds-province-select', (e) => [e.code, e.name, e.categories]);
map.addEventListener('cds-warning', (e) => e.warnings.map((w) => w.message.vi));
// @ts-expect-error: a cds-error event has no `warnings`; an error here proves the typing is in use.
map.addEventListener('cds-error', (e) => e.warnings);
