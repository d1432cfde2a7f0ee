/** Planar ring helpers for the build: winding and area in longitude/latitude degrees. */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Twice the signed area; positive when counter-clockwise with y (latitude) up. */
export function doubledSignedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as Position;
    const b = ring[i] as Position;
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum;
}

/**
 * d3-geo's winding: exterior rings clockwise, holes counter-clockwise (looking at a north-up
 * map). The source follows RFC 7946, the opposite, and a spherical renderer fed RFC 7946 rings
 * fills the whole globe except the province. Planar renderers with a nonzero fill rule only need
 * holes opposite to their exterior, which this also gives.
 */
export function rewindForD3(polygons: readonly (readonly Position[][])[]): Position[][][] {
  return polygons.map((rings) =>
    rings.map((ring, i) => {
      const clockwise = doubledSignedArea(ring) < 0;
      const wantClockwise = i === 0;
      return clockwise === wantClockwise ? [...ring] : [...ring].reverse();
    }),
  );
}

export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}
