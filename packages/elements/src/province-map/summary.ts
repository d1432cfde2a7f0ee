/**
 * The map in one sentence, for everyone who cannot see it: "Cao nhất: Đà Nẵng 0,8002; thấp
 * nhất: …; 63/63 tỉnh, thành phố có dữ liệu".
 */
import type { Locale } from '@cds-vn/core';
import { messages } from './messages.js';
import type { ResolvedMap } from './resolve-map-data.js';
import type { MapView, UnitView } from './unit-view.js';

export function summarize(r: ResolvedMap, view: MapView, locale: Locale): string {
  const m = messages[locale];
  const total = view.units.length;
  const parts: string[] = [];
  if (r.kind === 'values') {
    const ranked = view.units
      .filter((u): u is UnitView & { rank: number } => u.rank !== undefined)
      .sort((a, b) => a.rank - b.rank || a.unit.gso.localeCompare(b.unit.gso));
    const [best] = ranked;
    const worst = ranked.at(-1);
    // "Cao nhất" is the largest value, whichever way the indicator points; for a rank, the
    // smallest number: the 1st is the highest place.
    const [high, low] =
      (r.direction === 'lower') === (r.unit === 'rank') ? [best, worst] : [worst, best];
    // One province is named with its value; equal values have no highest or lowest.
    if (ranked.length === 1 && high) parts.push(`${high.name} ${high.valueText}`);
    else if (high && low && high.valueText === low.valueText) parts.push(m.allAt(high.valueText));
    else if (high && low) {
      parts.push(`${m.highest}: ${high.name} ${high.valueText}`);
      parts.push(`${m.lowest}: ${low.name} ${low.valueText}`);
    }
    parts.push(m.withData(view.covered, total));
    // The target in words: a sentence is read aloud, and speech skips or misreads "≥" and "<".
    if (r.target && view.targetWords) {
      const meeting = view.units.filter((u) => u.meets).length;
      parts.push(m.meeting(meeting, ranked.length, view.targetWords));
    } else if (r.national && view.targetWords && ranked.length) {
      const counts = [-1, 0, 1].map((s) => ranked.filter((u) => u.side === s).length);
      parts.push(m.versusAll(view.targetWords, counts));
    }
    if (r.aggregate) parts.push(m.aggregated(r.aggregate));
  } else if (r.kind === 'categories') {
    parts.push(m.categoriesSummary(r.categories.length, view.covered, total));
    // Every province tied for the most groups, not the first of them in code order.
    const count = (u: UnitView): number => u.datum?.categories.length ?? 0;
    const n = Math.max(0, ...view.units.map(count));
    const most = view.units.filter((u) => count(u) === n).map((u) => u.name);
    if (n > 1) parts.push(m.most(most, n));
  } else if (r.kind === 'highlight') {
    const on = view.units.filter((u) => u.datum);
    parts.push(
      `${m.highlightSummary(on.length, total)}${on.length ? `: ${on.map((u) => u.name).join(', ')}` : ''}`,
    );
  } else {
    parts.push(m.mapOf(total === 63 ? 63 : 34));
  }
  return `${parts.join('; ')}.`;
}
