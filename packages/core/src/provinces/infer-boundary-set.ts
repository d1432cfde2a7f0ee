import { resolveProvince } from './resolve-province.js';
import type { BoundarySet } from './types.js';

/**
 * 'vn-63' when any key resolves only in the 63: a unit that exists only before 1 Jul 2025 (a
 * name such as 'Bắc Giang', an ISO code, which ISO has published for the 63 only) or a GSO code
 * the 34 do not use ('27'). Else 'vn-34': keys valid in both sets (most names, the codes the 34
 * kept, such as '01') do not tell them apart. Keys that resolve in neither set are ignored.
 */
export function inferBoundarySet(keys: readonly string[]): BoundarySet {
  for (const key of new Set(keys))
    if (resolveProvince(key, 'vn-63') !== undefined && resolveProvince(key, 'vn-34') === undefined)
      return 'vn-63';
  return 'vn-34';
}
