/**
 * The province registry: Vietnam's provincial-level units in the two boundary sets (63 units
 * 2008 – 30 Jun 2025, 34 from 1 Jul 2025), the succession between them, and name matching.
 */
export type { BoundarySet, ProvinceUnit, UnitType, UnitTypeChange } from './types.js';
export type { ProvinceMatch } from './find-province.js';
export { provinceUnits, provinceByCode } from './registry.js';
export { unitTypeAt } from './unit-type-at.js';
export { findProvince } from './find-province.js';
export { normalizeProvinceName } from './normalize-name.js';
export { successorOf, predecessorsOf } from './succession.js';
export { inferBoundarySet } from './infer-boundary-set.js';
