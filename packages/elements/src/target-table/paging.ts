/**
 * Pages of a long table. Laying out a thousand table rows takes Chromium hundreds of
 * milliseconds however they are made (a plain HTML table of the same text too: see
 * bench/target-table.bench.mjs), so a table with more rows than a page shows one page at a time,
 * as data-table libraries do. Every report table (at most 42 rows) fits on one page and is shown
 * whole, exactly as printed. Printing, the CSV export and the filter counts always cover every row.
 */
import type { RowGroup } from './group-rows.js';

/**
 * Rows per page unless `page-size` says otherwise: more than any report table holds (42), and few
 * enough for a sort or a new page to show within about two frames on a slow machine.
 */
export const DEFAULT_PAGE_SIZE = 50;

/** `page-size`: a whole number of rows ≥ 1, or `all` (also `0`) for every row on one page. */
export function parsePageSize(value: number | string | undefined): number | undefined {
  if (value === undefined || value === null || value === '') return DEFAULT_PAGE_SIZE;
  const text = String(value).trim();
  if (text === 'all') return 0;
  if (!/^\d+$/.test(text)) return undefined;
  return Number(text);
}

/** `page`: a whole number ≥ 1 (a page past the last one shows the last). */
export function isPageNumber(value: number | string | undefined): boolean {
  return value === undefined || value === null || /^[1-9]\d*$/.test(String(value).trim());
}

export interface PageView {
  /** The sections with only this page's rows; sections with none left out. */
  readonly groups: readonly RowGroup[];
  /** 1-based, clamped to the pages there are. */
  readonly page: number;
  readonly pages: number;
  /** 1-based positions of the page's first and last rows among the rows the filters leave. */
  readonly from: number;
  readonly to: number;
  /** Rows the filters leave, on every page. */
  readonly rows: number;
}

/**
 * The rows of page `page` of `size` rows, counting only rows that pass the filters (`visible`),
 * in display order. `undefined` when everything fits on one page (or `size` is 0): the table then
 * shows every row, keeping filtered-out ones hidden in the DOM for printing.
 */
export function pageOf(
  groups: readonly RowGroup[],
  visible: ReadonlySet<string>,
  size: number,
  page: number,
): PageView | undefined {
  const rows = groups.reduce((n, g) => n + g.rows.filter((r) => visible.has(r.key)).length, 0);
  if (size <= 0 || rows <= size) return undefined;
  const pages = Math.ceil(rows / size);
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const first = (current - 1) * size;
  const last = Math.min(first + size, rows);
  let at = 0;
  const out: RowGroup[] = [];
  for (const g of groups) {
    const kept = g.rows.filter((r) => {
      if (!visible.has(r.key)) return false;
      const i = at++;
      return i >= first && i < last;
    });
    if (kept.length) out.push({ ...g, rows: kept });
  }
  return { groups: out, page: current, pages, from: first + 1, to: last, rows };
}
