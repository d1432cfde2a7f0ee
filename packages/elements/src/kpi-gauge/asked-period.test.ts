/**
 * Which period and which total the gauge's words name. A period asked for with nothing measured
 * in it is that period, not the longer target period that may have a figure; a target out of its
 * own total reads so, not out of the figure's.
 */
import { expect, fixture, html } from '@open-wc/testing';
import './cds-kpi-gauge.js';
import type { CdsKpiGauge } from './kpi-gauge.js';
import { loadMergedSeeds } from '../../test/helpers.js';
import type { DatasetInput } from '@cds-vn/core';

const textOf = (el: CdsKpiGauge, selector: string): string =>
  el.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const valueText = (el: CdsKpiGauge): string | null | undefined =>
  el.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-valuetext');

let merged: DatasetInput;
before(async () => {
  merged = await loadMergedSeeds();
});

async function gauge(id: string, period: string, lang = 'vi'): Promise<CdsKpiGauge> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang} style="width: 320px"></div>`,
  );
  const el = document.createElement('cds-kpi-gauge');
  el.indicator = merged;
  el.indicatorId = id;
  el.period = period;
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

describe('cds-kpi-gauge: the period asked for', () => {
  it('names the half year asked for, not the target year that has a figure', async () => {
    // Online reports: the H1-2022 table prints "-" (bc-2022-08); 2022 gave 40,47%
    // (bc-2023-02-25), against ≥ 50% for 2022. Asked for H1, "Năm 2022 · Chưa có dữ liệu"
    // would deny 2022's figure.
    const el = await gauge('bao-cao-truc-tuyen', '2022-H1');
    expect(textOf(el, '[part="value"]')).to.equal('–');
    expect(textOf(el, '.period')).to.equal('6 tháng đầu năm 2022');
    expect(textOf(el, '[part="status"]')).to.equal('– Chưa có dữ liệu');
    expect(textOf(el, '.target-text')).to.equal('Mục tiêu: ≥ 50% (2022)');
    expect(valueText(el)).to.equal('Chưa có dữ liệu; Mục tiêu: Tối thiểu 50% (năm 2022)');
    el.period = '2022';
    await el.updateComplete;
    expect(textOf(el, '[part="value"]')).to.equal('40,47%');
    expect(textOf(el, '.period')).to.equal('Năm 2022');
    expect(textOf(el, '.target-text')).to.equal('Mục tiêu: ≥ 50%');
  });

  it('in English too, and without a target', async () => {
    const el = await gauge('bao-cao-truc-tuyen', '2022-H1', 'en');
    expect(textOf(el, '.period')).to.equal('First half of 2022');
    expect(textOf(el, '.target-text')).to.equal('Target: ≥ 50% (2022)');
    // Fixed broadband: 79,95 Mbps in 2022, no figure for 2023 and no target.
    const speed = await gauge('toc-do-bang-rong-co-dinh', '2023');
    expect(textOf(speed, '[part="value"]')).to.equal('–');
    expect(textOf(speed, '.period')).to.equal('Năm 2023');
  });
});

describe('cds-kpi-gauge: a target out of its own total', () => {
  it('reads "30/30", not out of the figure’s total', async () => {
    // bc-2024-04: annual plans of 21/22 ministries; the target of all 30 bodies is typed here,
    // as a portal's own, for a figure and a target counted over different totals.
    const indicator = {
      id: 'bo-nganh-ke-hoach-cds-nam',
      name: 'Bộ, ngành ban hành kế hoạch chuyển đổi số năm',
      unit: 'count',
      observations: [{ period: '2024-04', value: 21, total: 22 }],
      targets: [{ period: '2024', op: '>=', value: 30, total: 30 }],
    };
    const el = await fixture<CdsKpiGauge>(
      html`<cds-kpi-gauge .indicator=${indicator} as-of="2024-12"></cds-kpi-gauge>`,
    );
    expect(textOf(el, '[part="value"]')).to.equal('21/22');
    expect(textOf(el, '.target-text')).to.equal('Mục tiêu: 30/30 (2024)');
    expect(valueText(el)).to.contain('Mục tiêu: Tối thiểu 30 trên 30 (năm 2024)');
    expect(textOf(el, '.target-text')).to.not.contain('/22');
  });
});
