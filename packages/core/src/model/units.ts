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

// A share, an index, a rank, a speed: a level, whatever the period's length.
const LEVEL_UNITS: readonly Unit[] = ['%', 'index', 'rank', 'Mbps'];

/**
 * Whether figures compare across periods of any length: a level unit, a count out of a total
 * ("21/25 dịch vụ"), or an indicator marked `level` (a stock counted at the period's end, a
 * daily average). Any other count or sum is a flow, compared only over periods as long as each
 * other: a year's attacks against a quarter's read as a 76% fall.
 */
export const comparesAcrossLengths = (
  ind: { readonly unit: Unit; readonly level?: true | undefined },
  o: { readonly total?: number | undefined },
): boolean => !!ind.level || LEVEL_UNITS.includes(ind.unit) || o.total !== undefined;

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
