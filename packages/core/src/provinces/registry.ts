/** The two boundary sets, frozen, and lookup by code. */
import { parseCode } from './parse-code.js';
import type { BoundarySet, ProvinceUnit } from './types.js';
import { UNITS_34 } from './units-34.js';
import { UNITS_63 } from './units-63.js';

// Consumers get the registry's own objects, so they must not be able to change them.
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const nested of Object.values(value)) deepFreeze(nested);
  }
  return value;
}

function inGsoOrder(units: readonly ProvinceUnit[]): readonly ProvinceUnit[] {
  return deepFreeze([...units].sort((a, b) => a.gso.localeCompare(b.gso)));
}

const UNITS: Readonly<Record<BoundarySet, readonly ProvinceUnit[]>> = {
  'vn-63': inGsoOrder(UNITS_63),
  'vn-34': inGsoOrder(UNITS_34),
};

function indexBy(
  set: BoundarySet,
  key: (unit: ProvinceUnit) => string | undefined,
): ReadonlyMap<string, ProvinceUnit> {
  const index = new Map<string, ProvinceUnit>();
  for (const unit of UNITS[set]) {
    const value = key(unit);
    if (value !== undefined) index.set(value, unit);
  }
  return index;
}

const BY_GSO: Readonly<Record<BoundarySet, ReadonlyMap<string, ProvinceUnit>>> = {
  'vn-63': indexBy('vn-63', (unit) => unit.gso),
  'vn-34': indexBy('vn-34', (unit) => unit.gso),
};

const BY_ISO: Readonly<Record<BoundarySet, ReadonlyMap<string, ProvinceUnit>>> = {
  'vn-63': indexBy('vn-63', (unit) => unit.iso),
  'vn-34': indexBy('vn-34', (unit) => unit.iso),
};

/** All units of a boundary set, in GSO code order. */
export function provinceUnits(set: BoundarySet): readonly ProvinceUnit[] {
  return UNITS[set];
}

/** By GSO code ('01' or '1') or ISO 3166-2 code (any case; vn-63 only). Names are not codes. */
export function provinceByCode(set: BoundarySet, code: string): ProvinceUnit | undefined {
  const parsed = parseCode(code);
  if (parsed === undefined) return undefined;
  return (parsed.kind === 'gso' ? BY_GSO : BY_ISO)[set].get(parsed.key);
}
