// A Vite vanilla-TS app that imports two single elements. Only those two may be registered;
// the class import from the package root registers nothing; the element types reach the app.
import '@cds-vn/elements/kpi-gauge.js';
import '@cds-vn/elements/trend-chart.js';
import { CdsStatusBadge } from '@cds-vn/elements';
import type { CdsErrorEvent, CdsKpiGauge } from '@cds-vn/elements';

declare global {
  interface Window {
    __events: { type: string; id: string; code: string }[];
    __classImportRegistered: boolean;
  }
}

window.__events = [];
// A class export is usable (subclassing, instanceof) without registering its tag.
window.__classImportRegistered =
  typeof CdsStatusBadge !== 'function' || customElements.get('cds-status-badge') !== undefined;

const app = document.getElementById('app') as HTMLElement;

const gauge: CdsKpiGauge = document.createElement('cds-kpi-gauge');
gauge.id = 'gauge';
gauge.variant = 'ring';
gauge.indicator = {
  name: 'Tỷ lệ hồ sơ xử lý trực tuyến',
  value: 54.34,
  target: 50,
  unit: '%',
  period: '2022',
};
// @ts-expect-error: 'dial' is no variant; an error here proves the element's types are in use.
gauge.variant = 'dial';
gauge.variant = 'ring';

const bad = document.createElement('cds-kpi-gauge');
bad.id = 'bad-gauge';
bad.addEventListener('cds-error', (e: CdsErrorEvent) =>
  window.__events.push({ type: e.type, id: bad.id, code: e.code }),
);
bad.setAttribute('indicator', '{"name":"Sai","value":"nhiều"}');

const chart = document.createElement('cds-trend-chart');
chart.id = 'chart';
chart.noAnimation = true;
chart.style.width = '600px';
chart.indicator = {
  id: 'ndxp-giao-dich',
  name: 'Giao dịch qua NDXP',
  unit: 'count',
  observations: [
    { period: '2021', value: 180_000_000 },
    { period: '2022', value: 860_000_000 },
  ],
};

app.append(gauge, bad, chart);
