/** Every accepted name of every unit, by its normalised key, per boundary set. */
import { NAME_VARIANTS } from './name-variants.js';
import { normalizeProvinceName } from './normalize-name.js';
import { provinceUnits } from './registry.js';
import type { BoundarySet, ProvinceUnit } from './types.js';

function acceptedNames(unit: ProvinceUnit): readonly string[] {
  return [
    unit.name,
    unit.fullName,
    unit.nameEn,
    ...(unit.formerNames ?? []).map((former) => former.name),
    ...(NAME_VARIANTS[unit.name] ?? []),
  ];
}

function buildNameIndex(set: BoundarySet): ReadonlyMap<string, ProvinceUnit> {
  const index = new Map<string, ProvinceUnit>();
  for (const unit of provinceUnits(set)) {
    for (const name of acceptedNames(unit)) {
      const key = normalizeProvinceName(name);
      const holder = index.get(key);
      // A key naming two units would make lookups guess; fail loudly on such a data error.
      if (holder !== undefined && holder !== unit) {
        throw new Error(`'${name}' would name both ${holder.name} and ${unit.name} in ${set}`);
      }
      index.set(key, unit);
    }
  }
  return index;
}

export const NAME_INDEX: Readonly<Record<BoundarySet, ReadonlyMap<string, ProvinceUnit>>> = {
  'vn-63': buildNameIndex('vn-63'),
  'vn-34': buildNameIndex('vn-34'),
};
