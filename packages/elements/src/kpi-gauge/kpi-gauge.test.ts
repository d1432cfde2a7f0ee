import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './cds-kpi-gauge.js';
import type { CdsKpiGauge } from './kpi-gauge.js';
import { clearFetchCache } from '../base/fetch-json.js';
import {
  axSubtree,
  axTree,
  itInChromium,
  loadSeed,
  nextEvent,
  settle,
  timesHeard,
} from '../../test/helpers.js';
import { mergeDatasets } from '../../../../seeds/merge.js';
import type { DatasetInput } from '@cds-vn/core';
import {
  DIGITAL_GDP_2023,
  MEMBERS_ROUNDED,
  ONLINE_DOSSIERS,
  RANKING,
  YEARLY_PLANS,
  FIVE_YEAR_PLANS,
} from '../../test/fixtures.js';

// Figures copied from the source reports (/work/shared/seeds/*.txt): bc-2022-08 (H1-2022
// table), bc-2022-12-28 (year-end 2022), bc-2023-02-25 (2022 results, 2023 targets),
// end-of-2023 report (national DX index).
const SMARTPHONES = {
  id: 'dan-so-dien-thoai-thong-minh',
  name: 'Tỷ lệ dân số trưởng thành có điện thoại thông minh',
  unit: '%',
  observations: [{ period: '2022-H1', value: 70.91 }],
  targets: [{ period: '2022', op: '>=', value: 85 }],
};
const ONLINE_REPORTS = {
  id: 'bao-cao-truc-tuyen',
  name: 'Tỷ lệ báo cáo của cơ quan nhà nước được thực hiện trực tuyến',
  unit: '%',
  observations: [],
  targets: [{ period: '2022', op: '>=', value: 50 }],
};
const ID_LAW = {
  id: 'luat-can-cuoc-sua-doi',
  name: 'Trình ban hành Luật Căn cước công dân sửa đổi',
  kind: 'milestone',
  agency: 'Bộ Công an',
  targets: [{ due: '2023-12' }],
};
const DX_INDEX = {
  id: 'chi-so-cds-quoc-gia',
  name: { vi: 'Chỉ số chuyển đổi số quốc gia', en: 'National digital transformation index' },
  unit: 'index',
  observations: [
    { period: '2020', value: 0.48 },
    { period: '2022', value: 0.71 },
    { period: '2023', value: 0.75, kind: 'forecast' },
  ],
};
const ESSENTIAL_SERVICES = {
  id: 'dvc-thiet-yeu-de-an-06',
  name: 'Dịch vụ công thiết yếu thực hiện trên môi trường điện tử (Đề án 06)',
  unit: 'count',
  unitLabel: { vi: 'dịch vụ', en: 'services' },
  observations: [{ period: '2022', value: 21, total: 25 }],
  targets: [{ period: '2022', op: '>=', value: 25, total: 25 }],
};
const CYBER_ATTACKS = {
  id: 'tan-cong-mang',
  name: 'Số cuộc tấn công mạng gây sự cố vào hệ thống thông tin tại Việt Nam',
  unit: 'count',
  direction: 'lower',
  observations: [
    { period: '2021', value: 9729 },
    { period: '2022', value: 12195 },
  ],
};
const BROADBAND = {
  id: 'toc-do-bang-rong-co-dinh',
  name: 'Tốc độ truy cập mạng băng rộng cố định',
  unit: 'Mbps',
  observations: [
    { period: '2022-H1', value: 71.79 },
    { period: '2022', value: 79.95 },
  ],
};

const json = (x: unknown): string => JSON.stringify(x);
const part = (el: CdsKpiGauge, name: string): Element | null =>
  el.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
const textOf = (node: Element | null | undefined): string =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const find = (el: CdsKpiGauge, selector: string): Element | null =>
  el.shadowRoot?.querySelector(selector) ?? null;
const meter = (el: CdsKpiGauge): Element | null => find(el, '[role="meter"]');
const shown = (node: Element | null): boolean =>
  !!node && getComputedStyle(node).display !== 'none';
/** The line boxes of a node's text on screen (not the 1 px text only for screen readers). */
function visibleLines(root: Node): DOMRect[] {
  const range = document.createRange();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: DOMRect[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.closest('.sr-only')) continue;
    range.selectNodeContents(n);
    out.push(...[...range.getClientRects()].filter((l) => l.width > 0));
  }
  return out;
}
/** The text on screen: without the parts only for screen readers. */
const seen = (node: Element | null): string => {
  const copy = node?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('.sr-only').forEach((n) => n.remove());
  return textOf(copy);
};
/** The text a screen reader gets: without the parts hidden from it. */
const heard = (node: Element | null): string => {
  const copy = node?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return textOf(copy);
};

/**
 * Where a gauge's text does not fit: a line of its reading (value, unit, "(dự báo)") over the
 * arc, a word of its value split across lines ("70,91" above "%"), or any line of text past
 * the gauge's own box. Empty when everything fits.
 */
function fitProblems(el: CdsKpiGauge, variant: 'semi' | 'ring'): string[] {
  const problems: string[] = [];
  const range = document.createRange();
  const linesOf = (node: Node): DOMRect[] => {
    range.selectNodeContents(node);
    return [...range.getClientRects()].filter((l) => l.width > 0);
  };
  // The track is a circle of radius 80 and width 16 in a 200-wide view box, centred at
  // (100, 100): its inner edge is radius 72. Below the semi's centre line the opening is the
  // band between the arc's two feet; below the drawing (a reading set under a small dial: the
  // semi's view box ends at 104, the ring's target tick at radius 96) nothing is in the way, nor
  // beside a ring (a reading set beside a short one).
  const clear = (x: number, y: number): boolean =>
    y >= (variant === 'semi' ? 104 : 196) ||
    (variant === 'ring' && x >= 196) ||
    (variant === 'semi' && y > 100
      ? Math.abs(x - 100) <= 72.5
      : Math.hypot(x - 100, y - 100) <= 72.5);
  // From the page to the view box as drawn: WebKit keeps the width of a drawing that a column
  // shrank, and draws it centred in that wider box.
  const toViewBox = (find(el, 'svg') as SVGSVGElement).getScreenCTM()?.inverse() ?? new DOMMatrix();
  const textsIn = (root: Node): Text[] => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const out: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
    return out;
  };
  for (const l of textsIn(find(el, '.reading') as HTMLElement).flatMap(linesOf))
    for (const [x, y] of [
      [l.left, l.top],
      [l.right, l.top],
      [l.left, l.bottom],
      [l.right, l.bottom],
    ] as const) {
      const { x: vx, y: vy } = new DOMPoint(x, y).matrixTransform(toViewBox);
      if (!clear(vx, vy))
        problems.push(`reading over the arc at (${vx.toFixed(1)}, ${vy.toFixed(1)})`);
    }
  const value = part(el, 'value')?.firstChild;
  if (value instanceof Text)
    for (const word of value.data.matchAll(/\S+/g)) {
      range.setStart(value, word.index);
      range.setEnd(value, word.index + word[0].length);
      if (range.getClientRects().length > 1) problems.push(`"${word[0]}" split across lines`);
    }
  const host = el.getBoundingClientRect();
  for (const l of visibleLines(el.shadowRoot as ShadowRoot))
    if (l.left < host.left - 0.5 || l.right > host.right + 0.5)
      problems.push(`text past the gauge's box at ${l.left.toFixed(1)}–${l.right.toFixed(1)}`);
  return problems;
}

/** Appends a gauge configured by `setup`, and resolves with it and its first cds-error. */
async function failing(
  setup: (el: CdsKpiGauge) => void,
  lang = 'vi',
): Promise<{ el: CdsKpiGauge; event: GlobalEventHandlersEventMap['cds-error'] }> {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  const el = document.createElement('cds-kpi-gauge');
  setup(el);
  wrapper.append(el);
  const pending = nextEvent(el, 'cds-error');
  document.body.append(wrapper);
  const event = await pending;
  await el.updateComplete;
  return { el, event };
}

/** A gauge with no target, `width` px wide: its status has the longest words ("Chưa có mục tiêu"). */
async function noTargetGauge(variant: string, lang: string, width: number): Promise<CdsKpiGauge> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px" lang=${lang}>
      <cds-kpi-gauge
        variant=${variant}
        label="Tỷ lệ dân số có chữ ký số"
        value="54.34"
        unit="%"
      ></cds-kpi-gauge>
    </div>`,
  );
  const el = wrapper.querySelector('cds-kpi-gauge') as CdsKpiGauge;
  await el.updateComplete;
  return el;
}

describe('cds-kpi-gauge', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  afterEach(() => {
    clearFetchCache();
    document.querySelectorAll('body > div[lang]').forEach((n) => n.remove());
  });

  describe('plain attributes, no JSON', () => {
    it('shows value, status, target, period and a meter with its values in words', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge
          label="Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến"
          value="54.34"
          target="50"
          unit="%"
          period="2022"
          as-of="2023-02-25"
        ></cds-kpi-gauge>`,
      );
      expect(textOf(part(el, 'value'))).to.equal('54,34%');
      expect(textOf(part(el, 'status'))).to.equal('✓ Đạt');
      expect(textOf(find(el, '.target-text'))).to.equal('Mục tiêu: ≥ 50%');
      expect(textOf(find(el, '.period'))).to.equal('Năm 2022');
      expect(textOf(find(el, '.caption'))).to.equal('54,34% so với mục tiêu ≥ 50% (2022): Đạt');
      const m = meter(el);
      expect(m?.getAttribute('aria-valuenow')).to.equal('54.34');
      expect(m?.getAttribute('aria-valuemin')).to.equal('0');
      expect(m?.getAttribute('aria-valuemax')).to.equal('100');
      // The verdict is not in the value text: the status pill says it next.
      expect(m?.getAttribute('aria-valuetext')).to.equal('54,34%; Mục tiêu: Tối thiểu 50%; Đạt');
      // Named by the name line, then the period line.
      const labelledBy = (m?.getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .map((id) => find(el, `#${id}`));
      expect(labelledBy.map(textOf)).to.deep.equal([
        'Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến',
        'Năm 2022',
      ]);
      expect(part(el, 'arc')?.getAttribute('stroke-dasharray')).to.equal('54.34 100');
      // The 50% target sits at the top of the half circle: x = 100, from r 64 to r 96.
      expect(part(el, 'target')?.getAttribute('d')).to.equal('M100.00 36.00L100.00 4.00');
      expect(find(el, '.gauge')?.classList.contains('positive')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('without a period, names none: not the current year, which the author never wrote', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge
          label="x"
          value="54.34"
          target="50"
          unit="%"
          as-of="2020"
        ></cds-kpi-gauge>`,
      );
      expect(textOf(find(el, '.period'))).to.equal('');
      expect(shown(find(el, '.period'))).to.equal(false);
      // Judged as it stands, even "as of" a year before the one it is filed under.
      expect(textOf(part(el, 'status'))).to.equal('✓ Đạt');
      expect(textOf(find(el, '.caption'))).to.equal('54,34% so với mục tiêu ≥ 50%: Đạt');
      expect(textOf(find(el, '.target-text'))).to.equal('Mục tiêu: ≥ 50%');
      expect(el.shadowRoot?.textContent).not.to.contain(String(new Date().getUTCFullYear()));
    });

    it('reflects attribute changes into properties and re-renders', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge
          label="x"
          value="40"
          target="50"
          unit="%"
          period="2022"
          as-of="2023"
        ></cds-kpi-gauge>`,
      );
      expect(textOf(part(el, 'status'))).to.equal('✗ Chưa đạt');
      el.setAttribute('value', '61.5');
      expect(el.value).to.equal('61.5');
      await el.updateComplete;
      expect(textOf(part(el, 'value'))).to.equal('61,5%');
      expect(textOf(part(el, 'status'))).to.equal('✓ Đạt');
      el.value = 12;
      await el.updateComplete;
      expect(textOf(part(el, 'value'))).to.equal('12%');
      expect(part(el, 'arc')?.getAttribute('stroke-dasharray')).to.equal('12.00 100');
    });

    it('does not parse the attributes again while they stay the same', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge label="x" value="40" target="50" unit="%"></cds-kpi-gauge>`,
      );
      const data = (): unknown => (el as unknown as { attributeData(): unknown }).attributeData();
      const first = data();
      el.variant = 'ring';
      el.lang = 'en';
      await el.updateComplete;
      expect(data()).to.equal(first);
      el.value = '41';
      await el.updateComplete;
      expect(data()).not.to.equal(first);
      expect(data()).to.deep.equal({ name: 'x', value: 41, target: 50, unit: '%' });
    });

    it('reads a count against its total: "21/25" on a 0–25 scale', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge
          label="Dịch vụ công thiết yếu"
          value="21"
          total="25"
          target="25"
          unit="count"
          period="2022"
          as-of="2023-02-25"
        ></cds-kpi-gauge>`,
      );
      expect(textOf(part(el, 'value'))).to.equal('21/25');
      expect(textOf(find(el, '.target-text'))).to.equal('Mục tiêu: 25/25');
      expect(meter(el)?.getAttribute('aria-valuemax')).to.equal('25');
      expect(part(el, 'arc')?.getAttribute('stroke-dasharray')).to.equal('84.00 100');
      expect(textOf(part(el, 'status'))).to.equal('✗ Chưa đạt');
      // A target of part of the total keeps its comparison: "≥ 20/25", not exactly 20.
      el.target = '20';
      await el.updateComplete;
      expect(textOf(find(el, '.target-text'))).to.equal('Mục tiêu: ≥ 20/25');
      expect(textOf(part(el, 'status'))).to.equal('✓ Đạt');
    });

    it('never shows a value that reads as its target under another verdict', async () => {
      // 49.996 rounds to "50%": beside "≥ 50%" and "Chưa đạt", that reads as a wrong verdict.
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge
          label="x"
          value="49.996"
          target="50"
          unit="%"
          period="2022"
          as-of="2023"
        ></cds-kpi-gauge>`,
      );
      expect(textOf(part(el, 'value'))).to.equal('49,996%');
      expect(textOf(find(el, '.target-text'))).to.equal('Mục tiêu: ≥ 50%');
      expect(textOf(part(el, 'status'))).to.equal('✗ Chưa đạt');
      expect(textOf(find(el, '.caption'))).to.equal(
        '49,996% so với mục tiêu ≥ 50% (2022): Chưa đạt',
      );
      expect(meter(el)?.getAttribute('aria-valuetext')).to.equal(
        '49,996%; Mục tiêu: Tối thiểu 50%; Chưa đạt',
      );
    });

    it('restores the empty state when the data attributes are removed', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge label="x" value="54" target="50" unit="%"></cds-kpi-gauge>`,
      );
      expect(part(el, 'value')?.outerHTML).not.to.equal(undefined);
      el.removeAttribute('value');
      el.removeAttribute('target');
      await el.updateComplete;
      expect(part(el, 'value')?.outerHTML).to.equal(undefined);
      expect(textOf(find(el, '[part="placeholder"]'))).to.equal('Chưa có dữ liệu');
    });
  });

  describe('every status', () => {
    const cases: [string, object, string, string, string][] = [
      ['achieved', ONLINE_DOSSIERS, '', '2023-02-25', '✓ Đạt'],
      [
        'not-achieved',
        {
          name: 'Tỷ lệ cơ quan nhà nước cung cấp dữ liệu mở',
          value: 11.8,
          target: 50,
          unit: '%',
          period: '2022',
        },
        '',
        '2023-02-25',
        '✗ Chưa đạt',
      ],
      // 9,6% (2021) then 14,26% (2022): the line through them reaches 18,92% by 2023's end.
      ['on-track', DIGITAL_GDP_2023, '2023', '2023-02-25', '↗ Đúng tiến độ'],
      ['at-risk', SMARTPHONES, '', '2022-08', '! Chậm tiến độ'],
      ['overdue', ID_LAW, '', '2024-04', '◷ Quá hạn'],
      ['no-data', ONLINE_REPORTS, '', '2022-08', '– Chưa có dữ liệu'],
      ['no-target', DX_INDEX, '2022', '2023-12', '○ Chưa có mục tiêu'],
    ];
    for (const [verdict, indicator, period, asOf, words] of cases) {
      it(`renders ${verdict} with its symbol and word`, async () => {
        const el = await fixture<CdsKpiGauge>(
          html`<cds-kpi-gauge
            indicator=${json(indicator)}
            period=${ifDefined(period || undefined)}
            as-of=${asOf}
          ></cds-kpi-gauge>`,
        );
        expect(find(el, '.gauge')?.getAttribute('data-verdict')).to.equal(verdict);
        expect(textOf(part(el, 'status'))).to.equal(words);
        await expect(el).to.be.accessible();
      });
    }

    it('shows "–" and an empty arc when there is no figure, and says so to screen readers', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge indicator=${json(ONLINE_REPORTS)} as-of="2022-08"></cds-kpi-gauge>`,
      );
      expect(textOf(part(el, 'value'))).to.equal('–');
      expect(part(el, 'arc')?.getAttribute('stroke-dasharray')).to.equal('0.00 100');
      // Said once, not again as the verdict.
      expect(meter(el)?.getAttribute('aria-valuetext')).to.equal(
        'Chưa có dữ liệu; Mục tiêu: Tối thiểu 50%',
      );
    });

    it('by default shows the latest figure beside a past target nothing measured, saying whose', async () => {
      // bc-2023-02-25: 14,26% in 2022 (an estimate), and "trên 16%" set for 2023; no report
      // gives 2023. The verdict is no data, but the latest period with a value is still shown.
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge indicator=${json(DIGITAL_GDP_2023)} as-of="2026-11"></cds-kpi-gauge>`,
      );
      expect(find(el, '.gauge')?.getAttribute('data-verdict')).to.equal('no-data');
      expect(textOf(part(el, 'value'))).to.equal('14,26%');
      expect(textOf(find(el, '.period'))).to.equal('Năm 2022');
      expect(textOf(find(el, '.target-text'))).to.equal('Mục tiêu: > 16% (2023)');
      expect(meter(el)?.getAttribute('aria-valuenow')).to.equal('14.26');
      expect(meter(el)?.getAttribute('aria-valuetext')).to.equal(
        '14,26% (ước tính); Mục tiêu: Trên 16% (năm 2023); Chưa có số liệu năm 2023',
      );
      expect(textOf(find(el, '#why'))).to.equal(
        '14,26% (ước tính, 2022) so với mục tiêu > 16% (2023): Chưa có số liệu năm 2023',
      );
      // Asked for 2023, it shows 2023's own figure: none.
      el.setAttribute('period', '2023');
      await el.updateComplete;
      expect(textOf(part(el, 'value'))).to.equal('–');
      expect(textOf(find(el, '.period'))).to.equal('Năm 2023');
    });

    it('for part of a target period, shows that part judged as it stood when it ended', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge
          indicator=${json(ONLINE_DOSSIERS)}
          period="2022-H1"
          as-of="2026-11"
        ></cds-kpi-gauge>`,
      );
      // 36,91% at mid-2022 against the 2022 floor of 50%: at risk then, whatever the year gave.
      expect(textOf(part(el, 'value'))).to.equal('36,91%');
      expect(textOf(find(el, '.period'))).to.equal('6 tháng đầu năm 2022');
      expect(find(el, '.gauge')?.getAttribute('data-verdict')).to.equal('at-risk');
      expect(textOf(find(el, '.target-text'))).to.equal('Mục tiêu: ≥ 50% (2022)');
      el.setAttribute('period', '2022');
      await el.updateComplete;
      expect(textOf(part(el, 'value'))).to.equal('54,34%');
      expect(find(el, '.gauge')?.getAttribute('data-verdict')).to.equal('achieved');
    });

    it('shows a milestone as done or not, with its due date', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge indicator=${json(ID_LAW)} as-of="2024-04"></cds-kpi-gauge>`,
      );
      expect(textOf(find(el, '.target-text'))).to.equal('Hạn: Tháng 12/2023');
      // A milestone's period is its due date, already in the target line: no period line.
      expect(textOf(find(el, '.period'))).to.equal('');
      expect(shown(find(el, '.period'))).to.equal(false);
      // No point on the dial for a date: the marker and its halo have nothing to draw.
      expect(part(el, 'target')?.hasAttribute('d')).to.equal(false);
      expect(find(el, '.halo')?.hasAttribute('d')).to.equal(false);
      expect(find(el, '.zone')?.hasAttribute('d')).to.equal(false);
      const done = {
        ...ID_LAW,
        observations: [{ period: '2023-11', done: true, completed: '2023-11' }],
      };
      el.indicator = done;
      await el.updateComplete;
      expect(textOf(part(el, 'value'))).to.equal('Đã hoàn thành');
      expect(textOf(part(el, 'status'))).to.equal('✓ Đạt');
      expect(meter(el)?.getAttribute('aria-valuenow')).to.equal('1');
    });
  });

  describe('variants and scales', () => {
    it('draws a full ring, clockwise from the top', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge
          variant="ring"
          indicator=${json(ESSENTIAL_SERVICES)}
          as-of="2023-02-25"
        ></cds-kpi-gauge>`,
      );
      expect(find(el, 'svg')?.getAttribute('viewBox')).to.equal('0 0 200 200');
      expect(part(el, 'track')?.getAttribute('d')).to.equal(
        'M100 20A80 80 0 1 1 100 180A80 80 0 1 1 100 20',
      );
      // 25 of 25 is the whole ring: the marker is back at twelve o'clock.
      expect(part(el, 'target')?.getAttribute('d')).to.equal('M100.00 36.00L100.00 4.00');
      expect(textOf(find(el, '.reading'))).to.equal('21/25 dịch vụ');
      await expect(el).to.be.accessible();
    });

    it('draws a bullet bar, with the target as a ceiling for lower-is-better', async () => {
      // The reports give no target for attacks; 10 000 is a test ceiling.
      const withCeiling = {
        ...CYBER_ATTACKS,
        targets: [{ period: '2022', op: '<=', value: 10000 }],
      };
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge
          variant="bullet"
          indicator=${json(withCeiling)}
          as-of="2023-02-25"
        ></cds-kpi-gauge>`,
      );
      expect(find(el, 'svg')?.getAttribute('viewBox')).to.equal('0 0 200 24');
      expect(find(el, 'svg')?.getAttribute('preserveAspectRatio')).to.equal('none');
      // Scale 0–15 000 (a fifth above 12 195, rounded): the ceiling sits at two thirds.
      expect(meter(el)?.getAttribute('aria-valuemax')).to.equal('15000');
      expect(part(el, 'target')?.getAttribute('d')).to.equal('M132.83 1V23');
      // The good side of a ceiling is below it.
      expect(find(el, '.zone')?.getAttribute('stroke-dasharray')).to.equal('66.67 100');
      expect(textOf(find(el, '.target-text'))).to.equal('Mục tiêu: ≤ 10.000');
      expect(textOf(part(el, 'status'))).to.equal('✗ Chưa đạt');
      // Up is bad news when lower is better.
      const change = find(el, '.change');
      expect(seen(change)).to.equal('▲ 25,3% so với năm 2021 · xấu đi');
      expect(heard(change)).to.equal('Tăng 25,3% so với năm 2021 · xấu đi');
      expect(change?.classList.contains('negative')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('marks the good side above a floor', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge indicator=${json(ONLINE_DOSSIERS)} as-of="2023-02-25"></cds-kpi-gauge>`,
      );
      expect(find(el, '.zone')?.getAttribute('stroke-dasharray')).to.equal('0 50.00 50.00 100');
    });

    it('runs an index from 0 to 1', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge
          indicator=${json(DX_INDEX)}
          period="2022"
          as-of="2023-12"
        ></cds-kpi-gauge>`,
      );
      expect(textOf(part(el, 'value'))).to.equal('0,71');
      // No target: no target line (and no gap before the change line).
      expect(shown(find(el, '.target-text'))).to.equal(false);
      expect(shown(find(el, '.change'))).to.equal(true);
      expect(meter(el)?.getAttribute('aria-valuemax')).to.equal('1');
      expect(part(el, 'arc')?.getAttribute('stroke-dasharray')).to.equal('71.00 100');
      // The report: "tăng 48%, từ 0,48 lên 0,71" (2020 → 2022).
      expect(seen(find(el, '.change'))).to.equal('▲ 47,9% so với năm 2020 · cải thiện');
    });

    it('derives a round scale for other units and takes min/max from attributes', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge indicator=${json(BROADBAND)} as-of="2023"></cds-kpi-gauge>`,
      );
      expect(textOf(part(el, 'value'))).to.equal('79,95 Mbps');
      expect(meter(el)?.getAttribute('aria-valuemax')).to.equal('100');
      el.setAttribute('min', '60');
      el.setAttribute('max', '90');
      await el.updateComplete;
      expect(meter(el)?.getAttribute('aria-valuemin')).to.equal('60');
      expect(meter(el)?.getAttribute('aria-valuemax')).to.equal('90');
      expect(part(el, 'arc')?.getAttribute('stroke-dasharray')).to.equal('66.50 100');
    });

    it('clamps a value beyond the scale on the arc but tells the truth in text', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge
          label="x"
          value="120"
          target="100"
          unit="%"
          period="2022"
        ></cds-kpi-gauge>`,
      );
      expect(part(el, 'arc')?.getAttribute('stroke-dasharray')).to.equal('100.00 100');
      expect(meter(el)?.getAttribute('aria-valuenow')).to.equal('100');
      expect(textOf(part(el, 'value'))).to.equal('120%');
      expect(meter(el)?.getAttribute('aria-valuetext')).to.match(/^120%;/);
    });
  });

  describe('change since the earlier figure', () => {
    it('compares percentages in points, with the earlier period named', async () => {
      // End-of-2023 report: Hải Phòng's online dossiers, 60,2% in 2022, 90.7% in 2023.
      const haiPhong = {
        id: 'hai-phong-ho-so-truc-tuyen',
        name: 'Tỷ lệ hồ sơ xử lý trực tuyến tại Hải Phòng',
        unit: '%',
        observations: [
          { period: '2022', value: 60.2 },
          { period: '2023', value: 90.7 },
        ],
      };
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge indicator=${json(haiPhong)} as-of="2024"></cds-kpi-gauge>`,
      );
      const change = find(el, '.change');
      expect(seen(change)).to.equal('▲ 30,5 điểm % so với năm 2022 · cải thiện');
      expect(heard(change)).to.equal('Tăng 30,5 điểm % so với năm 2022 · cải thiện');
      expect(change?.classList.contains('positive')).to.equal(true);
    });

    it('compares other units relatively, in English too', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en">
          <cds-kpi-gauge indicator=${json(CYBER_ATTACKS)} as-of="2023"></cds-kpi-gauge>
        </div>`,
      );
      const el = wrapper.querySelector('cds-kpi-gauge') as CdsKpiGauge;
      await el.updateComplete;
      // The report: "12.195 cuộc … tăng 25,3% so với năm 2021 (9.729 cuộc)".
      expect(seen(find(el, '.change'))).to.equal('▲ 25.3% vs 2021 · worse');
      expect(heard(find(el, '.change'))).to.equal('Up 25.3% vs 2021 · worse');
    });

    it('says "about" before a change from a figure the report rounds, in both languages', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge indicator=${json(MEMBERS_ROUNDED)} as-of="2024"></cds-kpi-gauge>`,
      );
      expect(seen(find(el, '.change'))).to.equal('▲ khoảng 18,4% so với năm 2022 · cải thiện');
      expect(heard(find(el, '.change'))).to.equal('Tăng khoảng 18,4% so với năm 2022 · cải thiện');
      const en = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge
          lang="en"
          indicator=${json(MEMBERS_ROUNDED)}
          as-of="2024"
        ></cds-kpi-gauge>`,
      );
      expect(seen(find(en, '.change'))).to.equal('▲ about 18.4% vs 2022 · better');
    });

    it('moves a rank in places, up as its number falls, lower-is-better without being told', async () => {
      // 86th in 2020, 77th in 2022 is 9 places up, not "▼ 10,5%".
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge indicator=${json(RANKING)} as-of="2023"></cds-kpi-gauge>`,
      );
      expect(seen(find(el, '.change'))).to.equal('▲ 9 bậc so với năm 2020 · cải thiện');
      expect(heard(find(el, '.change'))).to.equal('Tăng 9 bậc so với năm 2020 · cải thiện');
      const en = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge lang="en" indicator=${json(RANKING)} as-of="2023"></cds-kpi-gauge>`,
      );
      expect(seen(find(en, '.change'))).to.equal('▲ 9 places vs 2020 · better');
    });

    it('compares part of a year with the same part a year before, not the one just before', async () => {
      // Q1/2024: 2 323 attacks, "giảm 32,6% so với cùng kỳ Quý I/2023" (bc-2024-04); the
      // Q1/2023 figure is derived from that sentence, the Q4/2023 one is made up for the test.
      const quarters = {
        ...CYBER_ATTACKS,
        observations: [
          { period: '2023-Q1', value: 3447 },
          { period: '2023-Q4', value: 2000 },
          { period: '2024-Q1', value: 2323 },
        ],
      };
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge indicator=${json(quarters)} as-of="2024-04"></cds-kpi-gauge>`,
      );
      const change = find(el, '.change');
      expect(seen(change)).to.equal('▼ 32,6% so với quý I/2023 · cải thiện');
      expect(heard(change)).to.equal('Giảm 32,6% so với quý I/2023 · cải thiện');
      expect(change?.classList.contains('positive')).to.equal(true);
    });

    it('does not compare a period with one inside it', async () => {
      // The first half of 2022 is part of 2022, not before it.
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge indicator=${json(BROADBAND)} as-of="2023"></cds-kpi-gauge>`,
      );
      expect(textOf(part(el, 'value'))).to.equal('79,95 Mbps');
      expect(find(el, '.change')?.outerHTML).to.equal(undefined);
    });

    it('compares a level with the latest earlier figure of any length, a flow only with its own', async () => {
      // Fibre households: 75% in 2022 (bc-2022-12-28), 80,2% in April 2024 (bc-2024-04). A share
      // is a level: April 2024 against the end of 2022.
      const fibre = {
        id: 'ho-gia-dinh-cap-quang',
        name: 'Tỷ lệ hộ gia đình có Internet cáp quang băng rộng',
        unit: '%',
        observations: [
          { period: '2022', value: 75 },
          { period: '2024-04', value: 80.2 },
        ],
      };
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge indicator=${json(fibre)} as-of="2024-05"></cds-kpi-gauge>`,
      );
      expect(seen(find(el, '.change'))).to.equal('▲ 5,2 điểm % so với năm 2022 · cải thiện');
      // Cyber attacks, a flow: a quarter's 2 323 against a year's 12 195 would read as an 81% fall.
      const attacks = {
        ...CYBER_ATTACKS,
        observations: [
          { period: '2022', value: 12195 },
          { period: '2024-Q1', value: 2323 },
        ],
      };
      const flow = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge indicator=${json(attacks)} as-of="2024-05"></cds-kpi-gauge>`,
      );
      expect(find(flow, '.change')).to.equal(null);
    });

    it('says a share held when its count moved: "0 điểm %", not "Không đổi"', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge indicator=${json(FIVE_YEAR_PLANS)} as-of="2024"></cds-kpi-gauge>`,
      );
      expect(seen(find(el, '.change'))).to.equal('■ 0 điểm % so với năm 2022 · không đổi');
      expect(heard(find(el, '.change'))).to.equal('0 điểm % so với năm 2022 · không đổi');
      // One total: the count itself did not move, and says so once.
      const same = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge
          indicator=${json({
            ...FIVE_YEAR_PLANS,
            observations: [
              { period: '2022', value: 22, total: 22 },
              { period: '2023', value: 22, total: 22 },
            ],
          })}
          as-of="2024"
        ></cds-kpi-gauge>`,
      );
      expect(heard(find(same, '.change'))).to.equal('Không đổi so với năm 2022');
    });

    it('compares counts out of totals that differ by their shares, in points', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge indicator=${json(YEARLY_PLANS)} as-of="2024-05"></cds-kpi-gauge>`,
      );
      expect(seen(find(el, '.change'))).to.equal('▲ 75,45 điểm % so với 25/02/2023 · cải thiện');
      expect(heard(find(el, '.change'))).to.equal(
        'Tăng 75,45 điểm % so với 25/02/2023 · cải thiện',
      );
    });

    it('leaves out figures whose report came out after as-of', async () => {
      const dataset = {
        sources: [
          { id: 'h1-2022', title: 'Báo cáo 6 tháng đầu năm 2022', date: '2022-08' },
          { id: 'later', title: 'Báo cáo sau', date: '2023-02-25' },
        ],
        indicators: [
          {
            id: 'x',
            name: 'x',
            unit: '%',
            observations: [
              { period: '2021-H1', value: 30, source: 'later' },
              { period: '2022-H1', value: 36.91, source: 'h1-2022' },
            ],
          },
        ],
      };
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge .indicator=${dataset} as-of="2022-08"></cds-kpi-gauge>`,
      );
      expect(textOf(part(el, 'value'))).to.equal('36,91%');
      expect(find(el, '.change')?.outerHTML).to.equal(undefined);
      el.asOf = '2023-03';
      await el.updateComplete;
      expect(seen(find(el, '.change'))).to.equal(
        '▲ 6,91 điểm % so với 6 tháng đầu năm 2021 · cải thiện',
      );
      // Inside the English line the half is lower-cased too, as the table's headers write it.
      el.lang = 'en';
      await settle(el);
      expect(seen(find(el, '.change'))).to.equal('▲ 6.91 pp vs first half of 2021 · better');
      // Heard in words: a voice spells "pp" out letter by letter.
      expect(heard(find(el, '.change'))).to.equal(
        'Up 6.91 percentage points vs first half of 2021 · better',
      );
    });

    it('marks a forecast as such, in words and on the arc', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge indicator=${json(DX_INDEX)} as-of="2023-12"></cds-kpi-gauge>`,
      );
      expect(textOf(find(el, '.reading'))).to.equal('0,75 (dự báo)');
      expect(part(el, 'arc')?.classList.contains('provisional')).to.equal(true);
      expect(meter(el)?.getAttribute('aria-valuetext')).to.equal('0,75 (dự báo); Chưa có mục tiêu');
      expect(seen(find(el, '.change'))).to.equal('▲ 5,6% so với năm 2022 · cải thiện');
    });
  });

  describe('data sources', () => {
    it('takes the property and re-renders when it changes', async () => {
      const el = await fixture<CdsKpiGauge>(html`<cds-kpi-gauge as-of="2023"></cds-kpi-gauge>`);
      el.indicator = { name: 'x', value: 40, target: 50, unit: '%', period: '2022' };
      await el.updateComplete;
      expect(textOf(part(el, 'status'))).to.equal('✗ Chưa đạt');
      el.indicator = { name: 'x', value: 60, target: 50, unit: '%', period: '2022' };
      await el.updateComplete;
      expect(textOf(part(el, 'status'))).to.equal('✓ Đạt');
      expect(part(el, 'arc')?.getAttribute('stroke-dasharray')).to.equal('60.00 100');
    });

    it('reads an inline JSON child, also one a CMS adds later', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('cds-kpi-gauge');
      el.setAttribute('as-of', '2023');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = json({
        name: 'Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số',
        value: 30.07,
        target: 30,
        unit: '%',
        period: '2022',
      });
      el.append(script);
      host.append(el);
      await el.updateComplete;
      expect(textOf(part(el, 'value'))).to.equal('30,07%');
      expect(textOf(part(el, 'status'))).to.equal('✓ Đạt');
      script.textContent = json({ name: 'x', value: 6, target: 30, unit: '%', period: '2022' });
      await settle(el);
      expect(textOf(part(el, 'value'))).to.equal('6%');
      expect(textOf(part(el, 'status'))).to.equal('✗ Chưa đạt');
    });

    it('fetches src and picks indicator-id', async () => {
      const dataset = { indicators: [ONLINE_DOSSIERS, ESSENTIAL_SERVICES] };
      const url = URL.createObjectURL(new Blob([json(dataset)], { type: 'application/json' }));
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge
          src=${url}
          indicator-id="dvc-thiet-yeu-de-an-06"
          as-of="2023-02-25"
        ></cds-kpi-gauge>`,
      );
      await waitUntil(() => part(el, 'value'), 'the fetched data never showed');
      expect(textOf(part(el, 'value'))).to.equal('21/25');
      el.indicatorId = 'tthc-nop-truc-tuyen';
      await waitUntil(
        () => textOf(part(el, 'value')) !== '21/25',
        'the other indicator never showed',
      );
      expect(textOf(part(el, 'value'))).to.equal('54,34%');
    });

    it('shares one dataset object between gauges, each showing its own indicator', async () => {
      const dataset = { indicators: [ONLINE_DOSSIERS, ESSENTIAL_SERVICES] };
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <cds-kpi-gauge
            .indicator=${dataset}
            indicator-id="dvc-thiet-yeu-de-an-06"
            as-of="2023-02-25"
          ></cds-kpi-gauge>
          <cds-kpi-gauge
            .indicator=${dataset}
            indicator-id="tthc-nop-truc-tuyen"
            as-of="2023-02-25"
          ></cds-kpi-gauge>
        </div>`,
      );
      const [services, dossiers] = [...wrapper.querySelectorAll('cds-kpi-gauge')];
      await Promise.all([services?.updateComplete, dossiers?.updateComplete]);
      expect(textOf(part(services as CdsKpiGauge, 'value'))).to.equal('21/25');
      expect(textOf(part(dossiers as CdsKpiGauge, 'value'))).to.equal('54,34%');
      // A later gauge on the same object, and a bad object, are each read for what they are.
      const later = document.createElement('cds-kpi-gauge');
      later.indicator = dataset;
      later.indicatorId = 'tthc-nop-truc-tuyen';
      wrapper.append(later);
      await later.updateComplete;
      expect(textOf(part(later, 'value'))).to.equal('54,34%');
      const failed = nextEvent(later, 'cds-error');
      later.indicator = { indicators: [{ ...ONLINE_DOSSIERS, unit: 'km' }] };
      expect((await failed).path).to.equal('indicators[0].unit');
      await later.updateComplete;
      expect(textOf(find(later, '[role="alert"]'))).to.contain('"km"');
    });

    it('shows a shorter label instead of the dataset name when given', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge
          label="Hồ sơ nộp trực tuyến"
          indicator=${json(ONLINE_DOSSIERS)}
          as-of="2023-02-25"
        ></cds-kpi-gauge>`,
      );
      expect(textOf(part(el, 'label'))).to.equal('Hồ sơ nộp trực tuyến');
    });
  });

  describe('slots, theme, size, motion', () => {
    it('takes a custom title and a footer', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge label="x" value="54" target="50" unit="%" period="2022"
          ><span slot="title">Hồ sơ trực tuyến</span
          ><a slot="footer" href="#nguon">Nguồn: Bộ TT&TT</a></cds-kpi-gauge
        >`,
      );
      const title = find(el, 'slot[name="title"]') as HTMLSlotElement | null;
      expect(textOf(title?.assignedElements()[0])).to.equal('Hồ sơ trực tuyến');
      const footer = find(el, 'slot[name="footer"]') as HTMLSlotElement | null;
      expect(textOf(footer?.assignedElements()[0])).to.equal('Nguồn: Bộ TT&TT');
      // The meter is named by the labelled elements, the first of which holds the title slot.
      const [first] = meter(el)?.getAttribute('aria-labelledby')?.split(' ') ?? [];
      expect(find(el, `#${first ?? 'none'}`)?.contains(title)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('paints the dark surface with theme="dark" and stays accessible', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge
          theme="dark"
          indicator=${json(ONLINE_DOSSIERS)}
          as-of="2023-02-25"
        ></cds-kpi-gauge>`,
      );
      // #16191d is the dark surface in styles/tokens.ts.
      expect(getComputedStyle(find(el, '.gauge') as Element).backgroundColor).to.equal(
        'rgb(22, 25, 29)',
      );
      await expect(el).to.be.accessible();
    });

    it('follows the page colour scheme and the public tokens', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="color-scheme: dark; background: #101214">
          <cds-kpi-gauge
            style="--cds-kpi-gauge-arc: rgb(1, 2, 3)"
            indicator=${json(ONLINE_DOSSIERS)}
            as-of="2023-02-25"
          ></cds-kpi-gauge>
        </div>`,
      );
      const el = wrapper.querySelector('cds-kpi-gauge') as CdsKpiGauge;
      await el.updateComplete;
      // #6fd39a is the dark scheme's positive colour in styles/tokens.ts.
      expect(getComputedStyle(part(el, 'status') as Element).color).to.equal('rgb(111, 211, 154)');
      expect(getComputedStyle(part(el, 'arc') as Element).stroke).to.equal('rgb(1, 2, 3)');
      await expect(el).to.be.accessible();
    });

    it('keeps value and status at 140 px, drops secondary lines, hides the explanation', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 140px">
          <cds-kpi-gauge indicator=${json(ONLINE_DOSSIERS)} as-of="2023-02-25"></cds-kpi-gauge>
        </div>`,
      );
      const el = wrapper.querySelector('cds-kpi-gauge') as CdsKpiGauge;
      await el.updateComplete;
      expect(shown(part(el, 'value'))).to.equal(true);
      expect(shown(part(el, 'status'))).to.equal(true);
      expect(shown(find(el, '.facts'))).to.equal(false);
      expect(shown(find(el, '.period'))).to.equal(false);
      expect(shown(find(el, '.caption'))).to.equal(false);
      expect(shown(find(el, 'button.more'))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('stays inside a 120 px box with the longest status words, in every variant', async () => {
      for (const variant of ['semi', 'ring', 'bullet']) {
        for (const lang of ['vi', 'en']) {
          const el = await noTargetGauge(variant, lang, 120);
          // No target: "Chưa có mục tiêu" / "No target", the longest words a status has.
          const status = part(el, 'status') as HTMLElement;
          expect(textOf(status)).to.match(/Chưa có mục tiêu|No target/);
          const box = el.getBoundingClientRect();
          // A shape is drawn inside its <svg>, which clips it: the <svg>'s box is what shows.
          // (Firefox's box of a stroked path is looser than the stroke.)
          const clipped = (n: Element): boolean =>
            n instanceof SVGElement &&
            !!n.ownerSVGElement &&
            getComputedStyle(n.ownerSVGElement).overflow !== 'visible';
          const outside = [...(el.shadowRoot?.querySelectorAll('*') ?? [])].filter((n) => {
            const r = n.getBoundingClientRect();
            return (
              !clipped(n) && r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5)
            );
          });
          expect(
            outside.map((n) => n.getAttribute('class') ?? n.tagName),
            `${variant} ${lang}`,
          ).to.deep.equal([]);
        }
      }
    });

    it('keeps long readings inside the dial’s opening, clear of the arc, at every size', async () => {
      const readings = [
        { lang: 'vi', value: '3319300000000', unit: 'VND', text: '3.319,3 tỷ đồng' },
        { lang: 'en', value: '3319300000000', unit: 'VND', text: '3,319.3 billion' },
        { lang: 'vi', value: '79.95', unit: 'Mbps', text: '79,95 Mbps' },
        { lang: 'en', value: '23000000000', unit: 'USD', text: 'USD 23 billion' },
        { lang: 'vi', value: '70.91', unit: '%', text: '70,91%' },
        { lang: 'vi', value: '100', unit: '%', text: '100%' },
      ];
      // A theme adds padding: the smallest dial is then 96 px wide.
      for (const [variant, theme] of [
        ['semi', undefined],
        ['ring', undefined],
        ['semi', 'dark'],
        ['ring', 'light'],
      ] as const) {
        for (const width of [120, 160, 200, 260, 420]) {
          for (const r of readings) {
            const wrapper = await fixture<HTMLDivElement>(
              html`<div style="width: ${width}px" lang=${r.lang}>
                <cds-kpi-gauge
                  variant=${variant}
                  theme=${ifDefined(theme)}
                  label="Doanh thu an toàn thông tin mạng"
                  value=${r.value}
                  unit=${r.unit}
                ></cds-kpi-gauge>
              </div>`,
            );
            const el = wrapper.querySelector('cds-kpi-gauge') as CdsKpiGauge;
            await el.updateComplete;
            expect(textOf(part(el, 'value'))).to.contain(r.text);
            expect(
              fitProblems(el, variant),
              `${variant} ${theme} ${width}px ${r.text}`,
            ).to.deep.equal([]);
          }
        }
      }
    });

    it('opens and closes the explanation from the keyboard on small sizes', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 200px">
          <cds-kpi-gauge indicator=${json(ONLINE_DOSSIERS)} as-of="2023-02-25"></cds-kpi-gauge>
        </div>`,
      );
      const el = wrapper.querySelector('cds-kpi-gauge') as CdsKpiGauge;
      await el.updateComplete;
      const button = find(el, 'button.more') as HTMLButtonElement;
      const caption = find(el, `#${button.getAttribute('aria-controls') ?? 'none'}`);
      expect(shown(find(el, '.facts'))).to.equal(true);
      expect(textOf(button)).to.equal('Giải thích');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(shown(caption)).to.equal(false);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(shown(caption)).to.equal(true);
      expect(textOf(caption)).to.equal('54,34% so với mục tiêu ≥ 50% (2022): Đạt');
      await expect(el).to.be.accessible();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(shown(caption)).to.equal(false);
    });

    it('keeps the explanation of a bullet behind the disclosure at any width', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 480px" lang="en">
          <cds-kpi-gauge
            variant="bullet"
            indicator=${json(ONLINE_DOSSIERS)}
            as-of="2023-02-25"
          ></cds-kpi-gauge>
        </div>`,
      );
      const el = wrapper.querySelector('cds-kpi-gauge') as CdsKpiGauge;
      await el.updateComplete;
      const button = find(el, 'button.more') as HTMLButtonElement;
      expect(shown(button)).to.equal(true);
      expect(textOf(button)).to.equal('Explanation');
      expect(shown(find(el, '.caption'))).to.equal(false);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(shown(find(el, '.caption'))).to.equal(true);
    });

    it('writes the explanation once, whatever the size', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge indicator=${json(ONLINE_DOSSIERS)} as-of="2023-02-25"></cds-kpi-gauge>`,
      );
      const explanation = '54,34% so với mục tiêu ≥ 50% (2022): Đạt';
      const all = el.shadowRoot?.textContent ?? '';
      expect(all.split(explanation).length - 1).to.equal(1);
      expect(textOf(find(el, '.caption'))).to.equal(explanation);
    });

    it('puts the words beside the dial from 400 px, with the explanation as a caption', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 480px">
          <cds-kpi-gauge indicator=${json(ONLINE_DOSSIERS)} as-of="2023-02-25"></cds-kpi-gauge>
        </div>`,
      );
      const el = wrapper.querySelector('cds-kpi-gauge') as CdsKpiGauge;
      await el.updateComplete;
      expect(shown(find(el, '.caption'))).to.equal(true);
      expect(shown(find(el, 'button.more'))).to.equal(false);
      const dial = (find(el, '.dial') as Element).getBoundingClientRect();
      const status = (part(el, 'status') as Element).getBoundingClientRect();
      expect(status.left).to.be.greaterThan(dial.right);
    });

    itInChromium('animates the arc only when motion is allowed', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge label="x" value="54" target="50" unit="%"></cds-kpi-gauge>`,
      );
      const arc = part(el, 'arc') as Element;
      expect(getComputedStyle(arc).transitionDuration).to.equal('0s');
      await emulateMedia({ reducedMotion: 'no-preference' });
      try {
        expect(getComputedStyle(arc).transitionDuration).to.equal('0.6s');
      } finally {
        await emulateMedia({ reducedMotion: 'reduce' });
      }
    });

    itInChromium('uses system colours under forced colours', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge indicator=${json(ONLINE_DOSSIERS)} as-of="2023-02-25"></cds-kpi-gauge>`,
      );
      const reference = document.createElement('span');
      reference.style.cssText = 'forced-color-adjust: none; color: Highlight';
      document.body.append(reference);
      await emulateMedia({ forcedColors: 'active' });
      try {
        expect(getComputedStyle(part(el, 'arc') as Element).stroke).to.equal(
          getComputedStyle(reference).color,
        );
        expect(shown(find(el, '.zone'))).to.equal(false);
      } finally {
        await emulateMedia({ forcedColors: 'none' });
        reference.remove();
      }
    });
  });

  describe('fit: a box of a set height', () => {
    /** A gauge `fit` (or not) in a tile of `w` × `h` px; `h` undefined: no height at all. */
    async function inTile(opts: {
      w: number;
      h?: number;
      variant?: string;
      fit?: boolean;
      lang?: string;
      theme?: string;
    }): Promise<CdsKpiGauge> {
      const { w, h, variant = 'semi', fit = true, lang = 'vi', theme } = opts;
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: ${w}px; ${h === undefined ? '' : `height: ${h}px`}" lang=${lang}>
          <cds-kpi-gauge
            style=${h === undefined ? '' : 'height: 100%'}
            ?fit=${fit}
            variant=${variant}
            theme=${ifDefined(theme)}
            .indicator=${ONLINE_DOSSIERS}
          ></cds-kpi-gauge>
        </div>`,
      );
      const el = wrapper.querySelector('cds-kpi-gauge') as CdsKpiGauge;
      await el.updateComplete;
      return el;
    }
    /** Lines of text outside the gauge's box, and parts drawn past its bottom. */
    function outside(el: CdsKpiGauge): string[] {
      const box = el.getBoundingClientRect();
      const lines = visibleLines(el.shadowRoot as ShadowRoot)
        .filter((l) => l.top < box.top - 0.5 || l.bottom > box.bottom + 0.5)
        .map((l) => `text at ${l.top.toFixed(1)}–${l.bottom.toFixed(1)}`);
      const svg = (find(el, 'svg') as SVGSVGElement).getBoundingClientRect();
      if (svg.top < box.top - 0.5 || svg.bottom > box.bottom + 0.5)
        lines.push(`dial at ${svg.top.toFixed(1)}–${svg.bottom.toFixed(1)}`);
      return lines;
    }

    it('runs out of a short tile without fit, which is what fit is for', async () => {
      const el = await inTile({ w: 320, h: 200, fit: false });
      expect(outside(el)).to.not.deep.equal([]);
    });

    it('keeps every line and the dial inside tiles of set heights, the reading in the opening', async () => {
      // A ring is as tall as it is wide: it needs squarer tiles than a half circle.
      const tiles = {
        semi: [
          { w: 320, h: 200 },
          { w: 200, h: 200 },
          { w: 320, h: 130 },
          { w: 600, h: 200 },
          { w: 700, h: 130 },
          { w: 520, h: 144 },
          { w: 200, h: 400 },
          { w: 160, h: 160, theme: 'dark' },
        ],
        ring: [
          { w: 320, h: 240 },
          { w: 200, h: 200 },
          { w: 600, h: 200 },
          { w: 700, h: 160 },
          { w: 200, h: 400 },
          { w: 180, h: 200, theme: 'dark' },
        ],
      };
      for (const variant of ['semi', 'ring'] as const)
        for (const lang of ['vi', 'en'])
          for (const tile of tiles[variant]) {
            const el = await inTile({ ...tile, variant, lang });
            const where = `${variant} ${lang} ${tile.w}×${tile.h}`;
            expect(el.getBoundingClientRect().height, where).to.be.closeTo(tile.h, 0.5);
            expect([...outside(el), ...fitProblems(el, variant)], where).to.deep.equal([]);
            expect(shown(part(el, 'value')), where).to.equal(true);
            expect(shown(part(el, 'status')), where).to.equal(true);
          }
    });

    it('keeps long readings inside a small dial’s opening', async () => {
      const readings = [
        { lang: 'vi', value: '3319300000000', unit: 'VND' },
        { lang: 'en', value: '3319300000000', unit: 'VND' },
        { lang: 'vi', value: '79.95', unit: 'Mbps' },
      ];
      for (const variant of ['semi', 'ring'] as const)
        for (const r of readings)
          for (const [w, h] of [
            [200, 200],
            [150, 150],
            [320, 130],
          ] as const) {
            // A ring needs as much height as width: no ring in the smallest tiles.
            if (variant === 'ring' && h < 200) continue;
            const wrapper = await fixture<HTMLDivElement>(
              html`<div style="width: ${w}px; height: ${h}px" lang=${r.lang}>
                <cds-kpi-gauge
                  fit
                  style="height: 100%"
                  variant=${variant}
                  label="Doanh thu"
                  value=${r.value}
                  unit=${r.unit}
                ></cds-kpi-gauge>
              </div>`,
            );
            const el = wrapper.querySelector('cds-kpi-gauge') as CdsKpiGauge;
            await el.updateComplete;
            const where = `${variant} ${r.lang} ${r.unit} ${w}×${h}`;
            expect([...outside(el), ...fitProblems(el, variant)], where).to.deep.equal([]);
          }
    });

    it('gives the dial the height the words leave: taller tiles, larger dials', async () => {
      const widths: number[] = [];
      // Heights at which the same lines show (12–17 base sizes).
      for (const h of [200, 235, 270]) {
        const el = await inTile({ w: 360, h });
        widths.push((find(el, 'svg') as SVGSVGElement).getBoundingClientRect().width);
      }
      expect(widths[1]).to.be.greaterThan(widths[0]! + 30);
      expect(widths[2]).to.be.greaterThan(widths[1]! + 30);
    });

    it('centres the gauge in a tile taller than it needs, the dial as wide as the tile', async () => {
      const el = await inTile({ w: 200, h: 420 });
      const box = el.getBoundingClientRect();
      const lines = visibleLines(el.shadowRoot as ShadowRoot);
      const top = Math.min(...lines.map((l) => l.top)) - box.top;
      const bottom = box.bottom - Math.max(...lines.map((l) => l.bottom));
      expect(top).to.be.greaterThan(40);
      expect(Math.abs(top - bottom)).to.be.below(24);
      const svg = (find(el, 'svg') as SVGSVGElement).getBoundingClientRect();
      expect(svg.width).to.be.closeTo(box.width, 1);
    });

    it('drops the secondary lines in a short tile, never the value or the status', async () => {
      const roomy = await inTile({ w: 320, h: 200 });
      expect(shown(find(roomy, '.period'))).to.equal(true);
      expect(shown(find(roomy, '.facts'))).to.equal(true);
      expect(shown(find(roomy, 'button.more'))).to.equal(true);
      // The explanation waits behind its button, as at small widths.
      expect(shown(find(roomy, '.caption'))).to.equal(false);
      const short = await inTile({ w: 320, h: 110 });
      expect(shown(find(short, '.period'))).to.equal(false);
      expect(shown(find(short, '.facts'))).to.equal(false);
      expect(shown(find(short, 'button.more'))).to.equal(false);
      expect(seen(part(short, 'value'))).to.equal('54,34%');
      expect(seen(part(short, 'status'))).to.equal('✓ Đạt');
      expect(outside(short)).to.deep.equal([]);
      // The meter still says value, target and status.
      expect(meter(short)?.getAttribute('aria-valuetext')).to.match(/54,34%.*50%.*Đạt/);
      await expect(short).to.be.accessible();
    });

    it('keeps the target line beside the dial in a wide, short tile', async () => {
      const el = await inTile({ w: 700, h: 130 });
      expect(shown(find(el, '.facts'))).to.equal(true);
      expect(outside(el)).to.deep.equal([]);
    });

    it('opens its explanation inside the tile, the dial giving way', async () => {
      const el = await inTile({ w: 320, h: 260 });
      const before = (find(el, 'svg') as SVGSVGElement).getBoundingClientRect().width;
      (find(el, 'button.more') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(shown(find(el, '.caption'))).to.equal(true);
      expect(outside(el)).to.deep.equal([]);
      expect((find(el, 'svg') as SVGSVGElement).getBoundingClientRect().width).to.be.below(before);
      await expect(el).to.be.accessible();
    });

    it('takes the height of a grid row it stretches to, with no height of its own', async () => {
      const grid = await fixture<HTMLDivElement>(
        html`<div style="display: grid; grid-template-columns: 220px 220px; grid-auto-rows: 180px">
          <cds-kpi-gauge fit .indicator=${ONLINE_DOSSIERS}></cds-kpi-gauge>
          <cds-kpi-gauge fit variant="ring" .indicator=${ESSENTIAL_SERVICES}></cds-kpi-gauge>
        </div>`,
      );
      for (const el of grid.querySelectorAll<CdsKpiGauge>('cds-kpi-gauge')) {
        await el.updateComplete;
        expect(el.getBoundingClientRect().height).to.be.closeTo(180, 0.5);
        expect(outside(el), el.variant).to.deep.equal([]);
        expect(fitProblems(el, el.variant as 'semi' | 'ring'), el.variant).to.deep.equal([]);
      }
    });

    it('is 16 base sizes tall without any height, and shows every line', async () => {
      const el = await inTile({ w: 240 });
      expect(el.getBoundingClientRect().height).to.be.closeTo(16 * 16, 0.5);
      expect(shown(find(el, '.facts'))).to.equal(true);
      expect(shown(find(el, '.period'))).to.equal(true);
      expect(outside(el)).to.deep.equal([]);
    });

    it('reflects the property to the attribute, and stays hidden when hidden', async () => {
      const el = await inTile({ w: 320, h: 200, fit: false });
      el.fit = true;
      await el.updateComplete;
      expect(el.hasAttribute('fit')).to.equal(true);
      expect(outside(el)).to.deep.equal([]);
      el.hidden = true;
      expect(getComputedStyle(el).display).to.equal('none');
    });

    it('lays a bullet’s lines inside a tile of its height', async () => {
      const el = await inTile({ w: 300, h: 110, variant: 'bullet' });
      expect(shown(find(el, '.facts'))).to.equal(false);
      expect(shown(part(el, 'status'))).to.equal(true);
      expect(outside(el)).to.deep.equal([]);
    });
  });

  describe('bad input', () => {
    it('invalid JSON: error panel in the page language and cds-error', async () => {
      const { el, event } = await failing((g) =>
        g.setAttribute('indicator', '{"name": "x", value: 5}'),
      );
      expect(event.code).to.equal('invalid-json');
      const panel = find(el, '[role="alert"]');
      expect(textOf(panel)).to.contain('Không hiển thị được dữ liệu');
      expect(textOf(panel)).to.contain('JSON không hợp lệ');
      // What to change, loaded with the rest of the error wording.
      expect(textOf(panel)).to.contain('Gợi ý: đặt tên trong nháy kép: "value"');
      expect(event.message).to.contain('Gợi ý: đặt tên trong nháy kép: "value"');
      expect(meter(el)?.outerHTML).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('a non-numeric value attribute names the path "value" instead of becoming NaN', async () => {
      const { el, event } = await failing((g) => {
        g.setAttribute('label', 'x');
        g.setAttribute('value', 'abc');
        g.setAttribute('target', '50');
      });
      expect(event.path).to.equal('value');
      expect(event.message).to.equal('value: cần một số, nhận được chuỗi "abc"');
      expect(textOf(find(el, '[role="alert"]'))).to.contain('value: cần một số');
    });

    it('JSON in a double-quoted attribute, cut at its first quote, says to use single quotes', async () => {
      const wrapper = document.createElement('div');
      wrapper.lang = 'en';
      // As a portal developer writes it, and as the HTML parser reads it: indicator="{".
      wrapper.innerHTML = '<cds-kpi-gauge indicator="{"name": "x", "value": 5}"></cds-kpi-gauge>';
      const el = wrapper.querySelector('cds-kpi-gauge') as CdsKpiGauge;
      expect(el.getAttribute('indicator')).to.equal('{');
      const pending = nextEvent(el, 'cds-error');
      document.body.append(wrapper);
      const event = await pending;
      expect(event.code).to.equal('invalid-json');
      await el.updateComplete;
      expect(textOf(find(el, '[role="alert"]'))).to.contain(
        `Hint: the HTML attribute ended at its first ": wrap the JSON in single quotes, '{"name": …}'`,
      );
      wrapper.remove();
    });

    it('a target attribute typed as the reports print it says how to split it', async () => {
      const { el, event } = await failing((g) => {
        g.setAttribute('label', 'x');
        g.setAttribute('value', '54.34');
        g.setAttribute('target', '≥ 50%');
      }, 'en');
      expect(event.path).to.equal('target');
      expect(event.message).to.equal(
        'target: expected a number, got the string "≥ 50%"; write op ">=" and target 50',
      );
      expect(textOf(find(el, '[role="alert"]'))).to.contain('write op ">=" and target 50');
    });

    it('bad data beside bad attributes: one panel with every error, one cds-error', async () => {
      // The data's errors are worded a moment later (their words load on first need); the
      // attributes' are known at once. The panel waits for both instead of showing twice.
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="vi"></div>`);
      const el = document.createElement('cds-kpi-gauge');
      const events: GlobalEventHandlersEventMap['cds-error'][] = [];
      const panels: string[] = [];
      el.addEventListener('cds-error', (e) => events.push(e));
      const watch = new MutationObserver(() => {
        const panel = find(el, '[role="alert"]');
        if (panel && panels.at(-1) !== textOf(panel)) panels.push(textOf(panel));
      });
      el.setAttribute('label', 'x');
      el.setAttribute('value', 'abc');
      el.setAttribute('period', '2022-13');
      el.setAttribute('variant', 'zz');
      wrapper.append(el);
      watch.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
      await settle(el, 50);
      await settle(el, 50);
      watch.disconnect();
      expect(events.map((e) => e.errors.map((x) => `${x.code} ${x.path}`))).to.deep.equal([
        ['invalid-attribute value', 'invalid-attribute period', 'invalid-attribute variant'],
      ]);
      expect(panels).to.have.length(1);
    });

    it('a decimal comma is refused, not guessed at', async () => {
      const { event } = await failing((g) => {
        g.setAttribute('label', 'x');
        g.setAttribute('value', '54,34');
      }, 'en');
      expect(event.path).to.equal('value');
      expect(event.message).to.equal(
        'value: expected a number, got the string "54,34"; write 54.34',
      );
    });

    it('a period written as the reports print it says which key to write', async () => {
      const { el, event } = await failing((g) => {
        g.indicator = { name: 'Tỷ lệ', value: 54.34, target: 50, unit: '%', period: 'Quý I/2024' };
      });
      expect(event.path).to.equal('period');
      expect(event.message).to.equal('period: kỳ không hợp lệ "Quý I/2024": viết 2024-Q1');
      expect(textOf(find(el, '[role="alert"]'))).to.contain('viết 2024-Q1');
    });

    it('NaN, as an attribute or a property, names the path "value"', async () => {
      const fromAttribute = await failing((g) => {
        g.setAttribute('label', 'x');
        g.setAttribute('value', 'NaN');
      });
      expect(fromAttribute.event.path).to.equal('value');
      const fromProperty = await failing((g) => {
        g.label = 'x';
        g.value = Number.NaN;
      });
      expect(fromProperty.event.path).to.equal('value');
      expect(fromProperty.event.message).to.equal(
        'value: cần một số, nhận được NaN (không phải số)',
      );
    });

    it('a missing value (empty attribute or null in JSON) names the path "value"', async () => {
      const empty = await failing((g) => {
        g.setAttribute('label', 'x');
        g.setAttribute('value', '');
        g.setAttribute('target', '50');
      });
      expect(empty.event.path).to.equal('value');
      const nullValue = await failing((g) =>
        g.setAttribute('indicator', '{"name":"x","value":null,"target":50}'),
      );
      expect(nullValue.event.path).to.equal('value');
    });

    it('a string where a number belongs in JSON names its path', async () => {
      const { event } = await failing((g) =>
        g.setAttribute(
          'indicator',
          json({ ...ONLINE_DOSSIERS, targets: [{ period: '2022', op: '>=', value: '50' }] }),
        ),
      );
      expect(event.path).to.equal('targets[0].value');
    });

    it('an unknown unit names the path "unit"', async () => {
      const { el, event } = await failing((g) => {
        g.setAttribute('label', 'x');
        g.setAttribute('value', '5');
        g.setAttribute('unit', 'km');
      });
      expect(event.path).to.equal('unit');
      expect(textOf(find(el, '[role="alert"]'))).to.contain('đơn vị không hỗ trợ "km"');
    });

    it('a missing label names the attribute "label", not the JSON key', async () => {
      const { event } = await failing((g) => g.setAttribute('value', '5'), 'en');
      expect(event.path).to.equal('label');
      expect(event.message).to.equal('label: required field is missing');
    });

    it('min ≥ max names "min", in English too', async () => {
      const { el, event } = await failing((g) => {
        g.setAttribute('label', 'x');
        g.setAttribute('value', '5');
        g.setAttribute('min', '100');
        g.setAttribute('max', '50');
      }, 'en');
      expect(event.code).to.equal('invalid-attribute');
      expect(event.path).to.equal('min');
      expect(event.message).to.equal('min: min (100) must be less than max (50)');
      expect(textOf(find(el, '[role="alert"]'))).to.contain('The data could not be shown');
    });

    it('a max below the default start names "max"', async () => {
      const { event } = await failing((g) => {
        g.setAttribute('label', 'x');
        g.setAttribute('value', '5');
        g.setAttribute('unit', '%');
        g.setAttribute('max', '0');
      });
      expect(event.path).to.equal('max');
      expect(event.message).to.equal('max: min (0) phải nhỏ hơn max (0)');
    });

    it('a non-numeric min, an unknown variant and a bad period each name their attribute', async () => {
      const min = await failing((g) => {
        g.indicator = ONLINE_DOSSIERS;
        g.setAttribute('min', 'zero');
      });
      expect(min.event.path).to.equal('min');
      expect(min.event.message).to.equal('min: cần một số, nhận được "zero"');
      const variant = await failing((g) => {
        g.indicator = ONLINE_DOSSIERS;
        g.setAttribute('variant', 'pie');
      });
      expect(variant.event.path).to.equal('variant');
      const period = await failing((g) => {
        g.indicator = ONLINE_DOSSIERS;
        g.setAttribute('period', '2022-13');
      });
      expect(period.event.path).to.equal('period');
    });

    it('recovers when the bad attribute is fixed', async () => {
      const { el } = await failing((g) => {
        g.setAttribute('label', 'x');
        g.setAttribute('value', 'abc');
        g.setAttribute('target', '50');
        g.setAttribute('unit', '%');
      });
      el.setAttribute('value', '55');
      await el.updateComplete;
      expect(find(el, '[role="alert"]')?.outerHTML).to.equal(undefined);
      expect(textOf(part(el, 'value'))).to.equal('55%');
    });

    it('says "loading" while the words for a data error load, then shows the panel', async () => {
      const wrapper = document.createElement('div');
      wrapper.lang = 'vi';
      const el = document.createElement('cds-kpi-gauge');
      el.setAttribute('label', 'x');
      el.setAttribute('value', 'abc');
      wrapper.append(el);
      document.body.append(wrapper);
      await el.updateComplete;
      expect(textOf(part(el, 'placeholder'))).to.equal('Đang tải dữ liệu…');
      expect(meter(el)?.outerHTML).to.equal(undefined);
      // Moved meanwhile, as a framework re-ordering a list does: the error still arrives.
      const pending = nextEvent(el, 'cds-error');
      el.remove();
      wrapper.append(el);
      expect((await pending).path).to.equal('value');
      await el.updateComplete;
      expect(textOf(find(el, '[role="alert"]'))).to.contain('value: cần một số');
    });

    it('never renders data as HTML', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge
          label=${'<img src=x onerror=alert(1)>'}
          value="5"
          target="10"
        ></cds-kpi-gauge>`,
      );
      expect(find(el, 'img')?.outerHTML).to.equal(undefined);
      expect(textOf(part(el, 'label'))).to.equal('<img src=x onerror=alert(1)>');
    });
  });

  describe('screen readers, print, forced colours, larger text', () => {
    it('marks its own language on every state, and a Vietnamese-only name on an English page', async () => {
      // A French page: the gauge speaks Vietnamese, and says so to the screen reader.
      const fr = await fixture<HTMLDivElement>(
        html`<div lang="fr">
          <cds-kpi-gauge indicator=${json(ONLINE_DOSSIERS)} as-of="2023-02-25"></cds-kpi-gauge>
          <cds-kpi-gauge></cds-kpi-gauge>
        </div>`,
      );
      const [gauge, empty] = [...fr.querySelectorAll('cds-kpi-gauge')] as CdsKpiGauge[];
      await Promise.all([gauge?.updateComplete, empty?.updateComplete]);
      expect(part(gauge as CdsKpiGauge, 'base')?.getAttribute('lang')).to.equal('vi');
      expect(meter(gauge as CdsKpiGauge)?.matches(':lang(vi)')).to.equal(true);
      const placeholder = part(empty as CdsKpiGauge, 'placeholder');
      expect(textOf(placeholder)).to.equal('Chưa có dữ liệu');
      expect(placeholder?.matches(':lang(vi)')).to.equal(true);

      // An English page: English words, but a name the data has only in Vietnamese is marked so.
      const en = await fixture<HTMLDivElement>(
        html`<div lang="en">
          <cds-kpi-gauge indicator=${json(SMARTPHONES)} as-of="2022-08"></cds-kpi-gauge>
          <cds-kpi-gauge indicator=${json(ONLINE_DOSSIERS)} as-of="2023-02-25"></cds-kpi-gauge>
          <cds-kpi-gauge label="Smartphones" indicator=${json(SMARTPHONES)}></cds-kpi-gauge>
        </div>`,
      );
      const [viOnly, both, labelled] = [...en.querySelectorAll('cds-kpi-gauge')] as CdsKpiGauge[];
      await Promise.all([viOnly, both, labelled].map((g) => g?.updateComplete));
      const nameOf = (g: CdsKpiGauge | undefined): Element | null =>
        part(g as CdsKpiGauge, 'label')?.querySelector('span') ?? null;
      expect(part(viOnly as CdsKpiGauge, 'base')?.getAttribute('lang')).to.equal('en');
      expect(nameOf(viOnly)?.getAttribute('lang')).to.equal('vi');
      expect(textOf(part(viOnly as CdsKpiGauge, 'status'))).to.equal('! At risk');
      expect(part(viOnly as CdsKpiGauge, 'status')?.matches(':lang(en)')).to.equal(true);
      expect(nameOf(both)?.matches(':lang(en)')).to.equal(true);
      expect(nameOf(labelled)?.matches(':lang(en)')).to.equal(true);
      await expect(viOnly).to.be.accessible();
    });

    it('says which way the change goes and whether that is good, in words, not colour alone', async () => {
      const flat = {
        id: 'x',
        name: 'x',
        unit: '%',
        observations: [
          { period: '2021', value: 50 },
          { period: '2022', value: 50 },
        ],
      };
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge indicator=${json(CYBER_ATTACKS)} as-of="2023"></cds-kpi-gauge>`,
      );
      const change = find(el, '.change') as HTMLElement;
      // The arrow is hidden from screen readers, which hear "Tăng" instead.
      const arrow = change.querySelector('[aria-hidden="true"]');
      expect(textOf(arrow)).to.equal('▲ 25,3%');
      const words = change.querySelector('.sr-only') as HTMLElement;
      expect(textOf(words)).to.equal('Tăng 25,3%');
      expect(getComputedStyle(words).position).to.equal('absolute');
      expect(words.getBoundingClientRect().width).to.be.at.most(1);
      // Up is bad news when lower is better: said in visible words too.
      expect(seen(change)).to.equal('▲ 25,3% so với năm 2021 · xấu đi');
      expect(heard(change)).to.equal('Tăng 25,3% so với năm 2021 · xấu đi');
      el.indicator = flat;
      await el.updateComplete;
      const same = find(el, '.change');
      expect(seen(same)).to.equal('■ so với năm 2021');
      expect(heard(same)).to.equal('Không đổi so với năm 2021');
      await expect(el).to.be.accessible();
    });

    itInChromium(
      'shows the change as plain text under forced colours, its words carrying the meaning',
      async () => {
        const el = await fixture<CdsKpiGauge>(
          html`<cds-kpi-gauge indicator=${json(CYBER_ATTACKS)} as-of="2023"></cds-kpi-gauge>`,
        );
        const change = find(el, '.change') as HTMLElement;
        const value = part(el, 'value') as Element;
        expect(getComputedStyle(change).color).not.to.equal(getComputedStyle(value).color);
        await emulateMedia({ forcedColors: 'active' });
        try {
          expect(getComputedStyle(change).color).to.equal(getComputedStyle(value).color);
        } finally {
          await emulateMedia({ forcedColors: 'none' });
        }
      },
    );

    itInChromium(
      'is heard reading its value once: in the meter’s value text, not again as its text',
      async () => {
        // Chromium exposes a meter's visible text as its children, though ARIA makes them
        // presentational: a screen reader in browse mode read "54,34%" twice. (The explanation
        // sentence below says it again, as part of its own sentence.)
        for (const [indicator, asOf, reading] of [
          [ONLINE_DOSSIERS, '2023-02-25', '54,34%'],
          [DX_INDEX, '2023-12', '0,75'],
        ] as const) {
          const el = await fixture<CdsKpiGauge>(
            html`<cds-kpi-gauge indicator=${json(indicator)} as-of=${asOf}></cds-kpi-gauge>`,
          );
          const dial = axSubtree(await axTree(), (l) => l.role === 'meter');
          expect(dial[0]?.value, indicator.id).to.contain(reading);
          expect(timesHeard(dial, reading), indicator.id).to.equal(1);
          // Still on screen.
          expect(textOf(find(el, '.reading')), indicator.id).to.contain(reading);
          el.remove();
        }
      },
    );

    itInChromium(
      'is heard saying its status and target once, in the meter’s value text, at every size',
      async () => {
        // The pill and the target line repeated the value text: "…; Mục tiêu: Tối thiểu 50%;
        // Đạt", then "Đạt", then "Mục tiêu: ≥ 50%". (The explanation is a sentence of its own.)
        const found: string[] = [];
        for (const [indicator, asOf, target] of [
          [ONLINE_DOSSIERS, '2023-02-25', 'Mục tiêu: Tối thiểu 50%'],
          [SMARTPHONES, '2022-08', 'Mục tiêu: Tối thiểu 85% (năm 2022)'],
          [ONLINE_REPORTS, '2022-08', 'Mục tiêu: Tối thiểu 50%'],
          [ID_LAW, '2024-04', 'Hạn: Tháng 12/2023'],
        ] as const)
          for (const variant of ['semi', 'ring', 'bullet'])
            for (const [w, h] of [
              [400, 0],
              [170, 0],
              [300, 120],
            ] as const) {
              const wrapper = await fixture<HTMLDivElement>(
                html`<div style="width: ${w}px; height: ${h ? `${h}px` : 'auto'}">
                  <cds-kpi-gauge
                    ?fit=${!!h}
                    style="height: 100%"
                    variant=${variant}
                    indicator=${json(indicator)}
                    as-of=${asOf}
                  ></cds-kpi-gauge>
                </div>`,
              );
              const el = wrapper.querySelector('cds-kpi-gauge') as CdsKpiGauge;
              const why = textOf(find(el, '.caption'));
              const tree = (await axTree()).filter((l) => l.name !== why);
              const words = seen(part(el, 'status')).replace(/^\S+ /, '');
              const where = `${indicator.id} ${variant} ${w}×${h}`;
              const value = axSubtree(tree, (l) => l.role === 'meter')[0]?.value ?? '';
              if (!value.includes(target) || !value.includes(words))
                found.push(`${where}: ${value}`);
              for (const [fact, times] of [
                [words, timesHeard(tree, words)],
                [target, timesHeard(tree, `${target.split(':')[0]}:`)],
              ] as const)
                if (times !== 1) found.push(`${where}: "${fact}" heard ${times} times`);
              wrapper.remove();
            }
        expect(found).to.deep.equal([]);
      },
    );

    itInChromium(
      'is heard saying, besides its meter, only what the value text does not',
      async () => {
        // The period and the change stay, and the explanation (its own sentence); the pill went.
        const el = await fixture<CdsKpiGauge>(
          html`<cds-kpi-gauge indicator=${json(CYBER_ATTACKS)} as-of="2023"></cds-kpi-gauge>`,
        );
        const tree = await axTree();
        const lines = tree.filter((l) => l.role === 'StaticText').map((l) => l.name);
        // The name and the period name the meter, and are not read again as lines of text.
        expect(lines).to.deep.equal([
          'Tăng 25,3%',
          'so với năm 2021 · xấu đi',
          textOf(find(el, '.caption')),
        ]);
        const dial = tree.find((l) => l.role === 'meter');
        expect(dial?.name).to.equal(`${CYBER_ATTACKS.name} Năm 2022`);
        expect(timesHeard(tree, CYBER_ATTACKS.name)).to.equal(1);
        // On screen as before.
        expect(seen(part(el, 'status'))).to.equal('○ Chưa có mục tiêu');
        expect(textOf(part(el, 'label'))).to.equal(CYBER_ATTACKS.name);
        expect(textOf(find(el, '.period'))).to.equal('Năm 2022');
      },
    );

    it('opens its explanation with a capital, as the sentence it is', async () => {
      // "khoảng 38,3%" (bc-2024-04) against the 2024 target: the caption began "khoảng 38,3%".
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge
          indicator=${json({
            ...ONLINE_DOSSIERS,
            observations: [
              { period: '2024-04', value: 38.3, text: { vi: 'khoảng 38,3%', en: 'about 38.3%' } },
            ],
            targets: [{ period: '2024', op: '>=', value: 70 }],
          })}
          as-of="2024-05"
        ></cds-kpi-gauge>`,
      );
      expect(textOf(find(el, '.caption'))).to.match(/^Khoảng 38,3% \(tháng 4\/2024\) so với/);
    });

    itInChromium('keeps a title the page slots in, a heading, in the tree', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge indicator=${json(CYBER_ATTACKS)} as-of="2023"
          ><h3 slot="title">Tấn công mạng</h3></cds-kpi-gauge
        >`,
      );
      await el.updateComplete;
      const tree = await axTree();
      expect(tree.find((l) => l.role === 'heading')?.name).to.equal('Tấn công mạng');
      expect(tree.find((l) => l.role === 'meter')?.name).to.equal('Tấn công mạng Năm 2022');
      // Taken out again, the indicator's name is back, as the meter's name only.
      el.querySelector('h3')?.remove();
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      const after = await axTree();
      expect(after.find((l) => l.role === 'heading')).to.equal(undefined);
      expect(after.find((l) => l.role === 'meter')?.name).to.equal(
        `${CYBER_ATTACKS.name} Năm 2022`,
      );
      expect(timesHeard(after, CYBER_ATTACKS.name)).to.equal(1);
    });

    it('says value, target and status in the meter’s value text, each once', async () => {
      for (const [indicator, asOf] of [
        [ONLINE_REPORTS, '2022-08'],
        [ONLINE_DOSSIERS, '2023-02-25'],
        [DX_INDEX, '2023-12'],
        [ID_LAW, '2024-04'],
      ] as const) {
        const el = await fixture<CdsKpiGauge>(
          html`<cds-kpi-gauge indicator=${json(indicator)} as-of=${asOf}></cds-kpi-gauge>`,
        );
        const parts = (meter(el)?.getAttribute('aria-valuetext') ?? '').split('; ');
        const verdict = textOf(part(el, 'status')).replace(/^\S+ /, '');
        // Said once: last, or first when it is the value ("Chưa có dữ liệu").
        expect(
          parts.filter((p) => p === verdict),
          indicator.id,
        ).to.have.length(1);
        expect([parts[0], parts.at(-1)], indicator.id).to.include(verdict);
        expect(new Set(parts).size, indicator.id).to.equal(parts.length);
      }
    });

    it('names each disclosure by its indicator, so a table of bars has no two alike', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 400px">
          <cds-kpi-gauge
            variant="bullet"
            indicator=${json(ONLINE_DOSSIERS)}
            as-of="2023-02-25"
          ></cds-kpi-gauge>
          <cds-kpi-gauge
            variant="bullet"
            indicator=${json(SMARTPHONES)}
            as-of="2022-08"
          ></cds-kpi-gauge>
        </div>`,
      );
      const gauges = [...wrapper.querySelectorAll('cds-kpi-gauge')] as CdsKpiGauge[];
      await Promise.all(gauges.map((g) => g.updateComplete));
      const names = gauges.map((g) => {
        const button = find(g, 'button.more') as HTMLButtonElement;
        expect(shown(button)).to.equal(true);
        const ids = (button.getAttribute('aria-labelledby') ?? '').split(' ');
        return ids.map((id) => textOf(find(g, `#${id}`))).join(' ');
      });
      expect(names).to.deep.equal([
        'Giải thích Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến',
        'Giải thích Tỷ lệ dân số trưởng thành có điện thoại thông minh',
      ]);
      for (const g of gauges) await expect(g).to.be.accessible();
    });

    it('says a count against its total as "21 trên 25" / "21 of 25", and shows 21/25', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <cds-kpi-gauge
            lang="vi"
            indicator=${json(ESSENTIAL_SERVICES)}
            as-of="2023-02-25"
          ></cds-kpi-gauge>
          <cds-kpi-gauge
            lang="en"
            indicator=${json(ESSENTIAL_SERVICES)}
            as-of="2023-02-25"
          ></cds-kpi-gauge>
        </div>`,
      );
      const [vi, en] = [...wrapper.querySelectorAll('cds-kpi-gauge')] as CdsKpiGauge[];
      await Promise.all([vi?.updateComplete, en?.updateComplete]);
      expect(textOf(part(vi as CdsKpiGauge, 'value'))).to.equal('21/25');
      expect(meter(vi as CdsKpiGauge)?.getAttribute('aria-valuetext')).to.equal(
        '21 trên 25 dịch vụ; Mục tiêu: Tối thiểu 25 trên 25 dịch vụ; Chưa đạt',
      );
      expect(textOf(part(en as CdsKpiGauge, 'value'))).to.equal('21/25');
      expect(meter(en as CdsKpiGauge)?.getAttribute('aria-valuetext')).to.equal(
        '21 of 25 services; Target: At least 25 of 25 services; Not achieved',
      );
      // A milestone's due date keeps its slash: only counts are re-worded.
      const law = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge indicator=${json(ID_LAW)} as-of="2024-04"></cds-kpi-gauge>`,
      );
      expect(meter(law)?.getAttribute('aria-valuetext')).to.equal(
        'Chưa có dữ liệu; Hạn: Tháng 12/2023; Quá hạn',
      );
    });

    itInChromium('prints the explanation instead of the button that opens it', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 400px">
          <cds-kpi-gauge
            variant="bullet"
            indicator=${json(ONLINE_DOSSIERS)}
            as-of="2023-02-25"
          ></cds-kpi-gauge>
          <div style="width: 160px">
            <cds-kpi-gauge indicator=${json(ONLINE_DOSSIERS)} as-of="2023-02-25"></cds-kpi-gauge>
          </div>
        </div>`,
      );
      const gauges = [...wrapper.querySelectorAll('cds-kpi-gauge')] as CdsKpiGauge[];
      await Promise.all(gauges.map((g) => g.updateComplete));
      for (const g of gauges) {
        expect(shown(find(g, 'button.more'))).to.equal(true);
        expect(shown(find(g, '.caption'))).to.equal(false);
      }
      await emulateMedia({ media: 'print' });
      try {
        for (const g of gauges) {
          expect(shown(find(g, 'button.more')), g.variant).to.equal(false);
          const caption = find(g, '.caption') as HTMLElement;
          expect(shown(caption), g.variant).to.equal(true);
          expect(caption.getBoundingClientRect().height).to.be.greaterThan(0);
          expect(textOf(caption)).to.equal('54,34% so với mục tiêu ≥ 50% (2022): Đạt');
        }
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    itInChromium(
      'under forced colours: a solid arc, a thin track, and the marker ringed in Canvas',
      async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div>
            <cds-kpi-gauge indicator=${json(DX_INDEX)} as-of="2023-12"></cds-kpi-gauge>
            <cds-kpi-gauge
              variant="bullet"
              indicator=${json(ONLINE_DOSSIERS)}
              as-of="2023-02-25"
            ></cds-kpi-gauge>
          </div>`,
        );
        const [forecast, bar] = [...wrapper.querySelectorAll('cds-kpi-gauge')] as CdsKpiGauge[];
        await Promise.all([forecast?.updateComplete, bar?.updateComplete]);
        const arc = part(forecast as CdsKpiGauge, 'arc') as Element;
        expect(arc.classList.contains('provisional')).to.equal(true);
        // Fainter otherwise: the forecast is marked on the arc as well as in words.
        expect(getComputedStyle(arc).strokeOpacity).to.equal('0.55');
        const canvas = document.createElement('span');
        canvas.style.cssText = 'forced-color-adjust: none; color: Canvas';
        document.body.append(canvas);
        await emulateMedia({ forcedColors: 'active' });
        try {
          expect(getComputedStyle(arc).strokeOpacity).to.equal('1');
          for (const g of [forecast, bar] as CdsKpiGauge[]) {
            const width = (p: string): number =>
              parseFloat(getComputedStyle(part(g, p) as Element).strokeWidth);
            // Told apart by shape, not only by hue: the track is at most a third of the arc.
            expect(width('track') * 3, g.variant).to.be.at.most(width('arc'));
            expect(width('track'), g.variant).to.be.at.least(2);
          }
          const halo = find(bar as CdsKpiGauge, '.halo') as Element;
          expect(shown(halo)).to.equal(true);
          expect(getComputedStyle(halo).stroke).to.equal(getComputedStyle(canvas).color);
          expect(getComputedStyle(halo).stroke).not.to.equal(
            getComputedStyle(part(bar as CdsKpiGauge, 'target') as Element).stroke,
          );
        } finally {
          await emulateMedia({ forcedColors: 'none' });
          canvas.remove();
        }
      },
    );

    it('keeps the status inside its pill, broken between words, with text at 200%', async () => {
      const root = document.documentElement;
      root.style.fontSize = '200%';
      try {
        for (const variant of ['semi', 'ring', 'bullet'] as const)
          for (const lang of ['vi', 'en'])
            for (const width of [120, 240, 360, 480, 800]) {
              const el = await noTargetGauge(variant, lang, width);
              const status = part(el, 'status') as HTMLElement;
              expect(textOf(status)).to.match(/Chưa có mục tiêu|No target/);
              const pill = status.getBoundingClientRect();
              const box = el.getBoundingClientRect();
              const where = `${variant} ${lang} ${width}px`;
              const problems: string[] = [];
              if (pill.left < box.left - 0.5 || pill.right > box.right + 0.5)
                problems.push('pill past the gauge');
              const range = document.createRange();
              const text = [...status.childNodes].find((n) => n instanceof Text) as Text;
              range.selectNodeContents(status);
              for (const l of range.getClientRects())
                if (l.width > 0 && (l.left < pill.left - 0.5 || l.right > pill.right + 0.5))
                  problems.push('text past the pill');
              for (const word of text.data.matchAll(/\S+/g)) {
                range.setStart(text, word.index);
                range.setEnd(text, word.index + word[0].length);
                if (range.getClientRects().length > 1) problems.push(`"${word[0]}" split`);
              }
              if (variant !== 'bullet') problems.push(...fitProblems(el, variant));
              expect(problems, where).to.deep.equal([]);
            }
      } finally {
        root.style.fontSize = '';
      }
    });
  });

  describe('with the seeds datasets', () => {
    const seeds: Record<string, DatasetInput> = {};
    before(async () => {
      for (const file of [
        'bc-2022-08',
        'bc-2022-12-28',
        'bc-2023-02-25',
        'bc-2023-12',
        'bc-2024-04',
      ]) {
        seeds[file] = (await loadSeed(`${file}.json`)) as DatasetInput;
      }
    });
    /** The reports named, merged: one indicator gathers every report's figures. */
    const data = (...files: string[]): DatasetInput =>
      mergeDatasets(files.map((f) => seeds[f] as DatasetInput));

    it('fits the reports’ longest readings, units and words in gauges of 120 to 240 px', async () => {
      const all = data('bc-2022-08', 'bc-2022-12-28', 'bc-2023-02-25', 'bc-2023-12', 'bc-2024-04');
      const cases = [
        // "2,8 triệu" over two lines of unit ("giao dịch/ngày").
        { id: 'ndxp-giao-dich-binh-quan-ngay', asOf: '2024-04', lang: 'vi' },
        // "7.5%" and "(forecast)", one word that cannot wrap.
        { id: 'thuong-mai-dien-tu-ban-le', asOf: '2023-02-25', lang: 'en' },
        // "administrative-procedure" in the name; "✓ Achieved" as the status.
        { id: 'ho-so-xu-ly-truc-tuyen', asOf: '2023-02-25', lang: 'en' },
        { id: 'cau-chuyen-chuyen-doi-so', asOf: '2022-12-28', lang: 'en' },
      ];
      for (const c of cases)
        for (const variant of ['semi', 'ring'] as const)
          for (const theme of [undefined, 'dark'])
            for (const width of [120, 160, 200, 240]) {
              const wrapper = await fixture<HTMLDivElement>(
                html`<div style="width: ${width}px" lang=${c.lang}>
                  <cds-kpi-gauge
                    .indicator=${all}
                    indicator-id=${c.id}
                    as-of=${c.asOf}
                    variant=${variant}
                    theme=${ifDefined(theme)}
                  ></cds-kpi-gauge>
                </div>`,
              );
              const el = wrapper.querySelector('cds-kpi-gauge') as CdsKpiGauge;
              await el.updateComplete;
              expect(part(el, 'value'), `${c.id}: a value`).to.not.equal(null);
              expect(
                fitProblems(el, variant),
                `${c.id} ${variant} ${theme} ${width}px`,
              ).to.deep.equal([]);
            }
    });

    it('keeps a bar’s change beside its status only with room for both', async () => {
      for (const theme of [undefined, 'dark'])
        for (const width of [240, 280, 320, 360, 400, 480]) {
          const wrapper = await fixture<HTMLDivElement>(
            html`<div style="width: ${width}px">
              <cds-kpi-gauge
                .indicator=${data('bc-2022-12-28', 'bc-2023-02-25')}
                indicator-id="tan-cong-mang"
                variant="bullet"
                period="2022"
                theme=${ifDefined(theme)}
              ></cds-kpi-gauge>
            </div>`,
          );
          const el = wrapper.querySelector('cds-kpi-gauge') as CdsKpiGauge;
          await el.updateComplete;
          const change = find(el, '.change') as HTMLElement;
          expect(textOf(change), 'a change line').to.match(/so với/);
          // Squeezed beside the status, it ran to four lines and out of a themed gauge's box.
          const rects = visibleLines(change);
          const lines = new Set(rects.map((l) => Math.round(l.bottom))).size;
          const host = el.getBoundingClientRect();
          const past = rects.filter((l) => l.right > host.right + 0.5);
          expect({ lines: lines <= 2, past: past.length }, `${theme} ${width}px`).to.deep.equal({
            lines: true,
            past: 0,
          });
        }
    });

    const cases: [string, string[], string, string, string, string, string][] = [
      [
        'achieved',
        ['bc-2022-08', 'bc-2023-02-25'],
        'ho-so-xu-ly-truc-tuyen',
        '2022',
        '2023-02-25',
        '✓ Đạt',
        '54,34%',
      ],
      ['not-achieved', ['bc-2023-02-25'], 'du-lieu-mo', '', '2023-02-25', '✗ Chưa đạt', '11,8%'],
      [
        'on-track',
        ['bc-2022-12-28', 'bc-2023-02-25'],
        'ty-trong-kinh-te-so-gdp',
        '2023',
        '2023-02-25',
        '↗ Đúng tiến độ',
        '14,26%',
      ],
      [
        'at-risk',
        ['bc-2022-08'],
        'dan-so-dien-thoai-thong-minh',
        '',
        '2022-08',
        '! Chậm tiến độ',
        '70,91%',
      ],
      [
        'overdue',
        ['bc-2023-02-25'],
        'luat-can-cuoc-cong-dan-sua-doi',
        '',
        '2024-04',
        '◷ Quá hạn',
        '–',
      ],
      ['no-data', ['bc-2022-08'], 'bao-cao-truc-tuyen', '', '2022-08', '– Chưa có dữ liệu', '–'],
      [
        'no-target',
        ['bc-2023-12'],
        'chi-so-chuyen-doi-so-quoc-gia',
        '2022',
        '2023-12',
        '○ Chưa có mục tiêu',
        '0,71',
      ],
    ];
    for (const [verdict, files, id, period, asOf, words, value] of cases) {
      it(`shows ${id} as ${verdict}`, async () => {
        const el = await fixture<CdsKpiGauge>(
          html`<cds-kpi-gauge
            .indicator=${data(...files)}
            indicator-id=${id}
            period=${ifDefined(period || undefined)}
            as-of=${asOf}
          ></cds-kpi-gauge>`,
        );
        expect(find(el, '.gauge')?.getAttribute('data-verdict')).to.equal(verdict);
        expect(textOf(part(el, 'status'))).to.equal(words);
        expect(textOf(part(el, 'value'))).to.equal(value);
      });
    }

    it('reads Đề án 06 essential services as 21/25 on a 0–25 ring', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge
          variant="ring"
          .indicator=${data('bc-2023-02-25', 'bc-2024-04')}
          indicator-id="dvc-thiet-yeu-de-an-06"
          period="2022"
          as-of="2023-02-25"
        ></cds-kpi-gauge>`,
      );
      expect(textOf(part(el, 'value'))).to.equal('21/25');
      expect(meter(el)?.getAttribute('aria-valuemax')).to.equal('25');
      const spoken = meter(el)?.getAttribute('aria-valuetext') ?? '';
      expect(spoken).to.match(/^21 trên 25 dịch vụ công\b/);
      expect(spoken).not.to.contain('/');
      expect(part(el, 'arc')?.getAttribute('stroke-dasharray')).to.equal('84.00 100');
      await expect(el).to.be.accessible();
    });

    it('reads cyber attacks (lower is better): up since 2021 is bad news', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge
          variant="bullet"
          .indicator=${data('bc-2022-12-28', 'bc-2024-04')}
          indicator-id="tan-cong-mang"
          period="2022"
          as-of="2023-02-25"
        ></cds-kpi-gauge>`,
      );
      expect(textOf(part(el, 'value'))).to.equal('12.195');
      const change = find(el, '.change');
      expect(seen(change)).to.equal('▲ 25,3% so với năm 2021 · xấu đi');
      expect(change?.classList.contains('negative')).to.equal(true);
    });

    it('does not compare a quarter of attacks with a whole year', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge
          .indicator=${data('bc-2022-12-28', 'bc-2024-04')}
          indicator-id="tan-cong-mang"
          as-of="2024-04"
        ></cds-kpi-gauge>`,
      );
      expect(textOf(part(el, 'value'))).to.equal('2.323');
      expect(find(el, '.change')?.outerHTML).to.equal(undefined);
    });

    it('marks a forecast that meets its target', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge
          .indicator=${data('bc-2022-08', 'bc-2023-02-25')}
          indicator-id="thuong-mai-dien-tu-ban-le"
          period="2022"
          as-of="2023-02-25"
        ></cds-kpi-gauge>`,
      );
      expect(textOf(find(el, '.reading'))).to.equal('7,5% (dự báo)');
      expect(textOf(part(el, 'status'))).to.equal('✓ Đạt');
      expect(part(el, 'arc')?.classList.contains('provisional')).to.equal(true);
    });

    // The reports give these figures as "hơn 320.000", "khoảng 860 triệu": shown bare, the gauge
    // claimed an exact figure the report never gave.
    const QUALIFIED = [
      {
        id: 'thanh-vien-to-cong-nghe-so-cong-dong',
        period: '2022',
        vi: ['hơn ', '320.000', 'hơn 320.000 thành viên;'],
        en: ['over ', '320,000', 'over 320,000 members;'],
      },
      {
        id: 'ndxp-giao-dich',
        period: '2022',
        vi: ['khoảng ', '860 triệu', 'khoảng 860 triệu giao dịch;'],
        en: ['about ', '860 million', 'about 860 million transactions;'],
      },
    ] as const;

    it('shows the report’s "hơn" or "khoảng" before the value, smaller, and says it', async () => {
      const all = data('bc-2022-08', 'bc-2022-12-28', 'bc-2023-02-25', 'bc-2023-12', 'bc-2024-04');
      for (const c of QUALIFIED)
        for (const lang of ['vi', 'en'] as const)
          for (const variant of ['semi', 'ring', 'bullet']) {
            const [word, value, said] = c[lang];
            const wrapper = await fixture<HTMLDivElement>(
              html`<div style="width: 320px" lang=${lang}>
                <cds-kpi-gauge
                  .indicator=${all}
                  indicator-id=${c.id}
                  period=${c.period}
                  variant=${variant}
                ></cds-kpi-gauge>
              </div>`,
            );
            const el = wrapper.querySelector('cds-kpi-gauge') as CdsKpiGauge;
            await el.updateComplete;
            const where = `${c.id} ${lang} ${variant}`;
            const approx = find(el, '.approx');
            expect(approx?.textContent, where).to.equal(word);
            expect(textOf(part(el, 'value')), where).to.equal(value);
            // Drawn, before the value on its line, and smaller, like "(ước tính)".
            const [a, v] = [approx, part(el, 'value')].map((e) => (e as Element).getClientRects());
            expect(a?.length, where).to.be.above(0);
            expect(a?.[0]?.right, where).to.be.at.most((v?.[0]?.left ?? 0) + 0.5);
            const size = (e: Element | null): number =>
              parseFloat(getComputedStyle(e as Element).fontSize);
            expect(size(approx), where).to.be.below(size(part(el, 'value')));
            expect(textOf(find(el, '.reading')), where).to.match(new RegExp(`^${word}${value} `));
            const text = meter(el)?.getAttribute('aria-valuetext') ?? '';
            expect(text.slice(0, said.length), where).to.equal(said);
          }
    });

    it('keeps an exact figure bare, shown and said', async () => {
      const el = await fixture<CdsKpiGauge>(
        html`<cds-kpi-gauge
          .indicator=${data('bc-2022-08', 'bc-2023-02-25')}
          indicator-id="ho-so-xu-ly-truc-tuyen"
          period="2022"
          as-of="2023-02-25"
        ></cds-kpi-gauge>`,
      );
      expect(textOf(find(el, '.reading'))).to.equal('54,34%');
      expect(shown(find(el, '.approx'))).to.equal(false);
      expect(meter(el)?.getAttribute('aria-valuetext')).to.equal(
        '54,34%; Mục tiêu: Tối thiểu 50%; Đạt',
      );
    });

    it('fits a reading with its "khoảng" in gauges of 120 to 240 px, and in short tiles', async () => {
      const all = data('bc-2022-08', 'bc-2022-12-28', 'bc-2023-02-25', 'bc-2023-12', 'bc-2024-04');
      const cases = [
        // "khoảng 2,8 triệu" over two lines of unit ("giao dịch/ngày").
        'ndxp-giao-dich-binh-quan-ngay',
        // "a little over 20%", the longest word in English.
        'nguoi-dung-nen-tang-viet',
        // "almost 36.3 billion USD".
        'doanh-thu-cong-nghiep-cntt',
        // "hơn 12,9 nghìn tỷ đồng".
        'cong-dvcqg-so-tien-thanh-toan',
      ];
      const sizes = [
        ...[120, 160, 200, 240].map((w) => ({ w, h: 0 })),
        ...[
          [150, 120],
          [200, 120],
          [320, 120],
          [200, 160],
        ].map(([w, h]) => ({ w: w as number, h: h as number })),
      ];
      const found: string[] = [];
      for (const id of cases)
        for (const lang of ['vi', 'en'])
          for (const variant of ['semi', 'ring'] as const)
            for (const theme of [undefined, 'dark'])
              for (const { w, h } of sizes) {
                const wrapper = await fixture<HTMLDivElement>(
                  html`<div style="width: ${w}px; height: ${h ? `${h}px` : 'auto'}" lang=${lang}>
                    <cds-kpi-gauge
                      .indicator=${all}
                      indicator-id=${id}
                      as-of="2024-04"
                      variant=${variant}
                      theme=${ifDefined(theme)}
                      ?fit=${!!h}
                      style="height: ${h ? '100%' : 'auto'}"
                    ></cds-kpi-gauge>
                  </div>`,
                );
                const el = wrapper.querySelector('cds-kpi-gauge') as CdsKpiGauge;
                await el.updateComplete;
                const where = `${id} ${lang} ${variant} ${theme} ${w}×${h || 'auto'}`;
                const word = find(el, '.approx')?.textContent ?? '';
                if (!word) found.push(`${where}: no qualifier`);
                found.push(...fitProblems(el, variant).map((p) => `${where}: ${p}`));
                const box = el.getBoundingClientRect();
                const lines = visibleLines(find(el, '.reading') as Element);
                if (lines.some((l) => l.top < box.top - 0.5 || l.bottom > box.bottom + 0.5))
                  found.push(`${where}: reading past the gauge's box`);
                // Seen, or at least heard: never dropped silently.
                if (!visibleLines(find(el, '.approx') as Element).length)
                  found.push(`${where}: "${word}" not drawn`);
                if (!meter(el)?.getAttribute('aria-valuetext')?.startsWith(word))
                  found.push(`${where}: "${word}" not said`);
              }
      expect(found).to.deep.equal([]);
    });
  });
});
