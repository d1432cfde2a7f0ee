/**
 * The map's drawing geometry: the boundaries from @cds-vn/geo, projected once per boundary set
 * into SVG path strings. Loaded with a dynamic import, so the geometry, its decoder and this
 * projection form a chunk that pages without a map never download.
 */
import { boundariesOf, loadTopology, type Boundaries, type Polygons } from '@cds-vn/geo';
import type { VietnamTopology } from '@cds-vn/geo';
import type { BoundarySet } from '@cds-vn/core';

export type Point = readonly [number, number];

export interface ProjectedUnit {
  readonly code: string;
  /** SVG path data, in viewBox units. */
  readonly d: string;
  /** Where a label, a badge or a tooltip points: the centroid of its largest polygon. */
  readonly anchor: Point;
  readonly neighbors: readonly string[];
}

export interface ProjectedMap {
  readonly set: BoundarySet;
  readonly width: number;
  readonly height: number;
  /** North to south, the order of Tab. */
  readonly units: readonly ProjectedUnit[];
  readonly byCode: ReadonlyMap<string, ProjectedUnit>;
  readonly interior: string;
  readonly outline: string;
  /** Each archipelago's box [x, y, width, height], with the code of its unit. */
  readonly archipelagos: readonly {
    readonly id: string;
    readonly name: string;
    readonly nameEn: string;
    readonly unit: string;
    readonly box: readonly [number, number, number, number];
    /** The islands themselves: far below a pixel at country scale, so drawn with a stroke. */
    readonly d: string;
  }[];
  readonly sea: Point;
}

const WIDTH = 1000;
const PAD = 24;
/** Where "Biển Đông" is written: open sea between the coast and the archipelagos. */
const SEA_LABEL: Point = [112.4, 13.3];
const RAD = Math.PI / 180;
const mercatorY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));
const round = (n: number): number => Math.round(n * 10) / 10;

let topology: VietnamTopology | undefined;
const cache = new Map<BoundarySet, ProjectedMap>();

/** Resolves once the geometry is loaded; `projectedMap` works synchronously afterwards. */
export async function prepareGeometry(): Promise<void> {
  topology ??= await loadTopology();
}

/** One boundary set, projected (Mercator, fitted to 1000 units wide); computed once. */
export function projectedMap(set: BoundarySet): ProjectedMap | undefined {
  if (!topology) return undefined;
  let map = cache.get(set);
  if (!map) {
    map = project(boundariesOf(topology, set));
    cache.set(set, map);
  }
  return map;
}

function project(b: Boundaries): ProjectedMap {
  const [west, south, east, north] = b.bbox;
  const k = (WIDTH - 2 * PAD) / ((east - west) * RAD);
  const top = mercatorY(north);
  const at = (lon: number, lat: number): Point => [
    round(PAD + (lon - west) * RAD * k),
    round(PAD + (top - mercatorY(lat)) * k),
  ];
  const line = (points: readonly (readonly number[])[]): string =>
    'M' + points.map(([lon = 0, lat = 0]) => at(lon, lat).join(',')).join(' ');
  const polygonsPath = (polygons: Polygons): string =>
    polygons.map((rings) => rings.map((r) => `${line(r)}Z`).join('')).join('');

  const units = b.units
    .map((u) => ({
      code: u.code,
      d: polygonsPath(u.polygons),
      anchor: anchorOf(u.polygons, at),
      neighbors: u.neighbors,
    }))
    .sort((a, c) => a.anchor[1] - c.anchor[1] || a.anchor[0] - c.anchor[0]);
  const archipelagos = b.archipelagos.map((a) => {
    const points = a.polygons.flat(2).map(([lon, lat]) => at(lon, lat));
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const [x0, y0] = [Math.min(...xs) - 8, Math.min(...ys) - 8];
    return {
      id: a.id,
      name: a.name,
      nameEn: a.nameEn,
      unit: a.unit,
      box: [x0, y0, Math.max(...xs) + 8 - x0, Math.max(...ys) + 8 - y0] as const,
      d: polygonsPath(a.polygons),
    };
  });
  return {
    set: b.set,
    width: WIDTH,
    height: Math.ceil(PAD * 2 + (top - mercatorY(south)) * k),
    units,
    byCode: new Map(units.map((u) => [u.code, u])),
    interior: b.interior.map(line).join(''),
    outline: b.outline.map(line).join(''),
    archipelagos,
    sea: at(...SEA_LABEL),
  };
}

/** The area-weighted centroid of the largest exterior ring, in projected units. */
function anchorOf(polygons: Polygons, at: (lon: number, lat: number) => Point): Point {
  let best: Point = [0, 0];
  let bestArea = 0;
  for (const rings of polygons) {
    const ring = (rings[0] ?? []).map(([lon, lat]) => at(lon, lat));
    let area = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[j] as Point;
      const [bx, by] = ring[i] as Point;
      const cross = ax * by - bx * ay;
      area += cross;
      cx += (ax + bx) * cross;
      cy += (ay + by) * cross;
    }
    if (Math.abs(area) > Math.abs(bestArea)) {
      bestArea = area;
      best = [round(cx / (3 * area)), round(cy / (3 * area))];
    }
  }
  return best;
}
