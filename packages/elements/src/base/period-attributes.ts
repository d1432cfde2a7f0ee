import { defineMessages, localizedError, parsePeriod, type DataError } from '@cds-vn/core';

const messages = defineMessages({
  vi: {
    badPeriod: (name: string, raw: string): string =>
      `Thuộc tính ${name}="${raw}" không hợp lệ: cần một kỳ như 2022, 2022-H1, 2024-Q1, 2024-04, 2022-01/2022-11 hoặc một ngày 2023-02-25`,
  },
  en: {
    badPeriod: (name: string, raw: string): string =>
      `Invalid attribute ${name}="${raw}": expected a period such as 2022, 2022-H1, 2024-Q1, 2024-04, 2022-01/2022-11 or a date 2023-02-25`,
  },
});

/**
 * `period` and `as-of` values no period parser reads. Shown as errors: an unreadable `as-of`
 * must never quietly become "now", nor an unreadable `period` the latest one.
 */
export function periodAttributeErrors(attributes: {
  readonly period?: string | null | undefined;
  readonly asOf?: string | null | undefined;
}): DataError[] {
  const errors: DataError[] = [];
  for (const [name, raw] of [
    ['period', attributes.period],
    ['as-of', attributes.asOf],
  ] as const) {
    if (raw && !parsePeriod(raw)) {
      errors.push(
        localizedError('invalid-attribute', name, messages, (m) => m.badPeriod(name, raw)),
      );
    }
  }
  return errors;
}
