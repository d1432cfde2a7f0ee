/** The table's columns, in the order the reports print them (source last). */
export const COLUMN_IDS = [
  'number',
  'indicator',
  'agency',
  'result',
  'target',
  'gap',
  'status',
  'progress',
  'source',
] as const;

export type ColumnId = (typeof COLUMN_IDS)[number];

/** Shown unless the `columns` attribute says otherwise: the report's columns plus status and gap. */
export const DEFAULT_COLUMNS: readonly ColumnId[] = [
  'number',
  'indicator',
  'agency',
  'result',
  'target',
  'gap',
  'status',
  'progress',
];

const isColumnId = (s: string): s is ColumnId => (COLUMN_IDS as readonly string[]).includes(s);

/** `"number indicator target"` or `"number,indicator"` → the ids; unknown names are returned apart. */
export function parseColumns(text: string): { columns: ColumnId[]; unknown: string[] } {
  const columns: ColumnId[] = [];
  const unknown: string[] = [];
  for (const name of text.split(/[\s,]+/).filter(Boolean)) {
    if (isColumnId(name)) {
      if (!columns.includes(name)) columns.push(name);
    } else unknown.push(name);
  }
  return { columns, unknown };
}

/**
 * One rendered column. `result` and `target` become one column per period in the multi-period
 * view, so a column has its own key (`result:2022`) and the index of its period.
 */
export interface ColumnView {
  readonly id: ColumnId;
  readonly key: string;
  readonly label: string;
  /** Words for screen readers after a label another column has too: which result it sits beside. */
  readonly detail?: string;
  /** Index into a row's `results` / `targets` for period columns. */
  readonly periodIndex: number;
}
