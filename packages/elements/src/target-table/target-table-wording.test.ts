/**
 * The table's words over the seeds, in Vietnamese and English: what a reader sees, what a screen
 * reader says, and what the CSV holds, as the source reports word it.
 */
import { expect } from '@open-wc/testing';
import './cds-target-table.js';
import type { CdsTargetTable } from './target-table.js';
import { loadSeed, spoken } from '../../test/helpers.js';
import { cellText, clean, root, table } from '../../test/table-helpers.js';

/** The cell under the header `label` in the row whose name is `name`. */
function cellOf(el: CdsTargetTable, label: string, name: string): Element {
  const labels = [...root(el).querySelectorAll('thead th')].map((th) =>
    cellText(th).replace(/[↕▲▼]/g, '').trim(),
  );
  const at = labels.indexOf(label);
  expect(at, `column "${label}" in ${labels.join(' | ')}`).to.be.greaterThan(-1);
  const row = [...root(el).querySelectorAll('tbody tr.row')].find(
    (tr) => clean(tr.querySelector('th.indicator')?.textContent) === name,
  );
  if (!row) throw new Error(`no row "${name}"`);
  return row.children[at] as Element;
}

const caption = (el: CdsTargetTable): string =>
  clean(root(el).querySelector('caption .source')?.textContent);

describe('cds-target-table wording', () => {
  it('says the period beside a figure in words, not "T4/2024", and never drops it', async () => {
    // bc-2024-04: 80,2% of households had fibre broadband in April 2024.
    const data = await loadSeed('bc-2024-04.json');
    const el = await table(data);
    const vi = cellOf(el, 'Kết quả', 'Tỷ lệ hộ gia đình có Internet cáp quang băng rộng');
    expect(cellText(vi)).to.equal('80,2% (T4/2024)');
    expect(spoken(vi)).to.equal('80,2% (tháng 4/2024)');

    el.lang = 'en';
    await el.updateComplete;
    const en = cellOf(el, 'Result', 'Share of households with fibre broadband Internet');
    expect(cellText(en)).to.equal('80.2% (Apr 2024)');
    expect(spoken(en)).to.equal('80.2% (April 2024)');
  });

  it('keeps a year beside a figure for the ear too, with its note marker', async () => {
    // bc-2023-02-25, 2023 targets: the row gives the 2022 figure, 54,34% [3], against > 60%.
    const data = await loadSeed('bc-2023-02-25.json');
    const el = await table(data, { 'table-id': 'bc-2023-02-25-muc-tieu-2023' });
    const cell = cellOf(el, 'Kết quả', 'Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến');
    expect(cellText(cell)).to.equal('54,34% (2022)[3]');
    expect(clean(spoken(cell))).to.equal('54,34% (2022)[3]');
  });

  it('puts a figure’s period in the brackets of its “forecast”, not in a second pair', async () => {
    // bc-2023-02-25, 2023 targets: e-commerce's share of retail, 7,5% (forecast) in 2022 [1].
    const data = await loadSeed('bc-2023-02-25.json');
    const el = await table(data, { 'table-id': 'bc-2023-02-25-muc-tieu-2023' });
    const name = 'Tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ';
    expect(cellText(cellOf(el, 'Kết quả', name))).to.equal('7,5% (dự báo, 2022)[1]');
    el.lang = 'en';
    await el.updateComplete;
    const en = 'E-commerce revenue as a share of total retail sales';
    expect(cellText(cellOf(el, 'Result', en))).to.equal('7.5% (forecast, 2022)[1]');
    expect(el.toCsv()).to.contain(',"7.5% (forecast, 2022)[1]",');
  });

  it('writes the report’s date after its title in lower case, and only once', async () => {
    // bc-2022-08 is dated August 2022; bc-2024-04's title names its month already.
    const august = await table(await loadSeed('bc-2022-08.json'), {
      'table-id': 'bc-2022-08-bang-6-thang',
      columns: 'indicator source',
    });
    expect(caption(august)).to.match(/^Nguồn: Tình hình chuyển đổi số .*, tháng 8\/2022$/);
    const first = cellOf(august, 'Nguồn', 'Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử');
    expect(cellText(first)).to.match(/chuyển đổi số\), tháng 8\/2022$/);

    const april = await table(await loadSeed('bc-2024-04.json'), {
      columns: 'indicator source',
    });
    expect(caption(april)).to.equal('Nguồn: Báo cáo kết quả chuyển đổi số quốc gia tháng 4/2024');
    const cell = cellOf(april, 'Nguồn', 'Tỷ lệ hộ gia đình có Internet cáp quang băng rộng');
    expect(cellText(cell)).to.equal('Báo cáo kết quả chuyển đổi số quốc gia tháng 4/2024');
    april.lang = 'en';
    await april.updateComplete;
    expect(caption(april)).to.equal('Source: National digital transformation results, April 2024');
    expect(april.toCsv()).to.not.contain('April 2024, April 2024');
  });

  it('starts every result and target cell with a capital, on screen and in the CSV', async () => {
    // bc-2022-12-28: "hơn 125.000 người" follow the channel; bc-2023-12: targets for 2025
    // written "tối thiểu 80%" beside "90%", in English "at least 80%" beside "At least 90%".
    const followers = 'Người theo dõi kênh truyền thông "Chuyển đổi số quốc gia" trên Zalo';
    const dec = await table(await loadSeed('bc-2022-12-28.json'), { 'page-size': 'all' });
    expect(cellText(cellOf(dec, 'Kết quả', followers))).to.equal('Hơn 125.000 người (2022)');
    expect(dec.toCsv()).to.contain(`,Hơn 125.000 người (2022),`);

    const plan = await table(await loadSeed('bc-2023-12.json'), { 'page-size': 'all' });
    const dossiers = 'Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến';
    const ndxp = 'Tổng số giao dịch thực hiện thông qua NDXP';
    expect(cellText(cellOf(plan, 'Mục tiêu', dossiers))).to.equal('Tối thiểu 80% (2025)');
    expect(cellText(cellOf(plan, 'Mục tiêu', ndxp))).to.equal('Lớn hơn 860 triệu giao dịch (2024)');
    plan.lang = 'en';
    await plan.updateComplete;
    expect(
      cellText(
        cellOf(plan, 'Target', 'Share of administrative-procedure dossiers processed online'),
      ),
    ).to.equal('At least 80% (2025)');
    expect(
      cellText(
        cellOf(plan, 'Target', 'Share of work files at ministry and province level handled online'),
      ),
    ).to.equal('At least 90% (2025)');
  });

  it('names a target’s year once when the report’s words name it', async () => {
    // bc-2022-12-28: 27.768 trained, "vượt mục tiêu bồi dưỡng 10.000 cán bộ, công chức, viên
    // chức đề ra trong năm 2022".
    const data = await loadSeed('bc-2022-12-28.json');
    const el = await table(data, { 'page-size': 'all' });
    const name =
      'Cán bộ, công chức, viên chức đã hoàn thành các khóa học trên Nền tảng học trực tuyến mở đại trà';
    expect(cellText(cellOf(el, 'Mục tiêu', name))).to.equal(
      'Mục tiêu bồi dưỡng 10.000 cán bộ, công chức, viên chức đề ra trong năm 2022',
    );
    el.lang = 'en';
    await el.updateComplete;
    expect(el.toCsv()).to.contain(',"Target of training 10,000 civil servants set for 2022",');
  });

  it('says an empty target cell is a target never set, not a missing figure', async () => {
    // bc-2022-12-28: 30/30 ministries chose a digital transformation day; no target was set.
    const el = await table(await loadSeed('bc-2022-12-28.json'));
    const name = 'Bộ, ngành đã lựa chọn ngày Chuyển đổi số';
    expect(cellText(cellOf(el, 'Mục tiêu', name))).to.equal('–');
    expect(spoken(cellOf(el, 'Mục tiêu', name))).to.equal('Chưa có mục tiêu');
    el.lang = 'en';
    await el.updateComplete;
    const en = cellOf(el, 'Target', 'Ministries that have chosen a Digital Transformation Day');
    expect(spoken(en)).to.equal('No target');
  });

  it('counts a page of one row as one row', async () => {
    // bc-2023-02-25: 11 headline indicators, 10 to a page: page 2 holds the 11th alone.
    const data = await loadSeed('bc-2023-02-25.json');
    const el = await table(data, {
      'table-id': 'bc-2023-02-25-ket-qua-2022',
      'page-size': '10',
      page: '2',
    });
    const count = (): string => clean(root(el).querySelector('.count')?.textContent);
    expect(count()).to.equal('Hiển thị dòng 11 trong tổng số 11 dòng');
    el.lang = 'en';
    await el.updateComplete;
    expect(count()).to.equal('Showing row 11 of 11');
  });

  it('marks a task’s result given only in Vietnamese as Vietnamese on an English page', async () => {
    // bc-2023-02-25, Đề án 06 in 2022: "04 Nghị định, 05 Thông tư", in the report's words only.
    const data = await loadSeed('bc-2023-02-25.json');
    const el = await table(data, { 'table-id': 'bc-2023-02-25-de-an-06-2022', lang: 'en' });
    const cell = cellOf(el, 'Result, 2022', 'Legal framework');
    expect(cellText(cell)).to.equal('04 Nghị định, 05 Thông tư');
    const words = [...cell.querySelectorAll('*')].find(
      (e) => clean(e.textContent) === '04 Nghị định, 05 Thông tư',
    );
    expect(words?.closest('[lang]')?.getAttribute('lang')).to.equal('vi');
    // The words the table says itself stay in the page's language.
    const done = cellOf(el, 'Status', 'Legal framework');
    expect(done.closest('[lang]')?.getAttribute('lang')).to.equal('en');
  });

  it('ends a task’s tooltip on the word its cell shows, said once', async () => {
    // bc-2023-02-25, Đề án 06 in 2022: the legal framework done ("04 Nghị định, 05 Thông tư");
    // its 2023 tasks: the amended Citizen ID law due by December 2023.
    const data = await loadSeed('bc-2023-02-25.json');
    const title = (el: CdsTargetTable, label: string, name: string): string | null | undefined =>
      cellOf(el, label, name).querySelector('[part="status"]')?.getAttribute('title');
    const done = await table(data, { 'table-id': 'bc-2023-02-25-de-an-06-2022' });
    expect(title(done, 'Trạng thái', 'Hành lang pháp lý')).to.equal(
      'Hạn năm 2022 (báo cáo không ghi hạn); 04 Nghị định, 05 Thông tư: Đã hoàn thành',
    );
    const due = await table(data, { 'table-id': 'bc-2023-02-25-muc-tieu-2023' });
    const law = 'Trình ban hành Luật Căn cước công dân sửa đổi';
    expect(cellText(cellOf(due, 'Trạng thái', law))).to.equal('↗ Đang thực hiện');
    expect(title(due, 'Trạng thái', law)).to.equal('Hạn tháng 12/2023: Đang thực hiện');
    due.lang = 'en';
    await due.updateComplete;
    expect(title(due, 'Status', 'Submit the amended Law on Citizen Identification')).to.equal(
      'Due December 2023: In progress',
    );
  });
});
