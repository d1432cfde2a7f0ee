import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { DatasetInput } from '@cds-vn/core';
import './cds-target-table.js';
import type { CdsTargetTable } from './target-table.js';
import { clearFetchCache } from '../base/fetch-json.js';
import {
  axSubtree,
  axTree,
  itInChromium,
  loadMergedSeeds,
  loadSeed,
  nextEvent,
  settle,
  timesHeard,
  type AxLine,
} from '../../test/helpers.js';
import { mergeDatasets } from '../../../../seeds/merge.js';
import { DIGITAL_GDP_2023 } from '../../test/fixtures.js';
import { cellText, clean, root, table } from '../../test/table-helpers.js';

// ---- helpers: read the table as a person sees it --------------------------------------------

function headers(el: CdsTargetTable): string[] {
  return [...root(el).querySelectorAll('thead th')].map((th) =>
    cellText(th).replace(/[↕▲▼]/g, '').trim(),
  );
}

/** Data rows on screen (filtered-out rows stay in the DOM for printing, hidden). */
function visibleRows(el: CdsTargetTable): HTMLTableRowElement[] {
  return [...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr.row')].filter(
    (tr) => getComputedStyle(tr).display !== 'none',
  );
}

function column(el: CdsTargetTable, label: string): string[] {
  const index = headers(el).indexOf(label);
  expect(index, `column "${label}" in ${headers(el).join(' | ')}`).to.be.greaterThan(-1);
  return visibleRows(el).map((tr) => cellText(tr.children[index] as Element));
}

/** The accessibility subtree of the data row whose header matches `name` (rows are unnamed). */
function axRow(tree: readonly AxLine[], name: RegExp): AxLine[] {
  let start = tree.findIndex((l) => l.role === 'rowheader' && name.test(l.name));
  while (start > 0 && tree[start]?.role !== 'row') start--;
  return start > 0 ? axSubtree(tree.slice(start), () => true) : [];
}

interface GroupSeen {
  heading: string;
  rows: string[];
}

/** Each section as shown: its heading ("I Các chỉ tiêu đã hoàn thành") and its rows' numbers. */
function sections(el: CdsTargetTable): GroupSeen[] {
  return [...root(el).querySelectorAll('tbody')]
    .filter((tb) => getComputedStyle(tb).display !== 'none')
    .map((tb) => ({
      heading: clean(tb.querySelector('.group-row')?.textContent),
      rows: [...tb.querySelectorAll<HTMLTableRowElement>('tr.row')]
        .filter((tr) => getComputedStyle(tr).display !== 'none')
        .map((tr) => clean(tr.children[0]?.textContent)),
    }));
}

function sortButton(el: CdsTargetTable, label: string): HTMLButtonElement {
  const th = [...root(el).querySelectorAll('thead th')].find(
    (h) => cellText(h).replace(/[↕▲▼]/g, '').trim() === label,
  );
  const button = th?.querySelector('button');
  if (!button) throw new Error(`no sort button "${label}"`);
  return button;
}

function ariaSort(el: CdsTargetTable, label: string): string | null {
  return sortButton(el, label).closest('th')?.getAttribute('aria-sort') ?? null;
}

function select(el: CdsTargetTable, name: string): HTMLSelectElement {
  const s = root(el).querySelector<HTMLSelectElement>(`select[name="${name}"]`);
  if (!s) throw new Error(`no select ${name}`);
  return s;
}

const optionTexts = (s: HTMLSelectElement): string[] =>
  [...s.options].map((o) => clean(o.textContent));

async function choose(el: CdsTargetTable, name: string, value: string): Promise<void> {
  const s = select(el, name);
  s.value = value;
  s.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** `n` short-form rows, row i at (i·37) mod 100 % against a target of 50 %. */
const many = (n: number): object[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    name: `Chỉ tiêu số ${i + 1}`,
    value: (i * 37) % 100,
    target: 50,
    unit: '%',
    period: '2022',
  }));

const RESULTS_2022 = 'bc-2023-02-25-ket-qua-2022';

// The 2022 results table as the 2023-02-25 report prints it, typed from the report.
const REPORT_2022_NAMES = [
  'Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử',
  'Tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ',
  'Tỷ lệ người dân từ 15 tuổi trở lên có tài khoản thanh toán',
  'Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ',
  'Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến',
  'Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử',
  'Tỷ lệ hộ gia đình có Internet cáp quang băng rộng',
  'Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số',
  'Tỷ lệ dân số trưởng thành có điện thoại thông minh',
  'Tỷ lệ báo cáo của cơ quan nhà nước được thực hiện trực tuyến',
  'Tỷ lệ cơ quan nhà nước cung cấp dữ liệu mở',
];
const REPORT_2022_AGENCIES = [
  'Bộ Tài chính',
  'Bộ Công Thương',
  'Ngân hàng Nhà nước Việt Nam',
  'Bộ Thông tin và Truyền thông',
  'Bộ Thông tin và Truyền thông',
  'Bộ Công Thương',
  'Bộ Thông tin và Truyền thông',
  'Bộ Thông tin và Truyền thông',
  'Bộ Thông tin và Truyền thông',
  'Văn phòng Chính phủ',
  'Bộ Thông tin và Truyền thông',
];
// "7,5%[1]": the figure, then its footnote marker; the table adds what the footnote says
// about the figure's kind or period in words ("dự báo", "Q2/2022").
const REPORT_2022_RESULTS = [
  '100%',
  '7,5% (dự báo)[1]',
  '66% (Q2/2022)[2]',
  '80%',
  '54,34%[3]',
  '50% (ước tính)[4]',
  '75%',
  '30,07%',
  '85%[5]',
  '40,47%',
  '11,8%[6]',
];
const REPORT_2022_TARGETS = [
  '100%',
  '7%',
  '65%',
  '80%',
  '50%',
  '50%',
  '75%',
  '30%',
  '85%',
  '50%',
  '50%',
];

describe('cds-target-table', () => {
  afterEach(async () => {
    clearFetchCache();
    await emulateMedia({ media: 'screen' });
  });

  describe('the 2022 results table of the 2023-02-25 report', () => {
    let data: unknown;
    before(async () => {
      data = await loadSeed('bc-2023-02-25.json');
    });

    it('has the 11 rows in the report’s order, numbered 1–11, in sections I and II', async () => {
      const el = await table(data, { 'table-id': RESULTS_2022 });
      expect(column(el, 'Chỉ tiêu')).to.deep.equal(REPORT_2022_NAMES);
      expect(column(el, 'STT')).to.deep.equal([
        '1',
        '2',
        '3',
        '4',
        '5',
        '6',
        '7',
        '8',
        '9',
        '10',
        '11',
      ]);
      expect(sections(el)).to.deep.equal([
        {
          heading: 'I Các chỉ tiêu đã hoàn thành',
          rows: ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
        },
        { heading: 'II Các chỉ tiêu chưa hoàn thành', rows: ['10', '11'] },
      ]);
      expect(clean(root(el).querySelector('caption .title')?.textContent)).to.equal(
        'Các chỉ tiêu tổng hợp: kết quả thực hiện năm 2022 so với mục tiêu năm 2022',
      );
    });

    it('prints the report’s agencies, results, targets: 9 achieved, 2 not', async () => {
      const el = await table(data, { 'table-id': RESULTS_2022 });
      expect(headers(el)).to.include.members([
        'Cơ quan chủ trì',
        'Kết quả năm 2022',
        'Mục tiêu năm 2022',
      ]);
      expect(column(el, 'Cơ quan chủ trì').map((a) => a.split(',')[0])).to.deep.equal(
        REPORT_2022_AGENCIES,
      );
      expect(column(el, 'Kết quả năm 2022')).to.deep.equal(REPORT_2022_RESULTS);
      expect(column(el, 'Mục tiêu năm 2022')).to.deep.equal(REPORT_2022_TARGETS);
      expect(column(el, 'Trạng thái')).to.deep.equal([
        ...Array<string>(9).fill('✓ Đạt'),
        '✗ Chưa đạt',
        '✗ Chưa đạt',
      ]);
      expect(column(el, 'Chênh lệch so với mục tiêu').slice(9)).to.deep.equal([
        'Thiếu 9,53 điểm %',
        'Thiếu 38,2 điểm %',
      ]);
      expect(column(el, 'Tiến độ').slice(9)).to.deep.equal(['81%', '24%']);
    });

    it('fills each progress bar to the share of its target, a full bar at or over it', async () => {
      const el = await table(data, { 'table-id': RESULTS_2022 });
      const fills = [...root(el).querySelectorAll<HTMLElement>('[part="progress"]')].map((p) =>
        p.style.getPropertyValue('--_tt-fill'),
      );
      // 1: 100% of 100%; 2: 7,5% of 7% (107%); 10: 40,47% of 50%; 11: 11,8% of 50%.
      expect([fills[0], fills[1], fills[9], fills[10]]).to.deep.equal([
        '100.00%',
        '100.00%',
        '80.94%',
        '23.60%',
      ]);
      const bar = getComputedStyle(
        root(el).querySelectorAll('[part="progress"]')[9] as Element,
        '::before',
      );
      // The fill's width, to WebKit's single precision ("80.940002% 100%, auto").
      const [width, height] = bar.backgroundSize.split(/[ ,]+/);
      expect(width?.endsWith('%')).to.equal(true);
      expect(parseFloat(width ?? '')).to.be.closeTo(80.94, 1e-4);
      expect(height).to.equal('100%');
    });

    it('prints footnotes [1]–[6] under the table, each linked from its marker and back', async () => {
      const el = await table(data, { 'table-id': RESULTS_2022 });
      const notes = [...root(el).querySelectorAll('[part="footnotes"] li')].map((li) =>
        cellText(li),
      );
      expect(notes.map((n) => n.slice(0, 3))).to.deep.equal([
        '[1]',
        '[2]',
        '[3]',
        '[4]',
        '[5]',
        '[6]',
      ]);
      expect(notes[0]).to.equal('[1] Số liệu theo dự báo của Bộ Công Thương. ↩');
      expect(notes[4]).to.equal('[5] Dân số trưởng thành. ↩');

      const marker = [...root(el).querySelectorAll<HTMLAnchorElement>('sup.fn a')].find(
        (a) => a.textContent === '[3]',
      );
      expect(marker?.getAttribute('aria-label')).to.equal('Chú thích 3');
      marker?.click();
      const focused = root(el).activeElement;
      expect(cellText(focused as Element)).to.match(/^\[3\] Năm 2022 chưa đo được “xử lý”/);
      (focused?.querySelector('a.back') as HTMLAnchorElement).click();
      expect(root(el).activeElement).to.equal(marker);
    });

    it('lists only the notes whose markers are on screen: filtered, paged or in a hidden column', async () => {
      const markers = (el: CdsTargetTable): string[] =>
        [...root(el).querySelectorAll('[part="footnotes"] .marker')].map(cellText);
      // Rows 10 and 11: only row 11's result carries a note, [6]; its back link reaches it.
      const el = await table(data, { 'table-id': RESULTS_2022, 'status-filter': 'not-achieved' });
      expect(markers(el)).to.deep.equal(['[6]']);
      root(el).querySelector<HTMLAnchorElement>('[part="footnotes"] a.back')?.click();
      expect(cellText(root(el).activeElement as Element)).to.equal('[6]');

      // Row 1 has no note: no notes section at all.
      el.removeAttribute('status-filter');
      el.search = 'hóa đơn';
      await el.updateComplete;
      expect(column(el, 'STT')).to.deep.equal(['1']);
      expect(root(el).querySelector('[part="footnotes"]')).to.equal(null);

      // Pages of five rows: rows 1–5 carry [1], [2] and [3]; rows 6–10, [4] and [5].
      const paged = await table(data, { 'table-id': RESULTS_2022, 'page-size': '5' });
      expect(markers(paged)).to.deep.equal(['[1]', '[2]', '[3]']);
      paged.page = 2;
      await paged.updateComplete;
      expect(markers(paged)).to.deep.equal(['[4]', '[5]']);

      // Every note is on a result: without the result column, there is none to list.
      const noResults = await table(data, {
        'table-id': RESULTS_2022,
        columns: 'number indicator target status',
      });
      expect(root(noResults).querySelector('[part="footnotes"]')).to.equal(null);
    });

    it('counts statuses and pillars in the filters, and filtering updates the other counts', async () => {
      const el = await table(data, { 'table-id': RESULTS_2022 });
      expect(optionTexts(select(el, 'status'))).to.deep.equal([
        'Tất cả (11)',
        '✓ Đạt (9)',
        '✗ Chưa đạt (2)',
      ]);
      expect(optionTexts(select(el, 'pillar'))).to.deep.equal([
        'Tất cả (11)',
        'Kinh tế số (4)',
        'Xã hội số (3)',
        'Chính phủ số (3)',
        'Dữ liệu số (1)',
      ]);
      await choose(el, 'status', 'not-achieved');
      expect(column(el, 'STT')).to.deep.equal(['10', '11']);
      expect(clean(root(el).querySelector('.count')?.textContent)).to.equal(
        'Hiển thị 2 trong tổng số 11 dòng',
      );
      expect(sections(el).map((s) => s.heading)).to.deep.equal(['II Các chỉ tiêu chưa hoàn thành']);
      expect(optionTexts(select(el, 'pillar'))).to.deep.equal([
        'Tất cả (2)',
        'Kinh tế số (0)',
        'Xã hội số (0)',
        'Chính phủ số (1)',
        'Dữ liệu số (1)',
      ]);
      await choose(el, 'pillar', 'du-lieu-so');
      expect(column(el, 'STT')).to.deep.equal(['11']);
      await choose(el, 'status', '');
      expect(optionTexts(select(el, 'status'))).to.deep.equal([
        'Tất cả (1)',
        '✓ Đạt (0)',
        '✗ Chưa đạt (1)',
      ]);
    });

    it('searches names without diacritics: "ho so" finds "hồ sơ", "dien tu" finds "điện tử"', async () => {
      const el = await table(data, { 'table-id': RESULTS_2022 });
      const input = root(el).querySelector<HTMLInputElement>('input[type="search"]');
      if (!input) throw new Error('no search box');
      input.value = 'ho so';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(column(el, 'STT')).to.deep.equal(['4', '5']);
      input.value = 'DIEN TU';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(column(el, 'STT')).to.deep.equal(['1', '2', '6']);
      input.value = 'không có chỉ tiêu này';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(visibleRows(el)).to.have.length(0);
      expect(clean(root(el).querySelector('.no-match')?.textContent)).to.equal(
        'Không có dòng nào phù hợp với bộ lọc',
      );
    });

    it('sorts by a header button: ascending, descending, then the report’s order again', async () => {
      const el = await table(data, { 'table-id': RESULTS_2022, 'group-by': 'none' });
      sortButton(el, 'Kết quả năm 2022').click();
      await el.updateComplete;
      // 7,5 · 11,8 · 30,07 · 40,47 · 50 · 54,34 · 66 · 75 · 80 · 85 · 100
      expect(column(el, 'STT')).to.deep.equal([
        '2',
        '11',
        '8',
        '10',
        '6',
        '5',
        '3',
        '7',
        '4',
        '9',
        '1',
      ]);
      expect(ariaSort(el, 'Kết quả năm 2022')).to.equal('ascending');
      expect(el.getAttribute('sort-by')).to.equal('result');
      sortButton(el, 'Kết quả năm 2022').click();
      await el.updateComplete;
      expect(column(el, 'STT')).to.deep.equal([
        '1',
        '9',
        '4',
        '7',
        '3',
        '5',
        '6',
        '10',
        '8',
        '11',
        '2',
      ]);
      expect(ariaSort(el, 'Kết quả năm 2022')).to.equal('descending');
      sortButton(el, 'Kết quả năm 2022').click();
      await el.updateComplete;
      expect(column(el, 'STT')).to.deep.equal([
        '1',
        '2',
        '3',
        '4',
        '5',
        '6',
        '7',
        '8',
        '9',
        '10',
        '11',
      ]);
      expect(ariaSort(el, 'Kết quả năm 2022')).to.equal(null);
    });

    it('sorts within the report’s sections when grouped, and keeps the row numbers', async () => {
      const el = await table(data, {
        'table-id': RESULTS_2022,
        'sort-by': 'gap',
        'sort-direction': 'descending',
      });
      // Gaps in points: +4,34 (5) · +1 (3) · +0,5 (2) · +0,07 (8) · 0 for 1, 4, 6, 7, 9 in report order.
      expect(sections(el)).to.deep.equal([
        {
          heading: 'I Các chỉ tiêu đã hoàn thành',
          rows: ['5', '3', '2', '8', '1', '4', '6', '7', '9'],
        },
        { heading: 'II Các chỉ tiêu chưa hoàn thành', rows: ['10', '11'] },
      ]);
    });

    it('sorts from the keyboard: Enter and Space on the focused header button', async () => {
      const el = await table(data, { 'table-id': RESULTS_2022, 'group-by': 'none' });
      sortButton(el, 'Chỉ tiêu').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(ariaSort(el, 'Chỉ tiêu')).to.equal('ascending');
      // Vietnamese collation: b < c < dân < dịch < doanh (nhỏ < sử dụng hóa < sử dụng hợp)
      // < hộ gia đình < hồ sơ (tones only break ties) < người < "Tỷ trọng".
      expect(column(el, 'STT')).to.deep.equal([
        '10',
        '11',
        '9',
        '4',
        '8',
        '1',
        '6',
        '7',
        '5',
        '3',
        '2',
      ]);
      expect(root(el).activeElement).to.equal(sortButton(el, 'Chỉ tiêu'));
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(ariaSort(el, 'Chỉ tiêu')).to.equal('descending');
      expect(column(el, 'STT')[0]).to.equal('2');
    });

    it('is accessible (axe), with a caption, scoped headers and a tbody per section', async () => {
      const el = await table(data, { 'table-id': RESULTS_2022 });
      const t = root(el).querySelector('table');
      expect(t?.querySelector('caption')).to.not.equal(null);
      expect(t?.querySelectorAll('thead th[scope="col"]').length).to.equal(headers(el).length);
      expect(t?.querySelectorAll('tbody th[scope="row"]').length).to.equal(11);
      expect(t?.querySelectorAll('tbody').length).to.equal(2);
      await expect(el).to.be.accessible();
    });

    it('speaks English under lang="en"', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en" style="inline-size: 1100px"></div>`,
      );
      const el = document.createElement('cds-target-table');
      el.setAttribute('table-id', RESULTS_2022);
      el.data = data as object;
      wrapper.append(el);
      await el.updateComplete;
      expect(headers(el).slice(0, 5)).to.deep.equal([
        'No.',
        'Indicator',
        'Lead agency',
        'Result, 2022',
        'Target, 2022',
      ]);
      expect(sections(el).map((s) => s.heading)).to.deep.equal([
        'I Indicators achieved',
        'II Indicators not achieved',
      ]);
      expect(column(el, 'Indicator')[0]).to.equal('Share of enterprises using e-invoices');
      expect(column(el, 'Result, 2022')[4]).to.equal('54.34%[3]');
      expect(column(el, 'Status')[10]).to.equal('✗ Not achieved');
      expect(column(el, 'Gap to target')[10]).to.equal('38.2 pp short');
      // Heard in words: a voice spells "pp" out letter by letter.
      const gapCells = el.shadowRoot?.querySelectorAll('td.gap') ?? [];
      expect(gapCells[10]?.querySelector('.sr-only')?.textContent).to.equal(
        '38.2 percentage points short',
      );
      // The report's target words exist only in Vietnamese ("7%" for "at least 7%"): English
      // reads each target's formula instead.
      expect(column(el, 'Target, 2022').slice(0, 2)).to.deep.equal(['100%', 'At least 7%']);
    });

    it('writes a target in English as its formula where the report’s words are only Vietnamese', async () => {
      const row = (id: string, text: unknown): object => ({
        id,
        name: { vi: id, en: id },
        unit: '%',
        observations: [{ period: '2023', value: 9 }],
        targets: [{ period: '2023', op: '>', value: 8.5, text }],
      });
      const el = await table(
        { indicators: [row('a', 'Trên 8,5%'), row('b', { vi: 'trên 8,5%', en: 'over 8.5%' })] },
        { lang: 'en' },
      );
      expect(column(el, 'Target, 2023')).to.deep.equal(['Above 8.5%', 'Over 8.5%']);
      el.lang = 'vi';
      await settle(el);
      expect(column(el, 'Mục tiêu năm 2023')).to.deep.equal(['Trên 8,5%', 'Trên 8,5%']);
    });
  });

  // The same table from the report alone and from all five merged: as of August 2022, the
  // later reports' year-end figures (and their notes) were not yet known.
  for (const from of ['its report', 'all five reports'])
    it(`renders the H1-2022 table as of its report, from ${from}: achieved so far (3) and needing effort (9)`, async () => {
      const data =
        from === 'its report' ? await loadSeed('bc-2022-08.json') : await loadMergedSeeds();
      const el = await table(data, { 'table-id': 'bc-2022-08-bang-6-thang', 'as-of': '2022-08' });
      expect(root(el).querySelector('[part="footnotes"]')).to.equal(null);
      expect(headers(el)).to.include.members(['Kết quả 6 tháng đầu năm 2022', 'Mục tiêu năm 2022']);
      expect(sections(el)).to.deep.equal([
        { heading: 'I Các chỉ tiêu đã đạt được', rows: ['1', '2', '3'] },
        {
          heading: 'II Các chỉ tiêu cần tiếp tục nỗ lực',
          rows: ['4', '5', '6', '7', '8', '9', '10', '11', '12'],
        },
      ]);
      // As the report prints them ("-" where it has no figure).
      expect(column(el, 'Kết quả 6 tháng đầu năm 2022')).to.deep.equal([
        '100%',
        '11,27%',
        '66%',
        '70,91%',
        '71,75%',
        '45,78%',
        '36,91%',
        '33%',
        '–',
        '–',
        '3%',
        '6%',
      ]);
      expect(column(el, 'Mục tiêu năm 2022')).to.deep.equal([
        '100%',
        '7%',
        '65%',
        '85%',
        '75%',
        '80%',
        '50%',
        '50%',
        '100%',
        '50%',
        '50%',
        '30%',
      ]);
    });

  it('shows a report’s table from merged data as published when no as-of is set; a later as-of says its date', async () => {
    // Audit: without as-of, the August 2022 table showed 2023–2024 figures and verdicts the
    // report never gave, under that report's caption.
    const data = await loadMergedSeeds();
    const id = { 'table-id': 'bc-2022-08-bang-6-thang' };
    const asPublished = await table(data, { ...id, 'as-of': '2022-08' });
    const published = {
      rows: visibleRows(asPublished).map((tr) => cellText(tr)),
      csv: asPublished.toCsv(),
      source: clean(root(asPublished).querySelector('caption .source')?.textContent),
    };
    asPublished.remove();
    const el = await table(data, id);
    expect(sections(el)[0]).to.deep.equal({
      heading: 'I Các chỉ tiêu đã đạt được',
      rows: ['1', '2', '3'],
    });
    expect(column(el, 'Kết quả 6 tháng đầu năm 2022').slice(0, 3)).to.deep.equal([
      '100%',
      '11,27%',
      '66%',
    ]);
    expect(column(el, 'Trạng thái').slice(0, 3)).to.deep.equal(Array<string>(3).fill('✓ Đạt'));
    expect(visibleRows(el).map((tr) => cellText(tr))).to.deep.equal(published.rows);
    expect(el.toCsv()).to.equal(published.csv);
    expect(clean(root(el).querySelector('caption .source')?.textContent)).to.equal(
      published.source,
    );
    expect(published.source).not.to.contain('số liệu đến');
    // An explicit later as-of wins: later figures, and the line under the title says whose.
    el.asOf = '2023-02-25';
    await el.updateComplete;
    expect(visibleRows(el).map((tr) => cellText(tr))).not.to.deep.equal(published.rows);
    expect(clean(root(el).querySelector('caption .source')?.textContent)).to.equal(
      `${published.source}; số liệu đến 25/02/2023`,
    );
    el.lang = 'en';
    await el.updateComplete;
    expect(clean(root(el).querySelector('caption .source')?.textContent)).to.match(
      /^Source: .*, August 2022; figures as of 25 February 2023$/,
    );
  });

  itInChromium(
    'shows a dash the report prints as "–" and says it in words, never "-" (minus)',
    async () => {
      const data = await loadSeed('bc-2022-08.json');
      const attrs = { 'table-id': 'bc-2022-08-bang-6-thang', 'as-of': '2022-08' };
      const dashRows = (tree: readonly AxLine[], words: string): void => {
        for (const name of [
          /số hóa hồ sơ, kết quả|results digitised/,
          /được thực hiện trực tuyến|made online/,
        ]) {
          const row = axRow(tree, name);
          expect(row, `${name}`).to.not.deep.equal([]);
          // No text heard is a dash alone: "-" is read "trừ" (minus), "–" as nothing or "gạch".
          const dashes = row.filter((l) => l.role === 'StaticText' && /^\s*[-–]\s*$/.test(l.name));
          expect(dashes, `${name}`).to.deep.equal([]);
          expect(timesHeard(row, words), `${name}`).to.equal(1);
        }
      };
      const el = await table(data, attrs);
      dashRows(await axTree(), 'không có số liệu');
      // Sorted by the result, they stay with the rows that have no figure: last, in report order.
      sortButton(el, 'Kết quả 6 tháng đầu năm 2022').click();
      await el.updateComplete;
      expect(column(el, 'Kết quả 6 tháng đầu năm 2022').slice(-2)).to.deep.equal(['–', '–']);
      expect(el.toCsv()).to.contain(
        'Tỷ lệ báo cáo của cơ quan nhà nước được thực hiện trực tuyến,–,',
      );
      el.remove();

      const en = await table(data, { ...attrs, lang: 'en' });
      dashRows(await axTree(), 'no figure');
      expect(column(en, 'Result, first half of 2022').slice(8, 10)).to.deep.equal(['–', '–']);
    },
  );

  it('renders the full 2023 targets table in the report’s groups I–VI', async () => {
    const data = await loadSeed('bc-2023-02-25.json');
    const el = await table(data, {
      'table-id': 'bc-2023-02-25-muc-tieu-2023',
      'as-of': '2023-02-25',
    });
    const seen = sections(el);
    // Rows per group as the report lists them (its sub-rows included): 8, 11, 6, 6, 4, 7.
    expect(seen.map((s) => [s.heading, s.rows.length])).to.deep.equal([
      ['I Dữ liệu số', 8],
      ['II Chính phủ số', 11],
      ['III Kinh tế số', 6],
      ['IV Xã hội số', 6],
      ['V An toàn, an ninh mạng', 4],
      ['VI Đề án 06', 7],
    ]);
    const names = column(el, 'Chỉ tiêu');
    const targets = column(el, 'Mục tiêu năm 2023');
    const targetOf = (name: string): string | undefined => targets[names.indexOf(name)];
    expect(targetOf('Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến')).to.equal('Trên 60%');
    expect(targetOf('Tỷ trọng kinh tế số trong GDP')).to.equal('Trên 16%');
    expect(targetOf('Trình ban hành Luật Căn cước công dân sửa đổi')).to.equal('Tháng 12/2023');
    expect(targetOf('Chấm điểm tín dụng công dân trên nền tảng dữ liệu đa chiều')).to.equal(
      'Hoàn thành thử nghiệm Quý I/2023',
    );
    expect(targetOf('Kết nối, khai thác Cơ sở dữ liệu quốc gia về dân cư')).to.equal(
      '100% các bộ ngành, địa phương',
    );
    // On the report's date the year had just begun: tasks are in progress, not overdue.
    expect(column(el, 'Trạng thái').at(-2)).to.equal('↗ Đang thực hiện');
    // Row numbers as printed: two unnumbered sub-rows under 13, and 28 followed by 36.
    const numbers = column(el, 'STT');
    expect(numbers.slice(12, 16)).to.deep.equal(['13', '', '', '14']);
    expect(numbers.slice(30, 32)).to.deep.equal(['28', '36']);
    expect(numbers.at(-1)).to.equal('46');
    // The 2022 results this table shows carry the report's notes [3], [1] and [2], in that
    // order down the table; a reader looks them up by number.
    const notes = [...root(el).querySelectorAll('[part="footnotes"] .marker')].map(cellText);
    expect(notes).to.deep.equal(['[1]', '[2]', '[3]']);
  });

  it('renders the Đề án 06 tasks: task, agencies, result text, done or not', async () => {
    const data = await loadSeed('bc-2023-02-25.json');
    const el = await table(data, {
      'table-id': 'bc-2023-02-25-de-an-06-2022',
      columns: 'number indicator agency result status',
    });
    expect(headers(el)).to.deep.equal([
      'STT',
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      'Kết quả năm 2022',
      'Trạng thái',
    ]);
    expect(sections(el)).to.deep.equal([
      { heading: 'I Các nhiệm vụ đã hoàn thành', rows: ['1', '2', '3', '4', '5', '6'] },
      { heading: 'II Các nhiệm vụ chưa hoàn thành', rows: ['7', '8', '9', '10'] },
    ]);
    const results = column(el, 'Kết quả năm 2022');
    expect(results[0]).to.equal('04 Nghị định, 05 Thông tư');
    expect(results[1]).to.equal('21/25 dịch vụ công thiết yếu');
    expect(results[7]).to.equal('Chưa toàn trình');
    expect(column(el, 'Trạng thái').slice(0, 6)).to.deep.equal(
      Array<string>(6).fill('✓ Đã hoàn thành'),
    );
    expect(column(el, 'Cơ quan chủ trì')[6]).to.equal('Bộ Công an');
  });

  it('sorts tasks by their result: not done first, then done, each in the report’s order', async () => {
    const data = await loadSeed('bc-2023-02-25.json');
    const el = await table(data, {
      'table-id': 'bc-2023-02-25-de-an-06-2022',
      columns: 'number indicator result status',
      'group-by': 'none',
    });
    sortButton(el, 'Kết quả năm 2022').click();
    await el.updateComplete;
    expect(ariaSort(el, 'Kết quả năm 2022')).to.equal('ascending');
    expect(column(el, 'STT')).to.deep.equal(['7', '8', '9', '10', '1', '2', '3', '4', '5', '6']);
    sortButton(el, 'Kết quả năm 2022').click();
    await el.updateComplete;
    expect(column(el, 'STT')).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  });

  it('shows the newest report’s figure and reveals the other reports’ figures', async () => {
    const merged = mergeDatasets(
      (await Promise.all([
        loadSeed('bc-2022-12-28.json'),
        loadSeed('bc-2023-02-25.json'),
      ])) as DatasetInput[],
    );
    const el = await table(merged, { 'table-id': RESULTS_2022 });
    const index = column(el, 'Chỉ tiêu').indexOf('Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến');
    const cell = visibleRows(el)[index]?.children[
      headers(el).indexOf('Kết quả năm 2022')
    ] as Element;
    expect(cellText(cell)).to.equal('54,34%[3]');
    const details = cell.querySelector('details');
    expect(clean(details?.querySelector('summary .sr-only')?.textContent)).to.equal(
      '1 số liệu khác',
    );
    expect(clean(details?.querySelector('li')?.textContent)).to.equal(
      '52,8% theo Kết quả triển khai chuyển đổi số năm 2022, 28/12/2022',
    );
    // Many disclosures read "1 số liệu khác": each is described by its row and column.
    const described = (details?.querySelector('summary')?.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => cellText(root(el).getElementById(id) as Element).replace(/[↕▲▼]/g, ''));
    expect(described).to.deep.equal([
      'Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến',
      'Kết quả năm 2022',
    ]);
  });

  it('keeps the word a report qualified a figure with, on screen and in the CSV', async () => {
    // bc-2022-12-28: "hơn 320.000" members of community digital technology teams.
    const members = {
      id: 'thanh-vien',
      name: 'Thành viên tổ công nghệ số cộng đồng',
      unit: 'count',
      unitLabel: { vi: 'thành viên', en: 'members' },
      observations: [
        { period: '2022', value: 320000, text: { vi: 'hơn 320.000', en: 'over 320,000' } },
      ],
    };
    const el = await table({ indicators: [members] });
    expect(column(el, 'Kết quả năm 2022')).to.deep.equal(['Hơn 320.000 thành viên']);
    el.lang = 'en';
    await el.updateComplete;
    expect(column(el, 'Result, 2022')).to.deep.equal(['Over 320,000 members']);
    expect(el.toCsv()).to.contain('Over 320,000 members');
  });

  it('heads a run of months’ column as a phrase: "Result, first 11 months of 2022"', async () => {
    const data = [
      { id: 'a', name: 'Hồ sơ', unit: 'count', value: 63_000_000, period: '2022-01/2022-11' },
    ];
    const vi = await table(data, { periods: '2022-01/2022-11' });
    expect(headers(vi)).to.include('Kết quả 11 tháng đầu năm 2022');
    vi.remove();
    const en = await table(data, { periods: '2022-01/2022-11', lang: 'en' });
    expect(headers(en)).to.include('Result, first 11 months of 2022');
    expect(column(en, 'Result, first 11 months of 2022')).to.deep.equal(['63 million']);
  });

  it('heads short forms without a period plainly, and marks only the dated figures', async () => {
    const undated = [
      { id: 'a', name: 'A', value: 54.34, target: 50, unit: '%' },
      { id: 'b', name: 'B', value: 40, target: 50, unit: '%' },
    ];
    const dated = { id: 'c', name: 'C', value: 60, target: 50, unit: '%', period: '2022' };
    const plain = await table(undated);
    expect(headers(plain)).to.include.members(['Kết quả', 'Mục tiêu']);
    expect(column(plain, 'Kết quả')).to.deep.equal(['54,34%', '40%']);
    expect(column(plain, 'Mục tiêu')).to.deep.equal(['Tối thiểu 50%', 'Tối thiểu 50%']);
    expect(plain.shadowRoot?.textContent).not.to.contain(String(new Date().getUTCFullYear()));
    plain.remove();
    // Beside a 2022 figure, the header cannot say 2022 for all: the dated one says its year.
    const mixed = await table([...undated, dated]);
    expect(headers(mixed)).to.include.members(['Kết quả', 'Mục tiêu']);
    expect(column(mixed, 'Kết quả')).to.deep.equal(['54,34%', '40%', '60% (2022)']);
    expect(column(mixed, 'Mục tiêu')).to.deep.equal([
      'Tối thiểu 50%',
      'Tối thiểu 50%',
      'Tối thiểu 50% (2022)',
    ]);
    mixed.remove();
    // Every period the rows have is 2022's alone: no column for a year nobody wrote.
    const all = await table([...undated, dated], { periods: 'all' });
    expect(headers(all).filter((h) => h.startsWith('Kết quả'))).to.deep.equal(['Kết quả năm 2022']);
  });

  it('shows a row’s latest figure beside a past target nothing measured, each headed by its year', async () => {
    // bc-2023-02-25: the digital economy at 14,26% of GDP in 2022, "trên 16%" set for 2023.
    const el = await table({ indicators: [DIGITAL_GDP_2023] }, { 'as-of': '2026-11' });
    expect(headers(el)).to.include.members(['Kết quả năm 2022', 'Mục tiêu năm 2023']);
    expect(column(el, 'Kết quả năm 2022')).to.deep.equal(['14,26% (ước tính)']);
    // "No data" says why beside a figure: it is 2022's, and 2023 was never measured.
    expect(column(el, 'Trạng thái')).to.deep.equal(['– Chưa có dữ liệu (chỉ có số liệu năm 2022)']);
    el.lang = 'en';
    await el.updateComplete;
    expect(column(el, 'Status')).to.deep.equal(['– No data (2022 figures only)']);
    expect(el.toCsv()).to.contain(',No data (2022 figures only)');
    el.remove();
    // A table of 2023 shows 2023's own figure: none, and no reason to give for it.
    const asked = await table(
      { indicators: [DIGITAL_GDP_2023] },
      { period: '2023', 'as-of': '2026-11' },
    );
    expect(asked.shadowRoot?.textContent).not.to.contain('14,26');
    expect(column(asked, 'Trạng thái')).to.deep.equal(['– Chưa có dữ liệu']);
  });

  it('makes periods="all" of a report table’s rows, not of every indicator in its dataset', async () => {
    // bc-2022-08's six-month table reports the first half of 2022; the dataset's other
    // indicators have June, January–May and 2021 figures, which no row of this table has.
    const el = await table(await loadSeed('bc-2022-08.json'), {
      'table-id': 'bc-2022-08-bang-6-thang',
      periods: 'all',
    });
    expect(headers(el).filter((h) => h.startsWith('Kết quả'))).to.deep.equal([
      'Kết quả 6 tháng đầu năm 2022',
    ]);
    el.remove();
    // From all five merged, as of its report: the periods of figures known then, no column
    // for a later year its rows could not show.
    const merged = await table(await loadMergedSeeds(), {
      'table-id': 'bc-2022-08-bang-6-thang',
      periods: 'all',
    });
    expect(headers(merged).filter((h) => h.startsWith('Kết quả'))).to.deep.equal([
      'Kết quả 6 tháng đầu năm 2022',
    ]);
  });

  it('shows one result column per period, newest first, with the target for each', async () => {
    const merged = mergeDatasets(
      (await Promise.all([
        loadSeed('bc-2022-08.json'),
        loadSeed('bc-2023-02-25.json'),
      ])) as DatasetInput[],
    );
    const el = await table(merged, {
      'table-id': RESULTS_2022,
      periods: '2022-H1 2022',
      columns: 'number indicator result target',
    });
    // Each result beside the target it is judged against: six months against the year's target.
    expect(headers(el)).to.deep.equal([
      'STT',
      'Chỉ tiêu',
      'Kết quả năm 2022',
      'Mục tiêu năm 2022',
      'Kết quả 6 tháng đầu năm 2022',
      'Mục tiêu năm 2022',
    ]);
    // Heard, the two targets differ: each names the result it sits beside.
    const heard = [...root(el).querySelectorAll('thead th')].map((th) => {
      const copy = th.cloneNode(true) as Element;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
      return clean(copy.textContent);
    });
    expect(heard.slice(2)).to.deep.equal([
      'Kết quả năm 2022',
      'Mục tiêu năm 2022 (so với kết quả năm 2022)',
      'Kết quả 6 tháng đầu năm 2022',
      'Mục tiêu năm 2022 (so với kết quả 6 tháng đầu năm 2022)',
    ]);
    // So does the CSV's header line, where a spreadsheet would otherwise hold two alike.
    expect(el.toCsv().split('\r\n')[0]).to.equal('\uFEFFSTT,Chỉ tiêu,' + heard.slice(2).join(','));
    const row = visibleRows(el)[4]?.children;
    expect([...(row ?? [])].map((c) => cellText(c))).to.deep.equal([
      '5',
      'Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến',
      '54,34%[3]',
      '50%',
      '36,91%',
      '50%',
    ]);
  });

  describe('CSV', () => {
    const SMALL = {
      source: {
        id: 'bc-test',
        title: 'Báo cáo thử',
        date: '2023-02-25',
        footnotes: { '1': 'Số liệu dự báo.' },
      },
      indicators: [
        {
          id: 'a',
          name: 'Tỷ lệ hồ sơ nộp trực tuyến',
          unit: '%',
          observations: [{ period: '2022', value: 54.34 }],
          targets: [{ period: '2022', op: '>=', value: 50 }],
        },
        {
          id: 'b',
          name: 'Tỷ lệ "dữ liệu mở"',
          unit: '%',
          observations: [{ period: '2022', value: 11.8, footnote: '1' }],
          targets: [{ period: '2022', op: '>', value: 50, text: 'Trên 50%' }],
        },
        {
          id: 'c',
          name: '=Dịch vụ công thiết yếu',
          unit: 'count',
          unitLabel: 'dịch vụ',
          observations: [{ period: '2022', value: 21, total: 25 }],
          targets: [{ period: '2022', op: '>=', value: 25, total: 25 }],
        },
      ],
      tables: [
        {
          id: 't',
          title: 'Bảng thử',
          period: '2022',
          groupBy: 'status',
          indicators: ['a', 'b', 'c'],
        },
      ],
    };

    it('exports exactly the rows and columns shown, as UTF-8 CSV with a BOM', async () => {
      const el = await table(SMALL, {
        'table-id': 't',
        columns: 'number indicator result target gap status',
      });
      expect(el.toCsv()).to.equal(
        '\uFEFF' +
          'STT,Chỉ tiêu,Kết quả năm 2022,Mục tiêu năm 2022,Chênh lệch so với mục tiêu,Trạng thái\r\n' +
          'I,Các chỉ tiêu đã hoàn thành,,,,\r\n' +
          '1,Tỷ lệ hồ sơ nộp trực tuyến,"54,34%",Tối thiểu 50%,"Vượt 4,34 điểm %",Đạt\r\n' +
          'II,Các chỉ tiêu chưa hoàn thành,,,,\r\n' +
          '2,"Tỷ lệ ""dữ liệu mở""","11,8%[1]",Trên 50%,"Thiếu 38,2 điểm %",Chưa đạt\r\n' +
          "3,'=Dịch vụ công thiết yếu,21 trên 25 dịch vụ,25 trên 25 dịch vụ,Thiếu 4 dịch vụ,Chưa đạt\r\n" +
          // The notes the markers point to, under the rows, as the table prints them.
          ',,,,,\r\n' +
          'Chú thích,,,,,\r\n' +
          '[1] Số liệu dự báo.,,,,,\r\n',
      );
      // Filtered and with a column switched off: still exactly what is shown.
      await choose(el, 'status', 'not-achieved');
      const gap = root(el).querySelector<HTMLInputElement>('input[name="column"][value="gap"]');
      gap?.click();
      await el.updateComplete;
      expect(headers(el)).to.not.include('Chênh lệch so với mục tiêu');
      expect(el.toCsv()).to.equal(
        '\uFEFF' +
          'STT,Chỉ tiêu,Kết quả năm 2022,Mục tiêu năm 2022,Trạng thái\r\n' +
          'II,Các chỉ tiêu chưa hoàn thành,,,\r\n' +
          '2,"Tỷ lệ ""dữ liệu mở""","11,8%[1]",Trên 50%,Chưa đạt\r\n' +
          "3,'=Dịch vụ công thiết yếu,21 trên 25 dịch vụ,25 trên 25 dịch vụ,Chưa đạt\r\n" +
          ',,,,\r\n' +
          'Chú thích,,,,\r\n' +
          '[1] Số liệu dự báo.,,,,\r\n',
      );
      // Rows without markers bring no notes.
      await choose(el, 'status', 'achieved');
      expect(el.toCsv()).to.not.contain('Chú thích');
    });

    it('downloads through a Blob and an object URL, with no network', async () => {
      const el = await table(SMALL, { 'table-id': 't', columns: 'indicator status' });
      const blobs: Blob[] = [];
      const names: string[] = [];
      const create = URL.createObjectURL;
      const click = HTMLAnchorElement.prototype.click;
      const fetchBefore = window.fetch;
      let fetched = 0;
      URL.createObjectURL = (b: Blob | MediaSource) => {
        blobs.push(b as Blob);
        return 'blob:test';
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        names.push(this.download);
      };
      window.fetch = (...args: Parameters<typeof fetch>) => {
        fetched++;
        return fetchBefore(...args);
      };
      try {
        root(el).querySelector<HTMLButtonElement>('button[part="download"]')?.click();
      } finally {
        URL.createObjectURL = create;
        HTMLAnchorElement.prototype.click = click;
        window.fetch = fetchBefore;
      }
      expect(names).to.deep.equal(['t.csv']);
      expect(fetched).to.equal(0);
      const blob = blobs[0] as Blob;
      expect(blob.type).to.equal('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await blob.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      // Without the STT column, a section heading reads "I. …" in the first cell.
      // Decoded keeping the BOM (Blob.text() would drop it).
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).to.equal(
        '\uFEFFChỉ tiêu,Trạng thái\r\n' +
          'I. Các chỉ tiêu đã hoàn thành,\r\n' +
          'Tỷ lệ hồ sơ nộp trực tuyến,Đạt\r\n' +
          'II. Các chỉ tiêu chưa hoàn thành,\r\n' +
          '"Tỷ lệ ""dữ liệu mở""",Chưa đạt\r\n' +
          "'=Dịch vụ công thiết yếu,Chưa đạt\r\n",
      );
    });
  });

  describe('kinds of rows', () => {
    it('reads counts as "21/25" and thresholds as the reports word them', async () => {
      const el = await table([
        {
          name: 'Dịch vụ công thiết yếu',
          value: 21,
          total: 25,
          target: 25,
          unit: 'count',
          unitLabel: 'dịch vụ',
          period: '2022',
        },
        {
          name: 'Hồ sơ xử lý trực tuyến',
          value: 54.34,
          target: 60,
          op: '>',
          unit: '%',
          period: '2023',
        },
      ]);
      expect(column(el, 'Kết quả')).to.deep.equal(['21/25 dịch vụ (2022)', '54,34% (2023)']);
      expect(column(el, 'Mục tiêu')).to.deep.equal(['25/25 dịch vụ (2022)', 'Trên 60% (2023)']);
      expect(column(el, 'Chênh lệch so với mục tiêu')).to.deep.equal([
        'Thiếu 4 dịch vụ',
        'Thiếu 5,66 điểm %',
      ]);
    });

    it('keeps the comparison of a count target short of its total: not a 20/25 that looks exact', async () => {
      const el = await table({
        indicators: [
          {
            id: 'dvc',
            name: 'Dịch vụ công thiết yếu',
            unit: 'count',
            unitLabel: { vi: 'dịch vụ', en: 'services' },
            observations: [{ period: '2022', value: 21, total: 25 }],
            targets: [{ period: '2022', op: '>=', value: 20, total: 25 }],
          },
        ],
      });
      expect(column(el, 'Mục tiêu năm 2022')).to.deep.equal(['Tối thiểu 20/25 dịch vụ']);
      el.lang = 'en';
      await settle(el);
      expect(column(el, 'Target, 2022')).to.deep.equal(['At least 20/25 services']);
    });

    it('never shows a result that reads as its target under another verdict', async () => {
      const el = await table([
        { name: 'Tỷ lệ', value: 49.996, target: 50, unit: '%', period: '2022' },
        { name: 'Chỉ số', value: 0.0004, target: 0.001, unit: 'index', period: '2022' },
      ]);
      expect(column(el, 'Kết quả năm 2022')).to.deep.equal(['49,996%', '0,0004']);
      expect(column(el, 'Mục tiêu năm 2022')).to.deep.equal(['Tối thiểu 50%', 'Tối thiểu 0,001']);
      // A gap too small for two decimals keeps two significant digits, never "Thiếu 0".
      expect(column(el, 'Chênh lệch so với mục tiêu')).to.deep.equal([
        'Thiếu 0,004 điểm %',
        'Thiếu 0,0006',
      ]);
    });

    it('tells a rank\'s gap in places and a multiple\'s in "lần", never "Thiếu hạng 27"', async () => {
      const el = await table([
        { name: 'Xếp hạng', value: 77, target: 50, unit: 'rank', period: '2022' },
        { name: 'Tăng trưởng', value: 1.5, target: 2, unit: 'times', period: '2022' },
      ]);
      expect(column(el, 'Chênh lệch so với mục tiêu')).to.deep.equal([
        'Thiếu 27 bậc',
        'Thiếu 0,5 lần',
      ]);
      // Lower-is-better without being told: 77th misses a target of the top 50.
      expect(column(el, 'Mục tiêu năm 2022')[0]).to.equal('Tối đa hạng 50');
    });

    it('shows milestones as done, in progress or overdue by their due date', async () => {
      const tasks = {
        indicators: [
          {
            id: 'luat',
            name: 'Trình ban hành Luật Căn cước công dân sửa đổi',
            agency: 'Bộ Công an',
            targets: [{ due: '2023-12' }],
            observations: [],
          },
          {
            id: 'vneid',
            name: 'Ký số miễn phí trên VNeID',
            agency: ['Bộ Công an', 'Bộ Y tế'],
            targets: [{ due: '2023-Q1' }],
            observations: [{ period: '2023-03', done: true, text: 'Đã triển khai' }],
          },
        ],
      };
      const el = await table(tasks, { 'as-of': '2023-06' });
      expect(headers(el)).to.deep.equal([
        'STT',
        'Nhiệm vụ',
        'Cơ quan chủ trì',
        'Kết quả',
        'Thời hạn',
        'Trạng thái',
      ]);
      expect(column(el, 'Thời hạn')).to.deep.equal(['Tháng 12/2023', 'Quý I/2023']);
      expect(column(el, 'Cơ quan chủ trì')).to.deep.equal(['Bộ Công an', 'Bộ Công an, Bộ Y tế']);
      expect(column(el, 'Kết quả')[1]).to.equal('Đã triển khai');
      expect(column(el, 'Trạng thái')).to.deep.equal(['↗ Đang thực hiện', '✓ Đã hoàn thành']);
      el.asOf = '2024-01';
      await el.updateComplete;
      expect(column(el, 'Trạng thái')[0]).to.equal('◷ Quá hạn');
    });
  });

  describe('layout', () => {
    it('stacks each row as a card in a narrow container, and lays it out as a table when wide', async () => {
      const data = await loadSeed('bc-2023-02-25.json');
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"></div>`);
      const el = document.createElement('cds-target-table');
      el.setAttribute('table-id', RESULTS_2022);
      el.data = data as object;
      wrapper.append(el);
      await el.updateComplete;
      const row = visibleRows(el)[0] as HTMLTableRowElement;
      const [num, name, agency] = [...row.children] as HTMLElement[];
      expect(getComputedStyle(row).display).to.equal('block');
      expect(name?.getBoundingClientRect().top).to.be.greaterThan(
        num?.getBoundingClientRect().top ?? 0,
      );
      expect(agency?.getBoundingClientRect().left).to.equal(name?.getBoundingClientRect().left);
      expect(agency?.getAttribute('data-label')).to.equal('Cơ quan chủ trì');
      expect(getComputedStyle(agency as Element, '::before').display).to.equal('block');
      // The label is shown with empty alt text: it does not join the cell's accessible name
      // ("Cơ quan chủ trì Bộ Tài chính"); the column header names the cell already. Chromium
      // gives the attribute's text, Firefox the attr() it comes from.
      for (const cell of [num, agency] as Element[])
        expect(getComputedStyle(cell, '::before').content).to.be.oneOf([
          `"${cell.getAttribute('data-label') ?? ''}" / ""`,
          'attr(data-label) / ""',
        ]);
      expect(root(el).querySelector('thead')?.getBoundingClientRect().height).to.be.at.most(1);
      expect(row.getBoundingClientRect().width).to.be.at.most(320);
      await expect(el).to.be.accessible();

      wrapper.style.inlineSize = '1100px';
      await settle(el, 20);
      expect(getComputedStyle(row).display).to.equal('table-row');
      expect(agency?.getBoundingClientRect().top).to.equal(name?.getBoundingClientRect().top);
    });

    it('drops the label of a card line with nothing in it, and keeps the cell for screen readers', async () => {
      // The 2023 targets (bc-2023-02-25 section III) have no results yet: no gap, no progress.
      const data = await loadSeed('bc-2023-02-25.json');
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"></div>`);
      const el = document.createElement('cds-target-table');
      el.setAttribute('table-id', 'bc-2023-02-25-muc-tieu-2023');
      el.setAttribute('as-of', '2023-02-25');
      el.data = data as object;
      wrapper.append(el);
      await el.updateComplete;
      const row = visibleRows(el)[0] as HTMLTableRowElement;
      const labelsShown = (): string[] =>
        [...row.querySelectorAll('td')]
          .filter((td) => td.getBoundingClientRect().height > 0)
          .map((td) => td.getAttribute('data-label') ?? '');
      const empty = [...row.querySelectorAll('td')].filter((td) => td.textContent?.trim() === '');
      expect(empty.map((td) => td.getAttribute('data-label'))).to.deep.equal([
        'Chênh lệch so với mục tiêu',
        'Tiến độ',
      ]);
      expect(labelsShown()).to.not.include('Tiến độ');
      expect(labelsShown()).to.not.include('Chênh lệch so với mục tiêu');
      expect(labelsShown()).to.include('Mục tiêu năm 2023');
      // Still cells of the table, so every cell after them keeps its column's header.
      for (const td of empty) expect(getComputedStyle(td).display).to.not.equal('none');
      await expect(el).to.be.accessible();

      wrapper.style.inlineSize = '1100px';
      await settle(el, 20);
      for (const td of empty) expect(td.getBoundingClientRect().height).to.be.above(0);
    });

    itInChromium(
      'prints the rows the filters leave under a line naming the filters, and the footnotes, without the controls',
      async () => {
        const data = await loadSeed('bc-2023-02-25.json');
        const el = await table(data, { 'table-id': RESULTS_2022, 'status-filter': 'not-achieved' });
        const note = root(el).querySelector('.print-note') as Element;
        expect(visibleRows(el)).to.have.length(2);
        expect(getComputedStyle(note).display).to.equal('none');
        await emulateMedia({ media: 'print' });
        // What the screen shows, not every row with no sign of the filter.
        expect(visibleRows(el)).to.have.length(2);
        expect(getComputedStyle(note).display).to.equal('block');
        expect(clean(note.textContent)).to.equal(
          'Bộ lọc: Trạng thái: ✗ Chưa đạt. Hiển thị 2 trong tổng số 11 dòng',
        );
        expect(getComputedStyle(root(el).querySelector('.toolbar') as Element).display).to.equal(
          'none',
        );
        expect(
          getComputedStyle(root(el).querySelector('[part="footnotes"]') as Element).display,
        ).to.equal('block');
        expect(getComputedStyle(root(el).querySelector('thead th') as Element).position).to.equal(
          'static',
        );
        // The progress bars are backgrounds: printed on purpose, not dropped to save ink.
        const bar = getComputedStyle(
          root(el).querySelector('[part="progress"]') as Element,
          '::before',
        );
        expect(bar.getPropertyValue('print-color-adjust')).to.equal('exact');
      },
    );

    it('switches to the dark palette with theme="dark", status still in symbol and word', async () => {
      const data = await loadSeed('bc-2023-02-25.json');
      const el = await table(data, { 'table-id': RESULTS_2022 });
      const status = (): Element =>
        root(el).querySelector('[part="status"][data-status="achieved"]') as Element;
      // The default tokens: #17663a on light, #6fd39a on dark.
      expect(getComputedStyle(status()).color).to.equal('rgb(23, 102, 58)');
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      expect(getComputedStyle(status()).color).to.equal('rgb(111, 211, 154)');
      expect(cellText(status())).to.equal('✓ Đạt');
      await expect(el).to.be.accessible();
    });

    it('keeps the header row sticky on screen', async () => {
      const data = await loadSeed('bc-2023-02-25.json');
      const el = await table(data, { 'table-id': RESULTS_2022 });
      expect(getComputedStyle(root(el).querySelector('thead th') as Element).position).to.equal(
        'sticky',
      );
      // No scrolling box around a table that always fits: the header sticks to the page.
      const scroller = root(el).querySelector('.scroll') as Element;
      expect(getComputedStyle(scroller).overflowX).to.equal('visible');
    });
  });

  describe('fitting its container', () => {
    let report: unknown;
    let merged: unknown;
    // The 2022 results with a column for every period any indicator of the five reports has:
    // the most period columns a table can be asked for.
    let MANY_PERIODS: Record<string, string>;
    before(async () => {
      report = await loadSeed('bc-2023-02-25.json');
      const all = await loadMergedSeeds();
      merged = all;
      const periods = new Set(
        all.indicators.flatMap((i) => (i.observations ?? []).map((o) => o.period)),
      );
      MANY_PERIODS = { ...REPORT_TABLE, periods: [...periods].join(' '), 'page-size': '3' };
    });
    const REPORT_TABLE = { 'table-id': RESULTS_2022, 'as-of': '2023-02-25' };
    // The MultiPeriod story's table.
    const TWO_PERIODS = {
      'table-id': RESULTS_2022,
      period: '2022',
      periods: '2022 2022-H1',
      columns: 'number indicator result target status source',
      lang: 'en',
    };

    /**
     * What reaches past the element's box, by more than half a pixel: the element itself (its
     * scroll width) and every box in it. What a box with its own overflow (the scroll region,
     * the hidden header of the cards) holds is its business: only that box is measured.
     */
    function overreach(el: CdsTargetTable): string[] {
      const box = el.getBoundingClientRect();
      const out: string[] = [];
      if (el.scrollWidth > el.clientWidth)
        out.push(`host scrolls ${el.scrollWidth - el.clientWidth}px`);
      const walk = (parent: ParentNode): void => {
        for (const n of parent.children) {
          // A closed disclosure shows its summary only.
          if (n.closest('details:not([open]) > :not(summary)')) continue;
          const r = n.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          const past = Math.max(r.right - box.right, box.left - r.left);
          if (past > 0.5)
            out.push(
              `${n.localName}.${n.className}: ${past.toFixed(1)}px "${clean(n.textContent).slice(0, 30)}"`,
            );
          if (getComputedStyle(n).overflowX === 'visible' && n.localName !== 'select') walk(n);
        }
      };
      walk(root(el));
      return out.slice(0, 6);
    }

    /** The scroll box, once its size has been observed (it takes focus only if it scrolls). */
    const region = async (el: CdsTargetTable): Promise<HTMLElement> => {
      for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done));
      // While it scrolls, a group, not a region: a landmark named like the table would repeat a
      // page section's name (a section headed by the table's title), which axe reports as
      // landmark-unique. A box that fits is no group at all (ScrollFocus).
      const r = root(el).querySelector<HTMLElement>('.scroll');
      if (!r) throw new Error('no scroll region');
      return r;
    };

    /** The words of `cell` that the line breaks cut in two ("nghiệ / p"). */
    function brokenWords(cell: Element): string[] {
      const broken: string[] = [];
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        for (const m of (t.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(t, m.index);
          range.setEnd(t, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].map((q) => Math.round(q.top)));
          if (lines.size > 1) broken.push(m[0]);
        }
      }
      return broken;
    }

    it('scrolls a table too wide for its container inside a focusable region named by the caption', async () => {
      const cases: [string, unknown, Record<string, string>, number][] = [
        ['report table, en, 720px', report, { ...REPORT_TABLE, lang: 'en' }, 720],
        ['two periods with sources, 720px', merged, TWO_PERIODS, 720],
        ['every period, 720px', merged, MANY_PERIODS, 720],
        ['every period, 1000px', merged, MANY_PERIODS, 1000],
      ];
      for (const [name, data, attrs, width] of cases) {
        const el = await table(data, attrs, width);
        // Once the box has been observed (before the first paint): it scrolls only if need be.
        const r = await region(el);
        expect(overreach(el), name).to.deep.equal([]);
        expect(r.scrollWidth, name).to.be.greaterThan(r.clientWidth);
        expect(r.tabIndex, name).to.equal(0);
        expect(r.getAttribute('role'), name).to.equal('group');
        const title = root(el).getElementById(r.getAttribute('aria-labelledby') ?? '');
        expect(title?.closest('caption'), name).to.not.equal(null);
        expect(r.contains(root(el).querySelector('table')), name).to.equal(true);
      }
    });

    it('adds a tab stop only while the columns do not fit, following the container', async () => {
      const el = await table(report, { ...REPORT_TABLE, lang: 'en' }, 1100);
      const wrapper = el.parentElement as HTMLElement;
      const r = await region(el);
      expect(r.scrollWidth, 'fits at 1100px').to.be.at.most(r.clientWidth);
      expect(r.hasAttribute('tabindex'), 'no tab stop when it fits').to.equal(false);
      // No group either: the caption is heard once, for the table.
      expect(r.hasAttribute('role'), 'no group when it fits').to.equal(false);
      wrapper.style.inlineSize = '720px';
      expect((await region(el)).tabIndex, 'too wide at 720px').to.equal(0);
      expect(r.getAttribute('role'), 'a group at 720px').to.equal('group');
      wrapper.style.inlineSize = '1100px';
      expect((await region(el)).hasAttribute('tabindex'), 'fits again').to.equal(false);
      // Taken off the page and put back: still watched.
      wrapper.remove();
      document.body.append(wrapper);
      wrapper.style.inlineSize = '720px';
      expect((await region(el)).tabIndex, 'after reconnecting').to.equal(0);
      wrapper.remove();
    });

    it('scrolls the region from the keyboard, and stays accessible (axe)', async () => {
      const el = await table(report, { ...REPORT_TABLE, lang: 'en' }, 720);
      const r = await region(el);
      r.focus();
      expect(root(el).activeElement).to.equal(r);
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'ArrowRight' });
      for (let i = 0; i < 60 && r.scrollLeft === 0; i++)
        await new Promise((done) => requestAnimationFrame(done));
      expect(r.scrollLeft).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('keeps names whole, never "nghiệ / p", when the columns need more room than there is', async () => {
      for (const width of [720, 1000]) {
        const el = await table(merged, MANY_PERIODS, width);
        const names = [...root(el).querySelectorAll('tbody th[scope="row"]')];
        expect(names.length).to.be.greaterThan(0);
        expect(names.flatMap(brokenWords), `${width}px`).to.deep.equal([]);
      }
    });

    it('keeps many period columns readable in the fixed layout: whole words, clear of the caption', async () => {
      const el = await table(merged, MANY_PERIODS, 1100);
      await region(el);
      expect(overreach(el)).to.deep.equal([]);
      const caption = root(el).querySelector('caption')?.getBoundingClientRect();
      const ths = [...root(el).querySelectorAll('thead th')];
      expect(ths.length).to.be.greaterThan(30);
      const bad = ths.flatMap((th) => {
        const box = th.getBoundingClientRect();
        const label = th.querySelector('button span') as Element;
        const text = label.getBoundingClientRect();
        const words = brokenWords(label);
        const out = text.right > box.right + 0.5 || text.top < (caption?.bottom ?? 0) - 0.5;
        return words.length || out ? [`${clean(label.textContent)} ${words.join(' ')}`] : [];
      });
      expect(bad).to.deep.equal([]);
      const r = await region(el);
      expect(r.scrollWidth).to.be.greaterThan(r.clientWidth);
    });

    it('gives the names a readable width beside many period columns, at any width', async () => {
      // Squeezed to their longest word, names ran a word a line, rows 7 to 10 lines tall.
      for (const width of [720, 1000, 1100]) {
        const el = await table(merged, MANY_PERIODS, width);
        const name = root(el).querySelector('thead th.col-indicator') as Element;
        expect(name.getBoundingClientRect().width, `${width}px`).to.be.at.least(192);
      }
    });

    it('keeps the controls and the cards within a very narrow container (120 and 160px)', async () => {
      for (const width of [120, 160])
        for (const lang of ['vi', 'en']) {
          const el = await table(report, { ...REPORT_TABLE, 'page-size': '4', lang }, width);
          expect(root(el).querySelector('nav.pager')).to.not.equal(null);
          expect(overreach(el), `${lang} ${width}px`).to.deep.equal([]);
        }
      // Cards with sources and tasks' statuses: nothing to scroll sideways in a card.
      const tasks = { 'table-id': 'bc-2023-02-25-de-an-06-2022', 'as-of': '2023-02-25' };
      for (const [data, attrs] of [
        [merged, TWO_PERIODS],
        [report, tasks],
      ] as const) {
        const el = await table(data, attrs, 120);
        const r = await region(el);
        expect(r.scrollWidth, attrs['table-id']).to.be.at.most(r.clientWidth);
        expect(overreach(el), attrs['table-id']).to.deep.equal([]);
      }
    });

    it('opens the column picker within the element, without moving the other controls', async () => {
      for (const width of [240, 360, 480, 720, 1000, 1100]) {
        const el = await table(report, { ...REPORT_TABLE, lang: 'en' }, width);
        const details = root(el).querySelector('details.columns') as HTMLDetailsElement;
        const others = [...root(el).querySelectorAll('.toolbar > :not(details)')];
        const before = others.map((o) => o.getBoundingClientRect().toJSON() as object);
        details.open = true;
        const box = el.getBoundingClientRect();
        const panel = details.querySelector('fieldset')?.getBoundingClientRect();
        expect(panel && panel.width, `${width}px`).to.be.greaterThan(0);
        expect(panel && panel.left, `${width}px left`).to.be.at.least(box.left - 0.5);
        expect(panel && panel.right, `${width}px right`).to.be.at.most(box.right + 0.5);
        expect(
          others.map((o) => o.getBoundingClientRect().toJSON() as object),
          `${width}px`,
        ).to.deep.equal(before);
      }
    });

    it('between the card layout and 1,024 px, scrolls in its box only while the table is wider', async () => {
      // A box that scrolls is the sticky header's frame: with one around a table that fits,
      // the header scrolled away with the page instead of sticking to it.
      const rows = many(60);
      const fits = await table(rows, {}, 800);
      const wide = await table(report, { ...REPORT_TABLE, lang: 'en' }, 720);
      const [fitsBox, wideBox] = [await region(fits), await region(wide)];
      expect(fitsBox.scrollWidth, 'fits').to.be.at.most(fitsBox.clientWidth);
      expect(getComputedStyle(fitsBox).overflowX).to.equal('visible');
      // The header sticks to the page: scrolled past the table's top, it is still in view.
      const head = root(fits).querySelector('thead th') as HTMLElement;
      const top = fits.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top + 600);
      await new Promise((done) => requestAnimationFrame(done));
      expect(head.getBoundingClientRect().top, 'header in view').to.be.closeTo(0, 1);
      window.scrollTo(0, 0);

      expect(wideBox.scrollWidth, 'wider').to.be.greaterThan(wideBox.clientWidth);
      expect(getComputedStyle(wideBox).overflowX).to.equal('auto');
      expect(wideBox.getAttribute('role')).to.equal('group');
      expect(wide.scrollWidth, 'the page never scrolls sideways').to.be.at.most(wide.clientWidth);
    });

    it('a table wider than its box scrolls down inside it too, header and scrollbar in view', async () => {
      const el = await table(merged, { ...MANY_PERIODS, 'page-size': '50' }, 1000);
      const box = await region(el);
      expect(box.getAttribute('role'), 'scrolls sideways').to.equal('group');
      expect(box.scrollHeight, 'rows taller than the window').to.be.greaterThan(window.innerHeight);
      // The whole box, its sideways scrollbar at the bottom included, fits in the window.
      expect(box.getBoundingClientRect().height).to.be.at.most(window.innerHeight + 0.5);
      box.scrollTop = 400;
      await new Promise((done) => requestAnimationFrame(done));
      expect(box.scrollTop, 'scrolled down').to.be.greaterThan(0);
      const head = (root(el).querySelector('thead th') as Element).getBoundingClientRect();
      expect(head.top, 'the header at the box top').to.be.closeTo(
        box.getBoundingClientRect().top,
        1,
      );
    });

    itInChromium(
      'shows every column and row in print, never cut by the scroll region',
      async () => {
        const el = await table(report, { ...REPORT_TABLE, lang: 'en' }, 720);
        expect((await region(el)).getAttribute('role'), 'scrolls on screen').to.equal('group');
        await emulateMedia({ media: 'print' });
        const r = await region(el);
        expect(getComputedStyle(r).overflowX).to.equal('visible');
        expect(getComputedStyle(r).maxBlockSize).to.equal('none');
      },
    );
  });

  describe('large inputs', () => {
    /** Rows laid out on screen (rows still to come are either not built yet or held back). */
    const rendered = (el: CdsTargetTable): number => visibleRows(el).length;
    // A zero timeout set before the element's first update fires right after it.
    const firstFrame = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

    /** A table with every row on one page, rendered in steps. */
    const unpaged = (n: number): CdsTargetTable => {
      const el = document.createElement('cds-target-table');
      el.setAttribute('page-size', 'all');
      el.data = many(n);
      return el;
    };

    it('with page-size="all", renders the first 50 rows at once, then the rest in steps; updateComplete waits for all', async () => {
      const el = unpaged(500);
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(el);
      await firstFrame();
      expect(rendered(el)).to.equal(50);
      expect(column(el, 'STT').slice(0, 3)).to.deep.equal(['1', '2', '3']);
      await el.updateComplete;
      expect(rendered(el)).to.equal(500);
      expect(column(el, 'STT').at(-1)).to.equal('500');
      expect(root(el).querySelector('.pager')).to.equal(null);
    });

    it('with page-size="all", paints the first sorted rows at once after a sort, then the rest', async () => {
      const el = await table(many(500), { 'page-size': 'all' });
      sortButton(el, 'Kết quả năm 2022').click();
      await firstFrame();
      expect(rendered(el)).to.equal(50);
      // 0, 0, … : value (i·37) mod 100 is 0 for i = 0, 100, 200, 300, 400.
      expect(column(el, 'STT').slice(0, 5)).to.deep.equal(['1', '101', '201', '301', '401']);
      await el.updateComplete;
      expect(rendered(el)).to.equal(500);
      expect(el.toCsv().split('\r\n')).to.have.length(502);
    });

    it('leaves the rows of earlier steps alone while later steps add rows', async () => {
      const el = unpaged(500);
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1100px"></div>`);
      wrapper.append(el);
      await firstFrame();
      const first = visibleRows(el).slice(0, 50);
      await el.updateComplete;
      const after = visibleRows(el);
      expect(after).to.have.length(500);
      // The same elements, not copies: the first step's rows were not built again.
      expect(after.slice(0, 50).every((tr, i) => tr === first[i])).to.equal(true);
    });

    it('keeps its columns put while rows arrive, and through a sort and a filter', async () => {
      const el = unpaged(500);
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1100px"></div>`);
      wrapper.append(el);
      const widths = (): number[] =>
        [...root(el).querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().width);
      await firstFrame();
      expect(getComputedStyle(root(el).querySelector('table') as Element).tableLayout).to.equal(
        'fixed',
      );
      const before = widths();
      expect(before[0]).to.equal(56); // 3.5rem: the row number
      await el.updateComplete;
      expect(widths()).to.deep.equal(before);
      sortButton(el, 'Kết quả năm 2022').click();
      await el.updateComplete;
      expect(widths()).to.deep.equal(before);
      await choose(el, 'status', 'not-achieved');
      expect(widths()).to.deep.equal(before);
    });

    it('sizes columns by their content in a container of medium width', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 800px"></div>`);
      const el = document.createElement('cds-target-table');
      el.data = many(20);
      wrapper.append(el);
      await el.updateComplete;
      expect(getComputedStyle(root(el).querySelector('table') as Element).tableLayout).to.equal(
        'auto',
      );
    });

    it('keeps focus on the sort button while a long table sorts in steps', async () => {
      const el = await table(many(500), { 'page-size': 'all' });
      sortButton(el, 'Kết quả năm 2022').focus();
      await sendKeys({ press: 'Enter' });
      await firstFrame();
      expect(root(el).activeElement).to.equal(sortButton(el, 'Kết quả năm 2022'));
      await el.updateComplete;
      expect(ariaSort(el, 'Kết quả năm 2022')).to.equal('ascending');
      expect(root(el).activeElement).to.equal(sortButton(el, 'Kết quả năm 2022'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(ariaSort(el, 'Kết quả năm 2022')).to.equal('descending');
      // 99 first: (i·37) mod 100 = 99 for i = 27, 127, …, in the report's order.
      expect(column(el, 'STT').slice(0, 2)).to.deep.equal(['28', '128']);
    });

    it('renders every row of every page before printing, and the page again after', async () => {
      const el = await table(many(500), { page: '2' });
      expect(rendered(el)).to.equal(50);
      window.dispatchEvent(new Event('beforeprint'));
      // At once: printing starts when the event's handlers return.
      expect(rendered(el)).to.equal(500);
      expect(column(el, 'STT')[0]).to.equal('1');
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(rendered(el)).to.equal(50);
      expect(column(el, 'STT')[0]).to.equal('51');
    });

    it('renders every row before printing while a long table is still arriving in steps', async () => {
      const el = unpaged(500);
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(el);
      await firstFrame();
      expect(rendered(el)).to.equal(50);
      window.dispatchEvent(new Event('beforeprint'));
      expect(rendered(el)).to.equal(500);
      window.dispatchEvent(new Event('afterprint'));
    });

    itInChromium(
      'renders every row the filters leave for print media without a beforeprint event',
      async () => {
        // A headless PDF, or print media emulated: no beforeprint, only the media query.
        const el = await table(many(250), { page: '2', 'status-filter': 'not-achieved' });
        expect(rendered(el)).to.equal(50);
        // The query changes at the next rendering step; the element's own query hears it first.
        const query = matchMedia('print');
        const media = async (type: 'print' | 'screen'): Promise<void> => {
          const changed = nextEvent(query, 'change');
          await emulateMedia({ media: type });
          await changed;
          await el.updateComplete;
        };
        await media('print');
        // (i·37) mod 100 < 50 for 126 of the 250 rows: all of them, on every page, none other.
        expect(rendered(el)).to.equal(126);
        expect(column(el, 'STT')[0]).to.equal('1');
        await media('screen');
        expect(rendered(el)).to.equal(50);
      },
    );
  });

  describe('filter menus', () => {
    /** Six rows: three of a pillar, three with none (a short form seldom names one). */
    const someWithoutPillar = (): object[] =>
      many(6).map((r, i) => (i < 3 ? { ...r, pillar: 'kinh-te-so' } : r));

    it('filters the rows without a pillar under "Khác", from the menu or pillar-filter="other"', async () => {
      const el = await table(someWithoutPillar());
      expect(optionTexts(select(el, 'pillar'))).to.deep.equal([
        'Tất cả (6)',
        'Kinh tế số (3)',
        'Khác (3)',
      ]);
      // "Khác" had the value of "Tất cả": choosing it showed every row.
      const menu = select(el, 'pillar');
      menu.selectedIndex = 2;
      menu.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(column(el, 'STT')).to.deep.equal(['4', '5', '6']);
      expect(select(el, 'pillar').selectedIndex).to.equal(2);
      await choose(el, 'pillar', '');
      expect(column(el, 'STT')).to.have.length(6);
      const other = await table(someWithoutPillar(), { 'pillar-filter': 'other' });
      expect(column(other, 'STT')).to.deep.equal(['4', '5', '6']);
    });

    it('shows a filter no row matches in its menu, so "Tất cả" can be chosen again', async () => {
      // No row is overdue: the menu showed "Tất cả" over an empty table, and choosing it, already
      // the choice, did nothing.
      const el = await table(many(6), { 'status-filter': 'overdue' });
      expect(visibleRows(el)).to.have.length(0);
      const menu = select(el, 'status');
      expect(clean(menu.selectedOptions[0]?.textContent)).to.equal('◷ Quá hạn (0)');
      await choose(el, 'status', '');
      expect(visibleRows(el)).to.have.length(6);
      // A pillar the data could have, with no row now, is a filter like any other.
      const none = await table(someWithoutPillar(), { 'pillar-filter': 'chinh-phu-so' });
      expect(clean(select(none, 'pillar').selectedOptions[0]?.textContent)).to.equal(
        'Chính phủ số (0)',
      );
    });

    it('rejects a pillar-filter no row or pillar list has, naming the attribute', async () => {
      // "kinh-te" only showed as "kinh-te (0)" in the menu over an empty table, with no event.
      const el = document.createElement('cds-target-table');
      el.setAttribute('pillar-filter', 'kinh-te');
      el.data = someWithoutPillar();
      const pending = nextEvent(el, 'cds-error');
      document.body.append(el);
      const event = await pending;
      await el.updateComplete;
      expect([event.code, event.path]).to.deep.equal(['invalid-attribute', 'pillar-filter']);
      const panel = (): string => clean(root(el).querySelector('[role="alert"]')?.textContent);
      expect(panel()).to.contain('Thuộc tính pillar-filter="kinh-te" không hợp lệ');
      expect(panel()).to.contain('kinh-te-so, other');
      el.lang = 'en';
      await el.updateComplete;
      expect(panel()).to.contain('Invalid attribute pillar-filter="kinh-te"');
      // "other" is valid when every row has a pillar: it shows none.
      el.data = many(2).map((r) => ({ ...r, pillar: 'kinh-te-so' }));
      el.pillarFilter = 'other';
      await el.updateComplete;
      expect(root(el).querySelector('[role="alert"]')).to.equal(null);
      expect(visibleRows(el)).to.have.length(0);
      el.remove();
    });
  });

  describe('pages', () => {
    const pager = (el: CdsTargetTable): HTMLElement => {
      const nav = root(el).querySelector<HTMLElement>('nav.pager');
      if (!nav) throw new Error('no pager');
      return nav;
    };
    const pagerButton = (el: CdsTargetTable, cls: string): HTMLButtonElement => {
      const b = pager(el).querySelector<HTMLButtonElement>(`button.${cls}`);
      if (!b) throw new Error(`no pager button ${cls}`);
      return b;
    };
    const count = (el: CdsTargetTable): string =>
      clean(root(el).querySelector('.count')?.textContent);
    /** The pager's name, from the elements its aria-labelledby names. */
    const pagerName = (el: CdsTargetTable): string =>
      (pager(el).getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .map((id) => clean(root(el).getElementById(id)?.textContent))
        .join(' ');
    const numbers = (el: CdsTargetTable): string[] => column(el, 'STT');

    it('shows 50 rows a page under a named set of page controls; 50 rows or fewer need none', async () => {
      const el = await table(many(250));
      expect(numbers(el)).to.have.length(50);
      expect(numbers(el)[0]).to.equal('1');
      expect(numbers(el).at(-1)).to.equal('50');
      // With the table's title: several long tables on one page have distinct landmarks.
      expect(pagerName(el)).to.equal('Phân trang Kết quả thực hiện các chỉ tiêu');
      expect(select(el, 'page').value).to.equal('1');
      expect(optionTexts(select(el, 'page'))).to.deep.equal(['1', '2', '3', '4', '5']);
      expect(count(el)).to.equal('Hiển thị dòng 1 đến 50 trong tổng số 250 dòng');
      expect(pagerButton(el, 'previous').getAttribute('aria-disabled')).to.equal('true');
      expect(pagerButton(el, 'next').getAttribute('aria-disabled')).to.equal('false');
      const small = await table(many(50));
      expect(numbers(small)).to.have.length(50);
      expect(root(small).querySelector('nav.pager')).to.equal(null);
      expect(count(small)).to.equal('Hiển thị tất cả 50 dòng');
    });

    it('moves between pages from the keyboard, staying on the button at either end', async () => {
      const el = await table(many(120));
      pagerButton(el, 'next').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(numbers(el)[0]).to.equal('51');
      expect(select(el, 'page').value).to.equal('2');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(numbers(el)).to.deep.equal(Array.from({ length: 20 }, (_, i) => String(101 + i)));
      expect(count(el)).to.equal('Hiển thị dòng 101 đến 120 trong tổng số 120 dòng');
      expect(pagerButton(el, 'next').getAttribute('aria-disabled')).to.equal('true');
      // The last page: the button stays, focused, and does nothing.
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(numbers(el)[0]).to.equal('101');
      expect(root(el).activeElement).to.equal(pagerButton(el, 'next'));
      pagerButton(el, 'previous').focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(numbers(el)[0]).to.equal('51');
      await choose(el, 'page', '1');
      expect(numbers(el)[0]).to.equal('1');
    });

    it('counts only the rows the filters leave, and goes back to page 1 on a filter, a search or a sort', async () => {
      const el = await table(many(250));
      await choose(el, 'page', '2');
      expect(numbers(el)[0]).to.equal('51');
      // (i·37) mod 100 < 50 for 126 of the 250 rows: 126 not achieved, on 3 pages.
      await choose(el, 'status', 'not-achieved');
      // In words: a Vietnamese voice may read "126/250" as a date.
      expect(count(el)).to.equal(
        'Hiển thị dòng 1 đến 50 trong 126 dòng phù hợp (tổng số 250 dòng)',
      );
      expect(select(el, 'page').value).to.equal('1');
      expect(optionTexts(select(el, 'page'))).to.deep.equal(['1', '2', '3']);
      await choose(el, 'page', '3');
      expect(numbers(el)).to.have.length(26);
      await choose(el, 'status', '');
      expect(select(el, 'page').value).to.equal('1');
      await choose(el, 'page', '3');
      sortButton(el, 'Kết quả năm 2022').click();
      await el.updateComplete;
      expect(select(el, 'page').value).to.equal('1');
      // 0, 0, … : value (i·37) mod 100 is 0 for i = 0, 100, 200.
      expect(numbers(el).slice(0, 3)).to.deep.equal(['1', '101', '201']);
      await choose(el, 'page', '2');
      const input = root(el).querySelector<HTMLInputElement>('input[type="search"]');
      if (!input) throw new Error('no search box');
      input.value = 'so 1';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(select(el, 'page').value).to.equal('1');
    });

    it('moves a menu’s choice when the filter or page changes after a reader’s pick', async () => {
      // Once a reader has picked an option, Firefox no longer moves the choice for a selected
      // attribute: the menus must follow the element's state all the same.
      const el = await table(many(250));
      await choose(el, 'status', 'not-achieved');
      await choose(el, 'page', '2');
      el.statusFilter = undefined;
      await el.updateComplete;
      expect(select(el, 'status').value).to.equal('');
      expect(select(el, 'page').value).to.equal('1');
      expect(numbers(el)[0]).to.equal('1');
      el.setAttribute('page', '3');
      await el.updateComplete;
      expect(select(el, 'page').value).to.equal('3');
    });

    it('keeps the report’s sections and numerals on every page', async () => {
      const el = await table(many(250), { 'group-by': 'status' });
      // 124 rows achieved, 126 not: pages 1 and 2 hold achieved rows only; page 3 ends
      // section I and starts section II.
      expect(sections(el).map((g) => g.heading)).to.deep.equal(['I Các chỉ tiêu đã hoàn thành']);
      await choose(el, 'page', '3');
      const seen = sections(el);
      expect(seen.map((g) => g.heading)).to.deep.equal([
        'I Các chỉ tiêu đã hoàn thành',
        'II Các chỉ tiêu chưa hoàn thành',
      ]);
      expect(seen[0]?.rows.length).to.equal(24);
      expect(seen[1]?.rows.length).to.equal(26);
    });

    it('updates a page’s rows in place when sorting, rather than building new ones', async () => {
      const el = await table(many(250));
      const before = visibleRows(el);
      sortButton(el, 'Kết quả năm 2022').click();
      await el.updateComplete;
      const after = visibleRows(el);
      expect(after.every((tr, i) => tr === before[i])).to.equal(true);
      expect(numbers(el).slice(0, 3)).to.deep.equal(['1', '101', '201']);
    });

    it('opens on the page the page attribute names, the last one when it names one past the end', async () => {
      const el = await table(many(250), { page: '2' });
      expect(numbers(el)[0]).to.equal('51');
      el.setAttribute('page', '9');
      await el.updateComplete;
      expect(numbers(el)[0]).to.equal('201');
      expect(select(el, 'page').value).to.equal('5');
      el.setAttribute('page-size', '100');
      await el.updateComplete;
      // Another page size starts again from the first page.
      expect(numbers(el)).to.have.length(100);
      expect(numbers(el)[0]).to.equal('1');
      expect(optionTexts(select(el, 'page'))).to.have.length(3);
    });

    it('opens on the page the page attribute names when the rows come after the first render', async () => {
      // A portal's usual order: the element from its markup (a link to page 2), then the rows it
      // fetched. The rows' arrival is no new order: it kept only page 1.
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1100px"></div>`);
      const el = document.createElement('cds-target-table');
      el.setAttribute('page', '2');
      wrapper.append(el);
      await el.updateComplete;
      el.data = many(120);
      await el.updateComplete;
      expect(numbers(el)[0]).to.equal('51');
      // Once rows are on screen, a new order goes back to page 1.
      sortButton(el, 'Kết quả năm 2022').click();
      await el.updateComplete;
      expect(select(el, 'page').value).to.equal('1');
    });

    it('shows every row on request, then says how many, with focus on that line', async () => {
      const el = await table(many(250));
      const all = pagerButton(el, 'all-rows');
      expect(clean(all.textContent)).to.equal('Hiện cả 250 dòng');
      all.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(numbers(el)).to.have.length(250);
      expect(root(el).querySelector('nav.pager')).to.equal(null);
      expect(root(el).activeElement).to.equal(root(el).querySelector('.count'));
      expect(count(el)).to.equal('Hiển thị tất cả 250 dòng');
    });

    it('exports to CSV every row the filters leave, on every page', async () => {
      const el = await table(many(250));
      expect(el.toCsv().split('\r\n')).to.have.length(252);
      await choose(el, 'status', 'not-achieved');
      expect(el.toCsv().split('\r\n')).to.have.length(128);
    });

    it('speaks English, and is accessible (axe) with its page controls', async () => {
      const el = await table(many(250), { lang: 'en' });
      expect(pagerName(el)).to.equal('Pages Results against targets');
      expect(clean(pagerButton(el, 'next').textContent)).to.equal('Next page ›');
      expect(clean(pagerButton(el, 'all-rows').textContent)).to.equal('Show all 250 rows');
      expect(count(el)).to.equal('Showing rows 1–50 of 250');
      await expect(el).to.be.accessible();
    });

    it('rejects a page size or page that is not a whole number, naming the attribute', async () => {
      const el = await table(many(250), { 'page-size': 'mười' });
      let panel = clean(root(el).querySelector('[role="alert"]')?.textContent);
      expect(panel).to.contain('Thuộc tính page-size="mười" không hợp lệ');
      el.removeAttribute('page-size');
      el.setAttribute('page', '-1');
      await el.updateComplete;
      panel = clean(root(el).querySelector('[role="alert"]')?.textContent);
      expect(panel).to.contain('Thuộc tính page="-1" không hợp lệ');
      el.removeAttribute('page');
      await el.updateComplete;
      expect(numbers(el)).to.have.length(50);
    });
  });

  describe('bad input', () => {
    it('shows each bad row inline, naming the bad field; the rest renders; cds-error lists every bad row', async () => {
      const el = document.createElement('cds-target-table');
      el.setAttribute(
        'data',
        JSON.stringify([
          {
            name: 'Tỷ lệ hồ sơ nộp trực tuyến',
            value: 54.34,
            target: 50,
            unit: '%',
            period: '2022',
          },
          {
            name: 'Tỷ lệ báo cáo trực tuyến',
            value: '40,47',
            target: 50,
            unit: '%',
            period: '2022',
          },
          { name: 'Tỷ lệ dữ liệu mở', vaule: 11.8, target: 50, unit: '%', period: '2022' },
          {
            name: 'Tỷ lệ hộ gia đình có cáp quang',
            value: 75,
            target: 75,
            unit: '%',
            period: '2022',
          },
        ]),
      );
      const pending = nextEvent(el, 'cds-error');
      document.body.append(el);
      const event = await pending;
      expect(event.errors.map((e) => e.path)).to.deep.equal(['[1].value', '[2].vaule']);
      expect(event.path).to.equal('[1].value');
      await el.updateComplete;
      expect(column(el, 'STT')).to.deep.equal(['1', '2', '3', '4']);
      expect(visibleRows(el).filter((r) => !r.classList.contains('bad'))).to.have.length(2);
      const bad = [...root(el).querySelectorAll('tr.bad')].map((tr) => cellText(tr));
      expect(bad).to.deep.equal([
        '2 ⚠ Dòng 2 không hiển thị được (Tỷ lệ báo cáo trực tuyến) trường "value": cần một số, nhận được chuỗi "40,47"; viết 40.47',
        '3 ⚠ Dòng 3 không hiển thị được (Tỷ lệ dữ liệu mở) trường "vaule": trường không được hỗ trợ (có phải "value"?)',
      ]);
      // One number for one row, as people count: the path's 0-based "[1]" stays in the event.
      el.lang = 'en';
      await el.updateComplete;
      expect(cellText(root(el).querySelector('tr.bad') as Element)).to.equal(
        '2 ⚠ Row 2 could not be shown (Tỷ lệ báo cáo trực tuyến) field "value": expected a number, got the string "40,47"; write 40.47',
      );
      el.lang = 'vi';
      await el.updateComplete;
      expect(clean(root(el).querySelector('.row-errors')?.textContent)).to.contain(
        '2 dòng dữ liệu lỗi',
      );
      await expect(el).to.be.accessible();

      // The same errors again are not announced twice; a filter never hides them.
      let again = 0;
      el.addEventListener('cds-error', () => again++);
      el.statusFilter = 'achieved';
      await el.updateComplete;
      expect(again).to.equal(0);
      expect(root(el).querySelectorAll('tr.bad:not(.out)')).to.have.length(2);
      el.remove();
    });

    it('names a bad row of a dataset so it is found in "indicators", and keeps its place in the report table', async () => {
      const data = structuredClone(await loadSeed('bc-2023-02-25.json')) as {
        indicators: { id: string; observations?: { value?: unknown }[] }[];
      };
      const index = data.indicators.findIndex((i) => i.id === 'ho-so-xu-ly-truc-tuyen');
      const obs = data.indicators[index]?.observations?.[0];
      if (obs) obs.value = '54,34';
      const el = document.createElement('cds-target-table');
      el.setAttribute('table-id', RESULTS_2022);
      el.data = data;
      const pending = nextEvent(el, 'cds-error');
      document.body.append(el);
      const event = await pending;
      await el.updateComplete;
      expect(event.errors.map((e) => e.path)).to.deep.equal([
        `indicators[${index}].observations[0].value`,
      ]);
      // The report's row 5 is not "indicators[5]": the name finds it, the field is in words.
      expect(cellText(root(el).querySelector('tr.bad') as Element)).to.equal(
        '5 ⚠ Dòng 5 không hiển thị được (Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến) trường "value" của mục 1 trong "observations": cần một số, nhận được chuỗi "54,34"; viết 54.34',
      );
      expect(sections(el).map((s) => [s.heading, s.rows])).to.deep.equal([
        ['I Các chỉ tiêu đã hoàn thành', ['1', '2', '3', '4', '6', '7', '8', '9']],
        ['II Các chỉ tiêu chưa hoàn thành', ['10', '11']],
        ['Các dòng dữ liệu lỗi', ['5']],
      ]);
      el.remove();
    });

    it('never renders names or agencies as HTML', async () => {
      const el = await table([
        {
          name: '<img src=x onerror=alert(1)>',
          agency: '<b>Bộ</b>',
          value: 1,
          target: 2,
          period: '2022',
        },
      ]);
      expect(root(el).querySelector('img, b')).to.equal(null);
      expect(column(el, 'Chỉ tiêu')).to.deep.equal(['<img src=x onerror=alert(1)>']);
    });

    it('shows the error panel for input that is not a table at all', async () => {
      const el = document.createElement('cds-target-table');
      el.setAttribute('data', '[{"name": "x", value: 5}]');
      const pending = nextEvent(el, 'cds-error');
      document.body.append(el);
      expect((await pending).code).to.equal('invalid-json');
      await el.updateComplete;
      expect(clean(root(el).querySelector('[role="alert"]')?.textContent)).to.contain(
        'JSON không hợp lệ',
      );
      el.data = 42 as unknown as object;
      await el.updateComplete;
      expect(clean(root(el).querySelector('[role="alert"]')?.textContent)).to.contain(
        'Dữ liệu của bảng phải là một bộ dữ liệu',
      );
      el.remove();
    });

    it('says which table ids exist when table-id names none, and rejects bad attributes', async () => {
      const data = await loadSeed('bc-2023-02-25.json');
      const el = await table(data, { 'table-id': 'khong-co' });
      const text = clean(root(el).querySelector('[role="alert"]')?.textContent);
      expect(text).to.contain('Không tìm thấy bảng "khong-co"');
      expect(text).to.contain(RESULTS_2022);
      el.tableId = RESULTS_2022;
      el.period = '2022-13';
      el.groupBy = 'province';
      await el.updateComplete;
      const panel = clean(root(el).querySelector('[role="alert"]')?.textContent);
      expect(panel).to.contain('Thuộc tính period="2022-13" không hợp lệ');
      expect(panel).to.contain('Thuộc tính group-by="province" không hợp lệ');
      el.removeAttribute('period');
      el.removeAttribute('group-by');
      await el.updateComplete;
      expect(visibleRows(el)).to.have.length(11);
    });

    it('takes a removed as-of (null) as "now", never throwing out of willUpdate', async () => {
      // Found by attribute-robustness.test.ts: `.asOf = null` reached core's asOfInstant, whose
      // TypeError left the table blank; removing the attribute does the same.
      const data = await loadSeed('bc-2023-02-25.json');
      const el = await table(data, { 'table-id': RESULTS_2022, 'as-of': '2023-02-25' });
      el.asOf = null as unknown as string;
      await el.updateComplete;
      expect(visibleRows(el)).to.have.length(11);
      el.setAttribute('as-of', '2023-02-25');
      await el.updateComplete;
      el.removeAttribute('as-of');
      await el.updateComplete;
      expect(el.asOf).to.equal(null);
      expect(visibleRows(el)).to.have.length(11);
      expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    });
  });

  describe('read aloud and printed', () => {
    let data: unknown;
    before(async () => {
      data = await loadSeed('bc-2023-02-25.json');
    });
    const sortStatus = (el: CdsTargetTable): Element => {
      const status = root(el).querySelector('.sort-status[role="status"]');
      if (!status) throw new Error('no sort status');
      return status;
    };

    itInChromium(
      'prints the column names in the header Chromium repeats on every page',
      async () => {
        const el = await table(data, { 'table-id': RESULTS_2022 }, 700);
        await emulateMedia({ media: 'print' });
        // Chromium leaves a button blank in a repeated header: on paper the button has no box,
        // its text is laid out in the cell, which keeps the padding the button had.
        for (const th of root(el).querySelectorAll('thead th')) {
          const button = th.querySelector('button.sort') as HTMLElement;
          expect(button.getClientRects().length).to.equal(0);
          const label = (th.querySelector('button span') as Element).getBoundingClientRect();
          const cell = th.getBoundingClientRect();
          expect(label.width).to.be.greaterThan(0);
          expect(label.left).to.be.greaterThan(cell.left + 4);
          expect(label.right).to.be.at.most(cell.right + 0.5);
          expect(getComputedStyle(th).paddingInlineStart).to.not.equal('0px');
        }
      },
    );

    itInChromium(
      'prints a dark-themed table in the light palette, progress bars included',
      async () => {
        const el = await table(data, { 'table-id': RESULTS_2022, theme: 'dark' });
        const bar = (): CSSStyleDeclaration =>
          getComputedStyle(
            root(el).querySelectorAll('[part="progress"]')[9] as Element,
            '::before',
          );
        const achieved = (): Element =>
          root(el).querySelector('[part="status"][data-status="achieved"]') as Element;
        expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 25, 29)');
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
        expect(getComputedStyle(el).color).to.equal('rgb(27, 31, 36)');
        expect(getComputedStyle(root(el).querySelector('thead th') as Element).color).to.equal(
          'rgb(27, 31, 36)',
        );
        expect(getComputedStyle(achieved()).color).to.equal('rgb(23, 102, 58)');
        // The bar prints its backgrounds (exact): the light track, the light "negative" fill.
        expect(bar().backgroundColor).to.equal('rgb(243, 245, 247)');
        expect(bar().color).to.equal('rgb(179, 38, 30)');
      },
    );

    it('says its language on its content in every state, and marks Vietnamese-only text in English', async () => {
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(data)], { type: 'application/json' }),
      );
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const el = document.createElement('cds-target-table');
      el.setAttribute('src', url);
      el.setAttribute('table-id', RESULTS_2022);
      wrapper.append(el);
      await el.updateComplete;
      const top = (): Element[] => [...root(el).children].filter((c) => c.tagName !== 'STYLE');
      expect(clean(root(el).textContent)).to.contain('Loading data');
      expect(top().map((c) => c.getAttribute('lang'))).to.deep.equal(['en']);
      await waitUntil(() => visibleRows(el).length > 0, 'the rows never came');
      expect(visibleRows(el)).to.have.length(11);
      expect(top().map((c) => c.getAttribute('lang'))).to.deep.equal(['en']);
      URL.revokeObjectURL(url);
      const first = visibleRows(el)[0] as HTMLTableRowElement;
      // The names are translated; the agencies and the report's notes are not.
      expect(first.querySelector('th')?.getAttribute('lang')).to.equal(null);
      expect(first.querySelector('td.agency')?.getAttribute('lang')).to.equal('vi');
      const note = root(el).querySelector('[part="footnotes"] li span[lang="vi"]');
      expect(clean(note?.textContent)).to.equal('Số liệu theo dự báo của Bộ Công Thương.');
      expect(root(el).querySelector('caption .title')?.getAttribute('lang')).to.equal(null);
      // A name and a title given only in Vietnamese.
      el.removeAttribute('src');
      el.removeAttribute('table-id');
      el.data = {
        indicators: [
          { id: 'a', name: 'Tỷ lệ A', unit: '%', observations: [{ period: '2022', value: 5 }] },
          {
            id: 'b',
            name: { vi: 'Tỷ lệ B', en: 'Share B' },
            unit: '%',
            observations: [{ period: '2022', value: 6 }],
          },
        ],
        tables: [{ id: 't', title: 'Bảng thử', indicators: ['a', 'b'] }],
      };
      el.setAttribute('table-id', 't');
      await el.updateComplete;
      expect(
        visibleRows(el).map((tr) => tr.querySelector('th')?.getAttribute('lang') ?? null),
      ).to.deep.equal(['vi', null]);
      expect(root(el).querySelector('caption .title')?.getAttribute('lang')).to.equal('vi');
      expect(top().map((c) => c.getAttribute('lang'))).to.deep.equal(['en']);
      el.removeAttribute('table-id');
      el.data = [];
      await el.updateComplete;
      expect(clean(root(el).textContent)).to.contain('No data');
      expect(top().map((c) => c.getAttribute('lang'))).to.deep.equal(['en']);
      // In Vietnamese nothing is marked: the content says "vi" once.
      el.data = data as object;
      el.setAttribute('table-id', RESULTS_2022);
      el.setAttribute('lang', 'vi');
      await el.updateComplete;
      expect(top().map((c) => c.getAttribute('lang'))).to.deep.equal(['vi']);
      expect(root(el).querySelectorAll('tbody [lang], [part="footnotes"] [lang]')).to.have.length(
        0,
      );
    });

    it('says a sort in words through a polite status, also without the toolbar', async () => {
      for (const hideToolbar of [false, true]) {
        const el = await table(data, {
          'table-id': RESULTS_2022,
          'sort-by': 'status',
          ...(hideToolbar && { 'hide-toolbar': '' }),
        });
        // Present, empty, from the start: a live region added with its text is not read.
        const status = sortStatus(el);
        expect(clean(status.textContent)).to.equal('');
        const said: string[] = [];
        for (let i = 0; i < 3; i++) {
          sortButton(el, 'Chỉ tiêu').click();
          await el.updateComplete;
          said.push(clean(sortStatus(el).textContent));
        }
        expect(sortStatus(el)).to.equal(status);
        expect(said).to.deep.equal([
          'Đã sắp xếp theo Chỉ tiêu, tăng dần',
          'Đã sắp xếp theo Chỉ tiêu, giảm dần',
          'Đã trở về thứ tự của báo cáo',
        ]);
      }
      const en = await table(data, { 'table-id': RESULTS_2022, lang: 'en' });
      sortButton(en, 'Indicator').click();
      await en.updateComplete;
      sortButton(en, 'Indicator').click();
      await en.updateComplete;
      expect(clean(sortStatus(en).textContent)).to.equal('Sorted by Indicator, descending');
    });

    it('counts in words, and does not repeat the total when nothing is filtered', async () => {
      const el = await table(data, { 'table-id': RESULTS_2022 });
      const count = (): string => clean(root(el).querySelector('.count')?.textContent);
      expect(count()).to.equal('Hiển thị tất cả 11 dòng');
      await choose(el, 'status', 'achieved');
      expect(count()).to.equal('Hiển thị 9 trong tổng số 11 dòng');
      expect(count()).to.not.contain('/');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(count()).to.equal('Showing 9 of 11 rows');
      await choose(el, 'status', '');
      expect(count()).to.equal('Showing all 11 rows');
    });
  });

  describe('data paths', () => {
    it('reads an inline JSON child, then follows a property change', async () => {
      const el = await fixture<CdsTargetTable>(
        html`<cds-target-table
          ><script type="application/json">
            [{ "name": "Tỷ lệ A", "value": 80, "target": 75, "unit": "%", "period": "2022" }]
          </script></cds-target-table
        >`,
      );
      expect(column(el, 'Chỉ tiêu')).to.deep.equal(['Tỷ lệ A']);
      el.data = [{ name: 'Tỷ lệ B', value: 10, target: 75, unit: '%', period: '2022' }];
      await el.updateComplete;
      expect(column(el, 'Chỉ tiêu')).to.deep.equal(['Tỷ lệ B']);
      expect(column(el, 'Trạng thái')).to.deep.equal(['✗ Chưa đạt']);
    });

    it('fetches src and shows a table from it', async () => {
      const data = await loadSeed('bc-2023-02-25.json');
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(data)], { type: 'application/json' }),
      );
      const el = await fixture<CdsTargetTable>(
        html`<cds-target-table src=${url} table-id=${RESULTS_2022}></cds-target-table>`,
      );
      expect(clean(root(el).textContent)).to.contain('Đang tải dữ liệu');
      await waitUntil(() => visibleRows(el).length > 0, 'the rows never came');
      expect(visibleRows(el)).to.have.length(11);
      URL.revokeObjectURL(url);
    });

    it('can be removed and added again, and restores defaults when attributes go', async () => {
      const data = await loadSeed('bc-2023-02-25.json');
      const el = await table(data, {
        'table-id': RESULTS_2022,
        'sort-by': 'status',
        'sort-direction': 'descending',
      });
      expect(column(el, 'STT')[0]).to.equal('1');
      const parent = el.parentElement as HTMLElement;
      el.remove();
      el.data = [{ name: 'Sau khi gỡ', value: 1, target: 2, period: '2022' }];
      el.removeAttribute('table-id');
      el.removeAttribute('sort-by');
      el.removeAttribute('sort-direction');
      parent.append(el);
      await el.updateComplete;
      expect(column(el, 'Chỉ tiêu')).to.deep.equal(['Sau khi gỡ']);
      el.removeAttribute('data');
      el.data = undefined;
      await el.updateComplete;
      expect(clean(root(el).textContent)).to.contain('Chưa có dữ liệu');
    });
  });

  describe('fit: a box of a set height', () => {
    /** A table (`fit` or not) of `rows` rows in a box `h` px high (none: no height). */
    async function inTile(rows: number, h?: number, fit = true): Promise<CdsTargetTable> {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 720px; ${h === undefined ? '' : `height: ${h}px`}">
          <cds-target-table
            style=${h === undefined ? '' : 'height: 100%'}
            ?fit=${fit}
            caption="Chỉ tiêu"
            .data=${many(rows)}
          ></cds-target-table>
        </div>`,
      );
      const el = wrapper.querySelector('cds-target-table') as CdsTargetTable;
      await el.updateComplete;
      for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done));
      return el;
    }
    const box = (el: CdsTargetTable): HTMLElement =>
      root(el).querySelector<HTMLElement>('.scroll') as HTMLElement;
    /** How far the element's content runs past its bottom, in px. */
    const overrun = (el: CdsTargetTable): number => {
      const content = root(el).querySelector('.content') as HTMLElement;
      const last = [...content.children].at(-1) as HTMLElement;
      return last.getBoundingClientRect().bottom - el.getBoundingClientRect().bottom;
    };

    it('runs out of a short tile without fit, which is what fit is for', async () => {
      expect(overrun(await inTile(30, 360, false))).to.be.greaterThan(100);
    });

    it('scrolls its rows inside the tile, a focusable group named by its caption', async () => {
      const el = await inTile(30, 360);
      expect(el.getBoundingClientRect().height).to.be.closeTo(360, 0.5);
      expect(overrun(el)).to.be.at.most(0.5);
      const b = box(el);
      expect(b.scrollHeight).to.be.greaterThan(b.clientHeight + 100);
      expect(b.getAttribute('role')).to.equal('group');
      expect(b.tabIndex).to.equal(0);
      expect(b.getAttribute('aria-labelledby')).to.equal('caption-title');
      // Scrolled down, the header stays at the box's top.
      b.scrollTop = 400;
      await new Promise((done) => requestAnimationFrame(done));
      const th = root(el).querySelector('thead th') as HTMLElement;
      expect(th.getBoundingClientRect().top).to.be.closeTo(b.getBoundingClientRect().top, 1);
      await expect(el).to.be.accessible();
    });

    it('is no group and no tab stop when its rows fit the tile', async () => {
      const el = await inTile(3, 600);
      expect(overrun(el)).to.be.at.most(0.5);
      expect(box(el).hasAttribute('role')).to.equal(false);
      expect(box(el).hasAttribute('tabindex')).to.equal(false);
    });

    it('shares a short tile with the report’s notes, which scroll too', async () => {
      const el = document.createElement('cds-target-table');
      el.setAttribute('fit', '');
      el.setAttribute('style', 'height: 100%');
      el.setAttribute('table-id', 'bc-2023-02-25-ket-qua-2022');
      el.setAttribute('as-of', '2023-02-25');
      el.data = (await loadSeed('bc-2023-02-25.json')) as object;
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 900px; height: 416px"></div>`,
      );
      wrapper.append(el);
      await el.updateComplete;
      for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done));
      expect(overrun(el)).to.be.at.most(0.5);
      const notes = root(el).querySelector('.footnotes') as HTMLElement;
      expect(notes.scrollHeight).to.be.greaterThan(notes.clientHeight);
      // The table's box keeps more than its caption: the header and rows show.
      const b = box(el).getBoundingClientRect();
      const firstRow = visibleRows(el)[0] as HTMLElement;
      expect(firstRow.getBoundingClientRect().top).to.be.below(b.bottom);
      await expect(el).to.be.accessible();
    });

    itInChromium('prints every row: on paper the box neither scrolls nor clips', async () => {
      const el = await inTile(30, 360);
      await emulateMedia({ media: 'print' });
      try {
        const b = box(el);
        expect(getComputedStyle(b).overflowY).to.equal('visible');
        expect(visibleRows(el)).to.have.length(30);
        const last = visibleRows(el).at(-1) as HTMLElement;
        expect(last.getBoundingClientRect().bottom).to.be.at.most(
          b.getBoundingClientRect().bottom + 0.5,
        );
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('is laid out as without fit when it has no height', async () => {
      const plain = await inTile(30, undefined, false);
      const fitted = await inTile(30);
      expect(fitted.getBoundingClientRect().height).to.equal(plain.getBoundingClientRect().height);
      expect(box(fitted).hasAttribute('role')).to.equal(false);
    });
  });
});
