import { expect } from '@open-wc/testing';
import { localize, parseDataset, parseIndicator, period, type Indicator } from '@cds-vn/core';
import { prosePeriod, summarizeSeries, summarizeTrend } from './trend-summary.js';
import { FIVE_YEAR_PLANS, MEMBERS_ROUNDED, YEARLY_PLANS } from '../../test/fixtures.js';
import { loadMergedSeeds } from '../../test/helpers.js';

function ind(raw: object): Indicator {
  const r = parseIndicator(raw);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message.en).join('; '));
  return r.value;
}

const NDXP = ind({
  id: 'ndxp',
  name: 'Giao dịch qua NDXP',
  unit: 'count',
  observations: [
    { period: '2021', value: 180e6 },
    { period: '2022', value: 860e6 },
  ],
});

const ATTACKS_RAW = {
  id: 'tan-cong-mang',
  name: { vi: 'Tấn công mạng', en: 'Cyber attacks' },
  unit: 'count',
  unitLabel: { vi: 'cuộc', en: 'attacks' },
  direction: 'lower',
  observations: [
    { period: '2021', value: 9729 },
    { period: '2022', value: 12195 },
  ],
};
const ATTACKS = ind(ATTACKS_RAW);

const DOSSIERS = ind({
  id: 'ho-so',
  name: 'Tỷ lệ hồ sơ xử lý trực tuyến',
  unit: '%',
  observations: [
    { period: '2022-H1', value: 36.91 },
    { period: '2022', value: 54.34 },
  ],
  targets: [{ period: '2022', op: '>=', value: 50 }],
});

describe('trend summary', () => {
  it('says "gấp N lần" when a value more than doubles', () => {
    expect(summarizeSeries(NDXP, 'vi')).to.equal(
      'Tăng từ 180 triệu (2021) lên 860 triệu (2022), gấp 4,8 lần.',
    );
    expect(summarizeSeries(NDXP, 'en')).to.equal(
      'Rose from 180 million (2021) to 860 million (2022), 4.8 times as much.',
    );
  });

  it('keeps the words a report qualified its figures with, and says its change is about so much', () => {
    // bc-2022-12-28: "khoảng 180 triệu" (2021) and "khoảng 860 triệu" (2022) NDXP transactions.
    const about = ind({
      id: 'ndxp',
      name: 'Giao dịch qua NDXP',
      unit: 'count',
      observations: [
        { period: '2021', value: 180e6, text: { vi: 'khoảng 180 triệu', en: 'about 180 million' } },
        { period: '2022', value: 860e6, text: { vi: 'khoảng 860 triệu', en: 'about 860 million' } },
      ],
    });
    expect(summarizeSeries(about, 'vi')).to.equal(
      'Tăng từ khoảng 180 triệu (2021) lên khoảng 860 triệu (2022), gấp khoảng 4,8 lần.',
    );
    expect(summarizeSeries(about, 'en')).to.equal(
      'Rose from about 180 million (2021) to about 860 million (2022), about 4.8 times as much.',
    );
    const members = ind(MEMBERS_ROUNDED);
    expect(summarizeSeries(members, 'vi')).to.equal(
      'Tăng từ hơn 320.000 (2022) lên 378.941 (2023), tức tăng khoảng 18,4%.',
    );
    expect(summarizeSeries(members, 'en')).to.equal(
      'Rose from over 320,000 (2022) to 378,941 (2023), up about 18.4%.',
    );
  });

  it('gives a smaller rise as a percentage, with the unit label', () => {
    expect(summarizeSeries(ATTACKS, 'vi')).to.equal(
      'Tăng từ 9.729 cuộc (2021) lên 12.195 cuộc (2022), tức tăng 25,3%.',
    );
    expect(summarizeSeries(ATTACKS, 'en')).to.equal(
      'Rose from 9,729 attacks (2021) to 12,195 attacks (2022), up 25.3%.',
    );
  });

  it('never compares a count over a year with one over a quarter', () => {
    // bc-2024-04 gives the first quarter's attacks beside the earlier reports' whole years:
    // "down 76.1%" from 2021 to Q1 2024 would be a fall nobody measured.
    const quarter = ind({
      ...ATTACKS_RAW,
      observations: [...ATTACKS_RAW.observations, { period: '2024-Q1', value: 2323 }],
    });
    expect(summarizeSeries(quarter, 'vi')).to.equal(
      'Tăng từ 9.729 cuộc (2021) lên 12.195 cuộc (2022), tức tăng 25,3%; 2.323 cuộc (quý I/2024).',
    );
    expect(summarizeSeries(quarter, 'en')).to.equal(
      'Rose from 9,729 attacks (2021) to 12,195 attacks (2022), up 25.3%; 2,323 attacks (Q1 2024).',
    );
    // Two quarters compare with each other; the years are left out of the comparison.
    const quarters = ind({
      ...ATTACKS_RAW,
      observations: [
        ...ATTACKS_RAW.observations,
        { period: '2024-Q1', value: 2323 },
        { period: '2024-Q2', value: 2000 },
      ],
    });
    expect(summarizeSeries(quarters, 'en')).to.equal(
      'Fell from 2,323 attacks (Q1 2024) to 2,000 attacks (Q2 2024), down 13.9%.',
    );
    // A share is a level: a year's and a month's compare.
    const share = ind({
      id: 'x',
      name: 'x',
      unit: '%',
      observations: [
        { period: '2022', value: 10 },
        { period: '2024-04', value: 12 },
      ],
    });
    expect(summarizeSeries(share, 'en')).to.match(/^Rose from 10% \(2022\) to 12% \(April 2024\)/);
  });

  it('compares a stock or a rate marked `level` across periods of any length', async () => {
    const r = parseDataset(await loadMergedSeeds());
    if (!r.ok) throw new Error(r.errors.map((e) => e.message.en).join('; '));
    const seed = (id: string): Indicator =>
      r.value.indicators.find((i) => i.id === id) as Indicator;
    // Subscribers counted at a date: 362.721 (2021), 2.659.719 (2022), "Hiện có 8,2 triệu
    // khách hàng" (bc-2024-04). 8.200.000 / 362.721 = 22,6. The year's 2022 figure no longer
    // ends the comparison, with April 2024's said apart.
    const money = seed('mobile-money');
    expect(summarizeSeries(money, 'vi', { status: false })).to.equal(
      'Tăng từ 362.721 thuê bao (2021) lên 8,2 triệu thuê bao (tháng 4/2024), gấp 22,6 lần.',
    );
    expect(summarizeSeries(money, 'en', { status: false })).to.equal(
      'Rose from 362,721 subscribers (2021) to 8.2 million subscribers (April 2024), 22.6 times as much.',
    );
    // Unmarked, the same figures are a flow: the years compare ("tăng gấp hơn 7,3 lần so với
    // năm 2021", bc-2022-12-28), April 2024 is said apart.
    expect(summarizeSeries({ ...money, level: undefined }, 'vi', { status: false })).to.equal(
      'Tăng từ 362.721 thuê bao (2021) lên 2,66 triệu thuê bao (2022), gấp 7,3 lần; 8,2 triệu thuê bao (tháng 4/2024).',
    );
    // A flow from the same reports still never compares a year with a quarter.
    expect(summarizeSeries(seed('tan-cong-mang'), 'vi', { status: false })).to.equal(
      'Tăng từ 9.729 cuộc (2021) lên 12.195 cuộc (2022), tức tăng 25,3%; 2.323 cuộc (quý I/2024).',
    );
  });

  it('measures a share in percentage points, and adds the status against the target', () => {
    expect(summarizeSeries(DOSSIERS, 'vi', { asOf: '2023-02-25' })).to.equal(
      'Tăng từ 36,91% (6 tháng đầu năm 2022) lên 54,34% (2022), tức tăng 17,43 điểm\u00a0%. ' +
        '54,34% so với mục tiêu ≥ 50% (2022): Đạt.',
    );
    expect(summarizeSeries(DOSSIERS, 'en', { asOf: '2023-02-25' })).to.equal(
      'Rose from 36.91% (H1 2022) to 54.34% (2022), up 17.43 percentage points. ' +
        '54.34% against target ≥ 50% (2022): Achieved.',
    );
  });

  it('says a fall, and names a peak that first-to-last would hide', () => {
    const fell = ind({
      id: 'x',
      name: 'x',
      unit: '%',
      observations: [
        { period: '2022', value: 54.34 },
        { period: '2024-04', value: 38.3 },
      ],
    });
    expect(summarizeSeries(fell, 'vi')).to.equal(
      'Giảm từ 54,34% (2022) xuống 38,3% (tháng 4/2024), tức giảm 16,04 điểm\u00a0%.',
    );
    const peaked = ind({
      id: 'x',
      name: 'x',
      unit: '%',
      observations: [
        { period: '2022-H1', value: 36.91 },
        { period: '2022', value: 54.34 },
        { period: '2024-04', value: 38.3 },
      ],
    });
    expect(summarizeSeries(peaked, 'vi')).to.equal(
      'Tăng từ 36,91% (6 tháng đầu năm 2022) lên 38,3% (tháng 4/2024), tức tăng 1,39 điểm\u00a0%; cao nhất 54,34% (2022).',
    );
    expect(summarizeSeries(peaked, 'en')).to.equal(
      'Rose from 36.91% (H1 2022) to 38.3% (April 2024), up 1.39 percentage points; highest 54.34% (2022).',
    );
  });

  it('opens its sentence with a capital, whatever word the figure starts with', () => {
    // "gần 14,6 triệu tài khoản" (bc-2024-04): the report's own word before the figure.
    const accounts = ind({
      id: 'cong-dvcqg-tai-khoan',
      name: 'Tài khoản trên Cổng Dịch vụ công quốc gia',
      unit: 'count',
      unitLabel: { vi: 'tài khoản', en: 'accounts' },
      observations: [
        {
          period: '2024-04',
          value: 14_600_000,
          text: { vi: 'gần 14,6 triệu', en: 'nearly 14.6 million' },
        },
      ],
    });
    expect(summarizeSeries(accounts, 'vi')).to.equal('Gần 14,6 triệu tài khoản (tháng 4/2024).');
    expect(summarizeSeries(accounts, 'en')).to.match(/^Nearly 14\.6 million accounts/);
    // "xếp thứ 45" in fixed broadband speed (bc-2022-12-28).
    const rank = ind({
      id: 'r',
      name: 'r',
      unit: 'rank',
      observations: [{ period: '2022', value: 45 }],
    });
    expect(summarizeSeries(rank, 'vi')).to.equal('Hạng 45 (2022).');
  });

  it('compares counts out of totals that differ by their shares, in points, never as a multiple', () => {
    // The count tripled while the total fell, so "gấp 3,5 lần" would overstate it.
    const plans = ind(YEARLY_PLANS);
    expect(summarizeSeries(plans, 'vi')).to.match(/, tức tăng 75,45 điểm\u00a0%\.$/);
    expect(summarizeSeries(plans, 'en')).to.match(/, up 75\.45 percentage points\.$/);
    // The share held while the count moved: not "Giữ nguyên 22/22 … đến 2023", when 2023 is 30/30.
    expect(summarizeSeries(ind(FIVE_YEAR_PLANS), 'vi')).to.equal(
      'Từ 22/22 bộ, cơ quan (2022) đến 30/30 bộ, cơ quan (2023), tỷ lệ không đổi.',
    );
    expect(summarizeSeries(ind(FIVE_YEAR_PLANS), 'en')).to.equal(
      'From 22/22 ministries and agencies (2022) to 30/30 ministries and agencies (2023), the same share.',
    );
    // Out of one total the counts compare as before: 21/25 → 25/25 is up 19%.
    const services = ind({
      id: 'dvc-thiet-yeu-de-an-06',
      name: 'Dịch vụ công thiết yếu theo Đề án 06',
      unit: 'count',
      observations: [
        { period: '2022', value: 21, total: 25 },
        { period: '2024-04', value: 25, total: 25 },
      ],
    });
    expect(summarizeSeries(services, 'vi')).to.match(/, tức tăng 19%\.$/);
  });

  it('says a rank rose as its number fell, in places, its highest place its smallest number', () => {
    const ranking = ind({
      id: 'x',
      name: 'x',
      unit: 'rank',
      observations: [
        { period: '2020', value: 86 },
        { period: '2021', value: 70 },
        { period: '2022', value: 92 },
        { period: '2023', value: 77 },
      ],
    });
    expect(summarizeSeries(ranking, 'vi')).to.equal(
      'Tăng từ hạng 86 (2020) lên hạng 77 (2023), tức tăng 9 bậc; thấp nhất hạng 92 (2022); cao nhất hạng 70 (2021).',
    );
    expect(summarizeSeries(ranking, 'en')).to.equal(
      'Rose from rank 86 (2020) to rank 77 (2023), up 9 places; lowest rank 92 (2022); highest rank 70 (2021).',
    );
  });

  it('ends on the forecast, and marks estimates', () => {
    const dx = ind({
      id: 'dx',
      name: 'DX index',
      unit: 'index',
      observations: [
        { period: '2020', value: 0.48 },
        { period: '2022', value: 0.71 },
        { period: '2023', value: 0.75, kind: 'forecast' },
      ],
    });
    expect(summarizeSeries(dx, 'vi')).to.equal(
      'Tăng từ 0,48 (2020) lên 0,71 (2022), tức tăng 47,9%; dự báo 0,75 (2023).',
    );
    expect(summarizeSeries(dx, 'en')).to.equal(
      'Rose from 0.48 (2020) to 0.71 (2022), up 47.9%; forecast 0.75 (2023).',
    );
    const gdp = ind({
      id: 'gdp',
      name: 'GDP',
      unit: '%',
      observations: [
        { period: '2021', value: 9.6, kind: 'estimate' },
        { period: '2022', value: 14.26, kind: 'estimate' },
      ],
    });
    expect(summarizeSeries(gdp, 'vi')).to.equal(
      'Tăng từ 9,6% (2021, ước tính) lên 14,26% (2022, ước tính), tức tăng 4,66 điểm\u00a0%.',
    );
  });

  it('handles one value, no change, a forecast alone and no data', () => {
    const one = ind({
      id: 'to',
      name: 'Tổ công nghệ số cộng đồng',
      unit: 'count',
      unitLabel: 'tổ',
      observations: [{ period: '2023', value: 80698 }],
    });
    expect(summarizeSeries(one, 'vi')).to.equal('80.698 tổ (2023).');
    const flat = ind({
      id: 'dp',
      name: 'x',
      unit: 'count',
      unitLabel: { vi: 'địa phương', en: 'provinces' },
      observations: [
        { period: '2022', value: 63 },
        { period: '2023', value: 63 },
      ],
    });
    expect(summarizeSeries(flat, 'vi')).to.equal('Giữ nguyên 63 địa phương từ 2022 đến 2023.');
    expect(summarizeSeries(flat, 'en')).to.equal('Unchanged at 63 provinces from 2022 to 2023.');
    const ahead = ind({
      id: 'f',
      name: 'x',
      unit: 'index',
      observations: [{ period: '2023', value: 0.75, kind: 'forecast' }],
    });
    expect(summarizeSeries(ahead, 'vi')).to.equal('Dự báo 0,75 (2023).');
    const none = ind({ id: 'n', name: 'x', unit: '%', observations: [] });
    expect(summarizeSeries(none, 'vi')).to.equal('Chưa có dữ liệu.');
    expect(summarizeSeries(none, 'en')).to.equal('No data.');
  });

  it('says a deadline by its status alone', () => {
    const law = ind({
      id: 'luat',
      name: 'Luật Căn cước công dân (sửa đổi)',
      kind: 'milestone',
      targets: [{ due: '2023-12' }],
    });
    expect(summarizeSeries(law, 'vi', { asOf: '2023-02-25' })).to.equal(
      'Hạn tháng 12/2023: Đúng tiến độ.',
    );
    expect(summarizeSeries(law, 'en', { asOf: '2024-02' })).to.equal('Due December 2023: Overdue.');
  });

  it('names each indicator when there are several, the names kept as texts', () => {
    const parts = summarizeTrend([NDXP, ATTACKS], 'en');
    expect(parts.map((p) => (typeof p === 'string' ? p : localize(p, 'en'))).join('')).to.equal(
      'Giao dịch qua NDXP: Rose from 180 million (2021) to 860 million (2022), 4.8 times as much. ' +
        'Cyber attacks: Rose from 9,729 attacks (2021) to 12,195 attacks (2022), up 25.3%.',
    );
    // The element marks a name the data gives only in Vietnamese lang="vi": it needs the text.
    expect(parts.filter((p) => typeof p !== 'string')).to.deep.equal([NDXP.name, ATTACKS.name]);
    expect(summarizeTrend([NDXP], 'vi')).to.deep.equal([summarizeSeries(NDXP, 'vi')]);
    // Chromium drops a text of spaces alone between two spans from the canvas's description
    // ("…4.8 times as much.Cyber attacks"): the space rides on the sentence it ends.
    expect(parts.filter((p) => typeof p === 'string' && !p.trim())).to.deep.equal([]);
  });

  it('says "no data" once for a target with no figure yet, and words the target', () => {
    const csdl = ind({
      id: 'csdl',
      name: 'Tỷ lệ danh mục CSDL',
      unit: '%',
      observations: [],
      targets: [{ period: '2023', op: '=', value: 100 }],
    });
    expect(summarizeSeries(csdl, 'vi', { asOf: '2023-02-25' })).to.equal(
      'Chưa có dữ liệu. Mục tiêu 2023: 100%.',
    );
    const open = ind({
      id: 'mo',
      name: 'Dữ liệu mở',
      unit: '%',
      observations: [],
      targets: [{ period: '2022', op: '>=', value: 50 }],
    });
    expect(summarizeSeries(open, 'en', { asOf: '2023-02-25' })).to.equal(
      'No data. Target 2022: At least 50%.',
    );
  });

  it('writes periods the way a sentence needs them', () => {
    expect(prosePeriod(period('2022'), 'vi')).to.equal('2022');
    expect(prosePeriod(period('2022-H1'), 'vi')).to.equal('6 tháng đầu năm 2022');
    expect(prosePeriod(period('2022-H2'), 'en')).to.equal('H2 2022');
    expect(prosePeriod(period('2024-04'), 'vi')).to.equal('tháng 4/2024');
    expect(prosePeriod(period('2024-Q1'), 'en')).to.equal('Q1 2024');
    // Runs of months: mid-sentence, lower case in Vietnamese; the short form in English.
    expect(prosePeriod(period('2022-01/2022-11'), 'vi')).to.equal('11 tháng đầu năm 2022');
    expect(prosePeriod(period('2024-03/2024-05'), 'vi')).to.equal('từ tháng 3 đến tháng 5/2024');
    expect(prosePeriod(period('2022-01/2022-11'), 'en')).to.equal('Jan–Nov 2022');
  });
});
