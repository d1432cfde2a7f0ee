import type { Locale } from './locale.js';

/** A message is a plain string or a function of typed parameters. */
export type Message = string | ((...args: never[]) => string);

/**
 * A typed dictionary: the English table must have exactly the keys and signatures of the
 * Vietnamese one, so a missing translation is a compile error, not a blank in production.
 */
export type Messages<T extends Record<string, Message>> = Readonly<Record<Locale, T>>;

export function defineMessages<T extends Record<string, Message>>(tables: {
  vi: T;
  en: T;
}): Messages<T> {
  return tables;
}
