/** The 63 → 34 succession: whole provinces merged (Resolution 202/2025/QH15). */
import { provinceByCode } from './registry.js';
import type { ProvinceUnit } from './types.js';

/** The vn-34 unit a vn-63 unit became part of. Throws RangeError for an unknown code. */
export function successorOf(gso63: string): ProvinceUnit {
  const unit = provinceByCode('vn-63', gso63);
  const successor =
    unit?.successor === undefined ? undefined : provinceByCode('vn-34', unit.successor);
  if (successor === undefined) throw new RangeError(`No vn-63 unit with code '${gso63}'`);
  return successor;
}

/** The vn-63 units merged into a vn-34 unit, in GSO order. Throws RangeError for an unknown code. */
export function predecessorsOf(gso34: string): readonly ProvinceUnit[] {
  const unit = provinceByCode('vn-34', gso34);
  if (unit?.predecessors === undefined) throw new RangeError(`No vn-34 unit with code '${gso34}'`);
  return unit.predecessors.map((code) => {
    const predecessor = provinceByCode('vn-63', code);
    if (predecessor === undefined) throw new Error(`${unit.name}: unknown predecessor '${code}'`);
    return predecessor;
  });
}
