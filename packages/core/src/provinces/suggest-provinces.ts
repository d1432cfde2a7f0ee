/** What to offer when a query resolves to nothing. Suggestions are never matches. */
import { editDistance } from './edit-distance.js';
import { NAME_INDEX } from './name-index.js';
import { normalizeProvinceName } from './normalize-name.js';
import { parseCode } from './parse-code.js';
import { resolveProvince } from './resolve-province.js';
import { successorOf } from './succession.js';
import type { BoundarySet, ProvinceUnit } from './types.js';

const MAX_SUGGESTIONS = 3;

// About one typo per four letters, at least one: 'Hà Nộii' is close to 'Hà Nội', 'Huế' is not
// close to 'Hà Nam'.
function typoTolerance(key: string): number {
  return Math.max(1, Math.floor(key.length / 4));
}

// A whole-word fragment ('Quảng', 'Ninh') or a name inside a longer text ('tỉnh Quảng Nam cũ').
function sharesWholeWords(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= 3 && ` ${longer} `.includes(` ${shorter} `);
}

/** Units whose accepted names are close to the query's normalised key, closest first. */
function nearNames(key: string, set: BoundarySet): ProvinceUnit[] {
  if (key === '') return [];
  const closest = new Map<ProvinceUnit, number>();
  for (const [candidate, unit] of NAME_INDEX[set]) {
    const distance = editDistance(key, candidate);
    if (distance > typoTolerance(key) && !sharesWholeWords(key, candidate)) continue;
    const known = closest.get(unit);
    if (known === undefined || distance < known) closest.set(unit, distance);
  }
  return [...closest]
    .sort(([unitA, a], [unitB, b]) => a - b || unitA.gso.localeCompare(unitB.gso))
    .map(([unit]) => unit);
}

// A query naming a unit that existed only before the merger (e.g. 'Bắc Giang', '64') is best
// answered in the 34 by the unit it became part of.
function mergedInto(query: string, set: BoundarySet): ProvinceUnit[] {
  if (set !== 'vn-34') return [];
  const old = resolveProvince(query, 'vn-63');
  return old === undefined ? [] : [successorOf(old.unit.gso)];
}

export function suggestProvinces(query: string, set: BoundarySet): readonly ProvinceUnit[] {
  // Codes are exact: a near code is another unit, not a typo.
  const near = parseCode(query) === undefined ? nearNames(normalizeProvinceName(query), set) : [];
  return [...new Set([...mergedInto(query, set), ...near])].slice(0, MAX_SUGGESTIONS);
}
