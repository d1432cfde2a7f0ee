/** The table as shown, as rows of plain text cells for the CSV export. */
import type { Locale } from '@cds-vn/core';
import type { ColumnView } from './columns.js';
import { tableMessages } from './messages.js';
import type { CellView, FootnoteView, RowView } from './row-model.js';
import { rowIssue } from './row-issue.js';
import { firstReferences, type TableView } from './table-view.js';

/**
 * A count out of a total is "21 trên 25" ("21 of 25"), as "21/25" is read aloud: Excel and
 * LibreOffice open "2/3" as a date (2 March), and whether "2 / 3" escapes depends on the
 * program and its locale. Words are never a date ("trên" as in the pager's "Trang 2 trên 5").
 */
const withNotes = (cell: CellView | undefined, locale: Locale): string =>
  cell
    ? (cell.count
        ? cell.text.replace(/(\d)\/(\d)/, `$1 ${tableMessages[locale].ofPages('$2')}`)
        : cell.text) + cell.footnotes.map((f) => `[${f.marker}]`).join('')
    : '';

function cellText(row: RowView, col: ColumnView, locale: Locale): string {
  switch (col.id) {
    case 'number':
      return row.number;
    case 'indicator':
      return row.name;
    case 'agency':
      return row.agency;
    case 'result':
      return withNotes(row.results[col.periodIndex], locale);
    case 'target':
      return withNotes(row.targets[col.periodIndex], locale);
    case 'gap':
      return row.gap.text;
    case 'status':
      return row.statusNote ? `${row.statusWord} ${row.statusNote}` : row.statusWord;
    case 'progress':
      return row.progress?.text ?? '';
    case 'source':
      return row.source.text;
  }
}

/**
 * A line that is not a data row (a section heading, a bad row) sets its number in the STT
 * column and its text in the next, as the reports do: "I", "Các chỉ tiêu đã hoàn thành".
 * Without an STT column both go in the first cell: "I. Các chỉ tiêu đã hoàn thành".
 */
export function leadingCells(
  columns: readonly ColumnView[],
  first: string,
  second: string,
): string[] {
  const cells = columns.map(() => '');
  if (columns[0]?.id === 'number' && columns.length > 1) {
    cells[0] = first;
    cells[1] = second;
  } else {
    cells[0] = first && second ? `${first}. ${second}` : first || second;
  }
  return cells;
}

/** `Dòng 2 không hiển thị được (name): trường "value": cần một số…` */
export function rowErrorText(row: RowView, locale: Locale): string {
  const t = tableMessages[locale];
  const name = row.name ? ` (${row.name})` : '';
  return `${t.rowError(row.number)}${name}: ${row.errors.map((e) => rowIssue(e, locale)).join('; ')}`;
}

/**
 * The header, then every section heading and row that is on screen, in screen order; then the
 * notes those rows' markers point to, as the table prints them under itself.
 */
export function csvRows(
  view: TableView,
  locale: Locale,
  footnotes: readonly FootnoteView[],
): string[][] {
  // Twin headers ("Mục tiêu năm 2022" twice) keep what tells them apart, as read aloud.
  const lines: string[][] = [
    view.columns.map((c) => (c.detail ? `${c.label} ${c.detail}` : c.label)),
  ];
  const numbered = view.columns[0]?.id === 'number';
  const exported: RowView[] = [];
  for (const group of view.groups) {
    const rows = group.rows.filter((r) => view.visible.has(r.key));
    if (!rows.length) continue;
    if (group.label) lines.push(leadingCells(view.columns, group.numeral ?? '', group.label));
    for (const row of rows) {
      exported.push(row);
      lines.push(
        row.errors.length
          ? leadingCells(view.columns, numbered ? row.number : '', rowErrorText(row, locale))
          : view.columns.map((c) => cellText(row, c, locale)),
      );
    }
  }
  const t = tableMessages[locale];
  const referenced = firstReferences(exported, view.columns);
  const notes = footnotes.filter((f) => referenced.has(f.key));
  if (notes.length) {
    const line = (text: string): string[] => leadingCells(view.columns, text, '');
    lines.push(line(''), line(t.footnotes));
    for (const f of notes) lines.push(line(`[${f.marker}] ${f.text ?? t.footnoteMissing}`));
  }
  return lines;
}
