/** A number attribute as typed: `"54.34"`, or a number set as a property. */
export type NumberInput = string | number | undefined;

/** The gauge's plain attributes, enough to describe one indicator without any JSON. */
export interface GaugeAttributes {
  readonly label?: string | undefined;
  readonly value?: NumberInput;
  readonly target?: NumberInput;
  readonly total?: NumberInput;
  readonly unit?: string | undefined;
  readonly direction?: string | undefined;
  readonly op?: string | undefined;
  readonly period?: string | undefined;
}

const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * `"54.34"` → 54.34. Anything else is kept exactly as typed, so validation names the field
 * and shows what was written (`value: expected a number, got the string "abc"`) instead of
 * the value silently becoming NaN. `"54,34"` is not guessed at: in Vietnamese `1.500` is 1500.
 */
export function readNumber(raw: NumberInput): NumberInput {
  return typeof raw === 'string' && DECIMAL.test(raw.trim()) ? Number(raw) : raw;
}

/**
 * Builds the short form (`{ name, value, target, unit, … }`) from attributes, or `undefined`
 * when none of `value`, `target` or `total` is set (the data then comes from JSON or `src`).
 * The object is reused while the attributes stay the same, so the data controller sees the
 * same input and does not parse it again on every update.
 */
export function attributeIndicatorMemo(): (attrs: GaugeAttributes) => object | undefined {
  let lastKey = '';
  let last: object | undefined;
  return (a) => {
    // A removed attribute comes back as null: that is "not set" too.
    if (a.value == null && a.target == null && a.total == null) return undefined;
    const entries = Object.entries({
      name: a.label,
      value: readNumber(a.value),
      target: readNumber(a.target),
      total: readNumber(a.total),
      unit: a.unit,
      direction: a.direction,
      op: a.op,
      period: a.period,
    }).filter(([, v]) => v !== undefined && v !== null);
    // typeof in the key: the string "NaN" and the number NaN are different mistakes.
    const key = entries.map(([k, v]) => `${k}=${typeof v}:${String(v)}`).join('\n');
    if (key !== lastKey || !last) {
      lastKey = key;
      last = Object.fromEntries(entries);
    }
    return last;
  };
}
