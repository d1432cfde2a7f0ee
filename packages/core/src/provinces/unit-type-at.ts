import type { ProvinceUnit, UnitType } from './types.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The unit's type on a date ('YYYY-MM-DD'). A date before the first recorded change gets the
 * earliest recorded type: the registry does not model what came before. Throws RangeError for a
 * date in another format, since comparing it would give a wrong answer rather than none.
 */
export function unitTypeAt(unit: ProvinceUnit, date: string): UnitType {
  if (!ISO_DATE.test(date)) throw new RangeError(`Expected a date as 'YYYY-MM-DD', got '${date}'`);
  let current = unit.types[0];
  // ISO dates of equal length order correctly as strings; `types` is oldest first.
  for (const change of unit.types) if (change.from <= date) current = change;
  if (current === undefined) throw new Error(`${unit.name} (${unit.set}) has no recorded type`);
  return current.type;
}
