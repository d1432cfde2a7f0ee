import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * A unit in the topology: its GSO code as `id`; in `vietnam.topo.json` also the registry's short
 * name (the module the library loads leaves names to the registry).
 */
export interface UnitProperties {
  readonly name?: string;
}

/** An archipelago drawn as part of the unit (GSO `unit`) that administers it. */
export interface ArchipelagoProperties {
  readonly name: string;
  readonly nameEn: string;
  readonly unit: string;
}

/**
 * One quantised topology holding both boundary sets. `vn-63` and `vn-34` share every arc (the 34
 * are merges of the 63); `archipelagos` reuses the arcs of the islands inside units 48 and 56.
 * Rings follow d3's winding (exterior clockwise), so d3-geo renders them as they are.
 */
export type VietnamTopology = Topology<{
  'vn-63': GeometryCollection<UnitProperties>;
  'vn-34': GeometryCollection<UnitProperties>;
  archipelagos: GeometryCollection<ArchipelagoProperties>;
}>;
