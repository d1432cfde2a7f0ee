import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@cds-vn/elements/kpi-gauge/cds-kpi-gauge.js';
import { renderFromArgs } from './support/render-from-args.js';
import { LOADING_SRC } from './support/loading.js';
import { SRC, allReports, report2023 } from './support/seeds.js';
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
  title: 'Elements/cds-kpi-gauge',
  component: 'cds-kpi-gauge',
  render: renderFromArgs,
  decorators: [sized],
  args: {
    src: SRC.merged,
    'indicator-id': 'ho-so-xu-ly-truc-tuyen',
    variant: 'semi',
    period: '2022',
    'as-of': '2023-02-25',
  },
  argTypes: {
    variant: { control: { type: 'inline-radio' }, options: ['semi', 'ring', 'bullet'] },
    direction: { control: { type: 'select' }, options: ['', 'higher', 'lower'] },
    op: { control: { type: 'select' }, options: ['', '>=', '>', '=', '<=', '<'] },
  },
};
export default meta;

type Story = StoryObj;
const fixed = { controls: { disable: true }, width: 'none' };

/** A gauge of one indicator from a dataset with many: every attribute is a control. */
export const Playground: Story = {};

// ---- States -----------------------------------------------------------------------------------

export const StateLoading: Story = { name: 'State · Loading', args: { src: LOADING_SRC } };

export const StateError: Story = {
  name: 'State · Error',
  args: { src: undefined, indicator: '{"name": "x", value: 5}' },
};

/** Online reports: the H1-2022 table prints "–" for the six months. */
export const StateNoData: Story = {
  name: 'State · No data',
  args: { 'indicator-id': 'bao-cao-truc-tuyen', period: '', 'as-of': '2022-08' },
};

/**
 * The digital economy's share of GDP: 14,26% in 2022 (an estimate, bc-2023-02-25), and "trên 16%"
 * set for 2023, which no report measured. No data for the target, and the latest figure shown.
 */
export const StateNoDataLatestShown: Story = {
  name: 'State · No data, latest figure shown',
  args: { 'indicator-id': 'ty-trong-kinh-te-so-gdp', period: '', 'as-of': '2024-04' },
};

/**
 * Part of a target's period: online dossiers for the first half of 2022 (36,91%), judged as it
 * stood then against the 2022 floor of 50%; `period="2022"` shows the year's 54,34%.
 */
export const PeriodPartOfTarget: Story = {
  name: 'Period · Part of the target year',
  args: { period: '2022-H1' },
};

/**
 * Nothing measured in the period asked for: online reports, whose H1-2022 column prints "-"
 * (bc-2022-08). The gauge names the half year, not 2022, which gave 40,47% (bc-2023-02-25).
 */
export const PeriodNothingMeasured: Story = {
  name: 'Period · Nothing measured in the period asked for',
  args: { 'indicator-id': 'bao-cao-truc-tuyen', period: '2022-H1', 'as-of': '' },
};

/** 2022 result against the 2022 target (bc-2023-02-25, table a). */
export const StateAchieved: Story = { name: 'State · Achieved' };

/** Open data: 11,8% against ≥ 50% (bc-2023-02-25, table a, part II). */
export const StateNotAchieved: Story = {
  name: 'State · Not achieved',
  args: { 'indicator-id': 'du-lieu-mo' },
};

/** The digital economy's share of GDP against "trên 16%" for 2023, as of bc-2023-02-25: the
 * line through 2021's 9,6% and 2022's 14,26% reaches 18,92%. */
export const StateOnTrack: Story = {
  name: 'State · On track',
  args: { 'indicator-id': 'ty-trong-kinh-te-so-gdp', period: '2023' },
};

/** Smartphones as the H1-2022 report saw it: 70,91% and a flat trend against ≥ 85%. */
export const StateAtRisk: Story = {
  name: 'State · At risk',
  args: { 'indicator-id': 'dan-so-dien-thoai-thong-minh', period: '', 'as-of': '2022-08' },
};

/** A Đề án 06 milestone due in December 2023, with no completion reported by April 2024. */
export const StateOverdue: Story = {
  name: 'State · Overdue',
  args: { 'indicator-id': 'luat-can-cuoc-cong-dan-sua-doi', period: '', 'as-of': '2024-04' },
};

/**
 * No report in seeds/ has a task finished after its deadline, so this one is typed by hand and
 * says so in its name: due March 2023, done in June 2023.
 */
export const StateAchievedLate: Story = {
  name: 'State · Achieved late (example)',
  args: {
    src: undefined,
    'indicator-id': undefined,
    period: undefined,
    'as-of': '2023-12',
    indicator: JSON.stringify({
      id: 'vi-du-hoan-thanh-tre-han',
      name: 'Ví dụ minh họa: nhiệm vụ hoàn thành sau hạn',
      kind: 'milestone',
      targets: [{ due: '2023-03' }],
      observations: [{ period: '2023-06', done: true, completed: '2023-06' }],
    }),
  },
};

/** Fixed broadband speed, 79,95 Mbps in 2022: no report sets a target for it. */
export const StateNoTarget: Story = {
  name: 'State · No target',
  args: { 'indicator-id': 'toc-do-bang-rong-co-dinh', period: '', 'as-of': '' },
};

/** A gauge with exactly these attributes, as a CMS would write them (even invalid ones). */
function gaugeWith(attributes: Record<string, string>, indicator?: object): HTMLElement {
  const el = document.createElement('cds-kpi-gauge');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (indicator) el.indicator = indicator;
  return el;
}

/**
 * Every kind of bad input but a failed download (a `src` that does not load, which would put a
 * failed request in the story's log): each shows the error panel in the page's language and
 * fires cds-error.
 */
export const Errors: Story = {
  name: 'State · Every kind of bad input',
  parameters: fixed,
  render: () => {
    const cases: [string, HTMLElement][] = [
      ['JSON không hợp lệ', gaugeWith({ indicator: '{"name": "x", value: 5}' })],
      [
        'Nháy cong do trình soạn thảo',
        gaugeWith({ indicator: '{“name”: “Tỷ lệ”, “value”: 54,34}' }),
      ],
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
      [
        'Kỳ viết như báo cáo (JSON)',
        gaugeWith({
          indicator: '{"name":"Tỷ lệ","value":54.34,"target":50,"unit":"%","period":"Quý I/2024"}',
        }),
      ],
      ['indicator-id không có', gaugeWith({ 'indicator-id': 'khong-co' }, allReports)],
      ['Nhiều chỉ tiêu, không có indicator-id', gaugeWith({}, allReports)],
      [
        'as-of không hợp lệ',
        gaugeWith({ 'indicator-id': 'du-lieu-mo', 'as-of': 'hôm qua' }, allReports),
      ],
      [
        'direction lạ',
        gaugeWith({ label: 'Tỷ lệ', value: '54.34', target: '50', direction: 'up' }),
      ],
      ['op lạ', gaugeWith({ label: 'Tỷ lệ', value: '54.34', target: '50', op: '=>' })],
      [
        'Trùng id trong bộ dữ liệu',
        gaugeWith(
          { 'indicator-id': 'a' },
          {
            indicators: [
              { id: 'a', name: 'Chỉ tiêu A' },
              { id: 'a', name: 'Chỉ tiêu A (lần nữa)' },
            ],
          },
        ),
      ],
      [
        'Nguồn không có trong bộ dữ liệu',
        gaugeWith(
          {},
          {
            indicators: [
              {
                id: 'a',
                name: 'Tỷ lệ',
                unit: '%',
                observations: [{ period: '2022', value: 5, source: 'bc-khong-co' }],
              },
            ],
          },
        ),
      ],
    ];
    return html`<div
      style="display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 1rem"
    >
      ${cases.map(
        ([title, el]) =>
          html`<section>
            <h2 style="font-size: 1rem">${title}</h2>
            ${el}
          </section>`,
      )}
    </div>`;
  },
};

// ---- Variants and sizes -----------------------------------------------------------------------

const gauge = (variant: string, width: string, id = 'ho-so-xu-ly-truc-tuyen') =>
  html`<div style="inline-size: ${width}">
    <cds-kpi-gauge
      .indicator=${allReports}
      indicator-id=${id}
      variant=${variant}
      period="2022"
      as-of="2023-02-25"
    ></cds-kpi-gauge>
  </div>`;

/** Half circle, ring and bar, side by side. */
export const Variants: Story = {
  name: 'Variants · Semi, ring, bullet',
  parameters: fixed,
  render: () =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: start">
      ${gauge('semi', '16rem')} ${gauge('ring', '16rem')} ${gauge('bullet', '22rem')}
    </div>`,
};

/** From 120 to 600 px: small sizes keep value and status and fold the explanation away. */
export const Sizes: Story = {
  name: 'Variants · Sizes',
  parameters: fixed,
  render: () =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 1rem; align-items: start">
      ${['120px', '180px', '240px', '360px', '600px'].map((w) => gauge('semi', w))}
    </div>`,
};

/**
 * The longest readings of the reports ("3.319,3 tỷ đồng", "79,95 Mbps") stay inside the dial's
 * opening, wrapping between words; under a small half circle the longest go beneath the arc.
 */
export const LongReadings: Story = {
  name: 'Variants · Long readings, small sizes',
  parameters: fixed,
  render: () =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 1rem; align-items: start">
      ${['semi', 'ring'].flatMap((variant) =>
        ['120px', '160px', '240px'].flatMap((width) =>
          ['doanh-thu-an-toan-thong-tin-mang', 'toc-do-bang-rong-co-dinh'].map(
            (id) =>
              html`<div style="inline-size: ${width}">
                <cds-kpi-gauge .indicator=${allReports} indicator-id=${id} variant=${variant}>
                </cds-kpi-gauge>
              </div>`,
          ),
        ),
      )}
    </div>`,
};

/**
 * `fit`: tiles of a set height. The dial takes the height the words leave; a short tile drops
 * the change, then the period and target line, then the disclosure, never the value or the
 * status; beside the words (wide tiles) they need less height. A ring under 5.5 base sizes
 * puts its reading beside the drawing, which keeps the dial's height (the last two tiles).
 */
export const Fit: Story = {
  name: 'Variants · Fit tiles of a set height',
  parameters: fixed,
  render: () => {
    const tile = (variant: string, id: string, w: string, h: string) =>
      html`<div style="inline-size: ${w}; block-size: ${h}; outline: 1px dashed #c9cfd6">
        <cds-kpi-gauge
          fit
          style="block-size: 100%"
          .indicator=${allReports}
          indicator-id=${id}
          variant=${variant}
          as-of="2023-02-25"
        ></cds-kpi-gauge>
      </div>`;
    return html`<div style="display: flex; flex-direction: column; gap: 1.5rem">
      <div
        style="display: grid; grid-template-columns: repeat(3, 14rem); grid-auto-rows: 12rem; gap: 1rem"
      >
        ${['ho-so-xu-ly-truc-tuyen', 'dan-so-dien-thoai-thong-minh', 'ho-gia-dinh-cap-quang'].map(
          (id, i) =>
            html`<cds-kpi-gauge
              fit
              style="outline: 1px dashed #c9cfd6"
              .indicator=${allReports}
              indicator-id=${id}
              variant=${i === 2 ? 'ring' : 'semi'}
              as-of="2023-02-25"
            ></cds-kpi-gauge>`,
        )}
      </div>
      <div style="display: flex; flex-wrap: wrap; gap: 1rem; align-items: start">
        ${tile('semi', 'ho-so-xu-ly-truc-tuyen', '20rem', '8rem')}
        ${tile('semi', 'doanh-thu-an-toan-thong-tin-mang', '12rem', '12rem')}
        ${tile('semi', 'hoa-don-dien-tu', '38rem', '9rem')}
        ${tile('ring', 'dvc-thiet-yeu-de-an-06', '12rem', '14rem')}
        ${tile('semi', 'tai-khoan-thanh-toan', '12rem', '24rem')}
        ${tile('bullet', 'tan-cong-mang', '20rem', '7rem')}
        ${tile('ring', 'ho-so-xu-ly-truc-tuyen', '12.5rem', '10rem')}
        ${tile('ring', 'ho-gia-dinh-cap-quang', '9.5rem', '7.5rem')}
      </div>
    </div>`;
  },
};

/** No JSON at all: `label`, `value`, `target` and `unit` attributes (figures of table a). */
export const PlainAttributes: Story = {
  name: 'Variants · Plain attributes, no JSON',
  args: {
    src: undefined,
    'indicator-id': undefined,
    'as-of': undefined,
    label: 'Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến',
    value: '54.34',
    target: '50',
    unit: '%',
    period: '2022',
  },
};

/** A custom title and a footer through slots. */
export const Slots: Story = {
  name: 'Variants · Title and footer slots',
  args: {
    'slot="title"': 'Hồ sơ TTHC xử lý trực tuyến',
    'slot="footer"': 'Nguồn: Báo cáo tóm tắt Chuyển đổi số quốc gia, 25/02/2023',
  },
};

// ---- Theming ----------------------------------------------------------------------------------

const threeGauges = (theme?: string) =>
  html`<div style="display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: start">
    ${(['ho-so-xu-ly-truc-tuyen', 'du-lieu-mo', 'dnnvv-nen-tang-so'] as const).map(
      (id) =>
        html`<div style="inline-size: 15rem">
          <cds-kpi-gauge
            theme=${ifDefined(theme)}
            .indicator=${report2023}
            indicator-id=${id}
            period="2022"
            as-of="2023-02-25"
          ></cds-kpi-gauge>
        </div>`,
    )}
  </div>`;

export const ThemeLight: Story = {
  name: 'Theming · Light',
  parameters: fixed,
  render: () => lightFrame(threeGauges('light')),
};

/** `theme="dark"` paints the dark surface on any page; a dark page does the same. */
export const ThemeDark: Story = {
  name: 'Theming · Dark',
  parameters: fixed,
  render: () => darkFrame(threeGauges('dark')),
};

/** A portal's palette through the public tokens: a navy arc, a sand track, a serif face. */
export const ThemeCustomTokens: Story = {
  name: 'Theming · Custom tokens',
  parameters: fixed,
  render: () =>
    html`<div
      style="--cds-kpi-gauge-track: #e6dcc8; --cds-kpi-gauge-target: #1b1f24; --cds-kpi-gauge-zone: #d7e6f5; --cds-kpi-gauge-positive: #0b3a82; --cds-kpi-gauge-negative: #9b1c1c; --cds-font-family: Georgia, 'Times New Roman', serif"
    >
      ${threeGauges()}
    </div>`,
};

/**
 * A CMS page's text styles (centred, upper case, bold, italic, spaced, nowrap) stop at the
 * element, and so does a root font size (Bootstrap 3's 10 px): the gauges look as they do on
 * a plain page. `--cds-font-size` is the one knob that scales a widget, its text and spaces.
 */
export const ThemeHostPage: Story = {
  name: 'Theming · Inside a portal’s text styles, --cds-font-size',
  parameters: fixed,
  render: () =>
    html`<div
        style="text-align: center; text-transform: uppercase; font-weight: bold; font-style: italic; letter-spacing: 2px; white-space: nowrap; line-height: 1; font-size: 12px; font-family: serif"
      >
        ${threeGauges()}
      </div>
      <div style="--cds-font-size: 20px">${gauge('semi', '24rem')}</div>`,
};

/** A preview of forced colours (see stories/support/frames.ts); the real mode is an OS setting. */
export const ThemeForcedColours: Story = {
  name: 'Theming · Forced colours (preview)',
  parameters: fixed,
  render: () =>
    forcedColoursFrame(threeGauges(), {
      '--cds-kpi-gauge-arc': NIGHT_SKY.Highlight,
      '--cds-kpi-gauge-track': NIGHT_SKY.GrayText,
      '--cds-kpi-gauge-target': NIGHT_SKY.CanvasText,
      '--cds-kpi-gauge-zone': 'transparent',
    }),
};

// ---- Accessibility ----------------------------------------------------------------------------

export const Accessibility: Story = {
  name: 'Accessibility notes',
  parameters: fixed,
  render: () =>
    html`${gauge('semi', '18rem', 'du-lieu-mo')}
    ${a11yNotes([
      html`The dial is a <code>role="meter"</code> named by the indicator (or the
        <code>title</code> slot), with <code>aria-valuenow/min/max</code> and a value text that says
        the figure, its unit, the target and the verdict in words ("11,8%; Mục tiêu: Tối thiểu 50%;
        Chưa đạt"); the status line under it says the verdict again, for the eye.`,
      html`The status is a symbol and a word ("✗ Chưa đạt"), never colour alone; the target marker
      is also written out ("Mục tiêu: ≥ 50%").`,
      html`The change says its direction and whether it is good news in words: "▲ 25,3% so với năm
      2021 · xấu đi" on screen, "Tăng 25,3% …" to a screen reader (the arrow is hidden from it).`,
      html`The explanation ("11,8% so với mục tiêu ≥ 50% (2022): Chưa đạt") is in the text. Below
      about 240 px, and on bullets, it folds behind a disclosure button (<code>aria-expanded</code>,
      named with the indicator: "Giải thích Tỷ lệ …"), which opens from the keyboard (Tab, then
      Enter or Space); that is the gauge's only focus stop. On paper the explanation is printed and
      the button is not.`,
      html`Forecasts and estimates are said in words ("(dự báo)"), not only drawn fainter.`,
      html`The arc animates only under <code>prefers-reduced-motion: no-preference</code>; forced
        colours draw it in system colours, solid, over a thin track. Words follow
        <code>lang</code> (vi, en), and the gauge marks its language (and a name the data has only
        in Vietnamese) for screen readers. Its layout steps are in rem, so with text at 200% it lays
        out as a gauge of half its width.`,
    ])}`,
};

// ---- Real data ----------------------------------------------------------------------------------

/** Bars for a dense layout: the 2022 headline table of bc-2023-02-25. */
export const BulletTable: Story = {
  name: 'Real data · Table a as bars (bc-2023-02-25)',
  parameters: fixed,
  render: () =>
    html`<div style="display: grid; gap: 1rem; inline-size: 26rem">
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
  name: 'Real data · Lower is better (cyber attacks)',
  parameters: { width: '26rem' },
  args: { 'indicator-id': 'tan-cong-mang', variant: 'bullet', period: '2022', 'as-of': '' },
};

/** Đề án 06 essential services on the national portal: 21 of 25 in 2022. */
export const CountAgainstTotal: Story = {
  name: 'Real data · Count against a total (21/25)',
  parameters: { width: '15rem' },
  args: { 'indicator-id': 'dvc-thiet-yeu-de-an-06', variant: 'ring' },
};

/** The national digital-transformation index: 0,71 in 2022, on a 0–1 scale. */
export const Index: Story = {
  name: 'Real data · An index (0–1)',
  args: { 'indicator-id': 'chi-so-chuyen-doi-so-quoc-gia', 'as-of': '2023-12' },
};

/** The 2023 index is a forecast (0,75): said in words, and drawn fainter. */
export const Forecast: Story = {
  name: 'Real data · A forecast',
  args: { 'indicator-id': 'chi-so-chuyen-doi-so-quoc-gia', period: '', 'as-of': '2023-12' },
};

/** A forecast that meets its target: e-commerce in retail, 7,5% against ≥ 7%. */
export const ForecastAgainstTarget: Story = {
  name: 'Real data · A forecast against its target',
  args: { 'indicator-id': 'thuong-mai-dien-tu-ban-le' },
};

/** Large numbers: NDXP handles about 2,8 million transactions a day (April 2024). */
export const LargeNumber: Story = {
  name: 'Real data · A large number',
  args: { 'indicator-id': 'ndxp-giao-dich-binh-quan-ngay', period: '', 'as-of': '2024-04' },
};

/** Vietnamese and English side by side, whatever the toolbar says. */
export const Languages: Story = {
  name: 'Real data · Vietnamese and English',
  parameters: fixed,
  render: () =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 1.5rem">
      <div lang="vi">${gauge('semi', '18rem')}</div>
      <div lang="en">${gauge('semi', '18rem')}</div>
    </div>`,
};
