import type { Locale } from '@cds-vn/core';
import type { ColumnView } from './columns.js';
import { STATUS_ORDER, type RowView } from './row-model.js';

export type SortDirection = 'ascending' | 'descending';

const collators = new Map<Locale, Intl.Collator>();
function collator(locale: Locale): Intl.Collator {
  let c = collators.get(locale);
  if (!c) {
    c = new Intl.Collator(locale === 'vi' ? 'vi' : 'en', { sensitivity: 'base', numeric: true });
    collators.set(locale, c);
  }
  return c;
}

type Key = number | string | undefined;

function keyOf(row: RowView, column: ColumnView): Key {
  switch (column.id) {
    case 'number':
      return row.position;
    case 'indicator':
      return row.name || undefined;
    case 'agency':
      return row.agency || undefined;
    case 'result':
      return row.results[column.periodIndex]?.sort;
    case 'target':
      return row.targets[column.periodIndex]?.sort;
    case 'gap':
      return row.gap.sort;
    case 'status':
      return row.status === undefined ? undefined : STATUS_ORDER.indexOf(row.status);
    case 'progress':
      return row.progress?.ratio;
    case 'source':
      return row.source.sort;
  }
}

/**
 * Sorted copy of the rows. Rows with nothing to sort on (no figure, a bad row) go last in
 * either direction, and ties keep the report's order, so a sort never scrambles equal rows.
 * A task's done state or due date compares with no figure: tasks go after the figures, in
 * either direction as well, so a column sorted for its largest or smallest figures has them
 * at the top, and its tasks together in their own order below.
 */
export function sortRows(
  rows: readonly RowView[],
  column: ColumnView,
  direction: SortDirection,
  locale: Locale,
): RowView[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const compareText = collator(locale).compare;
  const keyed = rows.map((row) => ({
    row,
    key: row.errors.length ? undefined : keyOf(row, column),
    task: +(row.milestone && (column.id === 'result' || column.id === 'target')),
  }));
  keyed.sort((a, b) => {
    if (a.key === undefined || b.key === undefined) {
      if (a.key === b.key) return a.row.position - b.row.position;
      return a.key === undefined ? 1 : -1;
    }
    if (a.task !== b.task) return a.task - b.task;
    const c =
      typeof a.key === 'number' && typeof b.key === 'number'
        ? a.key - b.key
        : compareText(String(a.key), String(b.key));
    return c * sign || a.row.position - b.row.position;
  });
  return keyed.map((k) => k.row);
}
