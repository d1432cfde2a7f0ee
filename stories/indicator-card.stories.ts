import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { DatasetInput } from '@cds-vn/core';
import '@cds-vn/elements/indicator-card/cds-indicator-card.js';
import report2022h1 from '../seeds/bc-2022-08.json';
import report2022end from '../seeds/bc-2022-12-28.json';
import report2023 from '../seeds/bc-2023-02-25.json';
import report2023end from '../seeds/bc-2023-12.json';
import report2024 from '../seeds/bc-2024-04.json';
import { mergeDatasets } from '../seeds/merge.js';

/** Every report's figures joined by indicator id, so a card can compare and show revisions. */
const allReports = mergeDatasets(
  [report2022h1, report2022end, report2023, report2023end, report2024].map(
    (d) => d as unknown as DatasetInput,
  ),
);

interface Args {
  indicatorId: string;
  period: string;
  asOf: string;
  variant: string;
  changeFormat: string;
  href: string;
  lang: string;
  theme: string;
}

const meta: Meta<Args> = {
  title: 'Elements/cds-indicator-card',
  component: 'cds-indicator-card',
  args: {
    indicatorId: 'ndxp-giao-dich-binh-quan-ngay',
    period: '',
    asOf: '',
    variant: 'regular',
    changeFormat: 'relative',
    href: '',
    lang: '',
    theme: '',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['regular', 'compact'] },
    changeFormat: { control: 'inline-radio', options: ['relative', 'absolute'] },
    lang: { control: 'inline-radio', options: ['', 'vi', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (a) =>
    html`<div
      lang=${a.lang || undefined}
      style="max-width: 20rem; ${a.theme === 'dark' ? 'background: #101214; padding: 1rem;' : ''}"
    >
      <cds-indicator-card
        .indicator=${allReports}
        indicator-id=${a.indicatorId}
        period=${a.period || undefined}
        as-of=${a.asOf || undefined}
        variant=${a.variant || undefined}
        change-format=${a.changeFormat || undefined}
        href=${a.href || undefined}
        theme=${a.theme || undefined}
      ></cds-indicator-card>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** "2,8 triệu giao dịch/ngày qua NDXP" (April 2024). */
export const NdxpDaily: Story = {};

/** "80.698 tổ công nghệ số cộng đồng (+11.765)": the change as an absolute number. */
export const CommunityTechTeams: Story = {
  args: { indicatorId: 'to-cong-nghe-so-cong-dong', changeFormat: 'absolute' },
};

/** "12.195 cuộc tấn công mạng (+25,3%)": lower is better, so the rise is bad news. */
export const LowerIsBetter: Story = {
  args: { indicatorId: 'tan-cong-mang', period: '2022' },
};

/** Fixed broadband speed, 79,95 Mbps at the end of 2022. */
export const BroadbandSpeed: Story = {
  args: { indicatorId: 'toc-do-bang-rong-co-dinh' },
};

/** The 2022 share of online dossiers against its target, with the other report's 52,8 %. */
export const WithTargetAndRevision: Story = {
  args: { indicatorId: 'ho-so-xu-ly-truc-tuyen', period: '2022', asOf: '2023-02-25' },
};

/** The national DX index: the 2023 forecast, its sparkline's last stretch dashed. */
export const DxIndexForecast: Story = {
  args: { indicatorId: 'chi-so-chuyen-doi-so-quoc-gia' },
};

export const AsLink: Story = {
  args: { indicatorId: 'to-cong-nghe-so-cong-dong', href: '#to-cong-nghe-so-cong-dong' },
};

/** A row of compact cards, as a portal's front page shows them. */
export const CompactRow: Story = {
  render: (a) =>
    html`<div
      lang=${a.lang || undefined}
      style="display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0.75rem; ${
        a.theme === 'dark' ? 'background: #101214; padding: 1rem;' : ''
      }"
    >
      ${[
        ['ndxp-giao-dich-binh-quan-ngay', ''],
        ['to-cong-nghe-so-cong-dong', ''],
        ['tan-cong-mang', '2022'],
        ['chi-so-chuyen-doi-so-quoc-gia', ''],
      ].map(
        ([id, period]) =>
          html`<cds-indicator-card
            variant="compact"
            .indicator=${allReports}
            indicator-id=${id ?? ''}
            period=${period || undefined}
            theme=${a.theme || undefined}
          ></cds-indicator-card>`,
      )}
    </div>`,
};

/** An icon in the `icon` slot (decorative, so hidden from screen readers). */
export const WithIcon: Story = {
  render: () =>
    html`<div style="max-width: 20rem">
      <cds-indicator-card .indicator=${allReports} indicator-id="ndxp-giao-dich-binh-quan-ngay"
        ><svg
          slot="icon"
          aria-hidden="true"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          stroke-width="2"
        >
          <path d="M4 12h16M12 4v16M6 6l12 12M18 6 6 18" /></svg
      ></cds-indicator-card>
    </div>`,
};

export const English: Story = {
  args: { indicatorId: 'tan-cong-mang', period: '2022', lang: 'en' },
};

export const Dark: Story = {
  args: { indicatorId: 'to-cong-nghe-so-cong-dong', theme: 'dark' },
};

export const DarkEnglish: Story = {
  args: { indicatorId: 'ndxp-giao-dich-binh-quan-ngay', lang: 'en', theme: 'dark' },
};

export const BadData: Story = {
  render: () => html`<cds-indicator-card indicator='{"name": "x", value: 5}'></cds-indicator-card>`,
};
