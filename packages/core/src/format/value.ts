/** An indicator's value with its unit, as the reports write it. */
import type { Locale } from '../i18n/locale.js';
import type { Text } from '../model/types.js';
import type { TargetOp, Unit } from '../model/units.js';
import { compactParts, formatNumber } from './number.js';

export interface UnitInfo {
  readonly unit: Unit;
  readonly unitLabel?: Text;
}

export interface ValueOptions {
  /** Shorten large numbers with a scale word ("2,8 triệu"). Default: from one million. */
  readonly compact?: boolean;
  /** A total makes the value a count against it ("21/25"). */
  readonly total?: number;
  /** Leave out the count's noun ("dịch vụ"): for tight layouts. */
  readonly bare?: boolean;
  readonly maxDecimals?: number;
  /**
   * The target the value is shown against. Where both would read alike, the value gets the
   * decimals that tell them apart (up to 6): "49,996%" against "≥ 50%", never a "50%" that
   * is not achieved.
   */
  readonly against?: number;
}

/** The text of a localized field in the wanted language, falling back to Vietnamese. */
export function localize(text: Text | undefined, locale: Locale): string {
  if (!text) return '';
  return locale === 'en' ? (text.en ?? text.vi) : text.vi;
}

/**
 * The language `localize` really returns: Vietnamese where an English page asked for a text
 * the data gives only in Vietnamese. Elements mark such text `lang="vi"`, so a screen reader
 * reads it with a Vietnamese voice instead of mangling it with an English one.
 */
export function localizedLang(text: Text | undefined, locale: Locale): Locale {
  return locale === 'en' && text && text.en === undefined ? 'vi' : locale;
}

/** The `lang` to mark a localized text with: only where it differs from the element's. */
export function foreignLang(text: Text | undefined, locale: Locale): Locale | undefined {
  const lang = localizedLang(text, locale);
  return lang === locale ? undefined : lang;
}

export function formatValue(
  value: number,
  info: UnitInfo,
  locale: Locale,
  options: ValueOptions = {},
): string {
  const { against, ...plain } = options;
  if (against !== undefined && against !== value) {
    const at = (v: number, d: number): string =>
      formatValue(v, info, locale, { ...plain, maxDecimals: d });
    if (formatValue(value, info, locale, plain) === formatValue(against, info, locale, plain))
      for (let d = 1; d <= 6; d++) if (at(value, d) !== at(against, d)) return at(value, d);
  }
  const vi = locale === 'vi';
  const lbl = options.bare ? '' : localize(info.unitLabel, locale);
  const withLabel = (n: string): string => (lbl ? `${n} ${lbl}` : n);
  if (options.total !== undefined) {
    return withLabel(`${formatNumber(value, locale)}/${formatNumber(options.total, locale)}`);
  }
  const decimals = options.maxDecimals;
  const num = (): string => formatNumber(value, locale, { maxDecimals: decimals ?? 2 });
  switch (info.unit) {
    case '%':
      return `${num()}%`;
    case 'index':
      return formatNumber(value, locale, { maxDecimals: decimals ?? 4, minDecimals: 2 });
    case 'times':
      return vi ? `gấp ${num()} lần` : `${num()}×`;
    case 'rank':
      return `${vi ? 'hạng' : 'rank'} ${formatNumber(value, locale)}`;
    case 'Mbps':
      return `${num()} Mbps`;
  }
  // Money, counts and plain numbers: large ones with a scale word ("2,8 triệu"). Money is read
  // in tỷ đồng at any size the reports print: "3.319,3 tỷ đồng".
  const p = compactParts(value, locale, (options.compact ?? true) ? 1e6 : Infinity, decimals ?? 2);
  const n = p.scale ? `${p.number} ${p.scale}` : p.number;
  if (info.unit === 'VND') return vi ? `${n} đồng` : `VND ${n}`;
  if (info.unit === 'USD') return vi ? `${n} USD` : `USD ${n}`;
  return withLabel(n);
}

const OP_SYMBOL: Readonly<Record<TargetOp, string>> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '=': '=',
};

export function opSymbol(op: TargetOp): string {
  return OP_SYMBOL[op];
}

/** A target as a compact formula: "≥ 50%", "= 100%", "25/25 dịch vụ". */
export function formatTargetValue(
  op: TargetOp,
  value: number,
  info: UnitInfo,
  locale: Locale,
  total?: number,
): string {
  // "25/25 dịch vụ" as the reports write a whole count; part of it keeps its comparison, so
  // "≥ 20/25" does not read as exactly 20.
  const v = formatValue(value, info, locale, total === undefined ? {} : { total });
  // After a symbol a multiple is "≥ 2 lần", not "≥ gấp 2 lần".
  return total !== undefined && (op === '=' || value === total)
    ? v
    : `${opSymbol(op)} ${v.replace(/^gấp /, '')}`;
}

/** A target as the reports word it: "Trên 60%", "Tối thiểu 50%", "100%". */
export function formatTargetWords(
  op: TargetOp,
  value: number,
  info: UnitInfo,
  locale: Locale,
  total?: number,
): string {
  const v = formatValue(value, info, locale, total === undefined ? {} : { total });
  const words: Record<TargetOp, readonly [string, string]> = {
    '>': ['Trên', 'Above'],
    '>=': ['Tối thiểu', 'At least'],
    '<': ['Dưới', 'Below'],
    '<=': ['Tối đa', 'At most'],
    '=': ['', ''],
  };
  const w = words[op][locale === 'vi' ? 0 : 1];
  return w ? `${w} ${v}` : v;
}

export interface Change {
  readonly delta: number;
  /** Relative change (0.296 = +29.6 %), undefined when the earlier value is 0. */
  readonly ratio?: number;
  readonly direction: 'up' | 'down' | 'flat';
}

export function computeChange(current: number, previous: number): Change {
  const delta = current - previous;
  const direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
  return previous === 0
    ? { delta, direction }
    : { delta, ratio: delta / Math.abs(previous), direction };
}

/** A figure as a change compares it: its value, and the total it counts out of, if any. */
export interface ChangeEnd {
  readonly value: number;
  readonly total?: number | undefined;
}

/** A count as its share of its total, in per cent: 6 of 30 is 20. */
export const percentOf = (value: number, total: number): number => (value / total) * 100;

/**
 * Where a figure is drawn: as its share of its total where a series is drawn as shares (none
 * without a total), else as its value.
 */
export const onScale = (
  value: number,
  total: number | undefined,
  share: boolean,
): number | undefined => (share ? total && percentOf(value, total) : value);

/**
 * Whether figures are counts out of totals that differ (30 ministries, then 22 after a merger),
 * so compared and drawn as shares: every one has a total, and not all the same.
 */
export function totalsDiffer(figures: readonly { readonly total?: number | undefined }[]): boolean {
  const totals = new Set(figures.map((f) => f.total));
  return totals.size > 1 && !totals.has(undefined);
}

/**
 * The change from one figure to a later one, the unit it is measured in, and whether it compares
 * shares. A count out of totals that differ compares its shares, in points: 6/30 → 21/22 is up
 * 75,45 points, where its counts would say "3,5 times".
 */
export function figureChange(
  from: ChangeEnd,
  to: ChangeEnd,
  info: UnitInfo,
): { readonly change: Change; readonly info: UnitInfo; readonly share: boolean } {
  const share = totalsDiffer([from, to]);
  const at = (e: ChangeEnd): number => onScale(e.value, e.total, share) as number;
  return { change: computeChange(at(to), at(from)), info: share ? { unit: '%' } : info, share };
}

/**
 * Which way a change reads: a rank climbs as its number falls (86th → 77th is up 9 places), so
 * its arrow and verb follow the place, not the number. Whether it is good news is the
 * indicator's direction's call, as for any change.
 */
export function movement(change: Change, unit: Unit): Change['direction'] {
  const d = change.direction;
  return unit !== 'rank' || d === 'flat' ? d : d === 'up' ? 'down' : 'up';
}

/**
 * How far apart two values of one indicator are, in its unit's terms: shares in points
 * ("4,34 điểm %"), ranks in places ("9 bậc": a rank is an order, not a quantity), multiples
 * in "lần", anything else as a value ("11.765 cuộc").
 */
export function formatDifference(
  difference: number,
  info: UnitInfo,
  locale: Locale,
  options: ValueOptions = {},
): string {
  const n = Math.abs(difference);
  const vi = locale === 'vi';
  const num = formatNumber(n, locale);
  switch (info.unit) {
    case '%':
      // No break before "%": a narrow cell had put it alone on the next line.
      return `${num} ${vi ? 'điểm\u00a0%' : 'pp'}`;
    case 'rank':
      return `${num} ${vi ? 'bậc' : n === 1 ? 'place' : 'places'}`;
    case 'times':
      return vi ? `${num} lần` : `${num}×`;
  }
  return formatValue(n, info, locale, options);
}

/**
 * English points as a voice should say them: "17.43 percentage points", where "17.43 pp" is
 * spelled out letter by letter. Vietnamese "điểm %" is read as words already.
 */
export const spokenPoints = (text: string): string =>
  text.replace(/(\d[\d.,]*) pp\b/g, (_, n: string) =>
    n === '1' ? `${n} percentage point` : `${n} percentage points`,
  );

/**
 * How much a change moved, without its arrow: "29,6%" relative; in points, places or its unit
 * (formatDifference) for a share, a rank, or a change from zero.
 */
export function formatChangeAmount(change: Change, info: UnitInfo, locale: Locale): string {
  return change.ratio === undefined || info.unit === '%' || info.unit === 'rank'
    ? formatDifference(change.delta, info, locale)
    : `${formatNumber(Math.abs(change.ratio) * 100, locale, { maxDecimals: 1 })}%`;
}

/** "▲ 29,6%", "▲ 2,5 điểm %", "▲ 9 bậc": the arrow is a text cue, never colour alone. */
export function formatChange(change: Change, info: UnitInfo, locale: Locale): string {
  const d = movement(change, info.unit);
  return `${d === 'up' ? '▲' : d === 'down' ? '▼' : '■'} ${formatChangeAmount(change, info, locale)}`;
}
