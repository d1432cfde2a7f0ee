/**
 * Which rows to render now, section by section, split into the steps they were first rendered
 * in. A step's range of rows never changes within one order of the rows, so the template can
 * skip the rows of earlier steps (`guard`) when it adds a later one.
 */
import type { RowGroup } from './group-rows.js';
import type { RowView } from './row-model.js';

export interface RowStep {
  /** The step's range in display order over all sections: fixed once the step is rendered. */
  readonly start: number;
  readonly end: number;
  /** The step's rows within this section. */
  readonly rows: readonly RowView[];
}

export interface SectionPlan {
  readonly group: RowGroup;
  /** Whether any of the section's rows passes the filters; else the whole section is hidden. */
  readonly shown: boolean;
  readonly steps: readonly RowStep[];
}

/** Every section's rows in display order, one after the other. */
export function displayOrder(groups: readonly RowGroup[]): RowView[] {
  return groups.flatMap((g) => g.rows);
}

/**
 * The sections that have rows rendered by the steps ending at `ends` (exclusive indices into
 * `displayOrder(groups)`), each with its part of every step.
 */
export function planSections(
  groups: readonly RowGroup[],
  ends: readonly number[],
  visible: ReadonlySet<string>,
): SectionPlan[] {
  const rendered = ends.at(-1) ?? 0;
  const out: SectionPlan[] = [];
  let offset = 0;
  for (const group of groups) {
    const first = offset;
    offset += group.rows.length;
    if (first >= rendered) break;
    const steps: RowStep[] = [];
    let start = 0;
    for (const end of ends) {
      const from = Math.max(start, first);
      const to = Math.min(end, offset);
      if (from < to) steps.push({ start, end, rows: group.rows.slice(from - first, to - first) });
      start = end;
    }
    out.push({ group, shown: group.rows.some((r) => visible.has(r.key)), steps });
  }
  return out;
}
