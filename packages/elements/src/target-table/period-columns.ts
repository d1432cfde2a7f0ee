import {
  comparePeriods,
  knownAsOf,
  parsePeriod,
  type Period,
  type ReportTable,
} from '@cds-vn/core';
import type { TableInput } from './parse-table-input.js';

export interface PeriodColumns {
  /** One per result column, newest first; `[undefined]`: one column of each row's latest figure. */
  readonly periods: readonly (Period | undefined)[];
  /** The period statuses, gaps and progress are judged for. */
  readonly primary?: Period;
}

/**
 * The single-period view takes `period`, else the report table's period. The multi-period view
 * takes `periods` (a list, or `all` for every period the rows have figures for), newest first;
 * its status speaks for `period` when given, else for the newest period. `all` counts only the
 * figures known at `asOf`: a later report's periods would be empty columns.
 */
export function periodColumns(
  input: TableInput,
  period: string | undefined,
  periods: string | undefined,
  table: ReportTable | undefined,
  asOf?: string,
): PeriodColumns {
  const single = (period ? parsePeriod(period) : undefined) ?? table?.period;
  const list = periods?.trim();
  if (!list) return { periods: [single], ...(single && { primary: single }) };
  let chosen: Period[];
  if (list === 'all') {
    // The rows' periods: a report table's rows, not every indicator of its dataset (whose other
    // periods would be empty columns). An undated short form's year is only where it is filed.
    const rows = table && new Set(table.indicators);
    chosen = input.dataset.indicators.flatMap((ind) =>
      ind.undated || (rows && !rows.has(ind.id))
        ? []
        : knownAsOf(ind, asOf).observations.map((o) => o.period),
    );
  } else {
    chosen = list
      .split(/[\s,]+/)
      .map((s) => parsePeriod(s))
      .filter((p): p is Period => p !== undefined);
  }
  const newestFirst = [...new Map(chosen.map((p) => [p.key, p])).values()].sort((a, b) =>
    comparePeriods(b, a),
  );
  const primary = single ?? newestFirst[0];
  return {
    periods: newestFirst.length ? newestFirst : [single],
    ...(primary && { primary }),
  };
}
