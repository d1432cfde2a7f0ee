/**
 * The one status engine: an indicator, a period and a date in → a verdict and an explanation a
 * person can check. Pure: no clock unless `asOf` is left out.
 */
import type { Locale } from '../i18n/locale.js';
import { coreMessages } from '../i18n/messages.js';
import { type PeriodFigure, figuresByPeriod } from '../model/revisions.js';
import type { Indicator, MilestoneTarget, Observation, ValueTarget } from '../model/types.js';
import { comparePeriods, parsePeriod, periodContains, type Period } from '../period/period.js';
import { periodInSentence } from '../format/period-label.js';
import { capitalize, lowerFirst, withoutStop } from '../format/sentence.js';
import { formatFigure } from '../format/qualifier.js';
import { verdictWords } from './verdict-words.js';
import { dueWords } from './due-words.js';
import { formatTargetValue, formatValue, localize } from '../format/value.js';
import { meets, settlesEarly } from './compare.js';
import { projectLinear } from './trend.js';
import type { Verdict } from './verdict.js';

export interface EvaluateOptions {
  /** The period to judge (`2022`); default: the latest period with a value. */
  readonly period?: string;
  /** "Today": a period string (its end is used), a Date or UTC ms. Default: now. */
  readonly asOf?: string | Date | number;
}

export interface StatusResult {
  readonly verdict: Verdict;
  /** The period judged (the target's). */
  readonly period?: Period;
  readonly target?: ValueTarget | MilestoneTarget;
  /** The figure the verdict rests on, with other reports' figures as revisions. */
  readonly figure?: PeriodFigure;
  /** For a period in progress: the value the trend line reaches at its end. */
  readonly projected?: number;
  /**
   * True when the figure is not the judged period's own: it covers only part of it (6 months of
   * a year), or, with nothing in it, it is the latest figure before it.
   */
  readonly partial: boolean;
  readonly explanation: { readonly vi: string; readonly en: string };
}

/** The instant "now" stands for. A period string means the end of that period. */
export function asOfInstant(asOf: EvaluateOptions['asOf']): number {
  // Number() reads a Date as its UTC ms, as getTime() does.
  return (typeof asOf === 'string' ? parsePeriod(asOf)?.end : asOf && Number(asOf)) ?? Date.now();
}

function valueTargets(ind: Indicator): ValueTarget[] {
  return ind.targets.filter((t): t is ValueTarget => t.kind !== 'milestone');
}

/** The target for a period: the same period, else the shortest one containing it. */
function targetFor(ind: Indicator, p: Period): ValueTarget | undefined {
  const candidates = valueTargets(ind).filter((t) => periodContains(t.period, p));
  return candidates.sort(
    (a, b) => a.period.end - a.period.start - (b.period.end - b.period.start),
  )[0];
}

function chooseTarget(
  ind: Indicator,
  figures: readonly PeriodFigure[],
  options: EvaluateOptions,
  now: number,
  wanted: Period | undefined,
): ValueTarget | undefined {
  if (options.period) return wanted && targetFor(ind, wanted);
  const latest = figures.findLast((f) => f.chosen.value !== undefined);
  const targets = valueTargets(ind).sort((a, b) => comparePeriods(a.period, b.period));
  if (latest) {
    // The target the latest figure speaks to, else the next target after it: one that begins
    // once the figure's period is over, never one it straddles (11/2021–10/2022 is not 2022's).
    return (
      targetFor(ind, latest.period) ?? targets.find((t) => t.period.start >= latest.period.end)
    );
  }
  return targets.find((t) => t.period.end > now) ?? targets.at(-1);
}

/** One sentence said in both languages. */
/** The explanation in both languages, each a sentence: "Khoảng 38,3%…", not "khoảng 38,3%…". */
function inBoth(
  say: (locale: Locale, m: (typeof coreMessages)[Locale]) => string,
): StatusResult['explanation'] {
  return {
    vi: capitalize(say('vi', coreMessages.vi)),
    en: capitalize(say('en', coreMessages.en)),
  };
}

function explain(
  ind: Indicator,
  verdict: Verdict,
  parts: {
    figure?: PeriodFigure;
    target?: ValueTarget;
    period?: Period;
    projected?: number;
    partial?: boolean;
  },
): StatusResult['explanation'] {
  const obs = parts.figure?.chosen;
  return inBoth((locale, m) => {
    const segs: string[] = [];
    // A year as the reports write it, "2022"; a shorter period in words, as inside a sentence,
    // "(tháng 4/2024)", "(first half of 2022)": a screen reader spells "T4/2024" and "H1/2022"
    // out letter by letter. An undated figure names no period: " (2026)" would be a year the
    // author never wrote.
    // Notes after a figure or target go in one pair of brackets: "7,5% (dự báo, 2022)".
    const notes = (...n: string[]): string => {
      const said = n.filter(Boolean);
      return said.length ? ` (${said.join(', ')})` : '';
    };
    const when = (p: Period): string => (ind.undated ? '' : periodInSentence(p, locale));
    let head =
      obs?.value !== undefined
        ? formatFigure(obs, ind, locale, parts.target && { against: parts.target.value })
        : m.noData;
    if (obs)
      head += notes(
        obs.kind === 'actual' ? '' : obs.kind === 'estimate' ? m.estimate : m.forecast,
        parts.partial || !parts.target ? when(obs.period) : '',
      );
    if (parts.target) {
      const t = parts.target;
      const goal = `${formatTargetValue(t.op, t.value, ind, locale, t.total)}${notes(when(t.period))}`;
      // With nothing measured, "Mục tiêu > 60% (2023): Chưa có dữ liệu", not "Chưa có dữ liệu so
      // với mục tiêu > 60% (2023): Chưa có dữ liệu", which says it twice.
      head = obs?.value !== undefined ? `${head} ${m.against} ${goal}` : `${m.target} ${goal}`;
    }
    segs.push(head);
    if (parts.projected !== undefined)
      segs.push(
        m.projected(
          // Beside the target, apart from it: 49,996% is not "50%" against ≥ 50%.
          formatValue(parts.projected, ind, locale, {
            maxDecimals: 2,
            ...(parts.target && { against: parts.target.value }),
          }),
        ),
      );
    // Beside a figure from another period, the verdict says which figure is missing, as the
    // elements show it ("…so với mục tiêu > 16% (2023): Chưa có số liệu năm 2023"); the head
    // already dates the figure, so "chỉ có số liệu năm 2022" would say it twice.
    return `${segs.join('; ')}: ${verdictWords({ verdict, ...parts }, locale)}`;
  });
}

function evaluateMeasure(
  ind: Indicator,
  options: EvaluateOptions,
  now: number,
  wanted: Period | undefined,
): StatusResult {
  const figures = figuresByPeriod(ind);
  const target = chooseTarget(ind, figures, options, now, wanted);
  if (!target) {
    const figure = wanted
      ? figures.find((f) => f.period.key === wanted.key)
      : figures.findLast((f) => f.chosen.value !== undefined);
    const verdict: Verdict = 'no-target';
    return {
      verdict,
      ...(figure && { figure, period: figure.period }),
      partial: false,
      explanation: explain(ind, verdict, { ...(figure && { figure }) }),
    };
  }
  const period = target.period;
  // Asked for part of the target's period (2022-H1 of a 2022 target), it is judged as it stood
  // when that part ended, on the figures up to then: the status a mid-year report gave.
  const inProgress = Math.min(now, wanted?.end ?? now) < period.end;
  const withValue = figures.filter(
    (f) => f.chosen.value !== undefined && f.period.end <= (wanted?.end ?? Infinity),
  );
  const exact = withValue.find((f) => f.period.key === period.key);
  // Of the latest figures, ending together (2022-H1 and Q2 both end with June; figures come by
  // end, longest first), the one for the period asked for, else the longest: nearest the target's.
  const latestOf = (fs: PeriodFigure[]): PeriodFigure | undefined => {
    const tied = fs.filter((f) => f.period.end === fs.at(-1)?.period.end);
    return tied.find((f) => f.period.key === wanted?.key) ?? tied[0];
  };
  const within = latestOf(withValue.filter((f) => periodContains(period, f.period)));
  const base = { target, period };

  const done = (
    verdict: Verdict,
    figure: PeriodFigure | undefined,
    extra: { projected?: number; partial?: boolean } = {},
  ): StatusResult => {
    const parts = { ...base, ...(figure && { figure }), ...extra };
    return {
      verdict,
      ...parts,
      partial: extra.partial ?? false,
      explanation: explain(ind, verdict, parts),
    };
  };

  if (exact && !(inProgress && exact.chosen.kind === 'forecast')) {
    const ok = meets(exact.chosen.value as number, target.op, target.value);
    return done(ok ? 'achieved' : 'not-achieved', exact);
  }
  if (within && within !== exact) {
    const ok = meets(within.chosen.value as number, target.op, target.value);
    if (ok && settlesEarly(target.op)) return done('achieved', within, { partial: true });
    if (!inProgress) return done('no-data', within, { partial: true });
  }
  // Over, with nothing in it: by default the latest figure is still shown (it is the latest
  // period with a value), said to be earlier; a period asked for shows only its own.
  if (!inProgress) return done('no-data', wanted ? undefined : withValue.at(-1), { partial: true });
  // In progress (or not yet started): follow the line through the last two figures to the end,
  // each placed at its period's end (11 months of a year at the end of November). Figures
  // before the period or within it: not one that straddles its start (11/2021–10/2022 for 2022).
  const basis = withValue.filter(
    (f) => f.period.end <= period.start || periodContains(period, f.period),
  );
  const latest = latestOf(basis);
  if (!latest) return done('no-data', undefined);
  const partial = latest.period.key !== period.key;
  const projected = projectLinear([...basis.filter((f) => f !== latest), latest], period.end);
  // One figure is no trend: it is judged as it stands against the target (a mid-year figure
  // short of the year's target is at risk, as the reports say "cần tiếp tục nỗ lực"), and the
  // explanation claims no projection.
  const ok = meets(projected ?? (latest.chosen.value as number), target.op, target.value);
  const verdict: Verdict = ok ? 'on-track' : 'at-risk';
  return done(verdict, latest, { ...(projected !== undefined && { projected }), partial });
}

function evaluateMilestone(ind: Indicator, now: number, wanted: Period | undefined): StatusResult {
  const milestones = ind.targets.filter((t): t is MilestoneTarget => t.kind === 'milestone');
  const target = (wanted && milestones.find((t) => t.due.key === wanted.key)) ?? milestones[0];
  const obs = ind.observations.at(-1);
  const figure = obs ? figuresByPeriod(ind).find((f) => f.chosen === obs) : undefined;
  let verdict: Verdict;
  if (!target) verdict = obs?.done ? 'achieved' : 'no-target';
  else if (obs?.done) {
    // Without a completion date, the report's own date is an upper bound: late cannot be proven.
    verdict = obs.completed && obs.completed.end > target.due.end ? 'achieved-late' : 'achieved';
  } else if (now > target.due.end) verdict = 'overdue';
  else verdict = 'on-track';

  // "Hạn năm 2022; đã hoàn thành (tháng 1/2023); 04 Nghị định…: Đạt": our words after a ";" in
  // lower case, as in a sentence; the report's own words as it wrote them, less a closing full
  // stop before the ":" of the verdict.
  const explanation = inBoth((locale, m) => {
    const segs: string[] = [];
    if (target) segs.push(`${m.due} ${dueWords(target, locale, 'inline')}`);
    if (obs?.done !== undefined) {
      let s = obs.done ? m.done : m.notDone;
      if (segs.length) s = lowerFirst(s);
      if (obs.completed) s += ` (${periodInSentence(obs.completed, locale)})`;
      segs.push(s);
    }
    if (obs?.text) segs.push(withoutStop(localize(obs.text, locale)));
    return `${segs.join('; ') || localize(ind.name, locale)}: ${m.verdict(verdict)}`;
  });
  return {
    verdict,
    ...(target && { target, period: target.due }),
    ...(figure && { figure }),
    partial: false,
    explanation,
  };
}

/**
 * Whether a figure was known at `now`: its report was out by then (a figure from a later report
 * cannot decide a verdict "as of" an earlier date), and, without a report, its period had begun.
 */
export function knownAt(o: Observation, now: number): boolean {
  return o.source ? o.source.date.end <= now : o.period.start < now;
}

/**
 * The indicator as it stood at `asOf`: only the figures known then, so that everything shown
 * beside a verdict (value, change, sparkline, other reports' figures) is what it was judged on.
 * An undated figure counts whatever "today" is: its year is only a filing place.
 */
export function knownAsOf(ind: Indicator, asOf?: EvaluateOptions['asOf']): Indicator {
  const now = ind.undated ? Infinity : asOfInstant(asOf);
  return { ...ind, observations: ind.observations.filter((o) => knownAt(o, now)) };
}

export function evaluate(ind: Indicator, options: EvaluateOptions = {}): StatusResult {
  // "Today" as knownAsOf reads it (a helper for the one expression cost 30–90 B of brotli).
  const now = ind.undated ? Infinity : asOfInstant(options.asOf);
  // The period asked for, read once; an unreadable one judges nothing (no target).
  const wanted = options.period ? parsePeriod(options.period) : undefined;
  const known = knownAsOf(ind, options.asOf);
  return known.kind === 'milestone'
    ? evaluateMilestone(known, now, wanted)
    : evaluateMeasure(known, options, now, wanted);
}
