import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@cds-vn/elements/status-badge/cds-status-badge.js';

interface Args {
  indicator: string;
  period: string;
  asOf: string;
  detailed: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/cds-status-badge',
  component: 'cds-status-badge',
  args: {
    indicator:
      '{"name":"Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến","value":54.34,"target":50,"unit":"%","period":"2022"}',
    period: '',
    asOf: '2023-02-25',
    detailed: true,
  },
  render: (a) =>
    html`<cds-status-badge
      indicator=${a.indicator}
      period=${a.period || undefined}
      as-of=${a.asOf || undefined}
      ?detailed=${a.detailed}
    ></cds-status-badge>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {};

export const NotAchieved: Story = {
  args: {
    indicator:
      '{"name":"Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số","value":6,"target":30,"unit":"%","period":"2022"}',
  },
};

export const BadJson: Story = {
  args: { indicator: '{"name": "x", value: 5}' },
};
