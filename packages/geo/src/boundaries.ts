import { feature, mesh, neighbors } from 'topojson-client';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon,
  Polygon,
} from 'topojson-specification';
import type { ArchipelagoProperties, UnitProperties, VietnamTopology } from './types.js';

export type BoundarySetName = 'vn-63' | 'vn-34';

/** Longitude, latitude in degrees. */
export type Position = readonly [number, number];
/** Polygons, each an exterior ring then holes; rings wound as d3-geo expects. */
export type Polygons = readonly (readonly (readonly Position[])[])[];

export interface UnitShape {
  /** GSO code: `provinceByCode(set, code)` from @cds-vn/core gives its names in vi and en. */
  readonly code: string;
  readonly polygons: Polygons;
  /** GSO codes of the units sharing a border with it. */
  readonly neighbors: readonly string[];
}

export interface ArchipelagoShape extends ArchipelagoProperties {
  readonly id: string;
  readonly polygons: Polygons;
}

export interface Boundaries {
  readonly set: BoundarySetName;
  /** In GSO code order. */
  readonly units: readonly UnitShape[];
  /** Borders between two units, each drawn once. */
  readonly interior: readonly (readonly Position[])[];
  /** The outer edge: coast and land borders with neighbouring countries. */
  readonly outline: readonly (readonly Position[])[];
  readonly archipelagos: readonly ArchipelagoShape[];
  /** [west, south, east, north] of everything, archipelagos included. */
  readonly bbox: readonly [number, number, number, number];
}

function polygonsOf(topology: VietnamTopology, o: GeometryObject<object>): Polygons {
  if (o.type !== 'Polygon' && o.type !== 'MultiPolygon') return [];
  const g =
    o.type === 'Polygon' ? feature(topology, o as Polygon) : feature(topology, o as MultiPolygon);
  const { geometry } = g;
  return (geometry.type === 'Polygon'
    ? [geometry.coordinates]
    : geometry.coordinates) as unknown as Polygons;
}

/** Decodes one boundary set of the topology into plain coordinates. */
export function boundariesOf(topology: VietnamTopology, set: BoundarySetName): Boundaries {
  const collection: GeometryCollection<UnitProperties> = topology.objects[set];
  const geometries = [...collection.geometries].sort((a, b) =>
    String(a.id).localeCompare(String(b.id)),
  );
  const adjacency = neighbors(geometries);
  const units = geometries.map((g, i) => ({
    code: String(g.id),
    polygons: polygonsOf(topology, g),
    neighbors: (adjacency[i] ?? []).map((j) => String(geometries[j]?.id)),
  }));
  const lines = (filter: (a: GeometryObject, b: GeometryObject) => boolean) =>
    mesh(topology, collection, filter).coordinates as unknown as (readonly Position[])[];
  const archipelagos = topology.objects.archipelagos.geometries.map((g) => {
    const p = g.properties as ArchipelagoProperties | undefined;
    return {
      id: String(g.id),
      name: p?.name ?? '',
      nameEn: p?.nameEn ?? '',
      unit: p?.unit ?? '',
      polygons: polygonsOf(topology, g),
    };
  });
  const [west = 0, south = 0, east = 0, north = 0] = topology.bbox ?? [];
  return {
    set,
    units,
    interior: lines((a, b) => a !== b),
    outline: lines((a, b) => a === b),
    archipelagos,
    bbox: [west, south, east, north],
  };
}
