/** The words in each cell, as the reports write them. Pure functions of the data and the locale. */
import {
  coreMessages,
  formatNumber,
  formatPeriod,
  formatTargetWords,
  formatDifference,
  formatFigure,
  formatValue,
  foreignLang,
  localize,
  type Indicator,
  type Locale,
  type Observation,
  type Period,
  type Source,
  type Target,
} from '@cds-vn/core';
import { tableMessages } from './messages.js';

/**
 * A figure as printed: "54,34%", "21/25 dịch vụ", a milestone's result text. Beside its
 * target (`against`), it reads apart from it: "49,996%", not "50%" against "Tối thiểu 50%".
 */
export function figureText(
  ind: Indicator,
  obs: Observation,
  locale: Locale,
  against?: number,
): string {
  const m = coreMessages[locale];
  if (obs.value !== undefined) {
    let text = formatFigure(obs, ind, locale, against !== undefined ? { against } : {});
    if (obs.kind !== 'actual') text += ` (${obs.kind === 'estimate' ? m.estimate : m.forecast})`;
    return text;
  }
  if (obs.text) return localize(obs.text, locale);
  if (obs.done !== undefined) {
    const t = tableMessages[locale];
    const done = obs.done ? t.milestoneDone : t.milestoneNotDone;
    return obs.completed ? `${done} (${formatPeriod(obs.completed, locale)})` : done;
  }
  return '';
}

/** A target as the report words it: its own text when given ("Trên 60%"), else in words. */
export function targetText(ind: Indicator, target: Target, locale: Locale): string {
  // The report's words, unless an English table would show them in Vietnamese: a value target
  // then reads as its formula ("Above 16%"), where "Trên 16%" kept a decimal comma.
  if (target.text && (target.kind === 'milestone' || !foreignLang(target.text, locale)))
    return localize(target.text, locale);
  if (target.kind === 'milestone') return formatPeriod(target.due, locale);
  // A count against a total reads as the reports print it: "25/25 dịch vụ".
  if (target.total !== undefined) {
    return formatValue(target.value, ind, locale, { total: target.total });
  }
  return formatTargetWords(target.op, target.value, ind, locale);
}

/** The period a target is for: its period, or a milestone's due date. */
export function targetPeriod(target: Target): Period {
  return target.kind === 'milestone' ? target.due : target.period;
}

export function sourceText(source: Source | undefined, locale: Locale): string {
  if (!source) return '';
  return `${localize(source.title, locale)}, ${formatPeriod(source.date, locale)}`;
}

/**
 * How far a value is past (or short of) its target, in the direction that is better: "Vượt 4,34
 * điểm %", "Thiếu 9,53 điểm %". Shares are compared in percentage points, counts in their unit.
 * `better` is positive when the value is on the good side.
 */
export function gapOf(
  ind: Indicator,
  value: number,
  targetValue: number,
  locale: Locale,
): { text: string; better: number } {
  const t = tableMessages[locale];
  const raw = value - targetValue;
  const better = ind.direction === 'lower' ? -raw : raw;
  const size = Math.abs(raw);
  if (size < 1e-9) return { text: t.onTarget, better: 0 };
  const amount = formatDifference(size, ind, locale, { maxDecimals: 2 });
  return { text: better > 0 ? t.above(amount) : t.below(amount), better };
}

/**
 * Share of the target reached, 1 = reached. For lower-is-better, reaching means coming down to
 * the target, so the ratio is inverted. Undefined when it cannot be told (a zero target).
 */
export function progressOf(ind: Indicator, value: number, targetValue: number): number | undefined {
  if (ind.direction === 'lower') {
    if (value <= 0) return targetValue >= value ? 1 : undefined;
    return Math.max(0, targetValue / value);
  }
  if (targetValue <= 0) return undefined;
  return Math.max(0, value / targetValue);
}

export function percentText(ratio: number, locale: Locale): string {
  // Short of the target never reads "100%": 99,6% of it is "99%".
  const share = ratio < 1 ? Math.min(Math.round(ratio * 100), 99) : ratio * 100;
  return `${formatNumber(share, locale, { maxDecimals: 0 })}%`;
}
