import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DatasetInput } from '@cds-vn/core';
import '@cds-vn/elements/kpi-gauge/cds-kpi-gauge.js';
import report2022h1 from '../seeds/bc-2022-08.json';
import report2022end from '../seeds/bc-2022-12-28.json';
import report2023 from '../seeds/bc-2023-02-25.json';
import report2023end from '../seeds/bc-2023-12.json';
import report2024 from '../seeds/bc-2024-04.json';
import { mergeDatasets } from '../seeds/merge.js';

/**
 * Every report's figures joined by indicator id. The status engine only counts a figure once its
 * report was out at `as-of`, so one merged dataset can show each report's point of view.
 */
const allReports = mergeDatasets(
  [report2022h1, report2022end, report2023, report2023end, report2024].map(
    (d) => d as unknown as DatasetInput,
  ),
);

interface Args {
  indicatorId: string;
  variant: 'semi' | 'ring' | 'bullet';
  period: string;
  asOf: string;
  width: number;
  label: string;
  min: string;
  max: string;
}

const gauge = (a: Args) =>
  html`<div style="inline-size: ${a.width}px">
    <cds-kpi-gauge
      .indicator=${allReports}
      indicator-id=${a.indicatorId}
      variant=${a.variant}
      period=${ifDefined(a.period || undefined)}
      as-of=${ifDefined(a.asOf || undefined)}
      label=${ifDefined(a.label || undefined)}
      min=${ifDefined(a.min || undefined)}
      max=${ifDefined(a.max || undefined)}
    ></cds-kpi-gauge>
  </div>`;

const meta: Meta<Args> = {
  title: 'Elements/cds-kpi-gauge',
  component: 'cds-kpi-gauge',
  args: {
    indicatorId: 'ho-so-xu-ly-truc-tuyen',
    variant: 'semi',
    period: '2022',
    asOf: '2023-02-25',
    width: 320,
    label: '',
    min: '',
    max: '',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['semi', 'ring', 'bullet'] },
    width: { control: { type: 'range', min: 120, max: 600, step: 10 } },
  },
  render: gauge,
};
export default meta;

type Story = StoryObj<Args>;

/** 2022 result against the 2022 target (bc-2023-02-25, table a). */
export const Achieved: Story = {};

/** Open data: 11,8% against ≥ 50% (bc-2023-02-25, table a, part II). */
export const NotAchieved: Story = {
  args: { indicatorId: 'du-lieu-mo' },
};

/** The 2023 target (> 60%) as of the report's date: the trend through H1 and 2022 reaches it. */
export const OnTrack: Story = {
  args: { period: '2023' },
};

/** Smartphones as the H1-2022 report saw it: 70,91% and a flat trend against ≥ 85%. */
export const AtRisk: Story = {
  args: { indicatorId: 'dan-so-dien-thoai-thong-minh', period: '', asOf: '2022-08' },
};

/** A Đề án 06 milestone due in December 2023, with no completion reported by April 2024. */
export const Overdue: Story = {
  args: { indicatorId: 'luat-can-cuoc-cong-dan-sua-doi', period: '', asOf: '2024-04' },
};

/** Online reports: the H1-2022 table prints "–" for the six months. */
export const NoData: Story = {
  args: { indicatorId: 'bao-cao-truc-tuyen', period: '', asOf: '2022-08' },
};

/** Every variant side by side: half circle, ring and bar. */
export const Variants: Story = {
  render: (a) =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: start">
      ${gauge({ ...a, variant: 'semi', width: 260 })}
      ${gauge({ ...a, variant: 'ring', width: 260 })}
      ${gauge({ ...a, variant: 'bullet', width: 360 })}
    </div>`,
};

/** Bars for a dense layout: the 2022 headline table of bc-2023-02-25. */
export const BulletTable: Story = {
  args: { variant: 'bullet', width: 420 },
  render: (a) =>
    html`<div style="display: grid; gap: 1rem; inline-size: ${a.width}px">
      ${(report2023.tables[0]?.indicators ?? []).map(
        (id) =>
          html`<cds-kpi-gauge
            .indicator=${allReports}
            indicator-id=${id}
            variant="bullet"
            period="2022"
            as-of="2023-02-25"
          ></cds-kpi-gauge>`,
      )}
    </div>`,
};

/** Cyber attacks: lower is better, so the rise since 2021 shows as bad news. */
export const LowerIsBetter: Story = {
  args: { indicatorId: 'tan-cong-mang', variant: 'bullet', width: 420 },
};

/** Đề án 06 essential services on the national portal: 21 of 25 in 2022. */
export const CountAgainstTotal: Story = {
  args: { indicatorId: 'dvc-thiet-yeu-de-an-06', variant: 'ring', width: 240 },
};

/** The national digital-transformation index: 0,71 in 2022, on a 0–1 scale. */
export const Index: Story = {
  args: { indicatorId: 'chi-so-chuyen-doi-so-quoc-gia', asOf: '2023-12' },
};

/** The 2023 index is a forecast (0,75): said in words, and drawn fainter. */
export const Forecast: Story = {
  args: { indicatorId: 'chi-so-chuyen-doi-so-quoc-gia', period: '', asOf: '2023-12' },
};

/** A forecast that meets its target: e-commerce in retail, 7,5% against ≥ 7%. */
export const ForecastAgainstTarget: Story = {
  args: { indicatorId: 'thuong-mai-dien-tu-ban-le' },
};

/** Large numbers: NDXP handles about 2,8 million transactions a day (April 2024). */
export const LargeNumber: Story = {
  args: { indicatorId: 'ndxp-giao-dich-binh-quan-ngay', period: '', asOf: '2024-04' },
};

/** Vietnamese and English side by side, whatever the toolbar says. */
export const Languages: Story = {
  render: (a) =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 1.5rem">
      <div lang="vi">${gauge(a)}</div>
      <div lang="en">${gauge(a)}</div>
    </div>`,
};

/** `theme="dark"` paints the dark surface on any page; the toolbar's theme sets the page. */
export const Dark: Story = {
  render: (a) =>
    html`<div style="inline-size: ${a.width}px">
      <cds-kpi-gauge
        theme="dark"
        .indicator=${allReports}
        indicator-id=${a.indicatorId}
        variant=${a.variant}
        period=${ifDefined(a.period || undefined)}
        as-of=${ifDefined(a.asOf || undefined)}
      ></cds-kpi-gauge>
    </div>`,
};

/** From 120 to 600 px: small sizes keep value and status and fold the explanation away. */
export const Sizes: Story = {
  render: (a) =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 1rem; align-items: start">
      ${[120, 180, 240, 360, 600].map((width) => gauge({ ...a, width }))}
    </div>`,
};

/** No JSON at all: `label`, `value`, `target` and `unit` attributes. */
export const PlainAttributes: Story = {
  render: (a) =>
    html`<div style="inline-size: ${a.width}px">
      <cds-kpi-gauge
        label="Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến"
        value="54.34"
        target="50"
        unit="%"
        period="2022"
        variant=${a.variant}
      ></cds-kpi-gauge>
    </div>`,
};

/** A custom title and a footer through slots. */
export const Slots: Story = {
  render: (a) =>
    html`<div style="inline-size: ${a.width}px">
      <cds-kpi-gauge
        .indicator=${allReports}
        indicator-id=${a.indicatorId}
        period="2022"
        as-of="2023-02-25"
      >
        <span slot="title">Hồ sơ TTHC xử lý trực tuyến</span>
        <small slot="footer">Nguồn: Báo cáo tóm tắt Chuyển đổi số quốc gia, 25/02/2023</small>
      </cds-kpi-gauge>
    </div>`,
};

/** A gauge with exactly these attributes, as a CMS would write them (even invalid ones). */
function gaugeWith(attributes: Record<string, string>, indicator?: object): HTMLElement {
  const el = document.createElement('cds-kpi-gauge');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (indicator) el.indicator = indicator;
  return el;
}

/** Every bad input: each shows the error panel in the page's language and fires cds-error. */
export const Errors: Story = {
  render: () => {
    const cases: [string, HTMLElement][] = [
      ['JSON không hợp lệ', gaugeWith({ indicator: '{"name": "x", value: 5}' })],
      ['value không phải số', gaugeWith({ label: 'Tỷ lệ', value: 'abc', target: '50', unit: '%' })],
      ['Dấu phẩy thập phân', gaugeWith({ label: 'Tỷ lệ', value: '54,34', unit: '%' })],
      ['NaN', gaugeWith({ label: 'Tỷ lệ', value: 'NaN', unit: '%' })],
      ['Thiếu giá trị', gaugeWith({ label: 'Tỷ lệ', value: '', target: '50', unit: '%' })],
      ['null trong JSON', gaugeWith({ indicator: '{"name":"Tỷ lệ","value":null,"target":50}' })],
      [
        'Chuỗi thay cho số (JSON)',
        gaugeWith({ indicator: '{"name":"Tỷ lệ","value":"54,34","target":50,"unit":"%"}' }),
      ],
      ['Đơn vị không hỗ trợ', gaugeWith({ label: 'Tốc độ', value: '79.95', unit: 'km/h' })],
      [
        'min ≥ max',
        gaugeWith({ label: 'Tốc độ', value: '79.95', unit: 'Mbps', min: '100', max: '50' }),
      ],
      ['min không phải số', gaugeWith({ label: 'Tốc độ', value: '79.95', min: 'zero' })],
      ['Thiếu label', gaugeWith({ value: '54.34', target: '50', unit: '%' })],
      ['variant lạ', gaugeWith({ label: 'Tỷ lệ', value: '54.34', unit: '%', variant: 'pie' })],
      [
        'Kỳ không hợp lệ',
        gaugeWith({ 'indicator-id': 'du-lieu-mo', period: '2022-13' }, allReports),
      ],
      ['indicator-id không có', gaugeWith({ 'indicator-id': 'khong-co' }, allReports)],
    ];
    return html`<div
      style="display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 1rem"
    >
      ${cases.map(
        ([title, el]) =>
          html`<section>
            <h4>${title}</h4>
            ${el}
          </section>`,
      )}
    </div>`;
  },
};
