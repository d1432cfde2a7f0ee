/** The languages the library speaks. Vietnamese first: it is the default everywhere. */
export type Locale = 'vi' | 'en';

export const DEFAULT_LOCALE: Locale = 'vi';

/** Maps a BCP 47 tag (`vi`, `vi-VN`, `en-GB`, `EN`) to a supported locale, or `undefined`. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'vi' || primary === 'en' ? primary : undefined;
}

/**
 * Resolves the locale from candidates in priority order (the element's `lang`, the closest
 * ancestor's, the document's). An unsupported tag (e.g. `fr`) falls back to Vietnamese rather
 * than to the next candidate: the nearest `lang` is the author's statement about that text.
 */
export function resolveLocale(candidates: readonly (string | null | undefined)[]): Locale {
  for (const tag of candidates) {
    if (tag && tag.trim()) return matchLocale(tag) ?? DEFAULT_LOCALE;
  }
  return DEFAULT_LOCALE;
}

/** The Intl locale used for formatting. */
export function intlLocale(locale: Locale): string {
  return locale === 'vi' ? 'vi-VN' : 'en-GB';
}
