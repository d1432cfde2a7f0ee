import {
  VERDICT_TONE,
  changeQualifier,
  coreMessages,
  dueWords,
  figureQualifier,
  formatPeriod,
  formatTargetValue,
  formatTargetWords,
  formatValue,
  localize,
  movement,
  parsePeriod,
  spokenPoints,
  verdictWords,
  type Indicator,
  type Locale,
  type StatusResult,
  type Verdict,
  type VerdictTone,
} from '@cds-vn/core';
import { ARROWS, changeAmount } from '../indicator-card/card-change.js';
import { changeSince } from './change-since.js';
import { span } from './geometry.js';
import { gaugeMessages } from './messages.js';
import { defaultScale, fractionOf, type Scale } from './scale.js';

/** Everything the template shows, derived once per update from the indicator and its status. */
export interface GaugeView {
  readonly verdict: Verdict;
  /** The verdict in words: "Chưa có số liệu năm 2023" beside a figure from another period. */
  readonly words: string;
  readonly tone: VerdictTone;
  /** The figure's period, in words ("Năm 2022"). */
  readonly period: string;
  /** The value as shown large: "54,34%", "21/25", "2,8 triệu". */
  readonly value: string;
  /** The report's word before the value, shown smaller: "hơn ", "about "; or ''. */
  readonly approx: string;
  /** What a count counts ("dịch vụ"). */
  readonly unit: string;
  /** "dự báo" / "ước tính" for figures that are not yet actual results. */
  readonly qualifier: string;
  /** Small, under (or after) the value, after a space: what a count counts ("dịch vụ") and the
   * qualifier ("(dự báo)"); or ''. */
  readonly small: string;
  /** How much of the track the value fills, 0–1 (clamped). */
  readonly fill: number;
  /** Where the target marker sits, 0–1; undefined without a target. */
  readonly target: number | undefined;
  /** Dash pattern of the good side of the target (above a floor, below a ceiling). */
  readonly zone: string | undefined;
  /** "Mục tiêu: ≥ 50%", "Hạn: Tháng 12/2023", or '' without a target. */
  readonly targetText: string;
  /** "▲ 25,3%" shown, "Tăng 25,3%" spoken, then "so với năm 2021 · xấu đi": whether the move
   * is good news is in words, not only in the colour (`tone`). */
  readonly change:
    | {
        readonly shown: string;
        readonly spoken: string;
        readonly rest: string;
        readonly tone: VerdictTone;
      }
    | undefined;
  readonly explanation: string;
  readonly meter: {
    readonly now: number;
    readonly min: number;
    readonly max: number;
    readonly text: string;
  };
}

/** Scale bounds given as attributes; either may be missing. */
export interface Bounds {
  readonly min?: number | undefined;
  readonly max?: number | undefined;
}

/**
 * Builds the view, or says which bound is wrong when the scale would be empty or reversed
 * (`min` ≥ `max`): the path of the attribute to fix, with both numbers for the message.
 */
export function buildView(
  ind: Indicator,
  status: StatusResult,
  locale: Locale,
  bounds: Bounds,
  { asOf, period }: { readonly asOf?: string; readonly period?: string },
): GaugeView | { readonly badBound: 'min' | 'max'; readonly scale: Scale } {
  const m = coreMessages[locale];
  const g = gaugeMessages[locale];
  const obs = status.figure?.chosen;
  const milestone = ind.kind === 'milestone';
  const target = status.target?.kind === 'milestone' ? undefined : status.target;
  const total = obs?.total ?? target?.total;
  // Beside its target, the value reads apart from it: "49,996%", not "50%" against "≥ 50%".
  const valueOptions = {
    ...(total !== undefined && { total }),
    ...(target && { against: target.value }),
  };
  // Speech engines read "21/25" as a date or a fraction: spoken, it is "21 trên 25".
  const said = (text: string): string =>
    total === undefined ? text : text.replace(/(\d)\/(\d)/, `$1 ${g.of} $2`);

  // A milestone is done (1) or not (0); a measure has its number, or nothing for this period.
  const value = milestone ? (obs?.done === undefined ? undefined : +obs.done) : obs?.value;
  const shown =
    value === undefined
      ? '–'
      : milestone
        ? value
          ? m.done
          : m.notDone
        : formatValue(value, ind, locale, { ...valueOptions, bare: true });

  const base = milestone
    ? { min: 0, max: 1 }
    : defaultScale(
        ind.unit,
        [value, target?.value, status.projected].filter((n): n is number => n !== undefined),
        total,
      );
  const scale = { min: bounds.min ?? base.min, max: bounds.max ?? base.max };
  if (scale.min >= scale.max) return { badBound: bounds.min === undefined ? 'max' : 'min', scale };

  // A milestone's target is a date, not a point on the dial: it shows in the target line only.
  const targetAt = target && fractionOf(target.value, scale);
  let zone: string | undefined;
  if (target && targetAt !== undefined && target.op !== '=')
    zone = target.op.startsWith('>') ? span(targetAt, 1) : span(0, targetAt);

  // Nothing measured in a period asked for: that period, not the target's longer one, which may
  // have a figure ("Năm 2022" beside "Chưa có dữ liệu" for 2022-H1, when 2022 gave 40,47%).
  const at =
    obs?.period ?? (milestone ? undefined : (period && parsePeriod(period)) || status.period);
  let targetText = '';
  let targetWords = '';
  if (status.target?.kind === 'milestone') {
    targetText = targetWords = `${m.due}: ${dueWords(status.target, locale)}`;
  } else if (target) {
    // Out of its own total ("30/30"), not the figure's ("21/22"), where the two differ.
    const of = target.total ?? total;
    targetText = `${m.target}: ${formatTargetValue(target.op, target.value, ind, locale, of)}`;
    targetWords = `${m.target}: ${said(formatTargetWords(target.op, target.value, ind, locale, of))}`;
    // A target for another period than the one shown says which, heard as well as seen.
    if (at && at.key !== target.period.key) {
      targetText += ` (${formatPeriod(target.period, locale, 'short')})`;
      targetWords += ` (${formatPeriod(target.period, locale, 'inline')})`;
    }
  }

  const since = !milestone && status.figure ? changeSince(ind, status.figure, asOf) : undefined;
  let change: GaugeView['change'];
  if (since) {
    // A rank's arrow and verb follow its place: 86th → 77th is "▲ 9 bậc", "Tăng 9 bậc".
    const dir = movement(since.change, ind.unit);
    // A count out of totals that differ, 22/22 then 30/30, is unchanged only in share: "■ 0 điểm
    // %", as the card says it, where "Không đổi" alone claimed there were 30 already.
    const { share } = since;
    const amount =
      dir === 'flat' && !share
        ? ''
        : ` ${changeQualifier(since.ends, locale)}${changeAmount(since.change, since.info, locale, 'relative')}`;
    const versus = g.versus(formatPeriod(since.previous.period, locale, 'inline'));
    change = {
      shown: ARROWS[dir] + amount,
      spoken: spokenPoints(dir === 'flat' && share ? amount.trim() : g[dir] + amount),
      // "Không đổi" already says a flat line is neither better nor worse.
      rest:
        dir === 'flat'
          ? share
            ? `${versus} · ${g.flat.toLowerCase()}`
            : versus
          : `${versus} · ${since.tone === 'positive' ? g.better : g.worse}`,
      tone: since.tone,
    };
  }

  const qualifier = obs && obs.kind !== 'actual' ? m[obs.kind] : '';
  // "hơn 320.000" in the report: the bare number would claim an exact figure.
  const approx = obs ? figureQualifier(obs, locale) : '';
  let spoken =
    value === undefined
      ? m.noData
      : milestone
        ? shown
        : approx + said(formatValue(value, ind, locale, valueOptions));
  if (qualifier) spoken += ` (${qualifier})`;
  const verdict = status.verdict;
  const words = verdictWords(status, locale);
  const unit = milestone ? '' : localize(ind.unitLabel, locale);
  const small = [unit, qualifier && `(${qualifier})`].filter(Boolean).join(' ');

  return {
    verdict,
    words,
    tone: VERDICT_TONE[verdict],
    // A milestone's period is its due date, already in the target line; an undated figure has none.
    period: at && !ind.undated ? formatPeriod(at, locale) : '',
    value: shown,
    approx,
    unit,
    qualifier,
    small: small && ` ${small}`,
    fill: value === undefined ? 0 : fractionOf(value, scale),
    target: targetAt,
    zone,
    targetText,
    change,
    explanation: status.explanation[locale],
    meter: {
      now: value === undefined ? scale.min : Math.min(scale.max, Math.max(scale.min, value)),
      min: scale.min,
      max: scale.max,
      // Value, target and status in words (#4), each once: "Chưa có dữ liệu" as the value is
      // not said again as the status ("Quá hạn" still is).
      text: [...new Set([spoken, targetWords, words])].filter(Boolean).join('; '),
    },
  };
}
