/** Recognises a query that is a code rather than a name. */
export interface ParsedCode {
  readonly kind: 'gso' | 'iso';
  /** The code as stored: GSO two digits ('1' → '01'), ISO upper case ('vn-hn' → 'VN-HN'). */
  readonly key: string;
}

const DIGITS = /^\d+$/;
const ISO_3166_2_VN = /^VN-[A-Z0-9]{2}$/;

export function parseCode(text: string): ParsedCode | undefined {
  const trimmed = text.trim();
  // Any run of digits is a code, never a name: '001' is a miss, not a fuzzy name.
  if (DIGITS.test(trimmed)) return { kind: 'gso', key: trimmed.padStart(2, '0') };
  const upper = trimmed.toUpperCase();
  if (ISO_3166_2_VN.test(upper)) return { kind: 'iso', key: upper };
  return undefined;
}
