import { expect } from '@open-wc/testing';
import { foldText } from './fold-text.js';
import { toRoman } from './roman.js';
import { percentText } from './cell-text.js';
import { tableMessages } from './messages.js';
import { toCsv } from './csv.js';
import { csvRows } from './csv-rows.js';
import { rowIssue } from './row-issue.js';
import { parseTableInput } from './parse-table-input.js';
import { columnWidths } from './column-widths.js';
import type { ColumnId, ColumnView } from './columns.js';
import type { RowGroup } from './group-rows.js';
import { pageOf, parsePageSize } from './paging.js';
import { FIRST_ROWS, MORE_ROWS, ProgressiveRows } from './progressive-rows.js';
import { displayOrder, planSections } from './render-plan.js';
import { buildTableModel, type RowView } from './row-model.js';
import { sortRows } from './sort-rows.js';
import type { TableView } from './table-view.js';

const col = (id: ColumnId, periodIndex = 0): ColumnView => ({
  id,
  key: periodIndex ? `${id}:${periodIndex}` : id,
  label: id,
  periodIndex,
});

/** Rows as the plan and the steps see them: only the key matters. */
const rows = (prefix: string, n: number): RowView[] =>
  Array.from({ length: n }, (_, i) => ({ key: `${prefix}${i}` }) as RowView);

/** A controller host that only records the updates asked of it. */
function fakeHost(): { host: ConstructorParameters<typeof ProgressiveRows>[0]; updates: number } {
  const state = { updates: 0 };
  const host = {
    isConnected: true,
    addController: () => undefined,
    removeController: () => undefined,
    requestUpdate: () => {
      state.updates++;
    },
    updateComplete: Promise.resolve(true),
  } as unknown as ConstructorParameters<typeof ProgressiveRows>[0];
  return {
    host,
    get updates() {
      return state.updates;
    },
  };
}

describe('cds-target-table parts', () => {
  it('never writes a share short of the target as 100%', () => {
    expect([0.5449, 0.994, 0.996, 1, 1.004, 1.3].map((r) => percentText(r, 'vi'))).to.deep.equal([
      '54%',
      '99%',
      '99%',
      '100%',
      '100%',
      '130%',
    ]);
  });

  it('writes the filter menus’ counts as the row count does', () => {
    expect(tableMessages.vi.all(1250)).to.equal('Tất cả (1.250)');
    expect(tableMessages.en.option('Achieved', 1250)).to.equal('Achieved (1,250)');
  });

  it('numbers sections as the reports do', () => {
    expect([1, 2, 3, 4, 5, 6, 9, 14, 40].map(toRoman)).to.deep.equal([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'IX',
      'XIV',
      'XL',
    ]);
  });

  it('folds Vietnamese for search: marks, đ, case and spacing', () => {
    expect(foldText('  Hồ sơ  ĐĂNG KÝ trực tuyến ')).to.equal('ho so dang ky truc tuyen');
    expect(foldText('Quốc gia')).to.equal(foldText('quoc gia'));
  });

  it('quotes CSV cells, keeps formulas out, ends lines with CRLF and starts with a BOM', () => {
    expect(toCsv([['a,b', 'say "hi"', '=SUM(A1)', '-', '+84', 'dòng\nhai']])).to.equal(
      '\uFEFF"a,b","say ""hi""",\'=SUM(A1),-,\'+84,"dòng\nhai"\r\n',
    );
  });

  /** Three figures and two tasks, each row named by what it shows. */
  async function mixedModel(locale: 'vi' | 'en'): Promise<ReturnType<typeof buildTableModel>> {
    const measure = (name: string, value: number, target: number, total?: number): object => ({
      id: name.replace(/ /g, '-'),
      name,
      unit: total ? 'count' : '%',
      observations: [{ period: '2022', value, ...(total && { total }) }],
      targets: [{ period: '2022', op: '>=', value: target, ...(total && { total }) }],
    });
    const task = (name: string, due: string, done: boolean): object => ({
      id: name.replace(/ /g, '-'),
      name,
      kind: 'milestone',
      targets: [{ due }],
      observations: [{ period: '2022', done }],
    });
    const r = await parseTableInput({
      indicators: [
        measure('ninety', 90, 95),
        measure('two of three', 2, 3, 3),
        measure('fifty', 50, 40),
        task('done Dec', '2022-12', true),
        task('not done Jun', '2022-06', false),
      ],
    });
    if (!r.ok) throw new Error('not a table');
    return buildTableModel(r.value, { locale, periods: [undefined], asOf: '2023-01-01' });
  }

  it('sorts like with like: a count by its share beside percentages, tasks after figures', async () => {
    const { rows } = await mixedModel('vi');
    const order = (id: ColumnId, direction: 'ascending' | 'descending'): string[] =>
      sortRows(rows, col(id), direction, 'vi').map((r) => r.name);
    // 2/3 is 66.7%: it sat below 50% as 0.667. A task's done state or due date is no figure:
    // it sorted among them as 0/1 or as a date's milliseconds (first when descending).
    expect(order('result', 'ascending')).to.deep.equal([
      'fifty',
      'two of three',
      'ninety',
      'not done Jun',
      'done Dec',
    ]);
    expect(order('result', 'descending')).to.deep.equal([
      'ninety',
      'two of three',
      'fifty',
      'done Dec',
      'not done Jun',
    ]);
    // Targets: ≥ 40%, ≥ 95%, 3/3 (100%); then the due dates, June before December.
    expect(order('target', 'ascending')).to.deep.equal([
      'fifty',
      'ninety',
      'two of three',
      'not done Jun',
      'done Dec',
    ]);
    expect(order('target', 'descending')).to.deep.equal([
      'two of three',
      'ninety',
      'fifty',
      'done Dec',
      'not done Jun',
    ]);
  });

  it('writes a count out of a total in the CSV in words, never as a date a spreadsheet reads', async () => {
    // Excel and LibreOffice open "2/3" as 2 March (or 3 February).
    const dateLike = /^\s*\d+\s*\/\s*\d+/;
    for (const [locale, of] of [
      ['vi', 'trên'],
      ['en', 'of'],
    ] as const) {
      const model = await mixedModel(locale);
      const view = {
        columns: [col('indicator'), col('result'), col('target')],
        groups: [{ key: 'all', label: '', rows: model.rows }],
        visible: new Set(model.rows.map((row) => row.key)),
      } as unknown as TableView;
      const lines = csvRows(view, locale, []);
      expect(lines[2]).to.deep.equal(['two of three', `2 ${of} 3`, `3 ${of} 3`]);
      expect(lines.flat().filter((c) => dateLike.test(c))).to.deep.equal([]);
    }
  });

  it('keeps going past bad rows and marks a repeated id as one', async () => {
    const r = await parseTableInput([
      { id: 'a', name: 'A', value: 1, target: 2, period: '2022' },
      { id: 'a', name: 'A again', value: 1, target: 2, period: '2022' },
      { id: 'b', name: 'B', value: 'x', period: '2022' },
    ]);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.value.dataset.indicators.map((i) => i.id)).to.deep.equal(['a']);
    expect(r.value.rowErrors.map((e) => [e.code, e.path])).to.deep.equal([
      ['duplicate-id', '[1].id'],
      ['invalid-data', '[2].value'],
    ]);
    expect(r.value.slots.map((s) => s.rawName)).to.deep.equal(['A', 'A again', 'B']);
    // The bad row's error is worded, once the wording has loaded: not only "invalid".
    expect(r.value.rowErrors[1]?.message.vi).to.equal('[2].value: cần một số, nhận được chuỗi "x"');
  });

  it('says a bad row for people, on screen and in the CSV: one number, its fields in words', async () => {
    const r = await parseTableInput([
      { id: 'a', name: 'A', value: 1, target: 2, period: '2022' },
      {
        id: 'b',
        name: 42,
        observations: [
          { period: '2022', value: 1 },
          { period: '2023', value: 'x' },
        ],
      },
      'x',
      { id: 'c', name: 'C', agency: ['Bộ', 3], 'giá trị': 2, value: 1, period: '2022' },
    ]);
    if (!r.ok) throw new Error('not a table');
    // The event keeps the JSON path, 0-based, for code.
    expect(r.value.rowErrors.map((e) => e.path)).to.deep.equal([
      '[1].name',
      '[1].observations[1].value',
      '[2]',
      '[3].agency[1]',
      '[3]["giá trị"]',
    ]);
    const model = buildTableModel(r.value, { locale: 'vi', periods: [undefined] });
    const view = {
      columns: [col('number'), col('indicator')],
      groups: [{ key: 'all', label: '', rows: model.rows }],
      visible: new Set(model.rows.map((row) => row.key)),
    } as unknown as TableView;
    // Row 2 has no readable name: its id finds it in the JSON.
    expect(csvRows(view, 'vi', []).slice(2)).to.deep.equal([
      [
        '2',
        'Dòng 2 không hiển thị được (b): trường "name": cần một chuỗi hoặc đối tượng, nhận được số 42; ' +
          'trường "value" của mục 2 trong "observations": cần một số, nhận được chuỗi "x"',
      ],
      ['3', 'Dòng 3 không hiển thị được: cần một đối tượng, nhận được chuỗi "x"'],
      [
        '4',
        'Dòng 4 không hiển thị được (C): mục 2 trong "agency": cần một chuỗi, nhận được số 3; ' +
          'trường "giá trị": trường không được hỗ trợ (viết sai tên trường?)',
      ],
    ]);
    expect(model.rows[1]?.errors.map((e) => rowIssue(e, 'en'))).to.deep.equal([
      'field "name": expected a string or an object, got the number 42',
      'field "value" of item 2 in "observations": expected a number, got the string "x"',
    ]);
  });

  it('answers valid rows at once: a table of valid rows never loads the error wording', () => {
    const r = parseTableInput([{ id: 'a', name: 'A', value: 1, target: 2, period: '2022' }]);
    expect(r instanceof Promise).to.equal(false);
    const bad = parseTableInput([{ id: 'a', name: 'A', value: 'x', period: '2022' }]);
    expect(bad instanceof Promise).to.equal(true);
  });

  it('fails only on input that is not a table at all', async () => {
    for (const bad of [42, 'x', null]) {
      const r = await parseTableInput(bad);
      expect(r.ok, String(bad)).to.equal(false);
    }
    const broken = await parseTableInput({ indicators: [], sources: 'nope' });
    expect(broken.ok).to.equal(false);
  });

  it('sizes columns from the columns shown, never from the rows: number fixed, name the rest', () => {
    const widths = columnWidths(
      ['number', 'indicator', 'agency', 'result', 'target', 'gap', 'status', 'progress'].map((id) =>
        col(id as ColumnId),
      ),
      false,
    );
    expect(widths[0]).to.equal('calc(3.5 * var(--cds-rem))');
    expect(widths[1]).to.equal(undefined);
    const shares = widths.slice(2).map((w) => parseFloat(w ?? ''));
    // The agency gets the largest share, the shares leave the name 30% of the table.
    expect(Math.max(...shares)).to.equal(shares[0]);
    expect(shares.reduce((a, b) => a + b, 0)).to.be.closeTo(70, 0.05);
  });

  it('narrows the shared columns when there are many, and caps them when there are few', () => {
    const many = columnWidths(
      [
        col('number'),
        col('indicator'),
        ...[0, 1, 2, 3].flatMap((i) => [col('result', i), col('target', i)]),
      ],
      false,
    );
    const sum = (ws: (string | undefined)[]): number =>
      ws.reduce((a, w) => a + (w?.endsWith('%') ? parseFloat(w) : 0), 0);
    expect(sum(many)).to.be.closeTo(70, 0.05);
    const few = columnWidths([col('indicator'), col('result')], false);
    expect(few).to.deep.equal([undefined, '11.50%']);
    expect(columnWidths([col('number'), col('indicator')], false)).to.deep.equal([
      'calc(3.5 * var(--cds-rem))',
      undefined,
    ]);
  });

  it('gives a table of tasks a wide result column: a task’s result is a sentence', () => {
    const ids: ColumnId[] = ['number', 'indicator', 'agency', 'result', 'target', 'status'];
    const tasks = columnWidths(
      ids.map((id) => col(id)),
      true,
    );
    const measures = columnWidths(
      ids.map((id) => col(id)),
      false,
    );
    expect(parseFloat(tasks[3] ?? '')).to.be.greaterThan(parseFloat(tasks[2] ?? ''));
    expect(parseFloat(tasks[3] ?? '')).to.be.greaterThan(parseFloat(measures[3] ?? ''));
  });

  it('renders a long table in steps: a quota of shown rows each, hidden rows free', () => {
    const { host } = fakeHost();
    const steps = new ProgressiveRows(host);
    const all = rows('r', 1000);
    // Every other row is hidden: the first step holds FIRST_ROWS shown rows.
    const shown = (i: number): boolean => i % 2 === 0;
    steps.reset(['order 1']);
    expect(steps.steps(all, shown)).to.deep.equal([FIRST_ROWS * 2 - 1]);
    expect(steps.done).to.equal(false);
    // Asking again without a new step allowed changes nothing.
    expect(steps.steps(all, shown)).to.deep.equal([FIRST_ROWS * 2 - 1]);
    steps.showAll();
    expect(steps.steps(all, shown)).to.deep.equal([FIRST_ROWS * 2 - 1, 1000]);
    expect(steps.done).to.equal(true);
    // A new order starts from the top again, in a new generation.
    const generation = steps.generation;
    steps.reset(['order 2']);
    expect(steps.generation).to.equal(generation + 1);
    expect(steps.steps(all, () => true)).to.deep.equal([FIRST_ROWS]);
  });

  it('takes the hidden rows after the last shown row along with the last step', () => {
    const { host } = fakeHost();
    const steps = new ProgressiveRows(host);
    steps.reset(['x']);
    const all = rows('r', FIRST_ROWS + MORE_ROWS);
    // Only the first FIRST_ROWS rows are shown: one step renders all of them, and the rest.
    expect(steps.steps(all, (i) => i < FIRST_ROWS)).to.deep.equal([FIRST_ROWS + MORE_ROWS]);
    expect(steps.done).to.equal(true);
  });

  it('adds a step per task, asking its host to update, until every row is rendered', async () => {
    const fake = fakeHost();
    const steps = new ProgressiveRows(fake.host);
    steps.reset(['x']);
    const all = rows('r', FIRST_ROWS + MORE_ROWS + 10);
    expect(steps.steps(all, () => true)).to.deep.equal([FIRST_ROWS]);
    steps.hostUpdated();
    await steps.nextStep();
    expect(fake.updates).to.equal(1);
    expect(steps.steps(all, () => true)).to.deep.equal([FIRST_ROWS, FIRST_ROWS + MORE_ROWS]);
    steps.hostUpdated();
    await steps.nextStep();
    expect(steps.steps(all, () => true)).to.deep.equal([
      FIRST_ROWS,
      FIRST_ROWS + MORE_ROWS,
      all.length,
    ]);
    expect(steps.done).to.equal(true);
    steps.hostUpdated();
    expect(fake.updates).to.equal(2);
  });

  it('splits the steps over the sections, and hides a section with no shown row', () => {
    const groups: RowGroup[] = [
      { key: 'done', numeral: 'I', label: 'I', rows: rows('a', 3) },
      { key: 'open', numeral: 'II', label: 'II', rows: rows('b', 4) },
      { key: 'bad', label: 'bad', rows: rows('c', 2) },
    ];
    expect(displayOrder(groups).map((r) => r.key)).to.deep.equal([
      'a0',
      'a1',
      'a2',
      'b0',
      'b1',
      'b2',
      'b3',
      'c0',
      'c1',
    ]);
    const visible = new Set(['a0', 'a1', 'a2', 'b1']);
    // Steps end after 2 and 5 rows: sections I and II are (partly) rendered, the bad rows not yet.
    const plan = planSections(groups, [2, 5], visible);
    expect(
      plan.map((s) => [
        s.group.key,
        s.shown,
        s.steps.map((st) => [st.start, st.end, st.rows.map((r) => r.key)]),
      ]),
    ).to.deep.equal([
      [
        'done',
        true,
        [
          [0, 2, ['a0', 'a1']],
          [2, 5, ['a2']],
        ],
      ],
      ['open', true, [[2, 5, ['b0', 'b1']]]],
    ]);
    const all = planSections(groups, [2, 9], visible);
    expect(all.map((s) => [s.group.key, s.shown])).to.deep.equal([
      ['done', true],
      ['open', true],
      ['bad', false],
    ]);
    expect(all[2]?.steps.map((st) => st.rows.length)).to.deep.equal([2]);
  });
});

describe('pages (paging.ts)', () => {
  it('reads page-size: a whole number, "all" or 0 for every row, 50 when absent, nothing else', () => {
    expect(parsePageSize(undefined)).to.equal(50);
    expect(parsePageSize('')).to.equal(50);
    expect(parsePageSize('25')).to.equal(25);
    expect(parsePageSize(10)).to.equal(10);
    expect(parsePageSize('all')).to.equal(0);
    expect(parsePageSize('0')).to.equal(0);
    expect(parsePageSize('2.5')).to.equal(undefined);
    expect(parsePageSize('-3')).to.equal(undefined);
    expect(parsePageSize('mười')).to.equal(undefined);
  });

  it('cuts the rows the filters leave into pages across sections, and clamps the page', () => {
    const groups: RowGroup[] = [
      { key: 'done', label: 'I', rows: rows('a', 3) },
      { key: 'open', label: 'II', rows: rows('b', 4) },
    ];
    // a1 is filtered out: 6 rows count, 2 pages of 4.
    const visible = new Set(['a0', 'a2', 'b0', 'b1', 'b2', 'b3']);
    const keys = (p: ReturnType<typeof pageOf>): string[][] | undefined =>
      p?.groups.map((g) => g.rows.map((r) => r.key));
    const first = pageOf(groups, visible, 4, 1);
    expect(keys(first)).to.deep.equal([
      ['a0', 'a2'],
      ['b0', 'b1'],
    ]);
    expect([first?.page, first?.pages, first?.from, first?.to, first?.rows]).to.deep.equal([
      1, 2, 1, 4, 6,
    ]);
    const last = pageOf(groups, visible, 4, 7);
    expect(keys(last)).to.deep.equal([['b2', 'b3']]);
    expect([last?.page, last?.from, last?.to]).to.deep.equal([2, 5, 6]);
    // Everything on one page, or no page size: no pages at all.
    expect(pageOf(groups, visible, 6, 1)).to.equal(undefined);
    expect(pageOf(groups, visible, 0, 1)).to.equal(undefined);
  });
});
