/**
 * Column widths for the table's fixed layout. The widths come from the columns shown, never from
 * the rows' content, so a long table lays out each row once: adding the next step of rows, a sort
 * or a filter does not widen a column and re-lay out every row above it (and the columns do not
 * jump while the rows arrive). The row number gets a fixed width, the indicator name the rest,
 * every other column a share by how much it usually holds.
 */
import type { ColumnId, ColumnView } from './columns.js';

type Shared = Exclude<ColumnId, 'number' | 'indicator'>;

/** Relative shares: an agency list or a source line is longer than a figure. */
const WEIGHT: Readonly<Record<Shared, number>> = {
  agency: 1.7,
  result: 1.15,
  target: 1,
  gap: 1.3,
  status: 0.95,
  progress: 1,
  source: 1.3,
};

/** A table of tasks: the result is a sentence, the target a due date. */
const TASK_WEIGHT: Readonly<Record<Shared, number>> = {
  ...WEIGHT,
  agency: 2,
  result: 3.2,
  target: 1,
  status: 1.45,
};

/** At most this share of the table goes to the shared columns; the name keeps the rest. */
const SHARED_MAX = 70;
/** A share never wider than this (a table with few columns keeps its figures compact). */
const UNIT_MAX = 10;

/** One CSS width per column, in order; `undefined` for the column that takes the rest. */
export function columnWidths(
  columns: readonly ColumnView[],
  tasks: boolean,
): (string | undefined)[] {
  const weights = tasks ? TASK_WEIGHT : WEIGHT;
  const shared = (id: ColumnId): id is Shared => id !== 'number' && id !== 'indicator';
  const total = columns.reduce((sum, c) => sum + (shared(c.id) ? weights[c.id] : 0), 0);
  const unit = total ? Math.min(UNIT_MAX, SHARED_MAX / total) : 0;
  return columns.map((c) => {
    if (c.id === 'number') return 'calc(3.5 * var(--cds-rem))';
    if (!shared(c.id)) return undefined;
    return `${(weights[c.id] * unit).toFixed(2)}%`;
  });
}
