/**
 * What the tooltip shows and the live region says for one stop on the time axis. Pure: the
 * same words for the mouse, the keyboard and the screen reader.
 */
import {
  coreMessages,
  dueInSentence,
  dueTextNamesDate,
  formatPeriod,
  formatTargetWords,
  formatFigure,
  formatValue,
  percentOf,
  type Indicator,
  type Locale,
  type Observation,
  type Text,
  type ValueTarget,
} from '@cds-vn/core';
import { trendMessages } from './messages.js';
import { targetsFor, type TrendModel, type TrendSeries } from './trend-model.js';

/**
 * Words, or a text from the data (a series name, a note) kept whole so it can be marked with
 * the language it really has (see lang-text.ts).
 */
export type SlotText = readonly (string | Text)[];

export interface SlotDescription {
  readonly title: string;
  readonly lines: readonly SlotText[];
}

const percent = (v: number, locale: Locale): string => formatValue(v, { unit: '%' }, locale);

/**
 * A figure as the report qualified it ("hơn 320.000"), then in one parenthesis its share where
 * the chart draws that (TrendSeries.share), its kind and, for a revision, the report it came
 * from: "50% (ước tính, báo cáo 28/12/2022)", not "50% (ước tính) (báo cáo 28/12/2022)";
 * "6/30 bộ, ngành (20%)". `against`: the target beside it (formatValue's); a share needs none,
 * its exact count beside it.
 */
export function observationText(
  ind: Indicator,
  o: Observation,
  locale: Locale,
  share = false,
  report = false,
  against?: number,
): string {
  const m = coreMessages[locale];
  const notes: string[] = [];
  if (share) notes.push(percent(percentOf(o.value as number, o.total as number), locale));
  if (o.kind !== 'actual') notes.push(o.kind === 'estimate' ? m.estimate : m.forecast);
  if (report && o.source)
    notes.push(trendMessages[locale].report(formatPeriod(o.source.date, locale, 'inline')));
  const value = formatFigure(o, ind, locale, against !== undefined ? { against } : {});
  return notes.length ? `${value} (${notes.join(', ')})` : value;
}

/** "52,8% (báo cáo 28/12/2022)": a revision and the report it came from. */
export const revisionText = (
  ind: Indicator,
  o: Observation,
  locale: Locale,
  share = false,
): string => observationText(ind, o, locale, share, true);

/**
 * What a share series says beside a target, in the words of a parenthesis: its share as drawn
 * ("90,91%" for 20/22), or that a count without a total is not drawn. Empty for other series.
 */
export function targetNote(s: TrendSeries, t: ValueTarget, locale: Locale): string {
  if (!s.share) return '';
  return t.total === undefined
    ? trendMessages[locale].noTotal
    : percent(percentOf(t.value, t.total), locale);
}

export function describeSlot(model: TrendModel, index: number, locale: Locale): SlotDescription {
  const slot = model.slots[index];
  if (!slot) return { title: '', lines: [] };
  const m = coreMessages[locale];
  const named = model.series.length > 1;
  const lines: SlotText[] = [];
  for (const s of model.series) {
    const ind = s.indicator;
    const prefix: SlotText = named ? [ind.name, ': '] : [];
    const goals: string[] = [];
    // Periods that end together share a stop (2022-H1 and 2022-Q2): every figure drawn there is
    // said, each naming its period.
    for (const point of s.points.filter((p) => p.x === slot.x)) {
      let line = observationText(ind, point.figure.chosen, locale, s.share);
      if (slot.periods.length > 1)
        line += ` (${formatPeriod(point.figure.period, locale, 'inline')})`;
      const others = point.figure.revisions.filter((r) => r.value !== undefined);
      if (others.length)
        line += `; ${m.revisions}: ${others.map((r) => revisionText(ind, r, locale, s.share)).join(', ')}`;
      const t = targetsFor(s, point.figure.period)[0];
      const note = t && targetNote(s, t, locale);
      // Worded ("Tối thiểu 50%"): a screen reader says "≥" badly or not at all.
      const goal = t
        ? `${m.target} ${formatPeriod(t.period, locale, 'short')}: ${formatTargetWords(t.op, t.value, ind, locale, t.total)}${note ? ` (${note})` : ''}`
        : '';
      // With several series, the target shares its series' line: the name is said once.
      if (goal && named) line += `; ${goal}`;
      else if (goal && !goals.includes(goal)) goals.push(goal);
      lines.push([...prefix, line]);
    }
    lines.push(...goals.map((g) => [g]));
    for (const mark of s.milestones.filter((k) => k.x === slot.x)) {
      const t = mark.target;
      const { due, text } = t;
      // Kept whole, to be marked with its language; a text that is only the date says nothing more.
      const note = text?.vi === formatPeriod(due, 'vi') ? undefined : text;
      lines.push([
        ...prefix,
        ...(note && dueTextNamesDate(t)
          ? [
              `${m.due} `,
              // "Hạn năm 2022 (…)", not "Hạn Năm 2022 (…)", in either language.
              {
                ...note,
                vi: dueInSentence(note.vi, t),
                ...(note.en !== undefined && { en: dueInSentence(note.en, t) }),
              },
            ]
          : [
              `${m.due} ${formatPeriod(due, locale, 'inline')}`,
              ...(note ? [' (', note, ')'] : []),
            ]),
        `: ${mark.done ? m.done : m.notDone}`,
      ]);
    }
  }
  return { title: slot.periods.map((p) => formatPeriod(p, locale)).join(' / '), lines };
}

/** The live region's sentence: the stop, what is there, and where it is in the sequence. */
export function announceSlot(model: TrendModel, index: number, locale: Locale): SlotText {
  const d = describeSlot(model, index, locale);
  const where = trendMessages[locale].position(index + 1, model.slots.length);
  return [`${d.title}: `, ...d.lines.flatMap((l, i) => (i ? ['; ', ...l] : l)), ` (${where})`];
}
