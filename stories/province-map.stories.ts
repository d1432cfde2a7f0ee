import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { provinceUnits } from '@cds-vn/core';
import '@cds-vn/elements/province-map/cds-province-map.js';
import type { CdsProvinceSelectEvent } from '@cds-vn/elements/events/cds-province-select-event.js';
import { renderFromArgs } from './support/render-from-args.js';
import { LOADING_SRC } from './support/loading.js';
import { SRC, report2023 } from './support/seeds.js';
import {
  a11yNotes,
  darkFrame,
  forcedColoursFrame,
  lightFrame,
  NIGHT_SKY,
} from './support/frames.js';

/**
 * Made-up figures for every one of the 63: no report gives real per-province numbers for all of
 * them, so each story using these says "Dữ liệu minh họa" in the widget (the `illustrative` flag).
 */
function illustrative(seed: number, from: number, to: number): Record<string, number> {
  return Object.fromEntries(
    provinceUnits('vn-63').map((u, i) => {
      const wave = 0.5 + 0.5 * Math.sin(i * 1.7 + seed) * Math.cos(i * 0.37);
      return [u.gso, Math.round((from + (to - from) * wave) * 10) / 10];
    }),
  );
}

const SHARE_ONLINE = {
  indicator: 'ty-le-minh-hoa',
  period: '2022',
  boundaries: 'vn-63',
  illustrative: true,
  values: illustrative(1, 20, 95),
};

const PILOT_TASKS = 'nhiem-vu-trong-tam-cac-tinh-2023';

/** Stories built from args sit in a box of `parameters.width` (default 36rem). */
const sized: Decorator = (story, context) => {
  const width = (context.parameters['width'] as string | undefined) ?? '36rem';
  return width === 'none' ? story() : html`<div style="max-inline-size: ${width}">${story()}</div>`;
};

const meta: Meta = {
  title: 'Elements/cds-province-map',
  component: 'cds-province-map',
  render: renderFromArgs,
  decorators: [sized],
  args: {
    src: SRC.feb2023,
    'indicator-id': PILOT_TASKS,
  },
  argTypes: {
    boundaries: { control: { type: 'inline-radio' }, options: ['', 'vn-63', 'vn-34'] },
    aggregate: { control: { type: 'select' }, options: ['', 'sum', 'mean', 'min', 'max'] },
    binning: { control: { type: 'inline-radio' }, options: ['', 'quantile', 'equal'] },
    bins: { control: { type: 'range', min: 2, max: 8 } },
    unit: { control: { type: 'select' }, options: ['', '%', 'index', 'count', 'number', 'VND'] },
    direction: { control: { type: 'inline-radio' }, options: ['', 'higher', 'lower'] },
  },
};
export default meta;

type Story = StoryObj;
const fixed = { controls: { disable: true } };

/** The 2023-02-25 report, section IV.2: which provinces lead each pilot task a)–v). Real data. */
export const Playground: Story = {};

// ---- States -----------------------------------------------------------------------------------

export const StateLoading: Story = { name: 'State · Loading', args: { src: LOADING_SRC } };

/** A bad attribute value: the error names it and lists the allowed ones. */
export const StateError: Story = {
  name: 'State · Error',
  args: { boundaries: 'vn-64' },
};

/** Only the boundaries: every unit hatched as "no data", with the archipelagos. */
export const StateNoData: Story = {
  name: 'State · No data',
  args: {
    src: undefined,
    'indicator-id': undefined,
    boundaries: 'vn-63',
    name: 'Bản đồ hành chính',
  },
};

/** Keys the registry cannot resolve are listed, with suggestions, and fire cds-warning. */
export const StateUnresolvedNames: Story = {
  name: 'State · Warning: unresolved names',
  parameters: fixed,
  render: () =>
    html`<cds-province-map
      illustrative
      unit="%"
      .data=${{
        'TP. Hồ Chí Minh': 80,
        'Ha Noi': 75,
        'Đắc Lắc': 60,
        'Thừa Thiên - Huế': 70,
        'Hà Nộii': 65,
        'Sài Gòn 2': 50,
        'Bắc Giang': 55,
      }}
    ></cds-province-map>`,
};

/** A category the data does not have: said in the notice and by cds-warning; every category stays. */
export const StateUnknownCategory: Story = {
  name: 'State · Warning: unknown category',
  args: { category: 'zz' },
};

/**
 * A `target` attribute, set by the page for the provinces, turns the scale diverging: orange short
 * of it, purple meeting it; the tooltip, the table and each province's name say "đạt" or "chưa
 * đạt" in words. An indicator's own target is the country's: it judges no province. Made-up
 * figures.
 */
export const StateAgainstATarget: Story = {
  name: 'State · Met and not met (a target)',
  parameters: fixed,
  render: () =>
    html`<cds-province-map
      .data=${SHARE_ONLINE}
      name="Tỷ lệ hồ sơ xử lý trực tuyến"
      unit="%"
      target="60"
      table
    ></cds-province-map>`,
};

/** Without `aggregate`, the map explains why it will not merge figures by itself. */
export const StateAggregateMissing: Story = {
  name: 'State · Error: 63 onto 34 without aggregate',
  parameters: fixed,
  render: () =>
    html`<cds-province-map .data=${SHARE_ONLINE} unit="%" boundaries="vn-34"></cds-province-map>`,
};

// ---- Variants and sizes -----------------------------------------------------------------------

/** Numbers on the 63, binned by quantile; made up, and labelled so in the widget. */
export const Numbers: Story = {
  name: 'Variants · Numbers (quantile bins)',
  parameters: fixed,
  render: () =>
    html`<cds-province-map
      .data=${SHARE_ONLINE}
      name="Tỷ lệ hồ sơ xử lý trực tuyến"
      unit="%"
    ></cds-province-map>`,
};

/** Explicit class breaks instead of quantiles. */
export const ExplicitBreaks: Story = {
  name: 'Variants · Explicit breaks',
  parameters: fixed,
  render: () =>
    html`<cds-province-map .data=${SHARE_ONLINE} unit="%" breaks="40, 60, 80"></cds-province-map>`,
};

/** Figures for the 63 on the 34, merged by an explicit aggregate (mean here). */
export const AggregatedOnto34: Story = {
  name: 'Variants · 63 onto 34 (mean)',
  parameters: fixed,
  render: () =>
    html`<cds-province-map
      .data=${SHARE_ONLINE}
      unit="%"
      boundaries="vn-34"
      aggregate="mean"
    ></cds-province-map>`,
};

/** The 34 units from 1 Jul 2025, the six centrally-run cities of that day highlighted (Resolution 202/2025/QH15; three more from 2026). */
export const Highlight34: Story = {
  name: 'Variants · Highlight on the 34',
  args: {
    src: undefined,
    'indicator-id': undefined,
    boundaries: 'vn-34',
    highlight: 'Hà Nội, Huế, Hải Phòng, Đà Nẵng, Hồ Chí Minh, Cần Thơ',
  },
};

/** The data table shown under the map. */
export const WithTable: Story = { name: 'Variants · With the data table', args: { table: true } };

/** One category picked (as a click on its legend entry does): only its provinces are coloured. */
export const OneCategory: Story = { name: 'Variants · One category', args: { category: 'h' } };

/** From a sidebar to a full column. */
export const Sizes: Story = {
  name: 'Variants · Sizes',
  parameters: { ...fixed, width: 'none' },
  render: () =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: start">
      ${['16rem', '24rem', '36rem'].map(
        (w) =>
          html`<div style="inline-size: ${w}">
            <cds-province-map .data=${report2023} indicator-id=${PILOT_TASKS}></cds-province-map>
          </div>`,
      )}
    </div>`,
};

/**
 * `fit`: dashboard tiles of a set height. The drawing takes the height the header, legend and
 * summary leave, at the map's proportions; a long list of categories scrolls, and so does an
 * open data table (the second tile), the drawing giving up height to it. Without a height,
 * nothing changes.
 */
export const Fit: Story = {
  name: 'Variants · Fit tiles of a set height',
  parameters: { ...fixed, width: 'none' },
  render: () =>
    html`<div
      style="display: grid; grid-template-columns: 32rem 20rem; grid-auto-rows: 24rem; gap: 1rem"
    >
      ${[false, true].map(
        (table) =>
          html`<cds-province-map
            fit
            ?table=${table}
            style="outline: 1px dashed #c9cfd6"
            .data=${SHARE_ONLINE}
            name="Tỷ lệ hồ sơ xử lý trực tuyến"
            unit="%"
            target="60"
          ></cds-province-map>`,
      )}
      <cds-province-map
        fit
        style="outline: 1px dashed #c9cfd6; grid-column: 1 / -1; block-size: 36rem"
        .data=${report2023}
        indicator-id=${PILOT_TASKS}
      ></cds-province-map>
    </div>`,
};

// ---- Theming ----------------------------------------------------------------------------------

const numbers = (theme?: string) =>
  html`<cds-province-map
    theme=${ifDefined(theme)}
    .data=${SHARE_ONLINE}
    unit="%"
    target="60"
  ></cds-province-map>`;

export const ThemeLight: Story = {
  name: 'Theming · Light',
  parameters: fixed,
  render: () => lightFrame(numbers('light')),
};

/** The dark theme, set on the element. */
export const ThemeDark: Story = {
  name: 'Theming · Dark',
  parameters: fixed,
  render: () => darkFrame(numbers('dark')),
};

/** Map tokens: base fill, borders, outline, selection and focus rings, a narrower map. */
export const ThemeCustomTokens: Story = {
  name: 'Theming · Custom tokens',
  parameters: fixed,
  render: () =>
    html`<div
      style="--cds-province-map-base: #efe6d2; --cds-province-map-border: #ffffff; --cds-province-map-outline: #5b4a2e; --cds-province-map-selected: #0b3a82; --cds-province-map-focus: #b35900; --cds-province-map-max-width: 26rem"
    >
      <cds-province-map
        .data=${report2023}
        indicator-id=${PILOT_TASKS}
        selected="Bình Định"
      ></cds-province-map>
    </div>`,
};

/** Data colours stay (they are the map); lines and rings take system colours. */
export const ThemeForcedColours: Story = {
  name: 'Theming · Forced colours (preview)',
  parameters: fixed,
  render: () =>
    forcedColoursFrame(
      html`<cds-province-map .data=${report2023} indicator-id=${PILOT_TASKS}></cds-province-map>`,
      {
        '--cds-province-map-border': NIGHT_SKY.CanvasText,
        '--cds-province-map-outline': NIGHT_SKY.CanvasText,
        '--cds-province-map-focus': NIGHT_SKY.Highlight,
        '--cds-province-map-selected': NIGHT_SKY.Highlight,
        '--cds-province-map-no-data': NIGHT_SKY.GrayText,
      },
    ),
};

// ---- Accessibility ----------------------------------------------------------------------------

export const Accessibility: Story = {
  name: 'Accessibility notes',
  parameters: fixed,
  render: () =>
    html`<cds-province-map .data=${report2023} indicator-id=${PILOT_TASKS}></cds-province-map>
      ${a11yNotes([
        html`The map is one Tab stop (the last province focused, until a new selection; else the
        selected one; else the first); every province is a button named with everything about it
        ("Bình Định: h) …, q) …"); arrow keys move to the neighbour in that direction and take the
        Tab stop along; Enter or Space selects (one province at a time, marked aria-current); Escape
        hides the tooltip.`,
        html`A "skip the map" button comes first, so a screen reader's reading order need not go
        through 63 buttons.`,
        html`The tooltip follows focus as well as the pointer.`,
        html`The legend's category buttons say whether they are pressed, and a polite live region
        says what the map shows after each pick; a summary sentence says everything the colours say,
        and the data table does too once shown (collapsed, it is hidden from everyone, as its
        toggle's aria-expanded says).`,
        html`Counts, ranges and verdicts are spoken in words ("hạng 16 trên 63", "20 đến 40",
        "Đạt"); the ✓ and ✗ symbols are drawn only. Forced colours draw every line and ring over a
        Canvas halo; printing keeps the legend colours and leaves out the buttons.`,
        html`Colours come from colour-blind-safe palettes; provinces without data are hatched, not
        only grey. Quần đảo Hoàng Sa and Trường Sa are always drawn and named.`,
      ])}`,
};

// ---- Real data ----------------------------------------------------------------------------------

/** The pilot tasks carried onto the 34: categories follow the succession, no numbers invented. */
export const PilotTasksOn34: Story = {
  name: 'Real data · Pilot tasks on the 34',
  args: { boundaries: 'vn-34' },
};

/** Footnote [6] of bc-2023-02-25: provinces that published or provided open data in 2022. */
export const OpenData2022: Story = {
  name: 'Real data · Open data by province (footnote 6)',
  args: { 'indicator-id': 'du-lieu-mo-dia-phuong-2022' },
};

/** The one real per-province figure in the reports: Hải Phòng (bc-2023-12), by period. */
export const RealFigureHaiPhong: Story = {
  name: 'Real data · Hải Phòng, the one per-province figure',
  args: { src: SRC.end2023, 'indicator-id': 'ho-so-xu-ly-truc-tuyen', period: '2023' },
};

/** Click, or Tab then Enter: `cds-province-select` carries code, name, value and boundary set. */
export const SelectionEvents: Story = {
  name: 'Real data · Selection events',
  parameters: fixed,
  render: () => {
    const log = (e: CdsProvinceSelectEvent): void => {
      const out = document.getElementById('province-map-log');
      if (out) {
        out.textContent = `cds-province-select → ${JSON.stringify({
          code: e.code,
          name: e.name,
          categories: e.categories,
          boundaries: e.boundaries,
        })}`;
      }
    };
    return html`<cds-province-map
        selected="Đà Nẵng"
        .data=${report2023}
        indicator-id=${PILOT_TASKS}
        @cds-province-select=${log}
      ></cds-province-map>
      <output id="province-map-log" style="display: block; margin-top: 1rem; font-family: monospace"
        >Chọn một tỉnh…</output
      >`;
  },
};

/** In English: labels, summary, table and tooltips. */
export const English: Story = {
  name: 'Real data · In English',
  parameters: fixed,
  render: () =>
    html`<cds-province-map
      lang="en"
      table
      .data=${report2023}
      indicator-id=${PILOT_TASKS}
    ></cds-province-map>`,
};
