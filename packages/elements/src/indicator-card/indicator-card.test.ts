import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { figuresByPeriod, parseIndicator, type DatasetInput, type Indicator } from '@cds-vn/core';
import './cds-indicator-card.js';
import '../kpi-gauge/cds-kpi-gauge.js';
import type { CdsIndicatorCard } from './indicator-card.js';
import { changeTone, previousComparable } from './card-change.js';
import { sparkGeometry } from './sparkline.js';
import { clearFetchCache } from '../base/fetch-json.js';
import { axTree, itInChromium, loadSeed, nextEvent, spoken, within } from '../../test/helpers.js';
import { mergeDatasets } from '../../../../seeds/merge.js';
import {
  DIGITAL_GDP,
  DIGITAL_GDP_2023,
  FIVE_YEAR_PLANS,
  RANKING,
  YEARLY_PLANS,
} from '../../test/fixtures.js';

/** "2,8 triệu giao dịch/ngày qua NDXP" (bc-2024-04; 2,36 triệu in bc-2022-12-28). */
const NDXP_DAILY = {
  id: 'ndxp-ngay',
  name: { vi: 'Giao dịch bình quân mỗi ngày qua NDXP', en: 'NDXP transactions a day' },
  unit: 'count',
  unitLabel: { vi: 'giao dịch/ngày', en: 'transactions a day' },
  observations: [
    { period: '2022', value: 2.36e6 },
    { period: '2024-04', value: 2.8e6 },
  ],
};

/** "80.698 tổ công nghệ số cộng đồng (+11.765)" (bc-2023-12; 68.933 in bc-2022-12-28). */
const TEAMS = {
  id: 'to-cnscd',
  name: 'Tổ công nghệ số cộng đồng',
  unit: 'count',
  unitLabel: { vi: 'tổ công nghệ số cộng đồng', en: 'community tech teams' },
  observations: [
    { period: '2022', value: 68933 },
    { period: '2023', value: 80698 },
  ],
};

/** "12.195 cuộc tấn công mạng (+25,3%)", where up is bad (bc-2022-12-28). */
const ATTACKS = {
  id: 'tan-cong-mang',
  name: { vi: 'Tấn công mạng gây sự cố', en: 'Cyber attacks causing incidents' },
  unit: 'count',
  unitLabel: { vi: 'cuộc tấn công mạng', en: 'cyber attacks' },
  direction: 'lower',
  observations: [
    { period: '2021', value: 9729 },
    { period: '2022', value: 12195 },
  ],
};

/** Digital economy share of GDP: estimates, and a 2025 target (bc-2022-12-28). */
const DOSSIERS = {
  sources: [
    { id: 'bc-2022-12-28', title: 'Kết quả triển khai chuyển đổi số năm 2022', date: '2022-12-28' },
    { id: 'bc-2023-02-25', title: 'Báo cáo tóm tắt Chuyển đổi số quốc gia', date: '2023-02-25' },
  ],
  indicators: [
    {
      id: 'ho-so',
      name: 'Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến',
      unit: '%',
      observations: [
        { period: '2022', value: 52.8, source: 'bc-2022-12-28' },
        { period: '2022', value: 54.34, source: 'bc-2023-02-25' },
      ],
      targets: [{ period: '2022', op: '>=', value: 50 }],
    },
  ],
};

const DX_INDEX = {
  id: 'dx',
  name: 'Chỉ số chuyển đổi số quốc gia',
  unit: 'index',
  observations: [
    { period: '2020', value: 0.48 },
    { period: '2022', value: 0.71 },
    { period: '2023', value: 0.75, kind: 'forecast' },
  ],
};

function ind(raw: object): Indicator {
  const r = parseIndicator(raw);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message.en).join('; '));
  return r.value;
}

const text = (node: Element | null | undefined): string =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const part = (el: CdsIndicatorCard, name: string): Element | null | undefined =>
  el.shadowRoot?.querySelector(`[part~="${name}"]`);

async function card(
  data: unknown,
  attrs: Record<string, string> = {},
  width = 320,
): Promise<CdsIndicatorCard> {
  const el = document.createElement('cds-indicator-card');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.indicator = data as object;
  const host = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  host.append(el);
  await el.updateComplete;
  return el;
}

const clipped = (e: Element): boolean =>
  getComputedStyle(e).clip !== 'auto' || (e.parentElement ? clipped(e.parentElement) : false);

/** The boxes of each line of text under `root`, but not of text for screen readers only. */
function lines(root: Node): DOMRect[] {
  const found: DOMRect[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent?.trim() || !n.parentElement || clipped(n.parentElement)) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    found.push(...range.getClientRects());
  }
  return found;
}

/** What is drawn in the card (each element's box, each line of text) that sticks out of its
 * host sideways. */
function outside(el: CdsIndicatorCard): string[] {
  const box = el.getBoundingClientRect();
  const found: string[] = [];
  const check = (what: string, r: DOMRect): void => {
    const over = Math.max(box.left - r.left, r.right - box.right);
    if (r.width && r.height && over > 0.5) found.push(`${what} by ${over.toFixed(1)}px`);
  };
  for (const e of el.shadowRoot?.querySelectorAll('*') ?? []) {
    if (!clipped(e))
      check(`<${e.localName} class="${e.getAttribute('class')}">`, e.getBoundingClientRect());
  }
  for (const r of lines(el.shadowRoot as ShadowRoot)) check('a line of text', r);
  return found;
}

/** The words under `root` that are broken across two lines. */
function brokenWords(root: Node): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    for (const word of n.textContent?.matchAll(/\S+/g) ?? []) {
      const range = document.createRange();
      range.setStart(n, word.index);
      range.setEnd(n, word.index + word[0].length);
      if (range.getClientRects().length > 1) found.push(word[0]);
    }
  }
  return found;
}

/** axe-core's accessible-name computation (loaded by the first `to.be.accessible()`). */
interface AxeText {
  setup(root: Node): unknown;
  teardown(): void;
  commons: { text: { accessibleText(e: Element): string } };
}

/** The accessible name of `e`, and the names of what its aria-describedby points to. */
function nameAndDescription(e: Element): [string, string[]] {
  const axe = (window as unknown as { axe: AxeText }).axe;
  axe.setup(document.documentElement);
  try {
    const root = e.getRootNode() as ShadowRoot;
    const ids = e.getAttribute('aria-describedby')?.split(' ') ?? [];
    const described = ids.map((id) => {
      const target = root.getElementById(id);
      return target ? axe.commons.text.accessibleText(target) : `#${id} is missing`;
    });
    return [axe.commons.text.accessibleText(e), described];
  } finally {
    axe.teardown();
  }
}

const meets = (a: DOMRect, b: DOMRect): boolean =>
  a.left < b.right - 0.5 &&
  b.left < a.right - 0.5 &&
  a.top < b.bottom - 0.5 &&
  b.top < a.bottom - 0.5;

/** Cards from the seeds with the widest numbers, statuses and words. */
const WIDE: Record<string, string>[] = [
  { 'indicator-id': 'ndxp-giao-dich-binh-quan-ngay' },
  { 'indicator-id': 'to-cong-nghe-so-cong-dong', 'change-format': 'absolute' },
  { 'indicator-id': 'tan-cong-mang', period: '2022' },
  { 'indicator-id': 'du-lieu-mo', period: '2022', 'as-of': '2023-02-25' },
  { 'indicator-id': 'luat-can-cuoc-cong-dan-sua-doi', 'as-of': '2024-04' },
  { 'indicator-id': 'dnnvv-thuong-xuyen-nen-tang-cds', 'as-of': '2023-02-25' },
  { 'indicator-id': 'dan-so-dien-thoai-thong-minh', period: '2022-H1', 'as-of': '2022-08' },
];

const chartJsResources = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => /node_modules\/chart\.js\/|chart-registry/.test(n));

describe('cds-indicator-card', () => {
  afterEach(() => clearFetchCache());

  it('shows "2,8 triệu giao dịch/ngày" for April 2024, with no change against a year', async () => {
    const el = await card([NDXP_DAILY]);
    expect(text(el.shadowRoot?.querySelector('.number'))).to.equal('2,8 triệu');
    expect(text(el.shadowRoot?.querySelector('.unit'))).to.equal('giao dịch/ngày');
    expect(text(part(el, 'name'))).to.equal('Giao dịch bình quân mỗi ngày qua NDXP');
    expect(text(el.shadowRoot?.querySelector('#period'))).to.equal('Tháng 4/2024');
    // A month is not comparable with a year: no change line rather than a misleading one.
    expect(part(el, 'change')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('names no period for a short form written without one, not the current year', async () => {
    const el = await card({ name: 'Tỷ lệ', value: 54.34, target: 50, unit: '%' }, { href: '/x' });
    expect(el.shadowRoot?.querySelector('#period')).to.equal(null);
    expect(text(part(el, 'value'))).to.equal('54,34%');
    expect(text(part(el, 'status'))).to.equal('✓ Đạt. 54,34% so với mục tiêu ≥ 50%');
    expect(el.shadowRoot?.textContent).not.to.contain(String(new Date().getUTCFullYear()));
    // The link is described by what is there: the status, not a missing period line.
    expect(el.shadowRoot?.querySelector('#link')?.getAttribute('aria-describedby')).to.equal(
      'status',
    );
    await expect(el).to.be.accessible();
  });

  it("takes the gauge's plain attributes, and label as a shorter name for JSON data", async () => {
    const el = await fixture<CdsIndicatorCard>(
      html`<cds-indicator-card
        label="Dịch vụ công thiết yếu"
        value="21"
        target="25"
        total="25"
        unit="count"
        period="2024-04"
        as-of="2024-04"
      ></cds-indicator-card>`,
    );
    expect(text(part(el, 'name'))).to.equal('Dịch vụ công thiết yếu');
    expect(text(part(el, 'value'))).to.equal('21/25');
    expect(text(el.shadowRoot?.querySelector('#period'))).to.equal('Tháng 4/2024');
    expect(text(part(el, 'status')?.querySelector('.badge'))).to.equal('✗ Chưa đạt');
    el.setAttribute('value', '25');
    await el.updateComplete;
    expect(text(part(el, 'value'))).to.equal('25/25');
    expect(text(part(el, 'status')?.querySelector('.badge'))).to.equal('✓ Đạt');
    await expect(el).to.be.accessible();

    const named = await card([NDXP_DAILY], { label: 'Giao dịch NDXP' });
    expect(text(part(named, 'name'))).to.equal('Giao dịch NDXP');
    expect(text(named.shadowRoot?.querySelector('.number'))).to.equal('2,8 triệu');
  });

  it('names the attribute typed wrong, never a card without its value', async () => {
    const el = document.createElement('cds-indicator-card');
    el.setAttribute('label', 'x');
    el.setAttribute('value', '54,34');
    const pending = nextEvent(el, 'cds-error');
    document.body.append(el);
    const event = await pending;
    expect([event.code, event.path, event.message]).to.deep.equal([
      'invalid-attribute',
      'value',
      'value: cần một số, nhận được chuỗi "54,34"; viết 54.34',
    ]);
    await el.updateComplete;
    expect(part(el, 'error')).to.be.instanceOf(Element);
    el.remove();
  });

  it('speaks English under lang="en"', async () => {
    const el = await card([NDXP_DAILY], { lang: 'en' });
    expect(text(el.shadowRoot?.querySelector('.number'))).to.equal('2.8 million');
    expect(text(el.shadowRoot?.querySelector('.unit'))).to.equal('transactions a day');
    expect(text(el.shadowRoot?.querySelector('#period'))).to.equal('April 2024');
  });

  it('shows "80.698 tổ công nghệ số cộng đồng (+11.765)" as good news', async () => {
    const el = await card([TEAMS], { 'change-format': 'absolute' });
    expect(text(part(el, 'value'))).to.equal('80.698 tổ công nghệ số cộng đồng');
    const change = part(el, 'change');
    expect(text(change?.querySelector('[aria-hidden="true"]'))).to.equal('▲ 11.765');
    expect(text(change?.querySelector('.sr-only'))).to.equal('Tăng 11.765');
    expect(text(change?.querySelector('.compared'))).to.equal('so với năm 2022');
    expect(text(change?.querySelector('.tone-word'))).to.equal('cải thiện');
    expect(change?.getAttribute('data-tone')).to.equal('positive');
    expect(getComputedStyle(change as Element).color).to.equal('rgb(23, 102, 58)');
    // Relative by default.
    el.removeAttribute('change-format');
    await el.updateComplete;
    expect(text(part(el, 'change')?.querySelector('[aria-hidden="true"]'))).to.equal('▲ 17,1%');
  });

  it('says no change once, and a month in words, not "T12/2022"', async () => {
    const flat = {
      id: 'f',
      name: 'Hệ thống thông tin được phê duyệt',
      unit: 'count',
      observations: [
        { period: '2022-12', value: 40 },
        { period: '2023-12', value: 40 },
      ],
    };
    const el = await card([flat]);
    const change = part(el, 'change');
    expect(text(change?.querySelector('.compared'))).to.equal('so với tháng 12/2022');
    // Seen: "■ so với tháng 12/2022 · không đổi"; heard: "Không đổi so với tháng 12/2022",
    // with no "·" after it that separates nothing.
    expect(text(change?.querySelector('.tone-word'))).to.equal('không đổi');
    expect(spoken(change)).to.equal('Không đổi so với tháng 12/2022');
  });

  it('shows "12.195 cuộc tấn công mạng (+25,3%)" as bad news: up is bad here', async () => {
    const el = await card([ATTACKS], { period: '2022' });
    expect(text(part(el, 'value'))).to.equal('12.195 cuộc tấn công mạng');
    const change = part(el, 'change');
    expect(text(change?.querySelector('[aria-hidden="true"]'))).to.equal('▲ 25,3%');
    expect(text(change?.querySelector('.tone-word'))).to.equal('xấu đi');
    expect(change?.getAttribute('data-tone')).to.equal('negative');
    expect(getComputedStyle(change as Element).color).to.equal('rgb(179, 38, 30)');
    await expect(el).to.be.accessible();
  });

  it('moves a rank in places, up as its number falls, in both change formats', async () => {
    for (const format of ['relative', 'absolute']) {
      const el = await card([RANKING], { 'change-format': format });
      const change = part(el, 'change');
      expect(text(change?.querySelector('[aria-hidden="true"]')), format).to.equal('▲ 9 bậc');
      expect(text(change?.querySelector('.sr-only')), format).to.equal('Tăng 9 bậc');
      expect(text(change?.querySelector('.tone-word')), format).to.equal('cải thiện');
      el.remove();
    }
  });

  it('compares a run of months only with a run as long: 11 months with 11, never with 5', async () => {
    const docs = (observations: object[]) => ({
      id: 'van-ban',
      name: 'Văn bản điện tử gửi, nhận qua Trục',
      unit: 'count',
      observations,
    });
    const five = { period: '2021-01/2021-05', value: 2_000_000 };
    const eleven = { period: '2021-01/2021-11', value: 1_900_000 };
    const now = { period: '2022-01/2022-11', value: 5_800_000 };
    // Only a five-month figure before: nothing comparable, so no change line (was "▲ 190%").
    const alone = await card(docs([five, now]));
    expect(part(alone, 'change')).to.equal(null);
    // The same eleven months a year before: "▲ 205,3%" (5,8 / 1,9 − 1), not against five months.
    const paired = await card(docs([five, eleven, now]));
    expect(text(part(paired, 'change')?.querySelector('[aria-hidden="true"]'))).to.equal(
      '▲ 205,3%',
    );
  });

  it('compares a level with the latest earlier figure of any length when none is as long', async () => {
    // The NDXP daily average, a level (bc-2022-12-28: 2,36 million in 2022; bc-2024-04: 2,8
    // million in April 2024). Before, the card showed no change line at all.
    const daily = {
      id: 'ndxp-giao-dich-binh-quan-ngay',
      name: 'Giao dịch bình quân mỗi ngày qua NDXP',
      unit: 'count',
      level: true,
      observations: [
        { period: '2022', value: 2_360_000 },
        { period: '2024-04', value: 2_800_000 },
      ],
    };
    const el = await card([daily], { 'as-of': '2024-05' });
    const change = part(el, 'change');
    expect(text(change?.querySelector('[aria-hidden="true"]'))).to.equal('▲ 18,6%');
    expect(text(change?.querySelector('.compared'))).to.equal('so với năm 2022');
    // Unmarked, the same counts are a flow: a year against a month compares nothing.
    const flow = { ...daily, level: undefined };
    expect(part(await card([flow], { 'as-of': '2024-05' }), 'change')).to.equal(null);
    // A share out of totals that differ moves in points: 6/30 → 21/22.
    for (const format of ['relative', 'absolute'])
      expect(
        text(
          part(
            await card([YEARLY_PLANS], { 'as-of': '2024-05', 'change-format': format }),
            'change',
          )?.querySelector('[aria-hidden="true"]'),
        ),
      ).to.equal('▲ 75,45 điểm %');
  });

  it('judges direction by the indicator: down is good when lower is better', () => {
    expect(changeTone('down', 'lower')).to.equal('positive');
    expect(changeTone('up', 'lower')).to.equal('negative');
    expect(changeTone('up', 'higher')).to.equal('positive');
    expect(changeTone('down', 'higher')).to.equal('negative');
    expect(changeTone('flat', 'lower')).to.equal('neutral');
  });

  it('compares a quarter with the same quarter a year before when there is one', () => {
    const q = ind({
      id: 'q',
      name: 'q',
      unit: 'count',
      observations: [
        { period: '2023-Q1', value: 1 },
        { period: '2023-Q4', value: 2 },
        { period: '2024-Q1', value: 3 },
      ],
    });
    const figures = figuresByPeriod(q);
    const current = figures.at(-1);
    if (!current) throw new Error('no figure');
    expect(previousComparable(figures, current)?.period.key).to.equal('2023-Q1');
    const y = ind({ ...TEAMS });
    const yf = figuresByPeriod(y);
    expect(previousComparable(yf, yf[1] as (typeof yf)[number])?.period.key).to.equal('2022');
  });

  it('measures a share in points, marks estimates, and shows the status badge', async () => {
    const el = await card([DIGITAL_GDP], { 'as-of': '2023-02-25' });
    expect(text(part(el, 'value'))).to.equal('14,26% (ước tính)');
    expect(text(part(el, 'change')?.querySelector('[aria-hidden="true"]'))).to.equal(
      '▲ 4,66 điểm %',
    );
    const status = part(el, 'status');
    expect(text(status?.querySelector('.badge'))).to.equal('↗ Đúng tiến độ');
    // The verdict, a sentence break, the figures it rests on; the verdict said once.
    const says = spoken(status);
    expect(says).to.equal(
      'Đúng tiến độ. 14,26% (ước tính, 2022) so với mục tiêu ≥ 20% (2025); dự kiến theo xu hướng: 28,25%',
    );
    expect(says.match(/Đúng tiến độ/g)).to.have.length(1);
  });

  it('shows the figures and target the verdict rests on; a compact card keeps them for screen readers', async () => {
    // bc-2023-02-25 sets 2023 above 16%; no 2023 figure by 2024-04: the badge says which figure
    // is missing beside 14,26%, and the basis which target it means.
    const gdp = DIGITAL_GDP_2023;
    for (const variant of ['regular', 'compact']) {
      const el = await card([gdp], { 'as-of': '2024-04', variant });
      const basis = part(el, 'status')?.querySelector('.basis') as HTMLElement;
      expect(text(part(el, 'status')?.querySelector('.badge'))).to.equal(
        '– Chưa có số liệu năm 2023',
      );
      // The figure shown is 2022's, and the basis says so.
      expect(text(basis)).to.equal('. 14,26% (ước tính, 2022) so với mục tiêu > 16% (2023)');
      const box = basis.getBoundingClientRect();
      if (variant === 'regular') {
        expect(box.width, variant).to.be.above(100);
        expect(getComputedStyle(basis).clip, variant).to.equal('auto');
      } else {
        expect(box.width, variant).to.be.at.most(1);
      }
      el.remove();
    }
  });

  it('never shows a value that reads as its target under another verdict', async () => {
    const near = {
      id: 'ty-le',
      name: 'Tỷ lệ',
      unit: '%',
      observations: [{ period: '2022', value: 49.996 }],
      targets: [{ period: '2022', op: '>=', value: 50 }],
    };
    const el = await card([near], { 'as-of': '2023' });
    expect(text(el.shadowRoot?.querySelector('.number'))).to.equal('49,996%');
    expect(text(part(el, 'status')?.querySelector('.badge'))).to.equal('✗ Chưa đạt');
    expect(text(part(el, 'status')?.querySelector('.basis'))).to.equal(
      '. 49,996% so với mục tiêu ≥ 50% (2022)',
    );
  });

  it('says no target in words only: the figures it would rest on are the value and period shown', async () => {
    // Fibre households (bc-2024-04: 80,2% in April 2024); the reports set targets for 2022 and 2023 only.
    const fibre = {
      id: 'cap-quang',
      name: 'Tỷ lệ hộ gia đình có Internet cáp quang băng rộng',
      unit: '%',
      observations: [
        { period: '2022', value: 75 },
        { period: '2024-04', value: 80.2 },
      ],
      targets: [
        { period: '2022', op: '>=', value: 75 },
        { period: '2023', op: '>', value: 85 },
      ],
    };
    const el = await card([fibre], { 'as-of': '2024-04' });
    const status = part(el, 'status') as Element;
    expect(text(status.querySelector('.badge'))).to.equal('○ Chưa có mục tiêu');
    expect(status.querySelectorAll('.basis').length).to.equal(0);
    // Not said either: "80,2%", then "Chưa có mục tiêu. 80,2% (tháng 4/2024)", then "Tháng 4/2024"
    // read the figure and its month twice.
    expect(spoken(status)).to.equal('Chưa có mục tiêu');
    expect(spoken(el.shadowRoot).split('80,2%').length - 1).to.equal(1);
  });

  it('says a count out of totals that differ is unchanged in share, not unchanged', async () => {
    // "22/22 Bộ, cơ quan ngang Bộ" (bc-2022-12-28), "30/30 bộ, cơ quan" (bc-2023-12): both all,
    // but "Không đổi so với năm 2022" beside 30/30 said there were 30 in 2022 too.
    const data = await loadSeed('merged.json');
    const found: string[] = [];
    for (const lang of ['vi', 'en'] as const) {
      const el = await card(data, { 'indicator-id': 'bo-nganh-ke-hoach-cds-giai-doan', lang });
      const change = part(el, 'change');
      found.push(text(change?.querySelector('[aria-hidden="true"]')), spoken(change));
    }
    expect(found).to.deep.equal([
      '■ 0 điểm %',
      '0 điểm % so với năm 2022 · không đổi',
      '■ 0 pp',
      // Heard in words: a voice spells "pp" out letter by letter.
      '0 percentage points vs 2022 · unchanged',
    ]);
  });

  it('shows a dash where there is no figure, and says so once, in the badge', async () => {
    // bc-2023-02-25 sets 2023 targets with no figure yet ("Tỷ lệ bộ, ngành, địa phương ban hành
    // danh mục cơ sở dữ liệu…": 100%); NDXP's 2024 target before any figure was out (2022-08).
    const data = await loadSeed('merged.json');
    for (const [id, asOf] of [
      ['ty-le-danh-muc-csdl', '2023-06'],
      ['ndxp-giao-dich', '2022-08'],
    ] as const)
      for (const [lang, none] of [
        ['vi', 'Chưa có dữ liệu'],
        ['en', 'No data'],
      ] as const) {
        const el = await card(data, { 'indicator-id': id, 'as-of': asOf, lang, href: '/x' });
        const value = part(el, 'value') as Element;
        // A dash, as on the gauge: the same words in the value and the badge read twice.
        expect(text(value), `${id} ${lang}`).to.equal('–');
        expect(spoken(value), `${id} ${lang}`).to.equal('');
        expect(text(part(el, 'status')?.querySelector('.badge'))).to.equal(`– ${none}`);
        expect(spoken(el.shadowRoot).split(none).length - 1, `${id} ${lang}`).to.equal(1);
        el.remove();
      }
  });

  it("names its report's date in lower case inside the line, and not after a title that names it", async () => {
    // bc-2022-08 "Tình hình chuyển đổi số 6 tháng đầu năm 2022 (…)", dated August 2022;
    // bc-2024-04 "Báo cáo kết quả chuyển đổi số quốc gia tháng 4/2024", dated April 2024.
    const found: string[] = [];
    for (const [seed, id] of [
      ['bc-2022-08.json', 'du-lieu-mo'],
      ['bc-2024-04.json', 'ho-gia-dinh-cap-quang'],
    ] as const) {
      const data = await loadSeed(seed);
      for (const lang of ['vi', 'en'] as const) {
        const el = await card(data, { 'indicator-id': id, lang });
        found.push(text(el.shadowRoot?.querySelector('#source')));
      }
    }
    expect(found).to.deep.equal([
      'Nguồn: Tình hình chuyển đổi số 6 tháng đầu năm 2022 (Bộ Thông tin và Truyền thông báo cáo tại Phiên họp thứ 3 của Ủy ban Quốc gia về chuyển đổi số) (tháng 8/2022)',
      'Source: Digital transformation in the first half of 2022 (report of the Ministry of Information and Communications to the 3rd meeting of the National Committee on Digital Transformation) (August 2022)',
      'Nguồn: Báo cáo kết quả chuyển đổi số quốc gia tháng 4/2024',
      'Source: National digital transformation results, April 2024',
    ]);
  });

  it('reads every seed indicator without a fact twice or a stray separator, in both languages', async function () {
    this.timeout(60_000);
    // All five reports merged; as three of them came out, and today.
    const data = (await loadSeed('merged.json')) as { indicators: { id: string }[] };
    const host = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const found: string[] = [];
    for (const { id } of data.indicators)
      for (const lang of ['vi', 'en'] as const)
        for (const asOf of ['2022-08', '2023-02-25', '2024-05', '']) {
          const el = document.createElement('cds-indicator-card');
          for (const [k, v] of Object.entries({ 'indicator-id': id, lang, 'as-of': asOf }))
            if (v) el.setAttribute(k, v);
          el.indicator = data;
          host.append(el);
          await el.updateComplete;
          const root = el.shadowRoot as ShadowRoot;
          const where = `${id} ${lang} ${asOf || 'today'}`;
          const change = spoken(part(el, 'change'));
          if (/·$/.test(change)) found.push(`${where}: change "${change}"`);
          const source = text(root.querySelector('#source'));
          const date = /\(([^()]+)\)$/.exec(source)?.[1] ?? '';
          if (/\(Tháng/.test(source) || (date && source.slice(0, -date.length - 2).includes(date)))
            found.push(`${where}: source "${source}"`);
          const none = lang === 'vi' ? 'Chưa có dữ liệu' : 'No data';
          if (spoken(root).split(none).length > 2) found.push(`${where}: "${none}" twice`);
          const status = spoken(part(el, 'status'));
          if (/^(Chưa có mục tiêu|No target)\./.test(status))
            found.push(`${where}: status "${status}"`);
          el.remove();
        }
    expect(found).to.deep.equal([]);
  });

  it("names the other report's figure for the same period", async () => {
    const el = await card(DOSSIERS, { 'as-of': '2023-03' });
    expect(text(el.shadowRoot?.querySelector('.number'))).to.equal('54,34%');
    expect(text(part(el, 'revisions'))).to.equal('Số liệu khác: 52,8% (báo cáo 28/12/2022)');
    expect(text(el.shadowRoot?.querySelector('.source'))).to.equal(
      'Nguồn: Báo cáo tóm tắt Chuyển đổi số quốc gia (25/02/2023)',
    );
    expect(text(part(el, 'status')?.querySelector('.badge'))).to.equal('✓ Đạt');
  });

  it('shows a figure as it stood at as-of, as a gauge beside it does', async () => {
    // On 15 Jan 2023 only the 28 Dec 2022 report was out: its 52,8%, not the later 54,34%.
    const el = await card(DOSSIERS, { 'as-of': '2023-01-15' });
    expect(text(el.shadowRoot?.querySelector('.number'))).to.equal('52,8%');
    expect(part(el, 'revisions')).to.equal(null);
    expect(text(el.shadowRoot?.querySelector('.source'))).to.contain('(28/12/2022)');
    expect(spoken(part(el, 'status'))).to.contain('52,8%');
    const gauge = await fixture<
      HTMLElement & { indicator: unknown; updateComplete: Promise<unknown> }
    >(html`<cds-kpi-gauge as-of="2023-01-15" .indicator=${DOSSIERS}></cds-kpi-gauge>`);
    await gauge.updateComplete;
    expect(text(gauge.shadowRoot?.querySelector('[part~="value"]'))).to.equal('52,8%');
  });

  it('draws the sparkline on a true time axis, the forecast dashed', async () => {
    const el = await card([DX_INDEX]);
    const svg = part(el, 'sparkline');
    const paths = [...(svg?.querySelectorAll('path.spark-line') ?? [])];
    expect(
      paths.map((p) => [p.getAttribute('d'), p.classList.contains('projected')]),
    ).to.deep.equal([
      ['M4 90L65.33 21.85', false],
      ['M65.33 21.85L96 10', true],
    ]);
    expect(svg?.getAttribute('role')).to.equal('img');
    expect(svg?.getAttribute('aria-label')).to.equal(
      'Xu hướng: Tăng từ 0,48 (2020) lên 0,71 (2022), tức tăng 47,9%; dự báo 0,75 (2023).',
    );
    expect(text(part(el, 'value'))).to.equal('0,75 (dự báo)');
  });

  it('puts the target in the sparkline range', () => {
    const i = ind(DIGITAL_GDP);
    const figures = figuresByPeriod(i);
    const g = sparkGeometry(figures, figures[1] as (typeof figures)[number], { value: 20 });
    // Values 9,6 and 14,26 with a target of 20: the target is the top of the range.
    expect(g?.target).to.equal(10);
    // 90 − (14,26 − 9,6) / (20 − 9,6) × 80 = 54,15
    expect(g?.dot).to.deep.equal({ x: 96, y: 54.15 });
    expect(sparkGeometry(figures.slice(0, 1), figures[0] as (typeof figures)[number])).to.equal(
      undefined,
    );
  });

  it('draws counts out of totals that differ as their shares, as its change line says', async () => {
    // 22/22 → 30/30 (bc-2022-12-28, bc-2023-12): "■ 0 điểm %" beside a line that climbed.
    const held = await card([FIVE_YEAR_PLANS]);
    const flat = held.shadowRoot?.querySelector('.spark-line')?.getAttribute('d') ?? '';
    const ys = [...flat.matchAll(/[ML][\d.]+ ([\d.]+)/g)].map((m) => m[1]);
    expect(ys.length, flat).to.equal(2);
    expect(ys[0], flat).to.equal(ys[1]);
    // 6/30 → 21/22 (bc-2023-02-25, bc-2024-04) against "22/22" by 2025: 20% and 95,45% under
    // 100%, where the counts 6 and 21 put 21 just under the target's 22.
    const i = ind({
      ...YEARLY_PLANS,
      targets: [{ period: '2025', op: '>=', value: 22, total: 22 }],
    });
    const figures = figuresByPeriod(i);
    const now = figures[1] as (typeof figures)[number];
    const g = sparkGeometry(figures, now, { value: 22, total: 22 });
    expect(g?.target).to.equal(10);
    // 90 − (95,45 − 20) / (100 − 20) × 80 = 14,55
    expect(g?.dot).to.deep.equal({ x: 96, y: 14.55 });
    // A target without a total has no place among shares.
    expect(sparkGeometry(figures, now, { value: 22 })?.target).to.equal(undefined);
  });

  it("draws a rank's sparkline with its 1st place on top, so a climb rises", async () => {
    const el = await card([RANKING]);
    const line = part(el, 'sparkline')?.querySelector('path.spark-line');
    // 86th at the bottom (y 90), 77th at the top (y 10): the line rises.
    expect(line?.getAttribute('d')).to.equal('M4 90L96 10');
  });

  it('becomes one accessible link with href', async () => {
    const el = await card([TEAMS], { href: '/chi-tieu/to-cnscd' });
    const links = el.shadowRoot?.querySelectorAll('a') ?? [];
    expect(links.length).to.equal(1);
    const a = links[0] as HTMLAnchorElement;
    expect(a.getAttribute('href')).to.equal('/chi-tieu/to-cnscd');
    // The link's box covers the card: a click anywhere on it, even on the value, is the link's.
    const root = el.shadowRoot as ShadowRoot;
    const box = (part(el, 'card') as Element).getBoundingClientRect();
    const points = [
      [box.left + 1, box.top + 10],
      [box.right - 10, box.bottom - 1],
      ...[part(el, 'value'), part(el, 'sparkline'), part(el, 'meta')].map((p) => {
        const r = (p as Element).getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2];
      }),
    ] as [number, number][];
    const missed = points.filter(([x, y]) => root.elementFromPoint(x, y) !== a);
    expect(missed).to.deep.equal([]);
    // Focused, its ring goes round the whole card.
    a.focus();
    const ring = getComputedStyle(a, '::after');
    expect([a.matches(':focus-visible'), ring.outlineStyle, ring.outlineWidth]).to.deep.equal([
      true,
      'solid',
      '2px',
    ]);
    await expect(el).to.be.accessible();
  });

  it('names the link by its name and value, and describes it by change, status and period', async () => {
    const gdp = await card([DIGITAL_GDP], { href: '/gdp', 'as-of': '2023-02-25' });
    await expect(gdp).to.be.accessible();
    const link = (el: CdsIndicatorCard): Element => el.shadowRoot?.querySelector('a') as Element;
    const [name, described] = nameAndDescription(link(gdp));
    expect(name).to.equal('Tỷ trọng kinh tế số trong GDP 14,26% (ước tính)');
    expect(described).to.deep.equal([
      'Tăng 4,66 điểm % so với năm 2021 · cải thiện',
      'Đúng tiến độ. 14,26% (ước tính, 2022) so với mục tiêu ≥ 20% (2025); dự kiến theo xu hướng: 28,25%',
      'Năm 2022',
    ]);
    const dossiers = await card(DOSSIERS, { href: '/ho-so', 'as-of': '2023-03' });
    const [name2, described2] = nameAndDescription(link(dossiers));
    expect(name2).to.equal('Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến 54,34%');
    // The source and other reports' figures are read in the card, not on every focus.
    expect(described2.join(' ')).not.to.match(/Nguồn|Số liệu khác/);
    expect(spoken(dossiers.shadowRoot)).to.match(/Nguồn: Báo cáo tóm tắt.*Số liệu khác: 52,8%/);
  });

  it('marks its language on its box in every state, and data given only in Vietnamese', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    const originalFetch = window.fetch;
    window.fetch = () => new Promise(() => undefined);
    try {
      const boxes: string[] = [];
      for (const [data, attrs] of [
        [[TEAMS], {}],
        [[TEAMS], { href: '/to' }],
        [[TEAMS], { lang: 'en' }],
        [undefined, {}],
        [undefined, { src: '/never.json' }],
      ] as const) {
        const el = document.createElement('cds-indicator-card');
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        if (data) el.indicator = data as unknown as object;
        page.append(el);
        await el.updateComplete;
        boxes.push(
          ...[...(el.shadowRoot?.children ?? [])].map(
            (b) => `${b.localName} ${b.getAttribute('lang') ?? '(none)'}`,
          ),
        );
      }
      expect(boxes).to.deep.equal(['article vi', 'article vi', 'article en', 'div vi', 'div vi']);
    } finally {
      window.fetch = originalFetch;
    }
    // An English card of data named only in Vietnamese: those texts are read as Vietnamese.
    const en = await card(DOSSIERS, { lang: 'en', 'as-of': '2023-03' });
    const inVi = (e: Element | null | undefined): boolean => !!e?.matches(':lang(vi)');
    const source = en.shadowRoot?.querySelector('.source');
    expect([
      inVi(part(en, 'name')),
      inVi(source?.querySelector('span')),
      inVi(source),
      inVi(en.shadowRoot?.querySelector('.number')),
      inVi(part(en, 'status')),
    ]).to.deep.equal([true, true, false, false, false]);
    const both = await card([{ ...TEAMS, unitLabel: { vi: 'tổ' } }, NDXP_DAILY], {
      lang: 'en',
      'indicator-id': 'to-cnscd',
    });
    expect(inVi(both.shadowRoot?.querySelector('.unit'))).to.equal(true);
    const translated = await card([NDXP_DAILY], { lang: 'en' });
    expect(inVi(part(translated, 'name'))).to.equal(false);
    expect(inVi(translated.shadowRoot?.querySelector('.unit'))).to.equal(false);
  });

  itInChromium(
    'draws the target line in a system colour under forced colours, dark or light',
    async () => {
      const found: string[] = [];
      for (const colorScheme of ['dark', 'light'] as const) {
        for (const theme of ['light', 'dark']) {
          const el = await card([DIGITAL_GDP], { theme, 'as-of': '2023-02-25' });
          const target = el.shadowRoot?.querySelector('.spark-target') as Element;
          const muted = getComputedStyle(target).stroke;
          await emulateMedia({ forcedColors: 'active', colorScheme });
          try {
            const line = getComputedStyle(part(el, 'sparkline') as Element).color;
            const stroke = getComputedStyle(target).stroke;
            if (stroke !== line || stroke === muted)
              found.push(`${colorScheme} page, ${theme} card: ${stroke}, the line ${line}`);
          } finally {
            await emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
          }
        }
      }
      expect(found).to.deep.equal([]);
    },
  );

  for (const [media, where, test] of [
    ['screen', 'on screen', it],
    ['print', 'on paper', itInChromium],
  ] as const)
    test(`shows the whole source title ${where}, even in a narrow card`, async () => {
      const title =
        'Báo cáo tóm tắt Chuyển đổi số quốc gia (Phục vụ Phiên họp lần thứ năm của Ủy ban Quốc gia về chuyển đổi số, Hội nghị trực tuyến toàn quốc)';
      const data = { ...DOSSIERS, sources: DOSSIERS.sources.map((s) => ({ ...s, title })) };
      const found: string[] = [];
      await emulateMedia({ media });
      try {
        for (const width of [160, 320]) {
          const el = await card(data, { 'as-of': '2023-03' }, width);
          const source = el.shadowRoot?.querySelector('.source') as HTMLElement;
          const rows = new Set(lines(source).map((r) => Math.round(r.top))).size;
          const box = source.getBoundingClientRect();
          const last = lines(source).at(-1);
          if (
            source.scrollHeight > source.clientHeight + 1 ||
            !last ||
            last.bottom > box.bottom + 1
          )
            found.push(
              `${media} ${width}px: cut at ${source.clientHeight}px of ${source.scrollHeight}px`,
            );
          if (rows < 3) found.push(`${media} ${width}px: ${rows} lines, too few to test`);
        }
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect(found).to.deep.equal([]);
    });

  it('refuses a javascript: link with a visible error and cds-error', async () => {
    const el = document.createElement('cds-indicator-card');
    el.indicator = [TEAMS];
    el.setAttribute('href', 'javascript:alert(1)');
    const pending = nextEvent(el, 'cds-error');
    document.body.append(el);
    const event = await pending;
    expect(event.code).to.equal('invalid-attribute');
    expect(event.path).to.equal('href');
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('a')).to.equal(null);
    expect(text(el.shadowRoot?.querySelector('[role="alert"]'))).to.contain('href=');
    el.remove();
  });

  it('has a compact variant, and restores the default when the attribute goes', async () => {
    const el = await card([ATTACKS], { variant: 'compact', period: '2022' });
    expect(el.variant).to.equal('compact');
    const number = el.shadowRoot?.querySelector('.number') as Element;
    expect(getComputedStyle(number).fontSize).to.equal('22px');
    // The source stays for screen readers.
    await expect(el).to.be.accessible();
    el.removeAttribute('variant');
    await el.updateComplete;
    expect(getComputedStyle(number).fontSize).to.equal('32px');
  });

  it('refuses an unknown variant, change-format, heading level, period or as-of', async () => {
    for (const [attr, value, message] of [
      ['variant', 'huge', 'variant="huge" không hợp lệ: dùng "regular" hoặc "compact"'],
      [
        'change-format',
        'percent',
        'change-format="percent" không hợp lệ: dùng "relative" hoặc "absolute"',
      ],
      ['heading-level', '7', 'heading-level="7" không hợp lệ: dùng một số từ 1 đến 6'],
      ['period', '2022-13', 'period="2022-13" không hợp lệ'],
      ['as-of', 'hôm nay', 'as-of="hôm nay" không hợp lệ'],
    ] as const) {
      const el = document.createElement('cds-indicator-card');
      el.indicator = [TEAMS];
      el.setAttribute(attr, value);
      const pending = nextEvent(el, 'cds-error');
      document.body.append(el);
      const event = await pending;
      expect(event.path).to.equal(attr);
      expect(event.message).to.contain(message);
      el.remove();
    }
  });

  it('exposes the name as a heading when asked, and slots an icon', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div>
        <cds-indicator-card heading-level="3"
          ><svg slot="icon" aria-hidden="true" viewBox="0 0 10 10">
            <circle cx="5" cy="5" r="4" /></svg
        ></cds-indicator-card>
      </div>`,
    );
    const el = host.querySelector('cds-indicator-card') as CdsIndicatorCard;
    el.indicator = [TEAMS];
    await el.updateComplete;
    const name = part(el, 'name');
    expect(name?.getAttribute('role')).to.equal('heading');
    expect(name?.getAttribute('aria-level')).to.equal('3');
    const slot = el.shadowRoot?.querySelector<HTMLSlotElement>('slot[name="icon"]');
    expect(slot?.assignedElements().map((e) => e.localName)).to.deep.equal(['svg']);
    await expect(el).to.be.accessible();
  });

  it('shows the error panel and fires cds-error for bad data', async () => {
    const el = document.createElement('cds-indicator-card');
    el.setAttribute('indicator', '{"name": "x", value: 5}');
    let pending = nextEvent(el, 'cds-error');
    document.body.append(el);
    expect((await pending).code).to.equal('invalid-json');
    await el.updateComplete;
    expect(text(el.shadowRoot?.querySelector('[role="alert"]'))).to.contain('JSON không hợp lệ');
    await expect(el).to.be.accessible();
    el.remove();

    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    const en = document.createElement('cds-indicator-card');
    en.setAttribute('indicator', '{"name":"x","value":"12.195","period":"2022"}');
    wrapper.append(en);
    pending = nextEvent(en, 'cds-error');
    document.body.append(wrapper);
    const event = await pending;
    expect(event.path).to.equal('value');
    expect(event.message).to.equal('value: expected a number, got the string "12.195"');
    wrapper.remove();
  });

  it('says so when a period has no figure, when empty and while loading', async () => {
    const none = await card([TEAMS], { period: '2025' });
    expect(text(none.shadowRoot?.querySelector('.number'))).to.equal('Chưa có dữ liệu');
    const empty = await card(undefined);
    expect(text(part(empty, 'placeholder'))).to.equal('Chưa có dữ liệu');
    const originalFetch = window.fetch;
    window.fetch = () => new Promise(() => undefined);
    try {
      const loading = await card(undefined, { src: '/never.json' });
      expect(text(part(loading, 'placeholder'))).to.equal('Đang tải dữ liệu…');
    } finally {
      window.fetch = originalFetch;
    }
  });

  itInChromium(
    'shows a dash the report prints as "–" and says it in words, never "-" (minus)',
    async () => {
      // bc-2022-08 prints "-" for this indicator's first half of 2022.
      const data = await loadSeed('bc-2022-08.json');
      const cases = [
        ['vi', 'Tỷ lệ báo cáo của cơ quan nhà nước được thực hiện trực tuyến', 'không có số liệu'],
        ['en', 'Share of state agencies’ reports made online', 'no figure'],
      ] as const;
      for (const [lang, name, words] of cases) {
        const el = await card(data, { 'indicator-id': 'bao-cao-truc-tuyen', href: '/bc', lang });
        const tree = await axTree();
        expect(tree.find((l) => l.role === 'link')?.name, lang).to.equal(`${name} ${words}`);
        const dashes = tree.filter((l) => /(^|\s)[-–]$/.test(l.name));
        expect(dashes, lang).to.deep.equal([]);
        const value = part(el, 'value') as Element;
        const shown = value.cloneNode(true) as Element;
        shown.querySelectorAll('.sr-only').forEach((n) => n.remove());
        expect(text(shown), lang).to.equal('–');
        expect(spoken(value), lang).to.equal(words);
        await expect(el).to.be.accessible();
        el.remove();
      }
      // A dash given only in Vietnamese: the English words are not marked (and voiced) Vietnamese.
      const viOnly = {
        id: 'x',
        name: 'X',
        unit: '%',
        observations: [{ period: '2022', text: '-' }],
      };
      const en = await card([viOnly], { lang: 'en' });
      expect(spoken(part(en, 'value'))).to.equal('no figure');
      expect(part(en, 'value')?.querySelector('.number')?.getAttribute('lang')).to.equal(null);
    },
  );

  it('sets a sentence given for a figure at text size, a short text as the headline', async () => {
    const data = await loadSeed('bc-2023-02-25.json');
    const size = (el: CdsIndicatorCard): number =>
      parseFloat(getComputedStyle(el.shadowRoot?.querySelector('.number') as Element).fontSize);
    // "Đã báo cáo Ủy ban thường vụ Quốc hội" (36 characters) and a 288-character report line.
    for (const id of [
      'de-an-06-nghi-dinh-bao-ve-du-lieu-ca-nhan',
      'de-an-06-tai-khoan-dinh-danh',
    ]) {
      const el = await card(data, { 'indicator-id': id }, 256);
      expect(size(el), id).to.equal(16);
      // At a headline's size the 288 characters ran to 30 lines, over 900 px.
      expect(part(el, 'value')?.getBoundingClientRect().height, id).to.be.below(360);
    }
    // "Chưa toàn trình" (15 characters) and "04 Nghị định, 05 Thông tư" stay headlines.
    for (const id of ['de-an-06-dvc-lien-thong-cu-tru', 'de-an-06-hanh-lang-phap-ly']) {
      const el = await card(data, { 'indicator-id': id }, 256);
      expect(size(el), id).to.equal(32);
    }
  });

  it('never renders data as HTML', async () => {
    const el = await card([{ ...TEAMS, name: '<img src=x onerror=alert(1)>' }]);
    expect(el.shadowRoot?.querySelector('img')).to.equal(null);
    expect(text(part(el, 'name'))).to.equal('<img src=x onerror=alert(1)>');
  });

  it('reads the seeds: the three examples from the reports', async () => {
    const files = ['bc-2022-12-28.json', 'bc-2023-12.json', 'bc-2024-04.json'];
    const data = mergeDatasets(
      (await Promise.all(files.map((f) => loadSeed(f)))) as DatasetInput[],
    );
    const ndxp = await card(data, { 'indicator-id': 'ndxp-giao-dich-binh-quan-ngay' });
    // "khoảng 2,8 triệu giao dịch" in bc-2024-04.
    expect(text(part(ndxp, 'value'))).to.equal('khoảng 2,8 triệu giao dịch/ngày');
    const teams = await card(data, {
      'indicator-id': 'to-cong-nghe-so-cong-dong',
      'change-format': 'absolute',
    });
    expect(text(part(teams, 'value'))).to.equal('80.698 tổ');
    expect(text(part(teams, 'change')?.querySelector('[aria-hidden="true"]'))).to.equal('▲ 11.765');
    const attacks = await card(data, { 'indicator-id': 'tan-cong-mang', period: '2022' });
    expect(text(part(attacks, 'value'))).to.equal('12.195 cuộc');
    expect(part(attacks, 'change')?.getAttribute('data-tone')).to.equal('negative');
    expect(text(part(attacks, 'change')?.querySelector('[aria-hidden="true"]'))).to.equal(
      '▲ 25,3%',
    );
  });

  // The reports give these figures as "hơn 320.000", "khoảng 860 triệu": shown bare, the card
  // claimed an exact figure the report never gave.
  itInChromium('shows and reads the report’s "hơn" or "khoảng" before the number', async () => {
    const data = await loadSeed('merged.json');
    const cases = [
      ['thanh-vien-to-cong-nghe-so-cong-dong', 'vi', 'hơn', '320.000 thành viên'],
      ['thanh-vien-to-cong-nghe-so-cong-dong', 'en', 'over', '320,000 members'],
      ['ndxp-giao-dich', 'vi', 'khoảng', '860 triệu giao dịch'],
      ['ndxp-giao-dich', 'en', 'about', '860 million transactions'],
    ] as const;
    for (const [id, lang, word, rest] of cases)
      for (const variant of ['regular', 'compact'])
        for (const width of [160, 320]) {
          const where = `${id} ${lang} ${variant} ${width}px`;
          const el = await card(
            data,
            { 'indicator-id': id, period: '2022', variant, lang, href: '/x' },
            width,
          );
          const value = part(el, 'value') as Element;
          const approx = value.querySelector('.approx') as Element;
          const number = value.querySelector('.number') as Element;
          expect(text(approx), where).to.equal(word);
          expect(spoken(value), where).to.equal(`${word} ${rest}`);
          // Drawn before the number (beside it, or above it in a narrow card), and smaller.
          const [a, n] = [approx.getBoundingClientRect(), number.getBoundingClientRect()];
          expect(a.right <= n.left + 0.5 || a.bottom <= n.top + 0.5, where).to.equal(true);
          const size = (e: Element): number => parseFloat(getComputedStyle(e).fontSize);
          expect(size(approx), where).to.be.below(size(number));
          expect(outside(el), where).to.deep.equal([]);
          await expect(el).to.be.accessible();
          // Heard in order, as the link's name too.
          const tree = await axTree();
          const link = tree.find((l) => l.role === 'link')?.name ?? '';
          expect(link.replace(/\s+/g, ' '), where).to.match(new RegExp(` ${word} ${rest}$`));
          el.remove();
        }
    // A figure the report gives exactly stays bare.
    const exact = await card(data, { 'indicator-id': 'thanh-vien-to-cong-nghe-so-cong-dong' });
    expect(part(exact, 'value')?.querySelector('.approx')).to.equal(null);
    expect(spoken(part(exact, 'value'))).to.match(/^[\d.]+ thành viên$/);
  });

  it('keeps every line inside a card 120 or 160 px wide, in both languages and variants', async () => {
    const data = await loadSeed('merged.json');
    const found: string[] = [];
    for (const variant of ['regular', 'compact']) {
      for (const lang of ['vi', 'en']) {
        for (const width of [120, 160]) {
          for (const attrs of WIDE) {
            const el = await card(data, { ...attrs, variant, lang }, width);
            const says = `${variant} ${lang} ${width}px ${text(part(el, 'value'))}`;
            found.push(...outside(el).map((f) => `${says}: ${f}`));
            for (const what of ['.number', '.badge']) {
              const words = brokenWords(
                el.shadowRoot?.querySelector(what) ?? document.createTextNode(''),
              );
              found.push(...words.map((w) => `${says}: "${w}" is broken`));
            }
          }
        }
      }
    }
    expect(found).to.deep.equal([]);
  });

  it('puts the compact sparkline under the value when the card is narrow, beside it otherwise', async () => {
    const data = await loadSeed('merged.json');
    const found: string[] = [];
    for (const lang of ['vi', 'en']) {
      for (const width of [120, 160, 240, 320]) {
        for (const attrs of WIDE) {
          const el = await card(data, { ...attrs, variant: 'compact', lang }, width);
          const spark = part(el, 'sparkline')?.getBoundingClientRect();
          const value = part(el, 'value') as Element;
          const words = [...lines(value), ...lines(part(el, 'change') ?? value)];
          if (spark && words.some((r) => meets(r, spark)))
            found.push(`${lang} ${width}px: the sparkline covers "${text(value)}"`);
          if (spark && width === 320 && spark.top > value.getBoundingClientRect().bottom)
            found.push(`${lang} ${width}px: the sparkline is not beside "${text(value)}"`);
        }
      }
    }
    expect(found).to.deep.equal([]);
  });

  itInChromium(
    'says the words of a task’s figure once: the basis names its due date and done',
    async () => {
      // Đề án 06 tasks (bc-2023-02-25): the basis ended with the figure's words, the headline
      // above, so a 300-character sentence was shown and heard twice.
      const data = (await loadSeed('merged.json')) as {
        indicators: {
          id: string;
          observations: { text?: string | { vi: string; en?: string } }[];
        }[];
      };
      const found: string[] = [];
      for (const id of [
        'de-an-06-the-cccd-gan-chip',
        'de-an-06-dvc-thiet-yeu',
        'de-an-06-dvc-lien-thong-cu-tru',
      ])
        for (const lang of ['vi', 'en'] as const) {
          const o = data.indicators.find((i) => i.id === id)?.observations.at(-1);
          const raw = o?.text ?? '';
          const words = typeof raw === 'string' ? raw : (lang === 'en' && raw.en) || raw.vi;
          const el = await card(data, { 'indicator-id': id, lang, 'as-of': '2023-03' });
          const shown = (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
          // Chromium's tree in reading order: a count's number and its words are two texts.
          const heard =
            (await axTree())
              .filter((l) => l.role === 'StaticText')
              .map((l) => l.name)
              .join(' ')
              .replace(/\s+/g, ' ')
              .split(words).length - 1;
          if (!words || shown.split(words).length !== 2 || heard !== 1)
            found.push(`${id} ${lang}: shown ${shown.split(words).length - 1}, heard ${heard}`);
          // What the verdict rests on is still there: the due date, and done or not.
          const basis = text(part(el, 'status')?.querySelector('.basis'));
          // After the ";", in lower case, as inside a sentence.
          if (!/; (đã hoàn thành|chưa hoàn thành|done|not done)$/.test(basis))
            found.push(`${id} ${lang}: basis "${basis}"`);
          el.remove();
        }
      expect(found).to.deep.equal([]);
    },
  );

  it('shows a task’s words once where the report ends them with a full stop', async () => {
    // bc-2023-02-25's VNeID account task: "…qua VneID." above, and its basis (which quotes the
    // words without the stop) repeated all 300 characters of them under the badge.
    const data = await loadSeed('merged.json');
    for (const lang of ['vi', 'en'] as const) {
      const el = await card(data, {
        'indicator-id': 'de-an-06-tai-khoan-dinh-danh',
        lang,
        'as-of': '2023-03',
      });
      const shown = (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
      expect(shown.split('qua VneID').length - 1, lang).to.equal(1);
      const basis = text(part(el, 'status')?.querySelector('.basis'));
      expect(basis, lang).to.match(/; (đã hoàn thành|done)$/);
      el.remove();
    }
  });

  it('says "about" before a change from a figure the report rounds ("hơn 320.000")', async () => {
    // bc-2023-12: 378.941 members, "tăng 58.102" on 2022, for which bc-2022-12-28 gave only
    // "hơn 320.000": 58.941 or 18,4% claimed an exactness the reports do not have.
    const data = await loadSeed('merged.json');
    const said = async (attrs: Record<string, string>): Promise<string[]> => {
      const change = part(await card(data, attrs), 'change');
      return [
        text(change?.querySelector('[aria-hidden="true"]')),
        text(change?.querySelector('.sr-only')),
      ];
    };
    const members = { 'indicator-id': 'thanh-vien-to-cong-nghe-so-cong-dong' };
    expect(await said(members)).to.deep.equal(['▲ khoảng 18,4%', 'Tăng khoảng 18,4%']);
    expect(await said({ ...members, 'change-format': 'absolute', lang: 'en' })).to.deep.equal([
      '▲ about 58,941',
      'Up about 58,941',
    ]);
    // "khoảng 860 triệu" against "khoảng 180 triệu" (bc-2022-12-28).
    expect(await said({ 'indicator-id': 'ndxp-giao-dich', period: '2022' })).to.deep.equal([
      '▲ khoảng 377,8%',
      'Tăng khoảng 377,8%',
    ]);
    // Two exact figures: no "about".
    expect(await said({ 'indicator-id': 'to-cong-nghe-so-cong-dong' })).to.deep.equal([
      '▲ 17,1%',
      'Tăng 17,1%',
    ]);
  });

  it('draws a flow only beside figures as long as its own; a share or a stock beside any', async () => {
    const data = await loadSeed('merged.json');
    // Points in the sparkline's line(s), and what its label says.
    const drawn = async (attrs: Record<string, string>): Promise<number> => {
      const svg = part(await card(data, attrs), 'sparkline');
      const d = [...(svg?.querySelectorAll('path.spark-line') ?? [])].map(
        (p) => p.getAttribute('d') ?? '',
      );
      return new Set(d.join('').match(/[\d.]+ [\d.]+/g) ?? []).size;
    };
    // Cyber attacks (lower is better): 9.729 (2021), 12.195 (2022), then 2.323 for Q1/2024
    // alone, drawn as a 76% fall; the change line and the trend sentence never compare them.
    expect(await drawn({ 'indicator-id': 'tan-cong-mang' })).to.equal(0);
    expect(await drawn({ 'indicator-id': 'tan-cong-mang', period: '2022' })).to.equal(2);
    // Revenue: 1.418 tỷ in six months beside 3.319,3 tỷ in the year drew a rise.
    expect(await drawn({ 'indicator-id': 'doanh-thu-an-toan-thong-tin-mang' })).to.equal(0);
    // A share is a level: the half year and the year, as before.
    expect(await drawn({ 'indicator-id': 'dan-so-dien-thoai-thong-minh' })).to.equal(2);
    // So is a count out of a total.
    expect(await drawn({ 'indicator-id': 'dia-phuong-cong-bo-nen-tang-van-ban-rieng' })).to.equal(
      2,
    );
    // So is a count marked `level`: a daily average, 2,36 triệu (2022) and 2,8 triệu (April
    // 2024); subscribers counted at a date, 2021, 2022 and April 2024.
    expect(await drawn({ 'indicator-id': 'ndxp-giao-dich-binh-quan-ngay' })).to.equal(2);
    expect(await drawn({ 'indicator-id': 'mobile-money' })).to.equal(3);
  });

  it('loads no Chart.js on a page with only cards', async () => {
    await card([DX_INDEX]);
    await card([TEAMS], { variant: 'compact' });
    await new Promise((r) => setTimeout(r, 100));
    expect(chartJsResources()).to.deep.equal([]);
    // The check can see Chart.js when it is loaded: load it now, at the very end.
    const { loadChart } = await import('../trend-chart/chart-loader.js');
    await loadChart();
    expect(chartJsResources().some((n) => n.includes('node_modules/chart.js/'))).to.equal(true);
  });
});

describe('cds-indicator-card fit: a box of a set height', () => {
  let data: unknown;
  before(async () => {
    data = await loadSeed('merged.json');
  });

  /** A card `fit` (or not) in a tile of `w` × `h` px; `h` undefined: no height at all. */
  async function inTile(
    attrs: Record<string, string>,
    w: number,
    h?: number,
    fit = true,
  ): Promise<CdsIndicatorCard> {
    const el = document.createElement('cds-indicator-card');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.fit = fit;
    if (h !== undefined) el.style.height = '100%';
    el.indicator = data as object;
    const tile = await fixture<HTMLDivElement>(
      html`<div style="width: ${w}px; ${h === undefined ? '' : `height: ${h}px`}"></div>`,
    );
    tile.append(el);
    await el.updateComplete;
    return el;
  }

  /** The card's clip: its box inside the border. */
  function clipOf(el: CdsIndicatorCard): DOMRect {
    const r = part(el, 'card')?.getBoundingClientRect() as DOMRect;
    return new DOMRect(r.x + 1, r.y + 1, r.width - 2, r.height - 2);
  }

  /** Whether `e` is drawn on the card (not wrapped out past the clip, nor for screen readers). */
  const onCard = (el: CdsIndicatorCard, e: Element | null | undefined): boolean =>
    !!e && !clipped(e) && meets(e.getBoundingClientRect(), clipOf(el));

  /** The boxes that clip `e` in its shadow root: the card's, a clamped name's or sentence's. */
  function clipsOf(e: Element): DOMRect[] {
    const found: DOMRect[] = [];
    for (let a: Element | null = e; a; a = a.parentElement)
      if (getComputedStyle(a).overflow !== 'visible') found.push(a.getBoundingClientRect());
    return found;
  }

  /** Lines of text and the sparkline that a clip cuts through, or that are drawn past the host. */
  function problems(el: CdsIndicatorCard): string[] {
    const host = el.getBoundingClientRect();
    const found: string[] = [];
    const drawn: [string, DOMRect, Element][] = [];
    const walker = document.createTreeWalker(el.shadowRoot as ShadowRoot, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!n.textContent?.trim() || !parent || clipped(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) drawn.push(['a line of text', r, parent]);
    }
    const spark = part(el, 'sparkline');
    if (spark && !clipped(spark))
      drawn.push(['the sparkline', spark.getBoundingClientRect(), spark]);
    for (const [what, r, e] of drawn) {
      const clips = clipsOf(e);
      // Wholly outside one of its clips: not drawn (wrapped out, or a clamped line).
      if (!clips.every((c) => meets(r, c))) continue;
      const where = `${what} at ${r.top.toFixed(0)}–${r.bottom.toFixed(0)}`;
      if (!clips.every((c) => within(r, c))) found.push(`${where} is cut by an edge`);
      else if (!within(r, host)) found.push(`${where} is past the host`);
    }
    return found;
  }

  const badge = (el: CdsIndicatorCard) => el.shadowRoot?.querySelector('.badge');

  it('runs past a short tile without fit, which is what fit is for', async () => {
    const el = await inTile({ 'indicator-id': 'hop-dong-dien-tu' }, 256, 200, false);
    expect(problems(el)).to.not.deep.equal([]);
  });

  it('keeps each line whole inside tiles of set heights, and always the value and status', async () => {
    const cards: Record<string, string>[] = [
      // The change, status, basis, sparkline, period, source and another report's figure.
      { 'indicator-id': 'hop-dong-dien-tu' },
      { 'indicator-id': 'ho-so-xu-ly-truc-tuyen', 'as-of': '2024-05-01' },
      { 'indicator-id': 'ndxp-giao-dich-binh-quan-ngay' },
      { 'indicator-id': 'tan-cong-mang', period: '2022' },
      // A 288-character sentence for a figure: four lines, in tiles from 200 px.
      { 'indicator-id': 'de-an-06-tai-khoan-dinh-danh' },
      // A count the report writes in words, "21/25 dịch vụ công thiết yếu": "21/25" the
      // headline, the words its unit (as one headline, a 160 × 220 px card lost its status).
      { 'indicator-id': 'de-an-06-dvc-thiet-yeu' },
    ];
    const tiles = [
      [256, 330],
      [256, 240],
      [256, 180],
      // The name's three lines, the value and the status: 11 base sizes.
      [256, 176],
      [160, 220],
      [500, 150],
      [400, 420],
    ] as const;
    const found: string[] = [];
    for (const lang of ['vi', 'en'])
      for (const attrs of cards)
        for (const [w, h] of tiles) {
          // Figures given as text keep value and status from 13 base sizes, as documented.
          if (attrs['indicator-id']?.startsWith('de-an-06') && h < 200) continue;
          const el = await inTile({ ...attrs, lang }, w, h);
          const where = `${attrs['indicator-id']} ${lang} ${w}×${h}`;
          found.push(...problems(el).map((p) => `${where}: ${p}`));
          if (!onCard(el, part(el, 'value'))) found.push(`${where}: no value`);
          // A card without a target has no status to show.
          if (badge(el) && !onCard(el, badge(el))) found.push(`${where}: no status`);
          el.parentElement?.remove();
        }
    expect(found).to.deep.equal([]);
  });

  it('never paints a compact card past its tile, however short', async () => {
    const found: string[] = [];
    for (const w of [150, 260]) {
      const el = await inTile(
        { 'indicator-id': 'ty-trong-kinh-te-so-gdp', variant: 'compact' },
        w,
        150,
      );
      found.push(...problems(el).filter((p) => p.endsWith('past the host')));
      el.parentElement?.remove();
    }
    expect(found).to.deep.equal([]);
  });

  it('lets the lines go from the bottom, the change before the basis, the badge never', async () => {
    const order = ['revisions', 'source', 'period', 'spark', 'change', 'basis'];
    const goneAt = new Map<string, number>();
    for (let h = 480; h >= 150; h -= 10) {
      const el = await inTile({ 'indicator-id': 'hop-dong-dien-tu' }, 256, h);
      const root = el.shadowRoot as ShadowRoot;
      for (const id of order) {
        const e = root.querySelector(id === 'basis' ? '.basis' : `#${id}`);
        expect(e, id).to.not.equal(null);
        if (!onCard(el, e) && !goneAt.has(id)) goneAt.set(id, h);
        // Once gone, it stays gone in every shorter tile.
        if (onCard(el, e)) expect(goneAt.has(id), `${id} back at ${h}px`).to.equal(false);
      }
      expect(onCard(el, badge(el)), `status at ${h}px`).to.equal(true);
      expect(onCard(el, part(el, 'value')), `value at ${h}px`).to.equal(true);
      el.parentElement?.remove();
    }
    // Each went, and each before (in a taller tile than) the next.
    const heights = order.map((id) => goneAt.get(id) ?? 0);
    expect(
      heights.every((g) => g > 0),
      JSON.stringify([...goneAt]),
    ).to.equal(true);
    expect([...heights].sort((a, b) => b - a)).to.deep.equal(heights);
  });

  itInChromium('keeps what it lets go for screen readers, in reading order', async () => {
    const el = await inTile({ 'indicator-id': 'hop-dong-dien-tu' }, 256, 160);
    expect(onCard(el, el.shadowRoot?.querySelector('#source'))).to.equal(false);
    const said = (await axTree())
      .filter((l) => l.role === 'StaticText')
      .map((l) => l.name)
      .join(' ');
    const at = (re: RegExp): number => said.search(re);
    expect(at(/^Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử/)).to.equal(0);
    expect(at(/so với năm 2021/)).to.be.above(at(/50%/));
    expect(at(/Đạt/)).to.be.above(at(/so với năm 2021/));
    expect(at(/Nguồn\s*:\s*Báo cáo tóm tắt/)).to.be.above(at(/Đạt/));
    expect(at(/Số liệu khác\s*:\s*50%/)).to.be.above(at(/Nguồn/));
    await expect(el).to.be.accessible();
  });

  it('gives the sparkline the height the words leave, up to 5 base sizes, the notes at the bottom', async () => {
    const attrs = { 'indicator-id': 'ho-so-xu-ly-truc-tuyen', 'as-of': '2024-05-01' };
    const heightAt = async (h: number): Promise<number> => {
      const el = await inTile(attrs, 256, h);
      const spark = (part(el, 'sparkline') as Element).getBoundingClientRect().height;
      el.parentElement?.remove();
      return spark;
    };
    // Heights at which the same lines show.
    const [low, high] = [await heightAt(350), await heightAt(380)];
    expect(high).to.be.closeTo(low + 30, 1);
    const tall = await inTile(attrs, 256, 520);
    expect((part(tall, 'sparkline') as Element).getBoundingClientRect().height).to.be.closeTo(
      80,
      1,
    );
    const source = (tall.shadowRoot?.querySelector('#source') as Element).getBoundingClientRect();
    // The card's padding is one base size.
    expect(clipOf(tall).bottom - source.bottom).to.be.closeTo(16, 1);
  });

  it('is as tall as its content without a height, every line shown', async () => {
    const el = await inTile({ 'indicator-id': 'hop-dong-dien-tu' }, 256);
    expect(problems(el)).to.deep.equal([]);
    for (const id of ['#change', '.basis', '#spark', '#period', '#source', '#revisions'])
      expect(onCard(el, el.shadowRoot?.querySelector(id)), id).to.equal(true);
  });

  it('keeps the whole card one link, its focus ring inside the clip', async () => {
    const el = await inTile({ 'indicator-id': 'hop-dong-dien-tu', href: '/hd' }, 256, 180);
    const link = el.shadowRoot?.querySelector('a') as HTMLAnchorElement;
    const before = document.createElement('button');
    before.textContent = 'before';
    el.parentElement?.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot?.activeElement).to.equal(link);
    const clip = clipOf(el);
    const hit = el.shadowRoot?.elementFromPoint(clip.right - 4, clip.bottom - 4);
    expect(hit).to.equal(link);
    // The ring is drawn from the card's outer edge inward by its offset, past the 1px border.
    const after = getComputedStyle(link, '::after');
    expect(parseFloat(after.inset)).to.equal(-1);
    expect(parseFloat(after.outlineOffset) + parseFloat(after.outlineWidth || '2')).to.be.at.most(
      -1,
    );
  });

  it('centres a compact card in a taller tile, never above its top in a short one', async () => {
    const tall = await inTile({ 'indicator-id': 'hop-dong-dien-tu', variant: 'compact' }, 320, 240);
    const clip = clipOf(tall);
    const words = lines(tall.shadowRoot as ShadowRoot);
    const top = Math.min(...words.map((r) => r.top)) - clip.top;
    const bottom = clip.bottom - Math.max(...words.map((r) => r.bottom));
    expect(top).to.be.above(30);
    expect(Math.abs(top - bottom)).to.be.below(20);
    const short = await inTile({ 'indicator-id': 'hop-dong-dien-tu', variant: 'compact' }, 320, 60);
    const first = lines(short.shadowRoot as ShadowRoot)[0] as DOMRect;
    expect(first.top).to.be.at.least(clipOf(short).top);
  });

  it('reflects the property to the attribute, and stays hidden when hidden', async () => {
    const el = await inTile({ 'indicator-id': 'hop-dong-dien-tu' }, 256, 200, false);
    el.fit = true;
    await el.updateComplete;
    expect(el.hasAttribute('fit')).to.equal(true);
    expect(problems(el)).to.deep.equal([]);
    el.hidden = true;
    expect(getComputedStyle(el).display).to.equal('none');
  });
});
