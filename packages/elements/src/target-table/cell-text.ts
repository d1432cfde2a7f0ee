/** The words in each cell, as the reports write them. Pure functions of the data and the locale. */
import {
  capitalize,
  coreMessages,
  formatNumber,
  formatPeriod,
  formatTargetWords,
  formatDifference,
  formatFigure,
  formatValue,
  foreignLang,
  localize,
  periodInSentence,
  sourceDate,
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
  // A whole count reads as the reports print it, "25/25 dịch vụ"; part of it keeps its
  // comparison, "Tối thiểu 20/25 dịch vụ", not a 20/25 that looks exact.
  const { op, value, total } = target;
  if (total !== undefined && (op === '=' || value === total))
    return formatValue(value, ind, locale, { total });
  return formatTargetWords(op, value, ind, locale, total);
}

/** The period a target is for: its period, or a milestone's due date. */
export function targetPeriod(target: Target): Period {
  return target.kind === 'milestone' ? target.due : target.period;
}

export function sourceText(source: Source | undefined, locale: Locale): string {
  if (!source) return '';
  const title = localize(source.title, locale);
  const date = sourceDate(source, locale);
  return date ? `${title}, ${date}` : title;
}

/**
 * A cell's text starts as a cell does, with a capital: "Hơn 320.000 thành viên", "At least 80%",
 * as the same column's "Trên 60%" and "At least 90%" do. A first word with a capital inside it
 * ("eKYC") is a name and stays as written.
 */
export function cellCase(text: string): string {
  const first = /^\p{Ll}[^\s]*/u.exec(text)?.[0];
  if (!first || /\p{Lu}/u.test(first)) return text;
  return capitalize(text);
}

/**
 * A figure's or target's period beside it, shown short ("T4/2024", "H1/2022") and said in words
 * ("tháng 4/2024", "6 tháng đầu năm 2022"): a voice spells "T4/2024" out letter by letter.
 */
export function periodNote(p: Period, locale: Locale): { shown: string; spoken: string } {
  return { shown: formatPeriod(p, locale, 'short'), spoken: periodInSentence(p, locale) };
}

/**
 * `text` with `note` in brackets after it, in the brackets it ends with when it has them:
 * "7,5% (dự báo, 2022)", not "7,5% (dự báo) (2022)".
 */
export function withNote(text: string, note: string, bracketed: boolean): string {
  return bracketed && text.endsWith(')') ? `${text.slice(0, -1)}, ${note})` : `${text} (${note})`;
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
