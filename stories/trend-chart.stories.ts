import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { DatasetInput } from '@cds-vn/core';
import '@cds-vn/elements/trend-chart/cds-trend-chart.js';
import report2022h1 from '../seeds/bc-2022-08.json';
import report2022end from '../seeds/bc-2022-12-28.json';
import report2023 from '../seeds/bc-2023-02-25.json';
import report2023end from '../seeds/bc-2023-12.json';
import report2024 from '../seeds/bc-2024-04.json';
import { mergeDatasets } from '../seeds/merge.js';

/** Every report's figures joined by indicator id: one series per indicator across reports. */
const allReports = mergeDatasets(
  [report2022h1, report2022end, report2023, report2023end, report2024].map(
    (d) => d as unknown as DatasetInput,
  ),
);

/**
 * Cyber attacks are counted per period: the reports give 2021 and 2022 as years and 2024 as a
 * quarter. A quarter's count on a line of yearly counts would look like a collapse, so this
 * story keeps the yearly figures only.
 */
const yearlyAttacks: DatasetInput = {
  ...allReports,
  indicators: allReports.indicators
    .filter((i) => i.id === 'tan-cong-mang')
    .map((i) => ({
      ...i,
      observations: (i.observations ?? []).filter((o) => /^\d{4}$/.test(o.period)),
    })),
};

interface Args {
  indicatorIds: string;
  y2IndicatorIds: string;
  type: string;
  asOf: string;
  showTable: boolean;
  lang: string;
  theme: string;
}

const meta: Meta<Args> = {
  title: 'Elements/cds-trend-chart',
  component: 'cds-trend-chart',
  args: {
    indicatorIds: 'toc-do-bang-rong-co-dinh,toc-do-bang-rong-di-dong',
    y2IndicatorIds: '',
    type: 'line',
    asOf: '',
    showTable: false,
    lang: '',
    theme: '',
  },
  argTypes: {
    type: { control: 'inline-radio', options: ['line', 'bar'] },
    lang: { control: 'inline-radio', options: ['', 'vi', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (a) =>
    html`<div
      lang=${a.lang || undefined}
      style="max-width: 48rem; ${
        a.theme === 'dark' ? 'background: #101214; color: #e8eaed; padding: 1rem;' : ''
      }"
    >
      <cds-trend-chart
        .indicator=${allReports}
        indicator-ids=${a.indicatorIds || undefined}
        y2-indicator-ids=${a.y2IndicatorIds || undefined}
        type=${a.type || undefined}
        as-of=${a.asOf || undefined}
        theme=${a.theme || undefined}
        ?show-table=${a.showTable}
      ></cds-trend-chart>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Fixed and mobile broadband speed, first half and whole of 2022: one unit, one axis. */
export const BroadbandSpeed: Story = {};

/** NDXP transactions: 180 million (2021), 860 million (2022), and the 2024 target "> 860 million". */
export const NdxpTransactions: Story = {
  args: { indicatorIds: 'ndxp-giao-dich', type: 'bar', asOf: '2024-01' },
};

/** The national DX index, 0.48 → 0.71, and the 0.75 forecast for 2023 drawn hollow and dashed. */
export const DxIndexWithForecast: Story = {
  args: { indicatorIds: 'chi-so-chuyen-doi-so-quoc-gia' },
};

/**
 * Online dossiers across four reports: 2022-H1, 2022 (54.34 % in February 2023, with the
 * 52.8 % of December 2022 as a revision) and April 2024, with the 2022–2025 targets as steps.
 */
export const OnlineDossiersWithRevision: Story = {
  args: { indicatorIds: 'ho-so-xu-ly-truc-tuyen', asOf: '2024-05', showTable: true },
};

/** Cyber attacks causing incidents: lower is better (yearly figures; see yearlyAttacks). */
export const LowerIsBetter: Story = {
  render: (a) =>
    html`<cds-trend-chart
      style="max-width: 48rem"
      .indicator=${yearlyAttacks}
      type=${a.type || undefined}
      ?show-table=${a.showTable}
    ></cds-trend-chart>`,
  args: { indicatorIds: 'tan-cong-mang' },
};

/** Community tech teams and their members: two counts of different things, on two axes. */
export const TwoAxes: Story = {
  args: {
    indicatorIds: 'to-cong-nghe-so-cong-dong',
    y2IndicatorIds: 'thanh-vien-to-cong-nghe-so-cong-dong',
    type: 'bar',
  },
};

/** A deadline: the amended Law on Citizen Identification, due December 2023. */
export const Milestone: Story = {
  args: { indicatorIds: 'luat-can-cuoc-cong-dan-sua-doi', asOf: '2023-02-25', showTable: true },
};

export const English: Story = {
  args: { indicatorIds: 'ho-so-xu-ly-truc-tuyen', asOf: '2024-05', lang: 'en' },
};

export const Dark: Story = {
  args: { indicatorIds: 'chi-so-chuyen-doi-so-quoc-gia', theme: 'dark' },
};

export const DarkEnglish: Story = {
  args: { lang: 'en', theme: 'dark' },
};

/** Refused: a speed and a share on one axis, with the message saying how to fix it. */
export const MixedUnitsRefused: Story = {
  args: { indicatorIds: 'toc-do-bang-rong-co-dinh,ho-so-xu-ly-truc-tuyen' },
};
