import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@cds-vn/elements/status-badge/cds-status-badge.js';
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
 * `<cds-status-badge>`: an indicator's status against its target as a symbol and a word, with
 * the explanation a person can check. Every story reads a seeds report through `src`, as a
 * portal page would, unless it says otherwise.
 */
const meta: Meta = {
  title: 'Elements/cds-status-badge',
  component: 'cds-status-badge',
  render: renderFromArgs,
  args: {
    src: SRC.feb2023,
    'indicator-id': 'ho-so-xu-ly-truc-tuyen',
    period: '2022',
    'as-of': '2023-02-25',
    detailed: true,
  },
};
export default meta;

type Story = StoryObj;
const noControls = { controls: { disable: true } };

/** Every attribute, CSS property and slot of the manifest as a control. */
export const Playground: Story = {};

// ---- States -----------------------------------------------------------------------------------

export const StateLoading: Story = {
  name: 'State · Loading',
  args: { src: LOADING_SRC },
};

/** Bad JSON: the error panel in the page's language, and a `cds-error` event. */
export const StateError: Story = {
  name: 'State · Error',
  args: { src: undefined, indicator: '{"name": "x", value: 5}' },
};

/** Online reports: the H1-2022 table prints "–" for the six months. */
export const StateNoData: Story = {
  name: 'State · No data',
  args: { src: SRC.h1_2022, 'indicator-id': 'bao-cao-truc-tuyen', period: '', 'as-of': '2022-08' },
};

/** E-invoices: 100% against "= 100%" in 2022 (bc-2023-02-25, table a). */
export const StateAchieved: Story = {
  name: 'State · Achieved',
  args: { 'indicator-id': 'hoa-don-dien-tu' },
};

/** Open data: 11,8% against ≥ 50% in 2022 (bc-2023-02-25, table a, part II). */
export const StateNotAchieved: Story = {
  name: 'State · Not achieved',
  args: { 'indicator-id': 'du-lieu-mo' },
};

/** The digital economy's share of GDP against "trên 16%" for 2023, as of bc-2023-02-25: the
 * line through 2021's 9,6% and 2022's 14,26% reaches 18,92%. */
export const StateOnTrack: Story = {
  name: 'State · On track',
  args: { src: SRC.merged, 'indicator-id': 'ty-trong-kinh-te-so-gdp', period: '2023' },
};

/** Smartphones as the H1-2022 report saw them: 70,91% and a flat trend against ≥ 85%. */
export const StateAtRisk: Story = {
  name: 'State · At risk',
  args: {
    src: SRC.h1_2022,
    'indicator-id': 'dan-so-dien-thoai-thong-minh',
    period: '',
    'as-of': '2022-08',
  },
};

/** The amended Law on Citizen Identification, due December 2023, not reported done by 2024-04. */
export const StateOverdue: Story = {
  name: 'State · Overdue',
  args: {
    src: SRC.merged,
    'indicator-id': 'luat-can-cuoc-cong-dan-sua-doi',
    period: '',
    'as-of': '2024-04',
  },
};

/**
 * No report in seeds/ has a task finished after its deadline, so this one is an example typed
 * by hand and says so in its name: due March 2023, done in June 2023.
 */
const DONE_LATE = JSON.stringify({
  id: 'vi-du-hoan-thanh-tre-han',
  name: 'Ví dụ minh họa: nhiệm vụ hoàn thành sau hạn',
  kind: 'milestone',
  targets: [{ due: '2023-03' }],
  observations: [{ period: '2023-06', done: true, completed: '2023-06' }],
});

export const StateAchievedLate: Story = {
  name: 'State · Achieved late (example)',
  args: {
    src: undefined,
    'indicator-id': undefined,
    period: undefined,
    'as-of': '2023-12',
    indicator: DONE_LATE,
  },
};

/** Fixed broadband speed, 79,95 Mbps in 2022: the reports set no target for it. */
export const StateNoTarget: Story = {
  name: 'State · No target',
  args: { src: SRC.end2022, 'indicator-id': 'toc-do-bang-rong-co-dinh', period: '', 'as-of': '' },
};

// ---- Variants and sizes -----------------------------------------------------------------------

/** Without and with `detailed`: the explanation is always there for screen readers. */
export const Variants: Story = {
  name: 'Variants · Plain and detailed',
  parameters: noControls,
  render: () =>
    html`<div style="display: grid; gap: 1rem; max-width: 40rem">
      <cds-status-badge
        src=${SRC.feb2023}
        indicator-id="du-lieu-mo"
        period="2022"
        as-of="2023-02-25"
      ></cds-status-badge>
      <cds-status-badge
        src=${SRC.feb2023}
        indicator-id="du-lieu-mo"
        period="2022"
        as-of="2023-02-25"
        detailed
      ></cds-status-badge>
    </div>`,
};

/**
 * Without JSON: the gauge's plain attributes, as a CMS author types them: 54,34% against ≥ 50%
 * (bc-2023-02-25) and 21/25 services, for which the report gives no target (bc-2022-12-28).
 * Beside JSON data they would be ignored, so there they are an error naming the attribute.
 */
export const PlainAttributes: Story = {
  name: 'Variants · Plain attributes, no JSON',
  parameters: noControls,
  render: () =>
    html`<div style="display: grid; gap: 1rem; max-width: 40rem">
      <cds-status-badge
        label="Tỷ lệ hồ sơ xử lý trực tuyến"
        value="54.34"
        target="50"
        unit="%"
        period="2022"
        detailed
      ></cds-status-badge>
      <cds-status-badge
        label="Dịch vụ công thiết yếu của Đề án 06"
        value="21"
        total="25"
        unit="count"
        period="2022"
        detailed
      ></cds-status-badge>
      <cds-status-badge
        src=${SRC.feb2023}
        indicator-id="ho-so-xu-ly-truc-tuyen"
        value="60"
      ></cds-status-badge>
    </div>`,
};

/** The badge is text: it takes the size of the text around it. */
export const Sizes: Story = {
  name: 'Variants · Sizes',
  parameters: noControls,
  render: () =>
    html`<div style="display: grid; gap: 0.75rem">
      ${['0.75rem', '1rem', '1.25rem', '1.75rem'].map(
        (size) =>
          html`<div style="font-size: ${size}">
            <cds-status-badge
              src=${SRC.feb2023}
              indicator-id="hoa-don-dien-tu"
              period="2022"
              as-of="2023-02-25"
            ></cds-status-badge>
          </div>`,
      )}
    </div>`,
};

// ---- Theming ----------------------------------------------------------------------------------

/** The eight State stories above, in one row: all eight verdicts, from the same data. */
const VERDICTS = [
  StateAchieved,
  StateNotAchieved,
  StateOnTrack,
  StateAtRisk,
  StateOverdue,
  StateAchievedLate,
  StateNoData,
  StateNoTarget,
];

/** A story's badge as a page writes it: the meta's args under its own, without `detailed`. */
function badgeOf(story: Story, theme?: string): HTMLElement {
  const el = document.createElement('cds-status-badge');
  const args: Record<string, unknown> = { ...meta.args, ...story.args, detailed: false, theme };
  for (const [name, value] of Object.entries(args))
    if (typeof value === 'string' && value !== '') el.setAttribute(name, value);
  return el;
}

const everyVerdict = (theme?: string) =>
  html`<div style="display: flex; flex-wrap: wrap; gap: 0.75rem 1.5rem">
    ${VERDICTS.map((story) => badgeOf(story, theme))}
  </div>`;

export const ThemeLight: Story = {
  name: 'Theming · Light',
  parameters: noControls,
  render: () => lightFrame(everyVerdict('light')),
};

export const ThemeDark: Story = {
  name: 'Theming · Dark',
  parameters: noControls,
  render: () => darkFrame(everyVerdict('dark')),
};

/** A portal's own palette through the public tokens (all still AA on white). */
export const ThemeCustomTokens: Story = {
  name: 'Theming · Custom tokens',
  parameters: noControls,
  render: () =>
    html`<div
      style="--cds-status-badge-positive: #005a32; --cds-status-badge-negative: #8e0000; --cds-status-badge-caution: #6b3d00; --cds-status-badge-neutral: #3d4550; font-family: Georgia, serif"
    >
      ${everyVerdict()}
    </div>`,
};

/** See `forcedColoursFrame` in stories/support/frames.ts: a preview, not the real mode. */
export const ThemeForcedColours: Story = {
  name: 'Theming · Forced colours (preview)',
  parameters: noControls,
  render: () =>
    forcedColoursFrame(everyVerdict(), {
      '--cds-status-badge-positive': NIGHT_SKY.CanvasText,
      '--cds-status-badge-caution': NIGHT_SKY.CanvasText,
      '--cds-status-badge-negative': NIGHT_SKY.CanvasText,
      '--cds-status-badge-neutral': NIGHT_SKY.CanvasText,
    }),
};

// ---- Accessibility ----------------------------------------------------------------------------

export const Accessibility: Story = {
  name: 'Accessibility notes',
  parameters: noControls,
  render: () =>
    html`<cds-status-badge
        src=${SRC.feb2023}
        indicator-id="du-lieu-mo"
        period="2022"
        as-of="2023-02-25"
      ></cds-status-badge>
      ${a11yNotes([
        html`Status is never colour alone: a symbol (hidden from screen readers) and the word ("✗
        Chưa đạt").`,
        html`The explanation ("11,8% so với mục tiêu ≥ 50% (2022)") is always in the page: visible
          with <code>detailed</code>, otherwise read by screen readers only, after the verdict and a
          full stop ("Chưa đạt. 11,8% …"), so the verdict is said once.`,
        html`Words follow <code>lang</code> on the element, an ancestor or the page (vi, en); the
          badge marks its own <code>lang</code>, so a screen reader reads it with the right voice on
          a page in another language or with none.`,
        html`Status colours meet WCAG AA on the surface in light and dark; forced colours use
        CanvasText for the pill.`,
        html`Not interactive: nothing to focus.`,
      ])}`,
};

// ---- Real data ----------------------------------------------------------------------------------

/** Table a of the 2023-02-25 report, one badge per row, as the report judged them (the report passed as a property). */
export const Results2022: Story = {
  name: 'Real data · 2022 results (bc-2023-02-25, table a)',
  parameters: noControls,
  render: () =>
    html`<ul style="display: grid; gap: 0.5rem; padding-left: 1rem">
      ${(report2023.tables[0]?.indicators ?? []).map((id) => {
        const ind = report2023.indicators.find((i) => i.id === id);
        return html`<li>
          ${typeof ind?.name === 'string' ? ind.name : ind?.name.vi}:
          <cds-status-badge
            .indicator=${report2023}
            indicator-id=${id}
            period="2022"
            as-of="2023-02-25"
          ></cds-status-badge>
        </li>`;
      })}
    </ul>`,
};
