import { expect, fixture, html } from '@open-wc/testing';
import './cds-kpi-gauge.js';
import '../status-badge/cds-status-badge.js';
import '../indicator-card/cds-indicator-card.js';
import type { DatasetInput } from '@cds-vn/core';
import type { CdsKpiGauge } from './kpi-gauge.js';
import { loadSeed } from '../../test/helpers.js';

// 002 (2023-02-25) gives its 2022 Đề án 06 tasks no due date: the 2022 is inferred from "Còn tồn
// đọng nhiều nhiệm vụ theo kế hoạch đặt ra năm 2022", and the target's words say so. Wherever
// the due shows, the caveat shows with it. Still outstanding from the 2022 plan: overdue.
const TASK = 'de-an-06-ket-noi-csdl-chuyen-nganh';

const textOf = (node: Element | null | undefined): string =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const inShadow = (el: Element, selector: string): Element | null =>
  el.shadowRoot?.querySelector(selector) ?? null;

describe('a milestone whose due the report never gave', () => {
  let seed: DatasetInput;
  before(async () => {
    seed = (await loadSeed('bc-2023-02-25.json')) as DatasetInput;
  });

  it('the gauge says so in its target line, its meter and its explanation', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <cds-kpi-gauge .indicator=${seed} indicator-id=${TASK} as-of="2023-02-25"></cds-kpi-gauge>
        <cds-kpi-gauge
          lang="en"
          .indicator=${seed}
          indicator-id=${TASK}
          as-of="2023-02-25"
        ></cds-kpi-gauge>
      </div>`,
    );
    const [vi, en] = [...wrapper.querySelectorAll('cds-kpi-gauge')] as CdsKpiGauge[];
    await Promise.all([vi?.updateComplete, en?.updateComplete]);
    const gauge = vi as CdsKpiGauge;
    expect(inShadow(gauge, '.gauge')?.getAttribute('data-verdict')).to.equal('overdue');
    expect(textOf(inShadow(gauge, '.target-text'))).to.equal(
      'Hạn: Năm 2022 (báo cáo không ghi hạn)',
    );
    expect(inShadow(gauge, '[role="meter"]')?.getAttribute('aria-valuetext')).to.equal(
      'Chưa hoàn thành; Hạn: Năm 2022 (báo cáo không ghi hạn); Quá hạn',
    );
    expect(textOf(inShadow(gauge, '#why'))).to.equal(
      'Hạn năm 2022 (báo cáo không ghi hạn); chưa hoàn thành; ' +
        'Mới khảo sát nhu cầu, chưa triển khai: Quá hạn',
    );
    expect(textOf(inShadow(en as CdsKpiGauge, '.target-text'))).to.equal(
      'Due: 2022 (no due date in the report)',
    );
  });

  it('the badge and the card say so in their explanations', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <cds-status-badge
          detailed
          .indicator=${seed}
          indicator-id=${TASK}
          as-of="2023-02-25"
        ></cds-status-badge>
        <cds-indicator-card
          .indicator=${seed}
          indicator-id=${TASK}
          as-of="2023-02-25"
        ></cds-indicator-card>
      </div>`,
    );
    const badge = wrapper.querySelector('cds-status-badge') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    const card = wrapper.querySelector('cds-indicator-card') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await Promise.all([badge.updateComplete, card.updateComplete]);
    expect(textOf(inShadow(badge, '[part="explanation"]'))).to.contain(
      'Hạn năm 2022 (báo cáo không ghi hạn)',
    );
    expect(textOf(inShadow(card, '#status'))).to.contain('Hạn năm 2022 (báo cáo không ghi hạn)');
  });
});
