import type { Point } from './map-geometry.js';

/**
 * Places boxes of `w` × `h` (centre to centre, gap included) so none overlaps another: each in
 * turn keeps its anchor if free, else moves the least distance to a free spot. The nearest free
 * point lies on an edge of the zone a placed box forbids, so the candidates are the anchor's
 * projections onto those edges and their corners. Pure and in map units: the element gives the
 * size in units for the map's rendered width. A box that stays is returned as its anchor itself.
 */
export function spreadBadges(anchors: readonly Point[], w: number, h: number): Point[] {
  const placed: Point[] = [];
  // A hair of tolerance: a box moved to touch another is free despite rounding.
  const free = (x: number, y: number): boolean =>
    placed.every(([u, v]) => Math.abs(u - x) > w - 1e-6 || Math.abs(v - y) > h - 1e-6);
  for (const anchor of anchors) {
    const [x, y] = anchor;
    let best = anchor;
    if (!free(x, y)) {
      let least = Infinity;
      const ys = [y, ...placed.flatMap(([, v]) => [v - h, v + h])];
      for (const a of [x, ...placed.flatMap(([u]) => [u - w, u + w])])
        for (const b of ys) {
          const d = Math.hypot(a - x, b - y);
          if (d < least && free(a, b)) [least, best] = [d, [a, b]];
        }
    }
    placed.push(best);
  }
  return placed;
}
