// Single elements, registered before Angular bootstraps, so bindings set objects as properties.
import '@cds-vn/elements/kpi-gauge.js';
import '@cds-vn/elements/province-map.js';
import type { CdsErrorEvent, CdsKpiGauge } from '@cds-vn/elements';
import {
  Component,
  computed,
  CUSTOM_ELEMENTS_SCHEMA,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';

declare global {
  interface Window {
    __events: { type: string; id: string; code: string }[];
    __update: () => void;
  }
}
window.__events = [];

@Component({
  selector: 'app-root',
  // cds-* tags are custom elements, not Angular components.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <cds-kpi-gauge id="gauge" variant="ring" [indicator]="gauge()"></cds-kpi-gauge>
    <cds-kpi-gauge id="bad-gauge" [indicator]="bad" (cds-error)="record($event)"></cds-kpi-gauge>
    <div style="width: 560px">
      <cds-province-map
        id="map"
        boundaries="vn-63"
        name="Chỉ số DTI"
        unit="index"
        [data]="regional"
        (cds-province-select)="record($event)"
      ></cds-province-map>
    </div>
    <output id="heard">{{ heard().join(' ') }}</output>
  `,
})
class App {
  readonly value = signal(54.34);
  // A new object only when the value changes: the element parses what it is given.
  readonly gauge = computed(() => ({
    name: 'Tỷ lệ hồ sơ xử lý trực tuyến',
    value: this.value(),
    target: 50,
    unit: '%',
    period: '2022',
  }));
  readonly bad = { name: 'Sai', value: 'nhiều' };
  readonly regional = { '01': 0.81, '79': 0.72, '48': 0.8 };
  readonly heard = signal<string[]>([]);

  constructor() {
    window.__update = () => this.value.set(61.2);
  }

  record(e: Event): void {
    const target = e.target as HTMLElement;
    const code = (e as CdsErrorEvent).code ?? '';
    window.__events.push({ type: e.type, id: target.id, code });
    this.heard.update((h) => [...h, `${e.type}@${target.id}`]);
  }
}

// The types travel with the package: a gauge's properties are typed in an app's own code.
export const gaugeValue = (el: CdsKpiGauge): unknown => el.indicator;

bootstrapApplication(App, { providers: [provideZonelessChangeDetection()] }).catch((e: unknown) =>
  console.error(e),
);
