/** The three shapes. Every track is one path with `pathLength="100"`, so filling a fraction f
 * of it is just `stroke-dasharray: f·100 100`, whatever the shape. */
export const VARIANTS = ['semi', 'ring', 'bullet'] as const;
export type Variant = (typeof VARIANTS)[number];

interface Shape {
  readonly viewBox: string;
  readonly track: string;
  /** A short line across the track at fraction f: the target marker. */
  readonly tick: (f: number) => string;
}

const point = (r: number, angle: number): string =>
  `${(100 + r * Math.cos(angle)).toFixed(2)} ${(100 + r * Math.sin(angle)).toFixed(2)}`;

/** Across an arc of radius 80 and width 16, sticking out 8 on each side. */
const radial = (angle: number): string => `M${point(64, angle)}L${point(96, angle)}`;

export const SHAPES: Readonly<Record<Variant, Shape>> = {
  // Left to right over the top: angle π at the start, 2π at the end.
  semi: {
    viewBox: '0 0 200 104',
    track: 'M20 100A80 80 0 0 1 180 100',
    tick: (f) => radial(Math.PI * (1 + f)),
  },
  // Clockwise from twelve o'clock.
  ring: {
    viewBox: '0 0 200 200',
    track: 'M100 20A80 80 0 1 1 100 180A80 80 0 1 1 100 20',
    tick: (f) => radial(Math.PI * (2 * f - 0.5)),
  },
  bullet: {
    viewBox: '0 0 200 24',
    track: 'M0 12H200',
    tick: (f) => `M${(1.5 + 197 * f).toFixed(2)} 1V23`,
  },
};

/** The dash pattern that draws the part of a 100-long path between fractions `from` and `to`. */
export function span(from: number, to: number): string {
  const a = from * 100;
  const b = Math.max(0, to - from) * 100;
  return a > 0 ? `0 ${a.toFixed(2)} ${b.toFixed(2)} 100` : `${b.toFixed(2)} 100`;
}
