/**
 * A data row as one template. Which cells a row has depends on the columns shown, so the row's
 * markup is put together from static pieces (`literal`, which only takes literal markup, never
 * data) with the row's values bound in between: Lit then makes one template per set of columns
 * and clones it once per row, instead of cloning one small template per cell, which took about
 * twice the script time for a thousand rows. Values are bound as text and attributes only, as
 * everywhere else.
 */
import { nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { spokenPoints } from '@cds-vn/core';
import { spokenMark } from '../base/spoken-mark.js';
import { styleProps } from '../base/style-props.js';
import type { ColumnView } from './columns.js';
import type { TableMessages } from './messages.js';
import { STATUS_SYMBOL, type CellView, type RowView } from './row-model.js';

/** Keeps a status symbol on the line of its word. */
const NO_BREAK_SPACE = '\u00a0';

const ROW = literal`<tr part="row" class=`;
const ROW_END = literal`</tr>`;
const CLOSE = literal`>`;
const LABEL = literal` data-label=`;
const TD_END = literal`</td>`;
const NUMBER = literal`<td class="num" data-label=`;
const NAME = literal`<th scope="row" class="indicator" id=`;
const LANG = literal` lang=`;
const NAME_END = literal`</th>`;
const AGENCY = literal`<td class="agency" lang=`;
const FIGURE = literal`<td class=`;
const GAP = literal`<td class="gap numeric" data-label=`;
const STATUS = literal`<td class="status-cell" data-label=`;
const STATUS_SPAN = literal`><span part="status" class=`;
const STATUS_KEY = literal` data-status=`;
const STATUS_TITLE = literal` title=`;
const STATUS_SYMBOL_SPAN = literal`><span aria-hidden="true">`;
const STATUS_WORD = literal`</span>`;
const STATUS_END = literal`</span></td>`;
const STATUS_NOTE = literal`</span> <span class="status-note">`;
const PROGRESS = literal`<td class="progress-cell" data-label=`;
const PROGRESS_SPAN = literal`><span part="progress" class=`;
const PROGRESS_FILL = literal` `;
const PROGRESS_TEXT = literal`><span class="pct">`;
const PROGRESS_HINT = literal`<span class="sr-only"> `;
const PROGRESS_END = literal`</span></span></span></td>`;
const SOURCE = literal`<td class="source" data-label=`;

/** The id of a row's name cell. */
export const nameId = (row: RowView): string => `${row.key}-name`;

/** The content of a result or target cell. */
export type Figure = (cell: CellView | undefined, row: RowView, c: ColumnView) => unknown;

/**
 * The pieces of one cell, appended to `out`: static markup and bound values, alternating as
 * the markup needs. `figure` renders a result or target cell's content (text, or text with
 * footnote markers and revisions).
 */
function cell(out: unknown[], row: RowView, c: ColumnView, t: TableMessages, figure: Figure): void {
  switch (c.id) {
    case 'number':
      out.push(NUMBER, c.label, CLOSE, row.number, TD_END);
      return;
    case 'indicator':
      // The id names the row for the disclosures in its cells (aria-describedby).
      out.push(NAME, nameId(row), LANG, row.nameLang ?? nothing, CLOSE, row.name, NAME_END);
      return;
    case 'agency':
      out.push(AGENCY, row.agencyLang ?? nothing, LABEL, c.label, CLOSE, row.agency, TD_END);
      return;
    case 'result':
    case 'target': {
      const content = (c.id === 'result' ? row.results : row.targets)[c.periodIndex];
      out.push(FIGURE, `${c.id} numeric`, LABEL, c.label, CLOSE, figure(content, row, c), TD_END);
      return;
    }
    case 'gap': {
      // English points are said in words: a voice spells "4.27 pp short" letter by letter.
      const said = spokenPoints(row.gap.text);
      out.push(GAP, c.label, CLOSE, said === row.gap.text ? said : spokenMark(row.gap.text, said));
      out.push(TD_END);
      return;
    }
    case 'status':
      if (!row.status) {
        out.push(STATUS, c.label, CLOSE, TD_END);
        return;
      }
      out.push(STATUS, c.label, STATUS_SPAN, `status ${row.tone}`, STATUS_KEY, row.status);
      out.push(STATUS_TITLE, row.explanation, STATUS_SYMBOL_SPAN, STATUS_SYMBOL[row.status]);
      out.push(STATUS_WORD, `${NO_BREAK_SPACE}${row.statusWord}`);
      if (row.statusNote) out.push(STATUS_NOTE, row.statusNote);
      out.push(STATUS_END);
      return;
    case 'progress':
      if (!row.progress) {
        out.push(PROGRESS, c.label, CLOSE, TD_END);
        return;
      }
      out.push(PROGRESS, c.label, PROGRESS_SPAN, `progress ${row.tone}`, PROGRESS_FILL);
      out.push(
        styleProps({ '--_tt-fill': `${(Math.min(1, row.progress.ratio) * 100).toFixed(2)}%` }),
      );
      out.push(PROGRESS_TEXT, row.progress.text, PROGRESS_HINT, t.ofTarget, PROGRESS_END);
      return;
    case 'source':
      out.push(SOURCE, c.label, CLOSE, row.source.text, TD_END);
      return;
  }
}

/** A good row (one without errors) with a cell per column; `out` marks a filtered-out row. */
export function dataRow(
  row: RowView,
  columns: readonly ColumnView[],
  shown: boolean,
  t: TableMessages,
  figure: Figure,
): TemplateResult {
  const pieces: unknown[] = [ROW, shown ? 'row' : 'row out', CLOSE];
  for (const c of columns) cell(pieces, row, c, t, figure);
  pieces.push(ROW_END);
  // A tag function called with the pieces: every string between them is empty, so the markup
  // is exactly the static pieces, and static-html makes (and caches) the template's strings.
  const strings = Object.assign(Array<string>(pieces.length + 1).fill(''), { raw: [] });
  return staticHtml(strings, ...pieces);
}
