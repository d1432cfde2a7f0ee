import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@cds-vn/elements/indicator-card/cds-indicator-card.js';
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

/** Stories built from args sit in a box of `parameters.width` (default 20rem). */
const sized: Decorator = (story, context) => {
  const width = (context.parameters['width'] as string | undefined) ?? '20rem';
  return width === 'none' ? story() : html`<div style="inline-size: ${width}">${story()}</div>`;
};

const meta: Meta = {
  title: 'Elements/cds-indicator-card',
  component: 'cds-indicator-card',
  render: renderFromArgs,
  decorators: [sized],
  args: {
    src: SRC.merged,
    'indicator-id': 'ndxp-giao-dich-binh-quan-ngay',
  },
  argTypes: {
    variant: { control: { type: 'inline-radio' }, options: ['', 'regular', 'compact'] },
    'change-format': { control: { type: 'inline-radio' }, options: ['', 'relative', 'absolute'] },
    'heading-level': { control: { type: 'select' }, options: ['', '1', '2', '3', '4', '5', '6'] },
  },
};
export default meta;

type Story = StoryObj;
const fixed = { controls: { disable: true }, width: 'none' };

/** "khoảng 2,8 triệu giao dịch/ngày" qua NDXP (April 2024); every attribute is a control. */
export const Playground: Story = {};

// ---- States -----------------------------------------------------------------------------------

export const StateLoading: Story = { name: 'State · Loading', args: { src: LOADING_SRC } };

export const StateError: Story = {
  name: 'State · Error',
  args: { src: undefined, indicator: '{"name": "x", value: 5}' },
};

/** Online reports in the H1-2022 table: the report prints "–". */
export const StateNoData: Story = {
  name: 'State · No data',
  args: { 'indicator-id': 'bao-cao-truc-tuyen', period: '2022-H1', 'as-of': '2022-08' },
};

/** The 2022 share of online dossiers against its target, with the other report's 52,8 %. */
export const StateAchieved: Story = {
  name: 'State · Achieved',
  args: { 'indicator-id': 'ho-so-xu-ly-truc-tuyen', period: '2022', 'as-of': '2023-02-25' },
};

/** Open data: 11,8% against ≥ 50% in 2022. */
export const StateNotAchieved: Story = {
  name: 'State · Not achieved',
  args: { 'indicator-id': 'du-lieu-mo', period: '2022', 'as-of': '2023-02-25' },
};

/** Smartphones in H1 2022 (70,91%) against ≥ 85% for the year, as the H1 report saw it. */
export const StateAtRisk: Story = {
  name: 'State · At risk',
  args: { 'indicator-id': 'dan-so-dien-thoai-thong-minh', period: '2022-H1', 'as-of': '2022-08' },
};

/** The digital economy's share of GDP against "trên 16%" for 2023, as of bc-2023-02-25: the
 * line through 2021's 9,6% and 2022's 14,26% reaches 18,92%. */
export const StateOnTrack: Story = {
  name: 'State · On track',
  args: { 'indicator-id': 'ty-trong-kinh-te-so-gdp', period: '2023', 'as-of': '2023-02-25' },
};

/** The amended Law on Citizen Identification, due December 2023, not reported done by 2024-04. */
export const StateOverdue: Story = {
  name: 'State · Overdue',
  args: { 'indicator-id': 'luat-can-cuoc-cong-dan-sua-doi', 'as-of': '2024-04' },
};

/** NDXP daily transactions: the reports set no target. */
export const StateNoTarget: Story = { name: 'State · No target' };

// ---- Variants and sizes -----------------------------------------------------------------------

const card = (
  id: string,
  attrs: { variant?: string; period?: string; changeFormat?: string; href?: string } = {},
) =>
  html`<cds-indicator-card
    .indicator=${allReports}
    indicator-id=${id}
    variant=${ifDefined(attrs.variant)}
    period=${ifDefined(attrs.period)}
    change-format=${ifDefined(attrs.changeFormat)}
    href=${ifDefined(attrs.href)}
  ></cds-indicator-card>`;

/** Regular and compact, relative and absolute change. */
export const Variants: Story = {
  name: 'Variants · Regular, compact, change formats',
  parameters: fixed,
  render: () =>
    html`<div
      style="display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem"
    >
      ${card('to-cong-nghe-so-cong-dong')}
      ${card('to-cong-nghe-so-cong-dong', { changeFormat: 'absolute' })}
      ${card('to-cong-nghe-so-cong-dong', { variant: 'compact' })}
      ${card('to-cong-nghe-so-cong-dong', { variant: 'compact', changeFormat: 'absolute' })}
    </div>`,
};

/**
 * A flow over a run of months (`2022-01/2022-11`, "11 tháng đầu năm 2022") beside the running
 * total since the portal's launch: two measures, two indicators, never one series.
 */
export const RunOfMonths: Story = {
  name: 'Periods · A run of months beside its running total',
  parameters: fixed,
  render: () =>
    html`<div
      style="display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem"
    >
      ${card('cong-dvcqg-ho-so-dong-bo-trong-ky')} ${card('cong-dvcqg-ho-so-dong-bo')}
      ${card('truc-lien-thong-van-ban-trong-ky')} ${card('truc-lien-thong-van-ban-luy-ke')}
    </div>`,
};

/** From a sidebar to a wide column. */
export const Sizes: Story = {
  name: 'Variants · Sizes',
  parameters: fixed,
  render: () =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 1rem; align-items: start">
      ${['12rem', '16rem', '22rem', '30rem'].map(
        (w) => html`<div style="inline-size: ${w}">${card('ndxp-giao-dich-binh-quan-ngay')}</div>`,
      )}
    </div>`,
};

/**
 * `href` makes the whole card one link: the name is the link and its box covers the card. Its
 * accessible name is the name and the value; the change, status and period are its description.
 */
export const AsLink: Story = {
  name: 'Variants · As a link',
  args: { 'indicator-id': 'to-cong-nghe-so-cong-dong', href: '#to-cong-nghe-so-cong-dong' },
};

/** An icon in the `icon` slot (decorative, so hidden from screen readers). */
export const WithIcon: Story = {
  name: 'Variants · With an icon',
  parameters: { controls: { disable: true } },
  render: () =>
    html`<cds-indicator-card .indicator=${allReports} indicator-id="ndxp-giao-dich-binh-quan-ngay"
      ><svg
        slot="icon"
        aria-hidden="true"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        stroke-width="2"
      >
        <path d="M4 12h16M12 4v16M6 6l12 12M18 6 6 18" /></svg
    ></cds-indicator-card>`,
};

/** A row of compact cards, as a portal's front page shows them. */
export const CompactRow: Story = {
  name: 'Variants · A row of compact cards',
  parameters: fixed,
  render: () =>
    html`<div
      style="display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0.75rem"
    >
      ${card('ndxp-giao-dich-binh-quan-ngay', { variant: 'compact' })}
      ${card('to-cong-nghe-so-cong-dong', { variant: 'compact' })}
      ${card('tan-cong-mang', { variant: 'compact', period: '2022' })}
      ${card('chi-so-chuyen-doi-so-quoc-gia', { variant: 'compact' })}
    </div>`,
};

/**
 * `fit`: dashboard tiles of a set height. The sparkline takes the height the words leave; in a
 * shorter tile the lines go from the bottom (other reports' figures, the source, the period, the
 * sparkline, the change, the basis), never the value or the status, and a screen reader still
 * reads them all.
 */
export const Fit: Story = {
  name: 'Variants · Fit tiles of a set height',
  parameters: fixed,
  render: () => {
    const tile = (id: string, w: string, h: string, variant?: string) =>
      html`<div style="inline-size: ${w}; block-size: ${h}">
        <cds-indicator-card
          fit
          style="block-size: 100%"
          .indicator=${allReports}
          indicator-id=${id}
          variant=${ifDefined(variant)}
        ></cds-indicator-card>
      </div>`;
    return html`<div style="display: flex; flex-direction: column; gap: 1.5rem">
      <div
        style="display: grid; grid-template-columns: repeat(3, 16rem); grid-auto-rows: 15rem; gap: 1rem"
      >
        ${['hop-dong-dien-tu', 'ho-so-xu-ly-truc-tuyen', 'ndxp-giao-dich-binh-quan-ngay'].map(
          (id) =>
            html`<cds-indicator-card fit .indicator=${allReports} indicator-id=${id}>
            </cds-indicator-card>`,
        )}
      </div>
      <div style="display: flex; flex-wrap: wrap; gap: 1rem; align-items: start">
        ${tile('hop-dong-dien-tu', '16rem', '24rem')} ${tile('hop-dong-dien-tu', '16rem', '11rem')}
        ${tile('de-an-06-tai-khoan-dinh-danh', '16rem', '14rem')}
        ${tile('hop-dong-dien-tu', '30rem', '9.5rem')}
        ${tile('to-cong-nghe-so-cong-dong', '20rem', '9rem', 'compact')}
      </div>
    </div>`;
  },
};

// ---- Theming ----------------------------------------------------------------------------------

const themed = (theme?: string) =>
  html`<div
    style="display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem"
  >
    ${(
      [
        ['to-cong-nghe-so-cong-dong', undefined],
        ['tan-cong-mang', '2022'],
        ['du-lieu-mo', '2022'],
      ] as const
    ).map(
      ([id, period]) =>
        html`<cds-indicator-card
          theme=${ifDefined(theme)}
          .indicator=${allReports}
          indicator-id=${id}
          period=${ifDefined(period)}
          as-of="2023-12"
        ></cds-indicator-card>`,
    )}
  </div>`;

export const ThemeLight: Story = {
  name: 'Theming · Light',
  parameters: fixed,
  render: () => lightFrame(themed('light')),
};

export const ThemeDark: Story = {
  name: 'Theming · Dark',
  parameters: fixed,
  render: () => darkFrame(themed('dark')),
};

/** A portal's palette: warm surface, its own good / bad news colours, a serif face. */
export const ThemeCustomTokens: Story = {
  name: 'Theming · Custom tokens',
  parameters: fixed,
  render: () =>
    html`<div
      style="--cds-indicator-card-surface: #fbf7ef; --cds-indicator-card-border: #c9b48a; --cds-indicator-card-positive: #1d5c2e; --cds-indicator-card-negative: #8e1b1b; --cds-indicator-card-sparkline: #7a4b00; --cds-font-family: Georgia, 'Times New Roman', serif"
    >
      ${themed()}
    </div>`,
};

export const ThemeForcedColours: Story = {
  name: 'Theming · Forced colours (preview)',
  parameters: fixed,
  render: () =>
    forcedColoursFrame(themed(), {
      '--cds-indicator-card-surface': NIGHT_SKY.Canvas,
      '--cds-indicator-card-border': NIGHT_SKY.CanvasText,
      '--cds-indicator-card-positive': NIGHT_SKY.CanvasText,
      '--cds-indicator-card-negative': NIGHT_SKY.CanvasText,
      '--cds-indicator-card-caution': NIGHT_SKY.CanvasText,
      '--cds-indicator-card-neutral': NIGHT_SKY.CanvasText,
      '--cds-indicator-card-sparkline': NIGHT_SKY.CanvasText,
    }),
};

// ---- Accessibility ----------------------------------------------------------------------------

export const Accessibility: Story = {
  name: 'Accessibility notes',
  parameters: fixed,
  render: () =>
    html`<div style="inline-size: 20rem">${card('tan-cong-mang', { period: '2022' })}</div>
      ${a11yNotes([
        html`The card is an <code>&lt;article&gt;</code> named by the indicator. With
          <code>href</code> the name is one link covering the card: one Tab stop, named by the name
          and the value ("Tổ Công nghệ số cộng đồng 80.698 tổ"), described by the change, status and
          period (the trend, source and other figures stay on the card), so a links list stays
          readable.`,
        html`<code>heading-level</code> makes the name a heading of that level, to fit the page's
          outline, so screen-reader users can move from card to card by heading. Not set, the card
          adds no heading to the page.`,
        html`The change is said in words as well as by arrow and colour: "▲ 25,3% so với 2021 · xấu
        đi" (for a lower-is-better indicator, up is bad news).`,
        html`The sparkline is an image whose text alternative sums up the trend (from what, to what,
        its peak or dip, a forecast).`,
        html`The whole source title is shown, on screen and in print. Text the data gives only in
          Vietnamese (a name, a source) is marked <code>lang="vi"</code> on an English card, and the
          card carries its own <code>lang</code>, so a screen reader picks the right voice.`,
      ])}`,
};

// ---- Real data ----------------------------------------------------------------------------------

/** "80.698 tổ công nghệ số cộng đồng (+11.765)": the change as an absolute number. */
export const CommunityTechTeams: Story = {
  name: 'Real data · Community tech teams',
  args: { 'indicator-id': 'to-cong-nghe-so-cong-dong', 'change-format': 'absolute' },
};

/** "12.195 cuộc tấn công mạng (+25,3%)": lower is better, so the rise is bad news. */
export const LowerIsBetter: Story = {
  name: 'Real data · Lower is better (cyber attacks)',
  args: { 'indicator-id': 'tan-cong-mang', period: '2022' },
};

/** Fixed broadband speed, 79,95 Mbps at the end of 2022. */
export const BroadbandSpeed: Story = {
  name: 'Real data · Broadband speed',
  args: { 'indicator-id': 'toc-do-bang-rong-co-dinh' },
};

/** The national DX index: the 2023 forecast, its sparkline's last stretch dashed. */
export const DxIndexForecast: Story = {
  name: 'Real data · A forecast (DX index)',
  args: { 'indicator-id': 'chi-so-chuyen-doi-so-quoc-gia' },
};

export const English: Story = {
  name: 'Real data · In English',
  parameters: fixed,
  render: () =>
    html`<div lang="en" style="inline-size: 20rem">
      ${card('tan-cong-mang', { period: '2022' })}
    </div>`,
};
