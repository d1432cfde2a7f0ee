import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { provinceUnits } from '@cds-vn/core';
import '@cds-vn/elements/province-map/cds-province-map.js';
import type { CdsProvinceSelectEvent } from '@cds-vn/elements/events/cds-province-select-event.js';
import report2023 from '../seeds/bc-2023-02-25.json';
import report2023end from '../seeds/bc-2023-12.json';

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

interface Args {
  boundaries: string;
  aggregate: string;
  binning: string;
  bins: number;
  breaks: string;
  lang: string;
  table: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/cds-province-map',
  component: 'cds-province-map',
  parameters: { layout: 'padded' },
  args: {
    boundaries: '',
    aggregate: '',
    binning: 'quantile',
    bins: 5,
    breaks: '',
    lang: '',
    table: false,
  },
  argTypes: {
    boundaries: { control: 'select', options: ['', 'vn-63', 'vn-34'] },
    aggregate: { control: 'select', options: ['', 'sum', 'mean', 'min', 'max'] },
    binning: { control: 'select', options: ['quantile', 'equal'] },
    bins: { control: { type: 'range', min: 2, max: 8 } },
    lang: { control: 'select', options: ['', 'vi', 'en'] },
  },
  render: (a) =>
    html`<div style="max-width: 560px">
      <cds-province-map
        lang=${a.lang || undefined}
        boundaries=${a.boundaries || undefined}
        aggregate=${a.aggregate || undefined}
        binning=${a.binning || undefined}
        bins=${a.bins}
        breaks=${a.breaks || undefined}
        ?table=${a.table}
        .data=${SHARE_ONLINE}
        name="Tỷ lệ hồ sơ xử lý trực tuyến"
        unit="%"
      ></cds-province-map>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The 2023-02-25 report, section IV.2: which provinces lead each pilot task a)–v). Real data. */
export const PilotTasks: Story = {
  render: (a) =>
    html`<div style="max-width: 560px">
      <cds-province-map
        lang=${a.lang || undefined}
        ?table=${a.table}
        indicator-id="nhiem-vu-trong-tam-cac-tinh-2023"
        .data=${report2023}
      ></cds-province-map>
    </div>`,
};

/** Numbers on the 63, binned by quantile; made up, and labelled so in the widget. */
export const NumbersOn63: Story = {};

/** Explicit class breaks instead of quantiles. */
export const ExplicitBreaks: Story = { args: { breaks: '40, 60, 80' } };

/** A target in the data turns the scale diverging: orange short of it, purple meeting it. */
export const AroundATarget: Story = {
  render: (a) =>
    html`<div style="max-width: 560px">
      <cds-province-map
        lang=${a.lang || undefined}
        .data=${SHARE_ONLINE}
        name="Tỷ lệ hồ sơ xử lý trực tuyến"
        unit="%"
        target="60"
      ></cds-province-map>
    </div>`,
};

/** The one real per-province figure in the reports: Hải Phòng (bc-2023-12), by period. */
export const RealFigureHaiPhong: Story = {
  render: (a) =>
    html`<div style="max-width: 560px">
      <cds-province-map
        lang=${a.lang || undefined}
        indicator-id="ho-so-xu-ly-truc-tuyen"
        period="2023"
        .data=${report2023end}
      ></cds-province-map>
    </div>`,
};

/** The 34 units from 1 Jul 2025, the six centrally-run cities highlighted (Resolution 202/2025/QH15). */
export const The34: Story = {
  render: (a) =>
    html`<div style="max-width: 560px">
      <cds-province-map
        lang=${a.lang || undefined}
        boundaries="vn-34"
        highlight="Hà Nội, Huế, Hải Phòng, Đà Nẵng, Hồ Chí Minh, Cần Thơ"
      ></cds-province-map>
    </div>`,
};

/** Figures for the 63 on the 34, merged by an explicit aggregate (mean here). */
export const AggregatedOnto34: Story = { args: { boundaries: 'vn-34', aggregate: 'mean' } };

/** Without `aggregate`, the map explains why it will not merge figures by itself. */
export const AggregateMissing: Story = { args: { boundaries: 'vn-34', aggregate: '' } };

/** The pilot tasks carried onto the 34: categories follow the succession, no numbers invented. */
export const PilotTasksOn34: Story = {
  render: (a) =>
    html`<div style="max-width: 560px">
      <cds-province-map
        lang=${a.lang || undefined}
        boundaries="vn-34"
        indicator-id="nhiem-vu-trong-tam-cac-tinh-2023"
        .data=${report2023}
      ></cds-province-map>
    </div>`,
};

/** Click, or Tab then Enter: `cds-province-select` carries code, name, value and boundary set. */
export const SelectionEvents: Story = {
  render: (a) => {
    const log = (e: CdsProvinceSelectEvent): void => {
      const out = document.getElementById('province-map-log');
      if (out) {
        out.textContent = `cds-province-select → ${JSON.stringify({
          code: e.code,
          name: e.name,
          value: e.value,
          boundaries: e.boundaries,
        })}`;
      }
    };
    return html`<div style="max-width: 560px">
      <cds-province-map
        lang=${a.lang || undefined}
        selected="Đà Nẵng"
        .data=${SHARE_ONLINE}
        unit="%"
        @cds-province-select=${log}
      ></cds-province-map>
      <output id="province-map-log" style="display:block;margin-top:1rem;font-family:monospace"
        >Chọn một tỉnh…</output
      >
    </div>`;
  },
};

/** Keys the registry cannot resolve are listed, with suggestions, and fire cds-warning. */
export const UnresolvedNames: Story = {
  render: (a) =>
    html`<div style="max-width: 560px">
      <cds-province-map
        lang=${a.lang || undefined}
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
      ></cds-province-map>
    </div>`,
};

/** The dark theme, set on the element. */
export const DarkTheme: Story = {
  render: (a) =>
    html`<div style="max-width: 560px; padding: 1rem; background: #16191d">
      <cds-province-map
        theme="dark"
        lang=${a.lang || undefined}
        .data=${SHARE_ONLINE}
        unit="%"
        target="60"
        table
      ></cds-province-map>
    </div>`,
};

/** In English: labels, summary, table and tooltips. */
export const English: Story = { args: { lang: 'en', table: true } };
