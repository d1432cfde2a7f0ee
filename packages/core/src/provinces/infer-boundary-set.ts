import { parseCode } from './parse-code.js';
import { resolveProvince } from './resolve-province.js';
import type { BoundarySet } from './types.js';

/**
 * 'vn-63' when any key resolves only in the 63 (a unit that exists only before 1 Jul 2025), else
 * 'vn-34'. Keys may be GSO codes, ISO codes or names. Numeric codes alone never force vn-63:
 * the 34 reuse the 63's codes. ISO codes do, since ISO has published them for the 63 only.
 * Keys that resolve in neither set are ignored.
 */
export function inferBoundarySet(keys: readonly string[]): BoundarySet {
  for (const key of new Set(keys)) {
    if (parseCode(key)?.kind === 'gso') continue;
    if (
      resolveProvince(key, 'vn-63') !== undefined &&
      resolveProvince(key, 'vn-34') === undefined
    ) {
      return 'vn-63';
    }
  }
  return 'vn-34';
}
