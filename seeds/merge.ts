/**
 * Merges the per-report datasets into one: indicators that share an id become one indicator
 * whose observations and targets are the union of every report's, each still citing its own
 * report. Descriptive fields (name, unit, pillar, …) are taken from the newest report that gives
 * them, so a merge is stable whatever order the inputs come in.
 */
import type { DatasetInput, IndicatorInput, SourceInput } from '@cds-vn/core';

const dateOf = (d: DatasetInput): string => d.source?.date ?? '';

export function mergeDatasets(inputs: readonly DatasetInput[]): DatasetInput {
  const ordered = [...inputs].sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
  const sources: SourceInput[] = [];
  const pillars = new Map<string, NonNullable<DatasetInput['pillars']>[number]>();
  const indicators = new Map<string, IndicatorInput>();
  const regional: NonNullable<DatasetInput['regional']> = [];
  const tables: NonNullable<DatasetInput['tables']> = [];
  for (const d of ordered) {
    if (d.source) sources.push(d.source);
    sources.push(...(d.sources ?? []));
    for (const p of d.pillars ?? []) if (!pillars.has(p.id)) pillars.set(p.id, p);
    for (const ind of d.indicators) {
      const prev = indicators.get(ind.id);
      const observations = [...(prev?.observations ?? []), ...(ind.observations ?? [])];
      const targets = [...(prev?.targets ?? []), ...(ind.targets ?? [])];
      indicators.set(ind.id, {
        ...prev,
        ...ind,
        ...(observations.length > 0 && { observations }),
        ...(targets.length > 0 && { targets }),
      });
    }
    regional.push(...(d.regional ?? []));
    tables.push(...(d.tables ?? []));
  }
  return {
    sources,
    pillars: [...pillars.values()],
    indicators: [...indicators.values()],
    regional,
    tables,
  };
}
