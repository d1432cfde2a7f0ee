import type { ComplexAttributeConverter } from 'lit';

/**
 * Keeps a JSON attribute as its raw text: parsing happens in the data controller, where a
 * syntax error becomes an error panel instead of an exception thrown out of Lit.
 */
export const rawJsonAttribute: ComplexAttributeConverter<unknown> = {
  fromAttribute: (value: string | null): string | undefined => value ?? undefined,
  toAttribute: (value: unknown): string | null => (typeof value === 'string' ? value : null),
};
