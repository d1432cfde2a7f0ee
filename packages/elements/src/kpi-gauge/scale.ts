import type { Unit } from '@cds-vn/core';

/** The range the dial spans. */
export interface Scale {
  readonly min: number;
  readonly max: number;
}

const STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The smallest round number at or above a positive x: 14 634 → 15 000, 95,9 → 100. */
export function niceCeil(x: number): number {
  const power = 10 ** Math.floor(Math.log10(x));
  const step = STEPS.find((s) => s * power >= x) ?? 10;
  return Number((step * power).toPrecision(12));
}

/**
 * The default range: a count against a total runs 0–total ("21/25"), percent 0–100, an index
 * 0–1; anything else from zero to a round number a fifth above the largest value shown.
 */
export function defaultScale(unit: Unit, values: readonly number[], total?: number): Scale {
  if (total !== undefined && total > 0) return { min: 0, max: total };
  if (unit === '%') return { min: 0, max: 100 };
  if (unit === 'index') return { min: 0, max: 1 };
  const hi = Math.max(0, ...values);
  const lo = Math.min(0, ...values);
  return {
    min: lo < 0 ? -niceCeil(-lo * 1.2) : 0,
    max: hi > 0 ? niceCeil(hi * 1.2) : lo < 0 ? 0 : 1,
  };
}

/** Where a value sits on the scale, 0–1; values beyond it are clamped (the text stays true). */
export function fractionOf(value: number, scale: Scale): number {
  return Math.min(1, Math.max(0, (value - scale.min) / (scale.max - scale.min)));
}
