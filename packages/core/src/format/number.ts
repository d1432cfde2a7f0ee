/** Numbers through Intl, in vi-VN ("1.234,5") or English ("1,234.5"). */
import { intlLocale, type Locale } from '../i18n/locale.js';

const cache = new Map<string, Intl.NumberFormat>();

/** Intl.NumberFormat is costly to build; a page with a thousand gauges reuses a handful. */
function numberFormat(locale: Locale, min: number, max: number): Intl.NumberFormat {
  const key = `${locale}|${min}|${max}`;
  let nf = cache.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(intlLocale(locale), {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    });
    cache.set(key, nf);
  }
  return nf;
}

export interface NumberOptions {
  /** Most decimals to show (default 2). */
  readonly maxDecimals?: number;
  /** Fewest decimals to show (default 0). */
  readonly minDecimals?: number;
}

export function formatNumber(value: number, locale: Locale, options: NumberOptions = {}): string {
  let max = options.maxDecimals ?? 2;
  const abs = Math.abs(value);
  // A value too small for its decimals keeps two significant digits: 0.004% is not "0%".
  // Below 1e-9 it is the noise of arithmetic (0.1 + 0.2 - 0.3), and reads "0", never "-0".
  if (abs >= 1e-9 && abs < 0.5 * 10 ** -max) max = 1 - Math.floor(Math.log10(abs));
  const min = Math.min(options.minDecimals ?? 0, max);
  const out = numberFormat(locale, min, max).format(value);
  return /^-0([.,]0*)?$/.test(out) ? out.slice(1) : out;
}

const SCALES: Readonly<Record<Locale, readonly (readonly [number, string])[]>> = {
  // The reports write "3.319,3 tỷ đồng" rather than "3,3 nghìn tỷ": tỷ is the largest word used.
  vi: [
    [1e9, 'tỷ'],
    [1e6, 'triệu'],
    [1e3, 'nghìn'],
  ],
  en: [
    [1e9, 'billion'],
    [1e6, 'million'],
    [1e3, 'thousand'],
  ],
};

export interface CompactParts {
  readonly number: string;
  /** The scale word ("triệu", "million"), or '' when no scale applies. */
  readonly scale: string;
}

/**
 * Splits a large number into a short number and a scale word: 2 800 000 → "2,8" + "triệu".
 * Values under `from` (default one million) are written in full, as the reports do ("80.698"):
 * whole from a thousand, else to two decimals, or `maxDecimals` where it asks for more.
 */
export function compactParts(
  value: number,
  locale: Locale,
  from = 1e6,
  maxDecimals = 2,
): CompactParts {
  const abs = Math.abs(value);
  if (abs >= from) {
    let up = '';
    for (const [size, word] of SCALES[locale]) {
      if (abs >= size) {
        const number = formatNumber(value / size, locale, { maxDecimals });
        // Rounded up to a thousand ("1.000", "1,000": both locales group four digits), it is one
        // of the next word: "1 tỷ", not "1.000 triệu".
        return up && /^-?1\D000$/.test(number)
          ? { number: number.slice(0, -4), scale: up }
          : { number, scale: word };
      }
      up = word;
    }
  }
  // More decimals than two only when asked (`against` telling 1,4996 from a target of 1,5).
  const max = abs >= 1000 ? 0 : Math.max(2, maxDecimals);
  return { number: formatNumber(value, locale, { maxDecimals: max }), scale: '' };
}

export function formatCompact(value: number, locale: Locale, from = 1e6): string {
  const { number, scale } = compactParts(value, locale, from);
  return scale ? `${number} ${scale}` : number;
}
