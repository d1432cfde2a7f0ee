/**
 * Units the formatter knows how to write. `count` is a whole number of things, named by the
 * indicator's `unitLabel` ("dịch vụ", "địa phương"); `index` is a score from 0 to 1;
 * `times` is a multiple ("gấp 4,8 lần"); money is stored in whole currency units.
 */
export const UNITS = [
  '%',
  'count',
  'number',
  'index',
  'times',
  'rank',
  'Mbps',
  'VND',
  'USD',
] as const;
export type Unit = (typeof UNITS)[number];

export const DIRECTIONS = ['higher', 'lower'] as const;
/** Which way is better: `lower` for cyber attacks and the like. */
export type Direction = (typeof DIRECTIONS)[number];

/** Which way is better when the data does not say: lower for a rank (1st is best), else higher. */
export const defaultDirection = (unit: Unit | undefined): Direction =>
  unit === 'rank' ? 'lower' : 'higher';

export const OBSERVATION_KINDS = ['actual', 'estimate', 'forecast'] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

export const TARGET_OPS = ['>=', '>', '<=', '<', '='] as const;
export type TargetOp = (typeof TARGET_OPS)[number];

export const BOUNDARY_SETS = ['vn-63', 'vn-34'] as const;
