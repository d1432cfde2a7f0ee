import type { ComplexAttributeConverter } from 'lit';

/**
 * An empty attribute means "not set", as if it were absent: CMS templates and frameworks often
 * write `boundaries=""` for an unset option, and that must restore the default, not fail.
 */
export const optionalText: ComplexAttributeConverter<string | undefined> = {
  fromAttribute: (value: string | null) => (value?.trim() ? value.trim() : undefined),
  toAttribute: (value: unknown) => (value === undefined || value === null ? null : String(value)),
};

/** As above, for numbers: `target=""` is no target, not a target of 0. */
export const optionalNumber: ComplexAttributeConverter<number | undefined> = {
  fromAttribute: (value: string | null) => (value?.trim() ? Number(value) : undefined),
  toAttribute: (value: unknown) => (value === undefined || value === null ? null : String(value)),
};
