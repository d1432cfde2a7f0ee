/**
 * What the table shows right now: the columns switched on, the rows in display order split into
 * sections, which rows pass the filters, and the filter menus with their counts. Derived from the
 * row model and the controls; the template and the CSV export both read it, so the file always
 * holds what the screen holds.
 */
import { asOfInstant, formatPeriod, type Dataset, type Locale, type Period } from '@cds-vn/core';
import { columnWidths } from './column-widths.js';
import {
  COLUMN_IDS,
  DEFAULT_COLUMNS,
  parseColumns,
  type ColumnId,
  type ColumnView,
} from './columns.js';
import { facetCounts, makeFilter, matches } from './filter-rows.js';
import { groupRows, pillarName, type GroupBy, type RowGroup } from './group-rows.js';
import { tableMessages } from './messages.js';
import {
  STATUS_ORDER,
  STATUS_SYMBOL,
  statusWord,
  type CellView,
  type RowView,
  type StatusKey,
  type TableModel,
} from './row-model.js';
import { sortRows, type SortDirection } from './sort-rows.js';

export interface FilterOption {
  readonly value: string;
  readonly label: string;
}

export interface TableView {
  readonly columns: readonly ColumnView[];
  /** The CSS width of each column (fixed table layout); `undefined` for the one taking the rest. */
  readonly widths: readonly (string | undefined)[];
  /** Every column the picker offers, with whether it is shown. */
  readonly picker: readonly {
    readonly id: ColumnId;
    readonly label: string;
    readonly shown: boolean;
  }[];
  /** Sections in display order, each with all its rows (filtered-out rows are hidden, not dropped). */
  readonly groups: readonly RowGroup[];
  readonly visible: ReadonlySet<string>;
  /** Good rows shown, of all good rows. */
  readonly shown: number;
  readonly total: number;
  readonly statusOptions: readonly FilterOption[];
  readonly pillarOptions: readonly FilterOption[];
  readonly statusAll: number;
  readonly pillarAll: number;
  readonly sorted?: ColumnView;
  readonly direction: SortDirection;
  /** The filters in force, as "Trạng thái: ✓ Đạt": printed in place of the toolbar. */
  readonly activeFilters: readonly string[];
  /** Footnote key → its index in the list. */
  readonly footnoteIndex: ReadonlyMap<string, number>;
}

export interface Controls {
  readonly locale: Locale;
  readonly dataset: Dataset;
  readonly periods: readonly (Period | undefined)[];
  readonly groupBy: GroupBy;
  readonly asOf?: string | undefined;
  readonly columns?: string | undefined;
  readonly columnChoices: ReadonlyMap<ColumnId, boolean>;
  readonly search?: string | undefined;
  readonly status?: StatusKey | undefined;
  readonly pillar?: string | undefined;
  readonly sortBy?: string | undefined;
  readonly sortDirection?: string | undefined;
}

/** The id of a footnote marker in a cell: unique per row, column and marker. */
export function refId(row: RowView, c: ColumnView, marker: string): string {
  return `ref-${row.key}-${c.key.replace(/[^\w-]/g, '_')}-${marker.replace(/[^\w-]/g, '_')}`;
}

/** Every column (period columns expanded) for `ids`, in order, each result beside its target. */
export function columnViews(
  model: TableModel,
  ids: readonly ColumnId[],
  periods: readonly (Period | undefined)[],
  locale: Locale,
): ColumnView[] {
  const t = tableMessages[locale];
  const multi = periods.length > 1;
  const periodColumn = (id: 'result' | 'target', p: Period | undefined, i: number): ColumnView => {
    const rp = model.resultPeriods[i];
    const tp = model.targetPeriods[i];
    let label: string;
    if (id === 'result') label = rp ? t.resultIn(formatPeriod(rp, locale, 'inline')) : t.result;
    else if (model.allMilestones) label = t.due;
    else label = tp ? t.targetIn(formatPeriod(tp, locale, 'inline')) : t.target;
    return { id, key: multi && p ? `${id}:${p.key}` : id, label, periodIndex: i };
  };
  const out: ColumnView[] = [];
  for (const id of ids) {
    if (id === 'result') {
      periods.forEach((p, i) => {
        out.push(periodColumn('result', p, i));
        if (ids.includes('target')) out.push(periodColumn('target', p, i));
      });
    } else if (id === 'target') {
      if (!ids.includes('result')) periods.forEach((p, i) => out.push(periodColumn(id, p, i)));
    } else {
      out.push({ id, key: id, label: plainLabel(id, model, locale), periodIndex: 0 });
    }
  }
  // Two periods judged against one year's target: two "Mục tiêu năm 2022" headers. Each then
  // names, for screen readers, the result it sits beside.
  return out.map((col, i) => {
    const before = out[i - 1];
    const twin = out.some((o) => o !== col && o.label === col.label);
    return twin && col.id === 'target' && before?.id === 'result'
      ? { ...col, detail: t.targetFor(before.label) }
      : col;
  });
}

function plainLabel(id: ColumnId, model: TableModel, locale: Locale): string {
  const t = tableMessages[locale];
  if (id === 'number') return t.number;
  if (id === 'indicator') return model.allMilestones ? t.task : t.indicator;
  if (id === 'target' && model.allMilestones) return t.due;
  return t[id];
}

/** Whether any row has something in a column: empty columns are left out by default. */
function hasContent(model: TableModel, id: ColumnId): boolean {
  const cells = (cs: readonly CellView[]): boolean => cs.some((c) => c.text !== '');
  return model.rows.some((r) => {
    if (r.errors.length) return false;
    switch (id) {
      case 'agency':
        return r.agency !== '';
      case 'result':
        return cells(r.results);
      case 'target':
        return cells(r.targets);
      case 'gap':
        return r.gap.text !== '';
      case 'progress':
        return r.progress !== undefined;
      case 'source':
        return r.source.text !== '';
      default:
        return true;
    }
  });
}

function shownColumnIds(model: TableModel, c: Controls): ColumnId[] {
  const chosen = c.columns ? parseColumns(c.columns).columns : undefined;
  const base = chosen ?? DEFAULT_COLUMNS.filter((id) => hasContent(model, id));
  return COLUMN_IDS.filter((id) => c.columnChoices.get(id) ?? base.includes(id));
}

/** Whether the targets' period is still running at "as of": the mid-year report's wording. */
function targetsRunning(model: TableModel, asOf: string | undefined): boolean {
  const now = asOfInstant(asOf);
  return model.targetPeriods.some((p) => p !== undefined && now < p.end);
}

/**
 * Footnote key → the id of its first marker in `rows` (the rows on screen) and `columns`: the
 * notes a reader can meet, and where each one's back link goes.
 */
export function firstReferences(
  rows: readonly RowView[],
  columns: readonly ColumnView[],
): Map<string, string> {
  const first = new Map<string, string>();
  for (const r of rows) {
    for (const c of columns) {
      const cell =
        c.id === 'result'
          ? r.results[c.periodIndex]
          : c.id === 'target'
            ? r.targets[c.periodIndex]
            : undefined;
      for (const f of cell?.footnotes ?? [])
        if (!first.has(f.key)) first.set(f.key, refId(r, c, f.marker));
    }
  }
  return first;
}

export function arrangeTable(model: TableModel, c: Controls): TableView {
  const t = tableMessages[c.locale];
  const shownIds = shownColumnIds(model, c);
  const all = columnViews(model, COLUMN_IDS, c.periods, c.locale);
  const columns = all.filter((col) => shownIds.includes(col.id));
  const picker = COLUMN_IDS.map((id) => ({
    id,
    label: plainLabel(id, model, c.locale),
    shown: shownIds.includes(id),
  }));

  const filter = makeFilter(c.search ?? '', c.status, c.pillar || undefined);
  const sorted = c.sortBy ? all.find((col) => col.key === c.sortBy) : undefined;
  const direction: SortDirection = c.sortDirection === 'descending' ? 'descending' : 'ascending';
  const ordered = sorted ? sortRows(model.rows, sorted, direction, c.locale) : model.rows;
  const groups = groupRows(
    ordered,
    c.groupBy,
    {
      locale: c.locale,
      dataset: c.dataset,
      allMilestones: model.allMilestones,
      inProgress: targetsRunning(model, c.asOf),
    },
    model.rows,
  );
  const visible = new Set(model.rows.filter((r) => matches(r, filter)).map((r) => r.key));
  const good = model.rows.filter((r) => r.errors.length === 0);

  const statusCounts = facetCounts(model.rows, filter, 'status');
  // A status only tasks have reads as tasks say it ("Đã hoàn thành" rather than "Đạt").
  const statusName = (k: StatusKey): string =>
    `${STATUS_SYMBOL[k]} ${statusWord(
      k,
      good.every((r) => r.status !== k || r.milestone),
      c.locale,
    )}`;
  // The filter in force has an option even with no row: else the menu reads "all" over an
  // empty table, and choosing "all", already chosen, does nothing.
  const statusOptions = STATUS_ORDER.filter(
    (k) => good.some((r) => r.status === k) || k === c.status,
  ).map((k) => ({
    value: k,
    label: t.option(statusName(k), statusCounts.get(k) ?? 0),
  }));
  const pillarCounts = facetCounts(model.rows, filter, 'pillar');
  const pillarLabel = (id: string): string => pillarName(id, c.dataset, c.locale);
  // Rows without a pillar are "other", as their section is: '' is the menu's "all".
  const pillarOptions = [
    ...new Set(good.map((r) => r.pillar ?? 'other').concat(c.pillar || [])),
  ].map((id) => ({
    value: id,
    label: t.option(pillarLabel(id), pillarCounts.get(id) ?? 0),
  }));
  const search = c.search?.trim();
  const activeFilters = [
    ...(search ? [`${t.search}: “${search}”`] : []),
    ...(c.status ? [`${t.statusFilter}: ${statusName(c.status)}`] : []),
    ...(c.pillar ? [`${t.pillarFilter}: ${pillarLabel(c.pillar)}`] : []),
  ];
  const sum = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);

  return {
    columns,
    widths: columnWidths(columns, model.allMilestones),
    picker,
    groups,
    visible,
    shown: good.filter((r) => visible.has(r.key)).length,
    total: good.length,
    statusOptions,
    pillarOptions,
    statusAll: sum(statusCounts),
    pillarAll: sum(pillarCounts),
    ...(sorted && { sorted }),
    direction,
    activeFilters,
    footnoteIndex: new Map(model.footnotes.map((f, i) => [f.key, i])),
  };
}
