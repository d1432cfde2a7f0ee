import { expect } from '@open-wc/testing';
import { spreadBadges } from './badge-layout.js';
import type { Point } from './map-geometry.js';

const apart = (ps: readonly Point[], w: number, h: number): boolean =>
  ps.every(([x, y], i) =>
    ps.slice(i + 1).every(([u, v]) => Math.abs(u - x) >= w - 1e-6 || Math.abs(v - y) >= h - 1e-6),
  );

describe('province-map badge layout', () => {
  it('keeps badges that fit at their anchors, as the same points', () => {
    const anchors: Point[] = [
      [0, 0],
      [30, 0],
      [0, 20],
    ];
    const at = spreadBadges(anchors, 30, 20);
    at.forEach((p, i) => expect(p).to.equal(anchors[i]));
  });

  it('moves a badge the least distance: up or down before sideways, as badges are wide', () => {
    const at = spreadBadges(
      [
        [0, 0],
        [5, 4],
      ],
      30,
      20,
    );
    expect(at[1]).to.deep.equal([5, 20]);
  });

  it('slots a badge into a gap of exactly its size', () => {
    // Four badges around the fifth's anchor leave a gap of one badge, centred at 0, 0.
    const at = spreadBadges(
      [
        [0, -10],
        [0, 10],
        [-20, 0],
        [20, 0],
        [1, 1],
      ],
      20,
      10,
    );
    expect(apart(at, 20, 10)).to.equal(true);
    expect(at[4]).to.deep.equal([0, 0]);
  });

  it('never overlaps, however dense', () => {
    // 63 badges in a 100 × 100 square: far denser than any map.
    const anchors = Array.from({ length: 63 }, (_, i): Point => [(i * 37) % 100, (i * 53) % 100]);
    const at = spreadBadges(anchors, 24, 14);
    expect(apart(at, 24, 14)).to.equal(true);
  });
});
