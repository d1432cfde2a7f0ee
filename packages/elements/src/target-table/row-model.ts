/**
 * Rows as the table shows them: every cell's text, sort key, footnotes and revisions, computed
 * once per data / locale / period change so that sorting, filtering and the CSV export only
 * read plain values.
 */
import {
  VERDICT_SYMBOL,
  VERDICT_TONE,
  coreMessages,
  evaluate,
  knownAsOf,
  figureFor,
  figuresByPeriod,
  periodContains,
  formatPeriod,
  localize,
  foreignLang,
  textFigure,
  type DataError,
  type Indicator,
  type Locale,
  type Observation,
  type Period,
  type PeriodFigure,
  type ReportTable,
  type StatusResult,
  type Target,
  type Verdict,
  type VerdictTone,
} from '@cds-vn/core';
import {
  figureText,
  cellCase,
  gapOf,
  percentText,
  periodNote,
  withNote,
  progressOf,
  sourceText,
  targetPeriod,
  targetText,
} from './cell-text.js';
import { tableMessages } from './messages.js';
import type { RowSlot, TableInput } from './parse-table-input.js';

/** A verdict, or `not-done`: a task the report calls not done that has no due date to miss. */
export type StatusKey = Verdict | 'not-done';

export interface FootnoteRef {
  /** Unique in the table: the report's id and the marker (two reports may both have a [1]). */
  readonly key: string;
  readonly marker: string;
}

export interface FootnoteView extends FootnoteRef {
  readonly text: string | undefined;
  /** 'vi' on an English page when the source gives the note only in Vietnamese. */
  readonly lang?: Locale;
  readonly source: string;
}

export interface RevisionView {
  readonly value: string;
  readonly source: string;
}

export interface CellView {
  /** The text as shown, without footnote markers; '' when there is nothing. */
  readonly text: string;
  /** Words to say instead of the text: a report's "-", shown "–", is "không có số liệu". */
  readonly spoken?: string;
  /** 'vi' where an English table shows a worded result the data gives only in Vietnamese. */
  readonly lang?: Locale;
  readonly sort?: number;
  /** A value out of a total ("21/25"). */
  readonly count?: true;
  readonly footnotes: readonly FootnoteRef[];
  readonly revisions: readonly RevisionView[];
}

export interface RowView {
  readonly key: string;
  /** Position in the report's (or the input's) order. */
  readonly position: number;
  /** The row number as the report prints it. */
  readonly number: string;
  readonly name: string;
  /** 'vi' where an English table shows a name the data gives only in Vietnamese. */
  readonly nameLang?: Locale;
  /** Vietnamese and English names, for search (folded when first searched). */
  readonly searchText: string;
  readonly agency: string;
  /** 'vi' in an English table: agencies are Vietnamese names, never translated. */
  readonly agencyLang?: Locale;
  readonly pillar?: string;
  readonly milestone: boolean;
  readonly status?: StatusKey;
  readonly statusWord: string;
  /** Under "Chưa có dữ liệu" beside an earlier figure: "(chỉ có số liệu năm 2022)". */
  readonly statusNote?: string;
  readonly tone: VerdictTone;
  readonly explanation: string;
  /** One per period column. */
  readonly results: readonly CellView[];
  readonly targets: readonly CellView[];
  readonly gap: { readonly text: string; readonly sort?: number };
  readonly progress?: { readonly ratio: number; readonly text: string };
  readonly source: { readonly text: string; readonly sort?: number };
  /** Non-empty for a bad row: it shows these instead of cells. */
  readonly errors: readonly DataError[];
}

export interface BuildOptions {
  readonly locale: Locale;
  /** One entry per result column; `undefined` means each row's latest figure. */
  readonly periods: readonly (Period | undefined)[];
  /** The period status, gap and progress are judged for. */
  readonly primary?: Period;
  readonly asOf?: string;
  readonly table?: ReportTable;
}

export interface TableModel {
  readonly rows: readonly RowView[];
  readonly footnotes: readonly FootnoteView[];
  /** Per period column: the period of every row's figure, when they agree, else the column's. */
  readonly resultPeriods: readonly (Period | undefined)[];
  /** Per period column: the period every row's target is for, when they agree. */
  readonly targetPeriods: readonly (Period | undefined)[];
  /** True when every good row is a milestone (a table of tasks). */
  readonly allMilestones: boolean;
  /** How many rows are bad (shown with their errors instead of cells). */
  readonly errorRows: number;
}

export const STATUS_SYMBOL: Readonly<Record<StatusKey, string>> = {
  ...VERDICT_SYMBOL,
  'not-done': '✗',
};

export const STATUS_TONE: Readonly<Record<StatusKey, VerdictTone>> = {
  ...VERDICT_TONE,
  'not-done': 'negative',
};

/** Best first: the order of an ascending sort by status. */
export const STATUS_ORDER: readonly StatusKey[] = [
  'achieved',
  'achieved-late',
  'on-track',
  'at-risk',
  'not-achieved',
  'not-done',
  'overdue',
  'no-data',
  'no-target',
];

/** The word for a status; tasks read "Đã hoàn thành" where indicators read "Đạt". */
export function statusWord(key: StatusKey, milestone: boolean, locale: Locale): string {
  const t = tableMessages[locale];
  if (key === 'not-done') return t.milestoneNotDone;
  if (milestone) {
    switch (key) {
      case 'achieved':
        return t.milestoneDone;
      case 'achieved-late':
        return t.milestoneDoneLate;
      case 'overdue':
        return t.milestoneOverdue;
      case 'on-track':
        return t.milestoneInProgress;
      default:
        break;
    }
  }
  return coreMessages[locale].verdict(key);
}

/**
 * A task's tooltip ends on the word its cell shows ("…: Đang thực hiện", not core's "…: Đúng
 * tiến độ" under "↗ Đang thực hiện"), said once: "Hạn năm 2022; 04 Nghị định…: Đã hoàn
 * thành", not "Hạn năm 2022; đã hoàn thành; 04 Nghị định…: Đã hoàn thành".
 */
function taskExplanation(status: StatusResult, key: StatusKey, locale: Locale): string {
  const text = status.explanation[locale];
  const word = statusWord(key, true, locale);
  const tail = `: ${coreMessages[locale].verdict(status.verdict)}`;
  if (!text.endsWith(tail) || tail === `: ${word}`) return text;
  const head = text
    .slice(0, -tail.length)
    .split('; ')
    .filter((s) => s.toLowerCase() !== word.toLowerCase())
    .join('; ');
  return head ? `${cellCase(head)}: ${word}` : word;
}

function statusKeyOf(ind: Indicator, status: StatusResult): StatusKey {
  if (ind.kind === 'milestone' && status.verdict === 'no-target') {
    if (ind.observations.at(-1)?.done === false) return 'not-done';
  }
  return status.verdict;
}

class FootnoteCollector {
  readonly list: FootnoteView[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly locale: Locale) {}

  ref(item: Observation | Target | undefined): FootnoteRef[] {
    if (!item?.footnote) return [];
    const marker = item.footnote;
    const key = `${item.source?.id ?? ''}#${marker}`;
    if (!this.seen.has(key)) {
      this.seen.add(key);
      const text = item.source?.footnotes?.[marker];
      const lang = foreignLang(text, this.locale);
      this.list.push({
        key,
        marker,
        text: text ? localize(text, this.locale) : undefined,
        ...(lang && { lang }),
        source: sourceText(item.source, this.locale),
      });
    }
    return [{ key, marker }];
  }
}

const EMPTY_CELL: CellView = { text: '', footnotes: [], revisions: [] };

/**
 * A count out of a total sorts by its share in percent, beside the percentages a column mostly
 * holds: 21/25 is 84, where 0.84 put it under every share.
 */
const countSort = (value: number, total?: number): Pick<CellView, 'sort' | 'count'> =>
  total ? { sort: (value / total) * 100, count: true } : { sort: value };

function figureCell(
  ind: Indicator,
  figure: PeriodFigure | undefined,
  column: Period | undefined,
  locale: Locale,
  notes: FootnoteCollector,
  target: Target | undefined,
): CellView {
  if (!figure) return EMPTY_CELL;
  const obs = figure.chosen;
  const against = target?.kind === 'milestone' ? undefined : target?.value;
  const said = textFigure(figureText(ind, obs, locale, against), locale);
  let text = cellCase(said.shown);
  // Words said for a "-" stay core's: "không có số liệu" is heard, not read.
  let spoken = said.spoken === said.shown ? text : said.spoken;
  // A figure for another period than the column's (six months against a year) says so, to the
  // ear too. An undated one names none.
  if (
    obs.value !== undefined &&
    ind.kind !== 'milestone' &&
    !ind.undated &&
    figure.period.key !== column?.key
  ) {
    // An estimate's or forecast's word is in brackets already: the period joins it.
    const note = periodNote(figure.period, locale);
    const bracketed = obs.kind !== 'actual';
    text = withNote(text, note.shown, bracketed);
    spoken = withNote(spoken, note.spoken, bracketed);
  }
  const t = tableMessages[locale];
  // A task's result in the report's own words, in Vietnamese only: a voice reads it as such.
  const lang =
    obs.value === undefined && spoken === text ? foreignLang(obs.text, locale) : undefined;
  return {
    text,
    ...(spoken !== text && { spoken }),
    ...(lang && { lang }),
    // A task's worded result sorts by whether it is done: not done first when ascending.
    ...(obs.value !== undefined
      ? countSort(obs.value, obs.total)
      : obs.done !== undefined && { sort: +obs.done }),
    footnotes: notes.ref(obs),
    revisions: figure.revisions.map((o) => ({
      value: cellCase(textFigure(figureText(ind, o, locale), locale).spoken),
      source: sourceText(o.source, locale) || t.unknownSource,
    })),
  };
}

function targetCell(
  ind: Indicator,
  target: Target | undefined,
  common: Period | undefined,
  locale: Locale,
  notes: FootnoteCollector,
): CellView {
  if (!target) return EMPTY_CELL;
  let text = cellCase(targetText(ind, target, locale));
  let spoken = text;
  const p = targetPeriod(target);
  // The report's words may name the year already: "…đề ra trong năm 2022", not "… (2022)" after.
  const named = p.granularity === 'year' && new RegExp(`(?<!\\d)${p.year}(?!\\d)`).test(text);
  if (target.kind !== 'milestone' && !ind.undated && p.key !== common?.key && !named) {
    const note = periodNote(p, locale);
    text = withNote(text, note.shown, false);
    spoken = withNote(spoken, note.spoken, false);
  }
  // A task's due date in the report's words (targetText keeps them even when only Vietnamese).
  const lang = target.kind === 'milestone' ? foreignLang(target.text, locale) : undefined;
  return {
    text,
    ...(spoken !== text && { spoken }),
    ...(lang && { lang }),
    ...(target.kind === 'milestone'
      ? { sort: target.due.end }
      : countSort(target.value, target.total)),
    footnotes: notes.ref(target),
    revisions: [],
  };
}

function latestWithin(ind: Indicator, p: Period): PeriodFigure | undefined {
  return figuresByPeriod(ind)
    .filter((f) => periodContains(p, f.period))
    .at(-1);
}

interface Judged {
  readonly slot: RowSlot;
  readonly ind: Indicator;
  readonly status: StatusResult;
  /** Per period column. */
  readonly figures: readonly (PeriodFigure | undefined)[];
  readonly targets: readonly (Target | undefined)[];
}

function judge(slot: RowSlot, ind: Indicator, options: BuildOptions): Judged {
  const asOf = options.asOf ? { asOf: options.asOf } : {};
  const status = evaluate(ind, {
    ...(options.primary && { period: options.primary.key }),
    ...asOf,
  });
  const single = options.periods.length === 1;
  // The figures as they stood at as-of, as the verdict reads them: a later report's year-end
  // figure must not sit beside a mid-year verdict.
  const known = knownAsOf(ind, options.asOf);
  const figures = options.periods.map((p) => {
    if (ind.kind === 'milestone') return status.figure;
    const exact = p ? figureFor(known, p.key) : undefined;
    if (exact || !single) return exact;
    // In the single-period view, a part of the period stands in for it (H1 for a year): the
    // figure the verdict rests on, else the latest within the period, even a "-" as printed.
    return status.figure ?? (p ? latestWithin(known, p) : undefined);
  });
  const targets = options.periods.map((p) => {
    if (single || !p || ind.kind === 'milestone') return status.target;
    return evaluate(ind, { period: p.key, ...asOf }).target;
  });
  return { slot, ind, status, figures, targets };
}

/**
 * The one period all measures share, if they do; milestones have dates, not periods. `null` is
 * an undated figure (a short form without a period): no header may name a period for it.
 */
function common(periods: readonly (Period | undefined | null)[]): Period | undefined {
  let shared: Period | undefined;
  for (const p of periods) {
    if (p === null) return undefined;
    if (!p) continue;
    if (!shared) shared = p;
    else if (shared.key !== p.key) return undefined;
  }
  return shared;
}

const measures = (judged: readonly Judged[]): Judged[] =>
  judged.filter((j) => j.ind.kind !== 'milestone');

function commonTargetPeriod(judged: readonly Judged[], column: number): Period | undefined {
  return common(
    measures(judged).map((j) => {
      const t = j.targets[column];
      return t && t.kind !== 'milestone' ? (j.ind.undated ? null : t.period) : undefined;
    }),
  );
}

/** A column of six-month figures is headed "6 tháng đầu năm 2022", not marked row by row. */
function commonResultPeriod(judged: readonly Judged[], column: number): Period | undefined {
  return common(
    measures(judged).map((j) => {
      const p = j.figures[column]?.period;
      return p && j.ind.undated ? null : p;
    }),
  );
}

function goodRow(
  j: Judged,
  position: number,
  options: BuildOptions,
  resultPeriods: readonly (Period | undefined)[],
  targetPeriods: readonly (Period | undefined)[],
  notes: FootnoteCollector,
): RowView {
  const { ind, status } = j;
  const locale = options.locale;
  const key = statusKeyOf(ind, status);
  const milestone = ind.kind === 'milestone';
  const results = j.figures.map((f, i) =>
    figureCell(ind, f, resultPeriods[i], locale, notes, j.targets[i]),
  );
  const targets = j.targets.map((t, i) => targetCell(ind, t, targetPeriods[i], locale, notes));
  const value = status.figure?.chosen.value;
  const target = status.target;
  let gap: RowView['gap'] = { text: '' };
  let progress: RowView['progress'];
  if (!milestone && value !== undefined && target && target.kind !== 'milestone') {
    const g = gapOf(ind, value, target.value, locale);
    gap = { text: g.text, sort: g.better };
    const ratio = progressOf(ind, value, target.value);
    if (ratio !== undefined) progress = { ratio, text: percentText(ratio, locale) };
  }
  const shownSource = status.figure?.chosen.source ?? target?.source;
  // "No data" beside a figure needs its reason on the row, not only in a tooltip: the figure
  // is an earlier period's, the target's own was never measured.
  const earlier = key === 'no-data' && status.partial ? status.figure?.period : undefined;
  const nameLang = foreignLang(ind.name, locale);
  const agency = ind.agencies.join(', ');
  return {
    key: `row-${j.slot.index}`,
    position,
    number: String(position + 1),
    name: localize(ind.name, locale),
    ...(nameLang && { nameLang }),
    searchText: `${ind.name.vi} ${ind.name.en ?? ''}`,
    agency,
    ...(agency && locale !== 'vi' && { agencyLang: 'vi' as const }),
    ...(ind.pillar !== undefined && { pillar: ind.pillar }),
    milestone,
    status: key,
    statusWord: statusWord(key, milestone, locale),
    ...(earlier && {
      statusNote: `(${coreMessages[locale].partialOnly(formatPeriod(earlier, locale, 'inline'))})`,
    }),
    tone: STATUS_TONE[key],
    explanation: milestone ? taskExplanation(status, key, locale) : status.explanation[locale],
    results,
    targets,
    gap,
    ...(progress && { progress }),
    source: {
      text: sourceText(shownSource, locale),
      ...(shownSource && { sort: shownSource.date.end }),
    },
    errors: [],
  };
}

function badRow(slot: RowSlot, position: number, periods: number): RowView {
  const empty = Array.from({ length: periods }, () => EMPTY_CELL);
  return {
    key: `row-${slot.index}`,
    position,
    number: String(position + 1),
    // Without a readable name the id is what finds the row in the JSON: in a report table its
    // number is the report's, not its place in "indicators".
    name: slot.rawName ?? slot.id ?? '',
    searchText: slot.rawName ?? '',
    agency: '',
    milestone: false,
    statusWord: '',
    tone: 'neutral',
    explanation: '',
    results: empty,
    targets: empty,
    gap: { text: '' },
    source: { text: '' },
    errors: slot.errors,
  };
}

/**
 * The rows in the report's order: a report table's own order when one is given, else the
 * input's. A bad row keeps its place (and its number) when it belongs to the table, or when
 * it has no id to tell; a bad row of another table is left to the error event.
 */
function slotsInOrder(input: TableInput, table: ReportTable | undefined): RowSlot[] {
  if (!table) return [...input.slots];
  const byId = new Map<string, RowSlot>();
  for (const s of input.slots) if (s.id !== undefined && !byId.has(s.id)) byId.set(s.id, s);
  const inTable = table.indicators.flatMap((id) => {
    const s = byId.get(id);
    return s ? [s] : [];
  });
  const orphans = input.slots.filter((s) => s.errors.length > 0 && s.id === undefined);
  return [...inTable, ...orphans];
}

/**
 * The row's number as the report prints it (the 2023 targets run 1–28, then 36–46; a sub-row
 * has none), when the report table records its numbers; undefined means "count the rows".
 */
function printedNumber(table: ReportTable | undefined, slot: RowSlot): string | undefined {
  if (!table?.numbers || slot.id === undefined) return undefined;
  const at = table.indicators.indexOf(slot.id);
  return at < 0 ? undefined : (table.numbers[at] ?? '');
}

export function buildTableModel(input: TableInput, options: BuildOptions): TableModel {
  const notes = new FootnoteCollector(options.locale);
  const slots = slotsInOrder(input, options.table);
  const judged = slots.flatMap((slot) =>
    slot.indicator ? [judge(slot, slot.indicator, options)] : [],
  );
  const judgedBySlot = new Map(judged.map((j) => [j.slot, j]));
  const targetPeriods = options.periods.map((_, i) => commonTargetPeriod(judged, i));
  // Multi-period columns are each one period; a single column takes its rows' shared period.
  // A column where no row has a figure for its own period (targets for a year not yet reported)
  // is headed plainly "Kết quả", each figure saying its period.
  const resultPeriods = options.periods.map((p, i) => {
    if (options.periods.length > 1) return p;
    const shared = commonResultPeriod(judged, i);
    if (shared) return shared;
    const anyForP = judged.some((j) => j.figures[i]?.period.key === p?.key);
    return anyForP ? p : undefined;
  });
  const rows = slots.map((slot, position) => {
    const j = judgedBySlot.get(slot);
    const row = j
      ? goodRow(j, position, options, resultPeriods, targetPeriods, notes)
      : badRow(slot, position, options.periods.length);
    const printed = printedNumber(options.table, slot);
    return printed === undefined ? row : { ...row, number: printed };
  });
  return {
    rows,
    // By the report's number, as a reader looks a note up; a table can meet [3] before [1].
    footnotes: notes.list.sort((a, b) => a.marker.localeCompare(b.marker, 'en', { numeric: true })),
    resultPeriods,
    targetPeriods,
    allMilestones: judged.length > 0 && judged.every((j) => j.ind.kind === 'milestone'),
    errorRows: rows.filter((r) => r.errors.length > 0).length,
  };
}
