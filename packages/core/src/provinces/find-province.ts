import { resolveProvince } from './resolve-province.js';
import { suggestProvinces } from './suggest-provinces.js';
import type { BoundarySet, ProvinceUnit } from './types.js';

export type ProvinceMatch =
  | {
      readonly ok: true;
      readonly unit: ProvinceUnit;
      readonly matchedBy: 'gso' | 'iso' | 'name';
    }
  | { readonly ok: false; readonly query: string; readonly suggestions: readonly ProvinceUnit[] };

/**
 * Finds a unit by GSO code ('01', '1'), ISO code ('vn-hn') or any common spelling of its name.
 * Only an exact match (after normalisation) is a match; a near miss such as a typo is reported as
 * a miss, with up to three suggestions.
 */
export function findProvince(query: string, set: BoundarySet): ProvinceMatch {
  const found = resolveProvince(query, set);
  if (found !== undefined) return { ok: true, ...found };
  return { ok: false, query, suggestions: suggestProvinces(query, set) };
}
