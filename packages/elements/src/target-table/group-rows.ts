import { KNOWN_PILLARS, localize, type Dataset, type Locale } from '@cds-vn/core';
import { tableMessages } from './messages.js';
import type { RowView } from './row-model.js';
import { toRoman } from './roman.js';

export type GroupBy = 'status' | 'pillar' | 'none';

export interface RowGroup {
  readonly key: string;
  /** "I", "II"…; none for the ungrouped table and for the bad-rows group. */
  readonly numeral?: string;
  /** The heading; '' for the ungrouped table. */
  readonly label: string;
  readonly rows: readonly RowView[];
}

export interface GroupContext {
  readonly locale: Locale;
  readonly dataset: Dataset;
  /** A table of tasks says "nhiệm vụ" where a table of indicators says "chỉ tiêu". */
  readonly allMilestones: boolean;
  /** A period still running: "đã đạt được / cần tiếp tục nỗ lực", as the mid-year report says. */
  readonly inProgress: boolean;
}

const DONE = new Set(['achieved', 'achieved-late']);

/**
 * A pillar's name: the dataset's own, else the programme's known pillars, else "Khác" for
 * `other` (rows without a pillar), else its id.
 */
export function pillarName(id: string, dataset: Dataset, locale: Locale): string {
  const own = dataset.pillars.find((p) => p.id === id)?.name;
  const known = own ?? KNOWN_PILLARS[id];
  return known ? localize(known, locale) : id === 'other' ? tableMessages[locale].groupOther : id;
}

/**
 * Splits rows (already in display order) into the report's sections. The order of `groupKeys`
 * fixes the sections' order; a section with no row is left out, and numerals count only the
 * sections shown, from the full (unfiltered) rows so that filtering never renumbers them.
 */
export function groupRows(
  rows: readonly RowView[],
  by: GroupBy,
  ctx: GroupContext,
  all: readonly RowView[],
): RowGroup[] {
  const t = tableMessages[ctx.locale];
  const bad = (r: RowView): boolean => r.errors.length > 0;
  if (by === 'none') return [{ key: 'all', label: '', rows }];

  const keyOf = (r: RowView): string => {
    if (bad(r)) return 'bad';
    if (by === 'status') return r.status && DONE.has(r.status) ? 'done' : 'open';
    return r.pillar ?? 'other';
  };
  const order: string[] =
    by === 'status'
      ? ['done', 'open']
      : [...new Set(all.filter((r) => !bad(r)).map((r) => r.pillar ?? 'other'))];
  // "Khác" and the bad rows close the table.
  const keys = [
    ...order.filter((k) => k !== 'other'),
    ...(order.includes('other') ? ['other'] : []),
    'bad',
  ];
  const present = new Set(all.map(keyOf));
  const numerals = new Map<string, string>();
  keys
    .filter((k) => k !== 'bad' && present.has(k))
    .forEach((k, i) => numerals.set(k, toRoman(i + 1)));

  const label = (key: string): string => {
    if (key === 'bad') return t.groupBadRows;
    if (by === 'pillar') return pillarName(key, ctx.dataset, ctx.locale);
    if (ctx.allMilestones) return key === 'done' ? t.groupDoneTasks : t.groupOpenTasks;
    if (ctx.inProgress) return key === 'done' ? t.groupAchievedSoFar : t.groupNeedsEffort;
    return key === 'done' ? t.groupAchievedIndicators : t.groupOpenIndicators;
  };
  const buckets = new Map<string, RowView[]>(keys.map((k) => [k, []]));
  for (const r of rows) buckets.get(keyOf(r))?.push(r);
  return keys
    .filter((k) => present.has(k))
    .map((k) => {
      const numeral = numerals.get(k);
      return { key: k, ...(numeral && { numeral }), label: label(k), rows: buckets.get(k) ?? [] };
    });
}
