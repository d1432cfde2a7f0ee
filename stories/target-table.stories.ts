import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@cds-vn/elements/target-table/cds-target-table.js';
import { renderFromArgs } from './support/render-from-args.js';
import { LOADING_SRC } from './support/loading.js';
import { SRC, allReports, report2022h1, report2023 } from './support/seeds.js';
import {
  a11yNotes,
  darkFrame,
  forcedColoursFrame,
  lightFrame,
  NIGHT_SKY,
} from './support/frames.js';

const TABLES = {
  results2022: 'bc-2023-02-25-ket-qua-2022',
  deAn06: 'bc-2023-02-25-de-an-06-2022',
  targets2023: 'bc-2023-02-25-muc-tieu-2023',
  firstHalf2022: 'bc-2022-08-bang-6-thang',
} as const;

const STATUSES = [
  '',
  'achieved',
  'not-achieved',
  'on-track',
  'at-risk',
  'overdue',
  'achieved-late',
  'no-data',
  'no-target',
  'not-done',
];

const meta: Meta = {
  title: 'Elements/cds-target-table',
  component: 'cds-target-table',
  render: renderFromArgs,
  args: {
    src: SRC.feb2023,
    'table-id': TABLES.results2022,
    'as-of': '2023-02-25',
  },
  argTypes: {
    'table-id': { control: { type: 'select' }, options: ['', ...Object.values(TABLES)] },
    'group-by': { control: { type: 'select' }, options: ['', 'status', 'pillar', 'none'] },
    'status-filter': { control: { type: 'select' }, options: STATUSES },
    'sort-direction': { control: { type: 'select' }, options: ['', 'ascending', 'descending'] },
  },
};
export default meta;

type Story = StoryObj;
const fixed = { controls: { disable: true } };

/** Table (a) of the 2023-02-25 report: 11 indicators, 9 achieved (I) and 2 not (II), notes [1]–[6]. */
export const Playground: Story = {};

// ---- States -----------------------------------------------------------------------------------

export const StateLoading: Story = { name: 'State · Loading', args: { src: LOADING_SRC } };

/** The whole input is unreadable: one error panel, in the page's language. */
export const StateError: Story = {
  name: 'State · Error',
  args: { src: undefined, data: '[{"name": "x", value: 5}]' },
};

/** Two bad rows: each names its bad field where it stands, the rest renders, cds-error lists both. */
export const StateBadRows: Story = {
  name: 'State · Some rows bad',
  parameters: fixed,
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
    ></cds-target-table>`,
};

/** The 2023 targets on the day they were set: most rows (32 of 42) have no 2023 figure yet; the filter shows those. */
export const StateNoData: Story = {
  name: 'State · No data',
  args: { 'table-id': TABLES.targets2023, 'status-filter': 'no-data' },
};

/** A search that matches nothing: the table says so and keeps its toolbar. */
export const StateNoMatch: Story = {
  name: 'State · No row matches',
  args: { search: 'không có chỉ tiêu này' },
};

export const StateAchieved: Story = {
  name: 'State · Achieved',
  args: { 'status-filter': 'achieved' },
};

/** Online reports (40,47%) and open data (11,8%) against ≥ 50%. */
export const StateNotAchieved: Story = {
  name: 'State · Not achieved',
  args: { 'status-filter': 'not-achieved' },
};

/** The H1-2022 table as its report saw it (2022-08): the six-month figures against the year's targets. */
export const StateAtRisk: Story = {
  name: 'State · At risk',
  args: {
    src: SRC.h1_2022,
    'table-id': TABLES.firstHalf2022,
    'as-of': '2022-08',
    'status-filter': 'at-risk',
  },
};

/** The 2023 targets on the day they were set: the tasks on course, not yet due. */
export const StateOnTrack: Story = {
  name: 'State · On track',
  args: { 'table-id': TABLES.targets2023, 'status-filter': 'on-track' },
};

/** Table (b): the four Đề án 06 tasks of 2022 not done by the report's date. */
export const StateOverdue: Story = {
  name: 'State · Overdue',
  args: {
    'table-id': TABLES.deAn06,
    columns: 'number indicator agency result status',
    'status-filter': 'overdue',
  },
};

/** Every indicator of the 2022 year-end report: most are figures without a target. */
export const StateNoTarget: Story = {
  name: 'State · No target',
  args: {
    src: SRC.end2022,
    'table-id': undefined,
    'as-of': undefined,
    period: '2022',
    'status-filter': 'no-target',
    search: 'nen tang so',
  },
};

// ---- Variants and sizes -----------------------------------------------------------------------

/** Section III grouped by status instead of the report's groups I–VI. */
export const GroupedByStatus: Story = {
  name: 'Variants · Grouped by status',
  args: { 'table-id': TABLES.targets2023, 'group-by': 'status' },
};

/** Fewer columns, no toolbar: the table as printed. */
export const AsPrinted: Story = {
  name: 'Variants · Chosen columns, no toolbar',
  args: { columns: 'number indicator result target status', 'hide-toolbar': true },
};

/** Sorted by result, highest first. */
export const Sorted: Story = {
  name: 'Variants · Sorted by result',
  args: { 'sort-by': 'result', 'sort-direction': 'descending', 'group-by': 'none' },
};

/** The 2022 table with every report's figures: one result column per period, newest first. */
export const MultiPeriod: Story = {
  name: 'Variants · One column per period',
  parameters: fixed,
  render: () =>
    html`<cds-target-table
      .data=${allReports}
      table-id=${TABLES.results2022}
      period="2022"
      periods="2022 2022-H1"
      columns="number indicator result target status source"
    ></cds-target-table>`,
};

/** In a narrow container (a sidebar), rows become cards: container queries, not the viewport. */
export const NarrowCards: Story = {
  name: 'Variants · Narrow container (cards)',
  parameters: fixed,
  render: () =>
    html`<div style="inline-size: 22rem; border: 1px dashed #6b7280; padding: 0.5rem">
      <cds-target-table .data=${report2023} table-id=${TABLES.results2022}></cds-target-table>
    </div>`,
};

/**
 * Cards for targets not yet measured (the 2023 targets on the report's date): a line with nothing
 * in it, no gap and no progress yet, shows no label; screen readers still have its cell.
 */
export const NarrowCardsNoResults: Story = {
  name: 'Variants · Narrow container, targets without results',
  parameters: fixed,
  render: () =>
    html`<div style="inline-size: 22rem; border: 1px dashed #6b7280; padding: 0.5rem">
      <cds-target-table
        .data=${report2023}
        table-id=${TABLES.targets2023}
        as-of="2023-02-25"
        page-size="5"
      ></cds-target-table>
    </div>`,
};

/**
 * `fit`: a dashboard tile of a set height. The rows scroll inside the height the toolbar and
 * notes leave, the header in view; the box takes keyboard focus while it scrolls.
 */
export const Fit: Story = {
  name: 'Variants · Fit a tile of a set height',
  parameters: fixed,
  render: () =>
    html`<div style="inline-size: 56rem; block-size: 26rem; outline: 1px dashed #6b7280">
      <cds-target-table
        fit
        style="block-size: 100%"
        .data=${report2023}
        table-id=${TABLES.results2022}
        as-of="2023-02-25"
      ></cds-target-table>
    </div>`,
};

// ---- Theming ----------------------------------------------------------------------------------

const results = (theme?: string) =>
  html`<cds-target-table
    theme=${ifDefined(theme)}
    .data=${report2023}
    table-id=${TABLES.results2022}
    as-of="2023-02-25"
  ></cds-target-table>`;

export const ThemeLight: Story = {
  name: 'Theming · Light',
  parameters: fixed,
  render: () => lightFrame(results('light')),
};

/** `theme="dark"`: the palette switches through light-dark() tokens. */
export const ThemeDark: Story = {
  name: 'Theming · Dark',
  parameters: fixed,
  render: () => darkFrame(results('dark')),
};

/** A portal's palette: navy header, warm stripes, a smaller base size. */
export const ThemeCustomTokens: Story = {
  name: 'Theming · Custom tokens',
  parameters: fixed,
  render: () =>
    html`<div
      style="--cds-target-table-header-background: #0b3a82; --cds-target-table-header-color: #ffffff; --cds-target-table-group-background: #f3ead7; --cds-target-table-stripe-background: #fbf8f1; --cds-target-table-border: #c9b48a; --cds-target-table-positive: #1d5c2e; --cds-target-table-negative: #8e1b1b; --cds-target-table-font-size: 0.8125rem; --cds-target-table-focus: #b35900"
    >
      ${results()}
    </div>`,
};

export const ThemeForcedColours: Story = {
  name: 'Theming · Forced colours (preview)',
  parameters: fixed,
  render: () =>
    forcedColoursFrame(results(), {
      '--cds-target-table-background': NIGHT_SKY.Canvas,
      '--cds-target-table-header-background': NIGHT_SKY.Canvas,
      '--cds-target-table-header-color': NIGHT_SKY.CanvasText,
      '--cds-target-table-group-background': NIGHT_SKY.Canvas,
      '--cds-target-table-row-background': NIGHT_SKY.Canvas,
      '--cds-target-table-stripe-background': NIGHT_SKY.Canvas,
      '--cds-target-table-border': NIGHT_SKY.CanvasText,
      '--cds-target-table-positive': NIGHT_SKY.CanvasText,
      '--cds-target-table-caution': NIGHT_SKY.CanvasText,
      '--cds-target-table-negative': NIGHT_SKY.CanvasText,
      '--cds-target-table-neutral': NIGHT_SKY.CanvasText,
      '--cds-target-table-progress-track': NIGHT_SKY.GrayText,
      '--cds-target-table-focus': NIGHT_SKY.Highlight,
    }),
};

// ---- Accessibility ----------------------------------------------------------------------------

export const Accessibility: Story = {
  name: 'Accessibility notes',
  parameters: fixed,
  render: () =>
    html`${results()}
    ${a11yNotes([
      html`A real <code>&lt;table&gt;</code> with a caption (title and source), column headers with
        <code>scope</code>, and section rows; in a narrow container the rows become cards with each
        value labelled.`,
      html`Sorting is a button in each header; <code>aria-sort</code> says the order, and a status
        message says it in words ("Đã sắp xếp theo Chỉ tiêu, giảm dần").`,
      html`Search, status and pillar filters and the column picker are labelled form controls; the
      row count ("Hiển thị 3 trong tổng số 11 dòng", in words, never "3/11") is a status message
      read when it changes.`,
      html`Printing keeps the filters: the rows they leave print, on every page, under a line that
      names the filters; the header row repeats on each sheet.`,
      html`Footnote markers are links to the note and back, named "Chú thích 3" / "Note 3".`,
      html`Status is a symbol and a word; the progress bar is decorative beside its percentage.`,
      html`Bad rows say which field is wrong where they stand; a summary above the table is an
      alert.`,
    ])}`,
};

// ---- Real data ----------------------------------------------------------------------------------

/** The H1-2022 table, judged as of its report (2022-08): "đã đạt được" / "cần tiếp tục nỗ lực". */
export const FirstHalf2022: Story = {
  name: 'Real data · H1 2022 (bc-2022-08)',
  parameters: fixed,
  render: () =>
    html`<cds-target-table
      .data=${report2022h1}
      table-id=${TABLES.firstHalf2022}
      as-of="2022-08"
    ></cds-target-table>`,
};

/**
 * The same table from all five reports merged, read today: the year's results are in, yet
 * `period="2022-H1"` judges the first half as it stood then, so the verdicts are the H1 report's.
 */
export const FirstHalf2022Merged: Story = {
  name: 'Real data · H1 2022 from every report (period="2022-H1")',
  parameters: fixed,
  render: () =>
    html`<cds-target-table
      .data=${allReports}
      table-id=${TABLES.firstHalf2022}
      period="2022-H1"
    ></cds-target-table>`,
};

/** Section III: every 2023 target, in the report's groups I–VI, as the report saw them. */
export const Targets2023: Story = {
  name: 'Real data · 2023 targets (bc-2023-02-25, III)',
  args: { 'table-id': TABLES.targets2023 },
};

/** Table (b): the Đề án 06 tasks, with their result text, done or not. */
export const DeAn06Tasks: Story = {
  name: 'Real data · Đề án 06 tasks (bc-2023-02-25, b)',
  args: { 'table-id': TABLES.deAn06, columns: 'number indicator agency result status' },
};

/** English labels from `lang="en"` on an ancestor; the indicator names are the project's translations. */
export const English: Story = {
  name: 'Real data · In English',
  parameters: fixed,
  render: () => html`<div lang="en">${results()}</div>`,
};

/** The 222 indicators of the five reports merged: 50 a page, with page controls under the table. */
export const AllIndicatorsInPages: Story = {
  name: 'Real data · Every indicator, in pages',
  args: { src: SRC.merged, 'table-id': undefined, 'as-of': undefined, period: '2022' },
};

/** Without a table id: every indicator of the report, ungrouped, with a search already typed. */
export const SearchAllIndicators: Story = {
  name: 'Real data · Every indicator, searched',
  args: { 'table-id': undefined, 'as-of': undefined, search: 'ho so', period: '2022' },
};
