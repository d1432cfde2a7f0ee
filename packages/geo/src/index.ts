/**
 * @cds-vn/geo — Vietnam's provincial boundaries from Natural Earth (public domain): the 63 units
 * (to 30 Jun 2025) and the 34 (from 1 Jul 2025), with Quần đảo Hoàng Sa as part of Đà Nẵng and
 * Quần đảo Trường Sa as part of Khánh Hòa. Importing this module costs about 1.5 kB; the
 * geometry itself loads on first use, as its own chunk.
 */
import { boundariesOf, type Boundaries, type BoundarySetName } from './boundaries.js';
import { loadTopology } from './load-topology.js';

export type { VietnamTopology, UnitProperties, ArchipelagoProperties } from './types.js';
export type {
  Boundaries,
  BoundarySetName,
  UnitShape,
  ArchipelagoShape,
  Polygons,
  Position,
} from './boundaries.js';
export { boundariesOf, loadTopology };

const decoded = new Map<BoundarySetName, Boundaries>();

/** One boundary set as plain coordinates, loading the geometry first if needed; decoded once. */
export async function loadBoundaries(set: BoundarySetName): Promise<Boundaries> {
  let boundaries = decoded.get(set);
  if (!boundaries) {
    boundaries = boundariesOf(await loadTopology(), set);
    decoded.set(set, boundaries);
  }
  return boundaries;
}
