import { foldText } from './fold-text.js';
import type { RowView, StatusKey } from './row-model.js';

export interface RowFilter {
  /** Folded search text; '' matches every row. */
  readonly query: string;
  readonly status?: StatusKey | undefined;
  readonly pillar?: string | undefined;
}

export function makeFilter(search: string, status?: StatusKey, pillar?: string): RowFilter {
  return { query: foldText(search), status, pillar };
}

/** Names folded on the first search only: most tables are never searched. */
const folded = new WeakMap<RowView, string>();

/** The query as a phrase: "ho so" finds "hồ sơ" but not "nhỏ … số". */
function matchesQuery(row: RowView, query: string): boolean {
  if (!query) return true;
  let text = folded.get(row);
  if (text === undefined) {
    text = foldText(row.searchText);
    folded.set(row, text);
  }
  return text.includes(query);
}

/** Bad rows always stay in view: an error is never filtered away. */
export function matches(row: RowView, f: RowFilter, skip?: 'status' | 'pillar'): boolean {
  if (row.errors.length) return true;
  if (!matchesQuery(row, f.query)) return false;
  if (skip !== 'status' && f.status !== undefined && row.status !== f.status) return false;
  if (skip !== 'pillar' && f.pillar !== undefined && (row.pillar ?? 'other') !== f.pillar)
    return false;
  return true;
}

/**
 * Counts for the filter menus. Each menu counts the rows the other filters let through, so a
 * count always says how many rows choosing that option would show.
 */
export function facetCounts(
  rows: readonly RowView[],
  f: RowFilter,
  facet: 'status' | 'pillar',
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of rows) {
    if (r.errors.length || !matches(r, f, facet)) continue;
    const key = facet === 'status' ? r.status : (r.pillar ?? 'other');
    if (key === undefined) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
