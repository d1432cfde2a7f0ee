/** Exact resolution of a query (code or name) in one boundary set, without suggestions. */
import { NAME_INDEX } from './name-index.js';
import { normalizeProvinceName } from './normalize-name.js';
import { parseCode } from './parse-code.js';
import { provinceByCode } from './registry.js';
import type { BoundarySet, ProvinceUnit } from './types.js';

export interface Resolution {
  readonly unit: ProvinceUnit;
  readonly matchedBy: 'gso' | 'iso' | 'name';
}

export function resolveProvince(query: string, set: BoundarySet): Resolution | undefined {
  const code = parseCode(query);
  if (code !== undefined) {
    // A code-shaped query is only ever a code: '64' never falls back to a name.
    const unit = provinceByCode(set, code.key);
    return unit === undefined ? undefined : { unit, matchedBy: code.kind };
  }
  const unit = NAME_INDEX[set].get(normalizeProvinceName(query));
  return unit === undefined ? undefined : { unit, matchedBy: 'name' };
}
