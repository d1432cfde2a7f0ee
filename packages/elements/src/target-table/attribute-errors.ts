import { dataError, parsePeriod, type DataError } from '@cds-vn/core';
import { COLUMN_IDS, parseColumns } from './columns.js';
import type { GroupBy } from './group-rows.js';
import { tableMessages } from './messages.js';
import { periodAttributeErrors } from '../base/period-attributes.js';
import { isPageNumber, parsePageSize } from './paging.js';
import { STATUS_ORDER, type StatusKey } from './row-model.js';
import type { SortDirection } from './sort-rows.js';

export const GROUP_BYS: readonly GroupBy[] = ['status', 'pillar', 'none'];
export const SORT_DIRECTIONS: readonly SortDirection[] = ['ascending', 'descending'];

export const isGroupBy = (s: string): s is GroupBy => (GROUP_BYS as readonly string[]).includes(s);
export const isStatusKey = (s: string): s is StatusKey =>
  (STATUS_ORDER as readonly string[]).includes(s);

/** An attribute the element cannot use, named with its value and what it expects. */
export function badAttribute(
  name: string,
  value: string,
  expected: { vi: string; en: string },
): DataError {
  return dataError(
    'invalid-attribute',
    name,
    tableMessages.vi.badAttribute(name, value, expected.vi),
    tableMessages.en.badAttribute(name, value, expected.en),
  );
}

/** `name="value"` when the value is none of `known`, with the list of those that are. */
export function notAmong(
  name: string,
  value: string | undefined,
  known: readonly string[],
): DataError[] {
  const list = known.join(', ');
  return value && !known.includes(value) ? [badAttribute(name, value, { vi: list, en: list })] : [];
}

export interface TableAttributes {
  readonly period?: string | undefined;
  readonly asOf?: string | undefined;
  readonly periods?: string | undefined;
  readonly groupBy?: string | undefined;
  readonly sortDirection?: string | undefined;
  readonly columns?: string | undefined;
  readonly statusFilter?: string | undefined;
  readonly pageSize?: number | string | undefined;
  readonly page?: number | string | undefined;
}

type Expectation =
  'expectPeriods' | 'expectGroupBy' | 'expectSortDirection' | 'expectPageSize' | 'expectPage';

/** Every attribute with a value the table cannot use: a typo is shown, never silently ignored. */
export function attributeErrors(a: TableAttributes): DataError[] {
  const errors: DataError[] = [];
  const check = (
    name: string,
    value: number | string | undefined,
    ok: (v: string) => boolean,
    why: Expectation,
  ): void => {
    // A removed attribute reads as null.
    if (value !== undefined && value !== null && value !== '' && !ok(String(value))) {
      errors.push(
        badAttribute(name, String(value), { vi: tableMessages.vi[why], en: tableMessages.en[why] }),
      );
    }
  };
  const isPeriod = (v: string): boolean => parsePeriod(v) !== undefined;
  const isPeriodList = (v: string): boolean =>
    v.trim() === 'all' ||
    v
      .split(/[\s,]+/)
      .filter(Boolean)
      .every(isPeriod);
  errors.push(...periodAttributeErrors(a));
  check('periods', a.periods, isPeriodList, 'expectPeriods');
  check('group-by', a.groupBy, isGroupBy, 'expectGroupBy');
  check(
    'sort-direction',
    a.sortDirection,
    (v) => (SORT_DIRECTIONS as readonly string[]).includes(v),
    'expectSortDirection',
  );
  check('page-size', a.pageSize, (v) => parsePageSize(v) !== undefined, 'expectPageSize');
  check('page', a.page, isPageNumber, 'expectPage');
  const unknown = a.columns ? parseColumns(a.columns).unknown : [];
  if (unknown.length) {
    const known = COLUMN_IDS.join(', ');
    errors.push(
      badAttribute('columns', unknown.join(' '), {
        vi: tableMessages.vi.expectColumns(known),
        en: tableMessages.en.expectColumns(known),
      }),
    );
  }
  errors.push(...notAmong('status-filter', a.statusFilter, STATUS_ORDER));
  return errors;
}

export function tableNotFound(id: string, known: readonly string[]): DataError {
  return dataError(
    'not-found',
    'table-id',
    tableMessages.vi.tableNotFound(id, known.join(', ')),
    tableMessages.en.tableNotFound(id, known.join(', ')),
  );
}
