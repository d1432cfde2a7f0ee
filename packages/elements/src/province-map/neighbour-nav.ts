import type { Point, ProjectedMap } from './map-geometry.js';

export type Direction = 'up' | 'down' | 'left' | 'right';

const VECTORS: Record<Direction, Point> = {
  up: [0, -1],
  down: [0, 1],
  left: [-1, 0],
  right: [1, 0],
};

/**
 * The unit an arrow key moves to: among the units sharing a border, the one lying most nearly in
 * that direction (within about 60° of it), nearer preferred; when no neighbour lies that way (a
 * coast, an island), the nearest unit that does. Undefined at the edge of the map.
 */
export function neighbourInDirection(
  map: ProjectedMap,
  from: string,
  direction: Direction,
): string | undefined {
  const start = map.byCode.get(from);
  if (!start) return undefined;
  const [dx, dy] = VECTORS[direction];
  const best = (codes: readonly string[]): string | undefined => {
    let found: string | undefined;
    let score = Infinity;
    for (const code of codes) {
      const to = map.byCode.get(code);
      if (!to || code === from) continue;
      const vx = to.anchor[0] - start.anchor[0];
      const vy = to.anchor[1] - start.anchor[1];
      const along = vx * dx + vy * dy;
      const across = Math.abs(vx * dy - vy * dx);
      if (along <= 0 || across > along * 1.8) continue;
      // Straight ahead beats off to the side; near beats far.
      const s = along + 2 * across;
      if (s < score) [score, found] = [s, code];
    }
    return found;
  };
  return best(start.neighbors) ?? best([...map.byCode.keys()]);
}
