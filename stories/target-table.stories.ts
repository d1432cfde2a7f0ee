import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { DatasetInput } from '@cds-vn/core';
import '@cds-vn/elements/target-table/cds-target-table.js';
import report2022h1 from '../seeds/bc-2022-08.json';
import report2022end from '../seeds/bc-2022-12-28.json';
import report2023 from '../seeds/bc-2023-02-25.json';
import report2023end from '../seeds/bc-2023-12.json';
import report2024 from '../seeds/bc-2024-04.json';
import { mergeDatasets } from '../seeds/merge.js';

/** Every report's figures joined by indicator id: the series behind the multi-period view. */
const allReports = mergeDatasets(
  [report2022h1, report2022end, report2023, report2023end, report2024].map(
    (d) => d as unknown as DatasetInput,
  ),
);

interface Args {
  tableId: string;
  period: string;
  periods: string;
  asOf: string;
  groupBy: string;
  columns: string;
  search: string;
  statusFilter: string;
  hideToolbar: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/cds-target-table',
  component: 'cds-target-table',
  args: {
    tableId: 'bc-2023-02-25-ket-qua-2022',
    period: '',
    periods: '',
    asOf: '',
    groupBy: '',
    columns: '',
    search: '',
    statusFilter: '',
    hideToolbar: false,
  },
  argTypes: {
    tableId: {
      control: 'select',
      options: [
        'bc-2023-02-25-ket-qua-2022',
        'bc-2023-02-25-de-an-06-2022',
        'bc-2023-02-25-muc-tieu-2023',
      ],
    },
    groupBy: { control: 'select', options: ['', 'status', 'pillar', 'none'] },
  },
  render: (a) =>
    html`<cds-target-table
      .data=${report2023}
      table-id=${a.tableId || undefined}
      period=${a.period || undefined}
      periods=${a.periods || undefined}
      as-of=${a.asOf || undefined}
      group-by=${a.groupBy || undefined}
      columns=${a.columns || undefined}
      search=${a.search || undefined}
      status-filter=${a.statusFilter || undefined}
      ?hide-toolbar=${a.hideToolbar}
    ></cds-target-table>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Table (a) of the 2023-02-25 report: 11 indicators, 9 achieved (I) and 2 not (II), notes [1]–[6]. */
export const Results2022: Story = {};

/** The H1-2022 table, judged as of its report (2022-08): "đã đạt được" / "cần tiếp tục nỗ lực". */
export const FirstHalf2022: Story = {
  render: () =>
    html`<cds-target-table
      .data=${report2022h1}
      table-id="bc-2022-08-bang-6-thang"
      as-of="2022-08"
    ></cds-target-table>`,
};

/** Section III: every 2023 target, in the report's groups I–VI, as the report saw them. */
export const Targets2023: Story = {
  args: { tableId: 'bc-2023-02-25-muc-tieu-2023', asOf: '2023-02-25' },
};

/** Table (b): the Đề án 06 tasks, with their result text, done or not. */
export const DeAn06Tasks: Story = {
  args: {
    tableId: 'bc-2023-02-25-de-an-06-2022',
    columns: 'number indicator agency result status',
  },
};

/** The 2022 table with every report's figures: one result column per period, newest first. */
export const MultiPeriod: Story = {
  render: () =>
    html`<cds-target-table
      .data=${allReports}
      table-id="bc-2023-02-25-ket-qua-2022"
      period="2022"
      periods="2022 2022-H1"
      columns="number indicator result target status source"
    ></cds-target-table>`,
};

/** In a narrow container (a sidebar), rows become cards: container queries, not the viewport. */
export const NarrowCards: Story = {
  render: () =>
    html`<div style="inline-size: 22rem; border: 1px dashed #999; padding: 0.5rem">
      <cds-target-table
        .data=${report2023}
        table-id="bc-2023-02-25-ket-qua-2022"
      ></cds-target-table>
    </div>`,
};

/** Two bad rows: each names its bad field where it stands, the rest renders, cds-error lists both. */
export const BadRows: Story = {
  render: () =>
    html`<cds-target-table
      data=${JSON.stringify([
        {
          name: 'Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến',
          value: 54.34,
          target: 50,
          unit: '%',
          period: '2022',
        },
        { name: 'Tỷ lệ báo cáo trực tuyến', value: '40,47', target: 50, unit: '%', period: '2022' },
        { name: 'Tỷ lệ dữ liệu mở', vaule: 11.8, target: 50, unit: '%', period: '2022' },
        {
          name: 'Tỷ lệ hộ gia đình có cáp quang',
          value: 75,
          target: 75,
          unit: '%',
          period: '2022',
        },
      ])}
      @cds-error=${(e: Event) => console.info('cds-error', e)}
    ></cds-target-table>`,
};

/** English labels from `lang="en"` on an ancestor; the indicator names are the project's translations. */
export const English: Story = {
  render: () =>
    html`<div lang="en">
      <cds-target-table
        .data=${report2023}
        table-id="bc-2023-02-25-ket-qua-2022"
      ></cds-target-table>
    </div>`,
};

/** `theme="dark"`: the palette switches through light-dark() tokens. */
export const Dark: Story = {
  render: () =>
    html`<div style="background: #101214; padding: 1rem">
      <cds-target-table
        theme="dark"
        .data=${report2023}
        table-id="bc-2023-02-25-ket-qua-2022"
      ></cds-target-table>
    </div>`,
};

/** Without a table id: every indicator of the report, ungrouped, with a search already typed. */
export const SearchAllIndicators: Story = {
  args: { tableId: '', search: 'ho so', period: '2022' },
};
