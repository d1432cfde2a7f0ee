import type { TargetOp } from '../model/units.js';

/** Whether `value op target` holds; `=` tolerates floating-point noise, nothing more. */
export function meets(value: number, op: TargetOp, target: number): boolean {
  switch (op) {
    case '>=':
      return value >= target;
    case '>':
      return value > target;
    case '<=':
      return value <= target;
    case '<':
      return value < target;
    case '=':
      return Math.abs(value - target) <= 1e-9 * Math.max(1, Math.abs(target));
  }
}

/** Ops for which reaching the target early settles it (a share that has passed 50 % stays counted). */
export function settlesEarly(op: TargetOp): boolean {
  return op === '>=' || op === '>' || op === '=';
}
