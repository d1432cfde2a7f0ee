import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DatasetInput } from '@cds-vn/core';
import '@cds-vn/elements/trend-chart/cds-trend-chart.js';
import { renderFromArgs } from './support/render-from-args.js';
import { LOADING_SRC } from './support/loading.js';
import { SRC, allReports } from './support/seeds.js';
import {
  a11yNotes,
  darkFrame,
  forcedColoursFrame,
  lightFrame,
  NIGHT_SKY,
} from './support/frames.js';

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

/** Stories built from args sit in a box of `parameters.width` (default 48rem). */
const sized: Decorator = (story, context) => {
  const width = (context.parameters['width'] as string | undefined) ?? '48rem';
  return width === 'none' ? story() : html`<div style="max-inline-size: ${width}">${story()}</div>`;
};

const meta: Meta = {
  title: 'Elements/cds-trend-chart',
  component: 'cds-trend-chart',
  render: renderFromArgs,
  decorators: [sized],
  args: {
    src: SRC.merged,
    'indicator-ids': 'toc-do-bang-rong-co-dinh,toc-do-bang-rong-di-dong',
  },
  argTypes: {
    type: { control: { type: 'inline-radio' }, options: ['', 'line', 'bar'] },
  },
};
export default meta;

type Story = StoryObj;
const fixed = { controls: { disable: true }, width: 'none' };

/** Fixed and mobile broadband speed, first half and whole of 2022: one unit, one axis. */
export const Playground: Story = {};

// ---- States -----------------------------------------------------------------------------------

export const StateLoading: Story = { name: 'State · Loading', args: { src: LOADING_SRC } };

export const StateError: Story = {
  name: 'State · Error',
  args: { src: undefined, indicator: '{"name": "x", value: 5}' },
};

/** Refused: a speed and a share on one axis, with the message saying how to fix it. */
export const StateMixedUnits: Story = {
  name: 'State · Error: mixed units refused',
  args: { 'indicator-ids': 'toc-do-bang-rong-co-dinh,ho-so-xu-ly-truc-tuyen' },
};

/** Refused, not dropped: an `indicator-id` that `indicator-ids` (which picks the series) leaves out. */
export const StateIdOutsideIds: Story = {
  name: 'State · Error: indicator-id not among indicator-ids',
  args: { 'indicator-id': 'ho-so-xu-ly-truc-tuyen' },
};

/** A 2023 target set in February 2023 with no figure yet: the target alone, and says so. */
export const StateNoData: Story = {
  name: 'State · No data',
  args: { 'indicator-ids': 'ty-le-danh-muc-csdl', 'as-of': '2023-02-25', 'show-table': true },
};

/** The summary sentence gives the status against the latest target: e-invoices, 100% = 100%. */
export const StateAchieved: Story = {
  name: 'State · Achieved',
  args: { 'indicator-ids': 'hoa-don-dien-tu', 'as-of': '2023-02-25' },
};

/** Open data: 3% (H1) and 11,8% (2022) against ≥ 50%. */
export const StateNotAchieved: Story = {
  name: 'State · Not achieved',
  args: { 'indicator-ids': 'du-lieu-mo', 'as-of': '2023-02-25' },
};

/** A Đề án 06 task due in 2022, seen in August 2022: not yet due, so on track. */
export const StateOnTrack: Story = {
  name: 'State · On track (a milestone)',
  args: { 'indicator-ids': 'de-an-06-dvc-thiet-yeu', 'as-of': '2022-08' },
};

/**
 * Online dossiers across four reports: 2022-H1, 2022 (54.34 % in February 2023, with the
 * 52.8 % of December 2022 as a revision) and April 2024, with the 2022–2025 targets as steps;
 * the April 2024 figure is short of the 2024 target's pace.
 */
export const StateAtRisk: Story = {
  name: 'State · At risk',
  args: { 'indicator-ids': 'ho-so-xu-ly-truc-tuyen', 'as-of': '2024-05', 'show-table': true },
};

/** A deadline: the amended Law on Citizen Identification, due December 2023, not done by 2024-04. */
export const StateOverdue: Story = {
  name: 'State · Overdue (a milestone)',
  args: {
    'indicator-ids': 'luat-can-cuoc-cong-dan-sua-doi',
    'as-of': '2024-04',
    'show-table': true,
  },
};

/** Broadband speeds have no target: the chart shows none and the summary says nothing of one. */
export const StateNoTarget: Story = { name: 'State · No target' };

// ---- Variants and sizes -----------------------------------------------------------------------

/** NDXP transactions: 180 million (2021), 860 million (2022), and the 2024 target "> 860 million". */
export const Bars: Story = {
  name: 'Variants · Bars',
  args: { 'indicator-ids': 'ndxp-giao-dich', type: 'bar', 'as-of': '2024-01' },
};

/** Community tech teams and their members: two counts of different things, on two axes. */
export const TwoAxes: Story = {
  name: 'Variants · Two axes',
  args: {
    'indicator-ids': 'to-cong-nghe-so-cong-dong',
    'y2-indicator-ids': 'thanh-vien-to-cong-nghe-so-cong-dong',
    type: 'bar',
  },
};

/** The data table open under the chart. */
export const WithTable: Story = {
  name: 'Variants · With the data table open',
  args: { 'show-table': true },
};

/** Widths from a sidebar to a full column, and a taller plot through the height token. */
export const Sizes: Story = {
  name: 'Variants · Sizes',
  parameters: fixed,
  render: () =>
    html`<div style="display: grid; gap: 1.5rem">
      ${['20rem', '32rem', '48rem'].map(
        (w) =>
          html`<div style="inline-size: ${w}">
            <cds-trend-chart
              .indicator=${allReports}
              indicator-ids="chi-so-chuyen-doi-so-quoc-gia"
            ></cds-trend-chart>
          </div>`,
      )}
      <div style="inline-size: 48rem; --cds-trend-chart-height: 26rem">
        <cds-trend-chart
          .indicator=${allReports}
          indicator-ids="chi-so-chuyen-doi-so-quoc-gia"
        ></cds-trend-chart>
      </div>
    </div>`,
};

/** Dashboard tiles 26 base sizes high: each chart fits its tile, its plot giving up what the text needs. */
export const Tiles: Story = {
  name: 'Variants · Dashboard tiles of a fixed height',
  parameters: fixed,
  render: () =>
    html`<div
      style="display: grid; grid-template-columns: repeat(2, 24rem); grid-auto-rows: 26rem; gap: 1rem"
    >
      ${['chi-so-chuyen-doi-so-quoc-gia', 'hoa-don-dien-tu,dvc-truc-tuyen-phat-sinh-ho-so'].map(
        (ids) =>
          html`<cds-trend-chart
            style="padding: 0.75rem; border: 1px solid #c9cfd6; border-radius: 6px"
            .indicator=${allReports}
            indicator-ids=${ids}
            as-of="2024-04"
          ></cds-trend-chart>`,
      )}
    </div>`,
};

// ---- Theming ----------------------------------------------------------------------------------

const chart = (theme?: string) =>
  html`<div style="max-inline-size: 48rem">
    <cds-trend-chart
      theme=${ifDefined(theme)}
      .indicator=${allReports}
      indicator-ids="hoa-don-dien-tu,dvc-truc-tuyen-phat-sinh-ho-so"
      as-of="2023-02-25"
    ></cds-trend-chart>
  </div>`;

export const ThemeLight: Story = {
  name: 'Theming · Light',
  parameters: fixed,
  render: () => lightFrame(chart('light')),
};

export const ThemeDark: Story = {
  name: 'Theming · Dark',
  parameters: fixed,
  render: () => darkFrame(chart('dark')),
};

/** A portal's palette for the series, the target line and the grid (read from CSS at draw time). */
export const ThemeCustomTokens: Story = {
  name: 'Theming · Custom tokens',
  parameters: fixed,
  render: () =>
    html`<div
      style="--cds-trend-chart-series-1: #0b3a82; --cds-trend-chart-series-2: #b35900; --cds-trend-chart-target: #8e1b1b; --cds-trend-chart-grid: #e3d9c4; --cds-trend-chart-height: 16rem"
    >
      ${chart()}
    </div>`,
};

export const ThemeForcedColours: Story = {
  name: 'Theming · Forced colours (preview)',
  parameters: fixed,
  render: () =>
    forcedColoursFrame(chart(), {
      '--cds-trend-chart-series-1': NIGHT_SKY.CanvasText,
      '--cds-trend-chart-series-2': NIGHT_SKY.LinkText,
      '--cds-trend-chart-target': NIGHT_SKY.CanvasText,
      '--cds-trend-chart-grid': NIGHT_SKY.GrayText,
    }),
};

// ---- Accessibility ----------------------------------------------------------------------------

export const Accessibility: Story = {
  name: 'Accessibility notes',
  parameters: fixed,
  render: () =>
    html`${chart()}
    ${a11yNotes([
      html`The plot is one Tab stop named by its series; ← → ↑ ↓ (and Home, End) move between
      points, the tooltip follows, and each point is announced; Escape hides the tooltip.`,
      html`A summary sentence under the chart says the same as the lines ("Tăng từ 45,78% (6 tháng
      đầu năm 2022) lên 80% (2022) …"), and describes the plot for screen readers.`,
      html`The data table (a real table in a <code>&lt;details&gt;</code>) lists every figure,
        target and other report's figure.`,
      html`Series differ by marker and dash as well as colour; forecasts are hollow and dashed and
      said in words; targets are dotted lines and table rows.`,
      html`With <code>prefers-reduced-motion</code> (or <code>no-animation</code>) nothing moves.`,
      html`With nothing to step through (a target with no figure yet) the plot is a picture, not a
        Tab stop. Names and notes the data gives only in Vietnamese are marked
        <code>lang="vi"</code> on an English chart.`,
      html`On paper the data table prints open under the chart, and a dark-themed chart is redrawn
      in the light palette.`,
    ])}`,
};

// ---- Real data ----------------------------------------------------------------------------------

/** The national DX index, 0.48 → 0.71, and the 0.75 forecast for 2023 drawn hollow and dashed. */
export const DxIndexWithForecast: Story = {
  name: 'Real data · DX index with a forecast',
  args: { 'indicator-ids': 'chi-so-chuyen-doi-so-quoc-gia' },
};

/** Cyber attacks causing incidents: lower is better (yearly figures; see yearlyAttacks). */
export const LowerIsBetter: Story = {
  name: 'Real data · Lower is better (cyber attacks)',
  parameters: { controls: { disable: true } },
  render: () => html`<cds-trend-chart .indicator=${yearlyAttacks}></cds-trend-chart>`,
};

/**
 * Ministries with the year's DX plan: 6/30 on 25 February 2023, 21/22 in April 2024 after the
 * merger. Out of totals that differ, the line is the share (20% → 95,45%), not 6 → 21; the
 * tooltip and the table give both ("21/22 bộ, ngành (95,45%)").
 */
export const CountOfDifferingTotals: Story = {
  name: 'Real data · Count of differing totals',
  args: { 'indicator-ids': 'bo-nganh-ke-hoach-cds-nam', 'show-table': true },
};

export const English: Story = {
  name: 'Real data · In English',
  parameters: fixed,
  render: () => html`<div lang="en">${chart()}</div>`,
};

export const DarkEnglish: Story = {
  name: 'Real data · Dark, in English',
  parameters: fixed,
  render: () => darkFrame(html`<div lang="en">${chart('dark')}</div>`),
};
