import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type CSSResultOrNative,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  KNOWN_PILLARS,
  coreMessages,
  formatNumber,
  formatPeriod,
  localize,
  parsePeriod,
  foreignLang,
  type DataError,
  type Period,
  type ReportTable,
} from '@cds-vn/core';
import { CdsElement } from '../base/cds-element.js';
import { DataController, type DataState } from '../base/data-controller.js';
import { rawJsonAttribute } from '../base/json-attribute.js';
import { PrintWatch } from '../base/print-watch.js';
import { ScrollFocus } from '../base/scroll-focus.js';
import { renderPlaceholder } from '../base/error-panel.js';
import { spokenMark } from '../base/spoken-mark.js';
import { styleProps } from '../base/style-props.js';
import { textProperties } from '../base/text-properties.js';
import { CdsErrorEvent } from '../events/cds-error-event.js';
import {
  attributeErrors,
  isGroupBy,
  isStatusKey,
  notAmong,
  tableNotFound,
} from './attribute-errors.js';
import { COLUMN_IDS, type ColumnId, type ColumnView } from './columns.js';
import { downloadText, toCsv } from './csv.js';
import { csvRows } from './csv-rows.js';
import { sourceText } from './cell-text.js';
import { rowIssue } from './row-issue.js';
import type { GroupBy } from './group-rows.js';
import { tableMessages, type TableMessages } from './messages.js';
import { parseTableInput, type TableInput } from './parse-table-input.js';
import { periodColumns } from './period-columns.js';
import { DEFAULT_PAGE_SIZE, pageOf, parsePageSize, type PageView } from './paging.js';
import { renderPager } from './pager-template.js';
import { ProgressiveRows } from './progressive-rows.js';
import { displayOrder, planSections, type SectionPlan } from './render-plan.js';
import { dataRow, nameId } from './row-template.js';
import { buildTableModel, type CellView, type RowView, type TableModel } from './row-model.js';
import { arrangeTable, columnViews, firstReferences, refId, type TableView } from './table-view.js';
import { targetTableStyles } from './target-table.styles.js';
import { fitColumn } from '../styles/fit-column.js';
import { sizeContainer } from '../styles/size-container.js';

/** Properties whose change reorders or reselects the rows: paging starts again from page 1. */
const RESTART_PAGING = [
  'data',
  'src',
  'tableId',
  'period',
  'periods',
  'asOf',
  'groupBy',
  'search',
  'statusFilter',
  'pillarFilter',
  'sortBy',
  'sortDirection',
  'pageSize',
];

/** The id of a column's header: it names the column for the disclosures in its cells. */
const colId = (c: ColumnView): string => `col-${c.key.replace(/[^\w-]/g, '_')}`;

/** Keeps a footnote marker on the line of the figure it belongs to. */
const WORD_JOINER = '\u2060';

/**
 * @tagname cds-target-table
 * @summary Indicators against their targets, as the reports print them: a real table with the
 * report's sections, row numbers and footnotes, plus sorting, filters, search and CSV export.
 *
 * @csspart toolbar - The search, filter, column and download controls.
 * @csspart table - The `<table>`.
 * @csspart caption - The caption (title and source).
 * @csspart header - The header row.
 * @csspart group - A section heading row ("I. Các chỉ tiêu đã hoàn thành").
 * @csspart row - A data row; a bad row is `part="row row-error"`, so `::part(row)` matches it
 *   too.
 * @csspart row-error - A row whose data is bad; it names the bad field.
 * @csspart status - The status symbol and word in a row.
 * @csspart progress - The inline progress bar with its percentage.
 * @csspart footnotes - The footnotes under the table.
 * @csspart download - The CSV download button.
 * @csspart pager - The page controls under a table longer than a page.
 * @csspart error - The error panel shown when the data cannot be shown at all.
 * @csspart placeholder - The loading or no-data message in place of the widget.
 * @cssprop --cds-target-table-background - The widget's background (default `--cds-color-surface`).
 * @cssprop --cds-target-table-border - Rule colour (default `--cds-color-border`).
 * @cssprop --cds-target-table-header-background - Header row background.
 * @cssprop --cds-target-table-header-color - Header text colour.
 * @cssprop --cds-target-table-group-background - Section heading background.
 * @cssprop --cds-target-table-row-background - Row background.
 * @cssprop --cds-target-table-stripe-background - Background of every other row.
 * @cssprop --cds-target-table-positive - Colour of good statuses.
 * @cssprop --cds-target-table-caution - Colour of at-risk / late statuses.
 * @cssprop --cds-target-table-negative - Colour of failed / overdue statuses.
 * @cssprop --cds-target-table-neutral - Colour of no-data / no-target.
 * @cssprop --cds-target-table-progress-track - Background of the progress bar.
 * @cssprop --cds-target-table-font-size - Base font size (default 0.875 times the base size, `--cds-font-size`).
 * @cssprop --cds-target-table-sticky-top - Offset of the sticky header (a portal's fixed bar).
 * @cssprop --cds-target-table-focus - Focus ring colour.
 * @fires cds-error - The data could not be shown, or some rows could not: `errors` lists every bad row.
 */
export class CdsTargetTable extends CdsElement {
  static override get styles(): CSSResultOrNative[] {
    return [...CdsElement.styles, sizeContainer(40), fitColumn('.content'), targetTableStyles];
  }

  /** A dataset, an array of indicators (full or short form) or one indicator; property or JSON attribute. */
  @property({ converter: rawJsonAttribute }) data?: object | string;

  /** URL of a dataset JSON; one request per URL is shared by every element on the page. */
  @property({ reflect: true }) src?: string;

  /**
   * Shows one of the dataset's report tables (`tables[].id`): its rows, order, title and
   * sections, judged as of its report's date unless `as-of` is set.
   */
  @property({ attribute: 'table-id', reflect: true }) tableId?: string;

  /** The period of the results (`2022`, `2022-H1`); default: the report table's, else each row's latest. */
  @property({ reflect: true }) period?: string;

  /**
   * Multi-period view: periods separated by spaces or commas, or `all` for every period the rows
   * have figures for (with `table-id`, the report table's rows); one result column each, newest
   * first.
   */
  @property() periods?: string;

  /**
   * "Today" for the status engine: only the figures known by then count. Default: with
   * `table-id`, the report table's date, so a table read from several reports merged shows the
   * figures and verdicts its report published; else now. Set on a report table, it wins, and the
   * line under the title says so ("số liệu đến 25/02/2023") unless it is the report's date.
   */
  @property({ attribute: 'as-of', reflect: true }) asOf?: string;

  /** Sections: `status` (achieved / not achieved), `pillar` or `none`; default: the report table's. */
  @property({ attribute: 'group-by', reflect: true }) groupBy?: string;

  /**
   * Columns to show, e.g. `number indicator agency result target status`; default: every column
   * with content except `source`.
   */
  @property() columns?: string;

  /** Overrides the caption; default: the report table's title. */
  @property() caption?: string;

  /** Search text over indicator names; diacritics are ignored. */
  @property() search?: string;

  /** Shows only rows with this status (`achieved`, `not-achieved`, `overdue`, …). */
  @property({ attribute: 'status-filter' }) statusFilter?: string;

  /**
   * Shows only rows of this pillar id (`other`: the rows without a pillar, "Khác"). An id no row,
   * no dataset `pillars` and no programme pillar has is an error that lists the valid ones.
   */
  @property({ attribute: 'pillar-filter' }) pillarFilter?: string;

  /**
   * The column key the rows are sorted by (`result`, `status`, …; with two or more periods,
   * `result:2022`, `target:2022`); default: the report's order. An unknown key is an error that
   * lists the valid ones.
   */
  @property({ attribute: 'sort-by', reflect: true }) sortBy?: string;

  /** `ascending` (default) or `descending`. */
  @property({ attribute: 'sort-direction', reflect: true }) sortDirection?: string;

  /**
   * Rows per page, or `all` (or `0`) for every row at once (default 50: every report table fits
   * on one page). A longer table shows one page at a time, with page controls under it; printing,
   * the filter counts and the CSV export still cover every page (the rows the filters leave).
   */
  @property({ attribute: 'page-size' }) pageSize?: number | string;

  /** The page shown (from 1) when there are more rows than `page-size`; sorting, filters and search go back to the first page. */
  @property() page?: number | string;

  /**
   * Hides the search, filters, column picker, download button and row count (a static table, as
   * printed).
   */
  @property({ type: Boolean, attribute: 'hide-toolbar', reflect: true }) hideToolbar = false;

  /**
   * Fit a set height too (a tile, a grid row): the table scrolls inside the height the
   * toolbar, pager and notes leave, its header in view, and takes keyboard focus to scroll.
   */
  @property({ type: Boolean, reflect: true }) fit = false;

  /** Columns switched on or off with the picker, over the `columns` attribute. */
  @state() private columnChoices: ReadonlyMap<ColumnId, boolean> = new Map();

  private readonly loader = new DataController<TableInput>(this, parseTableInput);
  // Columns that cannot fit: the scroll box takes focus while it scrolls.
  private readonly scrollFocus = new ScrollFocus(this, '.scroll', () => this.fit);
  private dataState: DataState<TableInput> = { kind: 'empty' };
  private input: TableInput | undefined;
  private table: ReportTable | undefined;
  private model: TableModel | undefined;
  private modelKey: readonly unknown[] = [];
  private view: TableView | undefined;
  private lastView: TableView | undefined;
  private viewKey: readonly unknown[] = [];
  /** The sections and rows rendered now (all of them, or the first steps of a long table). */
  private plan: readonly SectionPlan[] = [];
  /** The page shown when the rows do not fit on one. */
  private paged: PageView | undefined;
  /** The notes whose markers the rows on screen show: key → the first marker's id. */
  private noteRefs: ReadonlyMap<string, string> = new Map();
  private announcedRows = '';
  private readonly progressive = new ProgressiveRows(this);
  /** While printing: every row, on every page, at once. */
  private readonly print = new PrintWatch(this, () => this.performUpdate());
  /** Set by a sort from a header: the status then says the new order. */
  private sortedByUser = false;

  /** Resolves once every row is rendered, not only the first step of a long table. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (!this.progressive.done && this.isConnected) {
      await this.progressive.nextStep();
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * The columns shown and the rows the filters leave, on every page, then the notes their markers
   * point to, as CSV text (UTF-8 with a byte-order mark, CRLF). A count out of a total reads
   * "21 trên 25" ("21 of 25"), never "21/25", which a spreadsheet may open as a date.
   */
  toCsv(): string {
    const { view, model } = this;
    return toCsv(view && model ? csvRows(view, this.locale, model.footnotes) : []);
  }

  /** Saves the columns shown and the rows the filters leave (every page) as a CSV file; nothing goes over the network. */
  downloadCsv(): void {
    const name = this.tableId ?? this.input?.dataset.source?.id ?? 'chi-tieu';
    downloadText(this.toCsv(), `${name.replace(/[^\w.-]+/g, '-')}.csv`);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // `.period=${2022}` from a framework: text, so it is read or reported, never thrown on.
    textProperties(this, [
      'src',
      'tableId',
      'period',
      'periods',
      'asOf',
      'groupBy',
      'columns',
      'caption',
      'search',
      'statusFilter',
      'pillarFilter',
      'sortBy',
      'sortDirection',
    ]);
    if (changed.has('columns')) this.columnChoices = new Map();
    // Another order or selection of rows starts again from the first page, once rows were
    // shown: data that comes after the first render opens on the page `page` names.
    const reordered = RESTART_PAGING.some((k) => changed.has(k as keyof CdsTargetTable));
    if (this.lastView && reordered && !changed.has('page')) this.page = undefined;
    this.dataState = this.loader.resolve({ value: this.data, src: this.src });
    const { errors, input, table } = this.resolveInput();
    this.errors = errors;
    this.input = input;
    this.table = table;
    this.view = undefined;
    this.paged = undefined;
    this.plan = [];
    this.noteRefs = new Map();
    this.progressive.clear();
    if (!input) return;
    // "Today": `as-of`, else a report table's date (its figures as published, not a later
    // report's), else now. A removed `as-of` (or `.asOf = null`) reads as null: as if never set,
    // not a TypeError out of core's asOfInstant.
    const asOf = this.asOf || table?.source?.date.key;
    const { periods, primary } = periodColumns(input, this.period, this.periods, table, asOf);
    const model = this.buildModel(input, periods, primary, asOf);
    const keys = columnViews(model, COLUMN_IDS, periods, this.locale).map((c) => c.key);
    // A pillar no row, no pillar list names is a typo, not a filter that shows nothing.
    const pillars = model.rows
      .map((r) => r.pillar ?? 'other')
      .concat(
        'other',
        input.dataset.pillars.map((p) => p.id),
        Object.keys(KNOWN_PILLARS),
      );
    const bad = [
      ...notAmong('sort-by', this.sortBy, keys),
      ...notAmong('pillar-filter', this.pillarFilter, [...new Set(pillars)]),
    ];
    if (bad.length) {
      this.errors = bad;
      return;
    }
    const groupBy: GroupBy =
      this.groupBy && isGroupBy(this.groupBy) ? this.groupBy : (table?.groupBy ?? 'none');
    const status =
      this.statusFilter && isStatusKey(this.statusFilter) ? this.statusFilter : undefined;
    // Everything the view depends on besides the model; unchanged, the view is reused.
    const viewKey = [
      model,
      groupBy,
      this.columns,
      this.columnChoices,
      this.search,
      status,
      this.pillarFilter,
      this.sortBy,
      this.sortDirection,
    ];
    const same = viewKey.every((k, i) => k === this.viewKey[i]);
    const view =
      same && this.lastView
        ? this.lastView
        : arrangeTable(model, {
            locale: this.locale,
            dataset: input.dataset,
            periods,
            groupBy,
            asOf,
            columns: this.columns,
            columnChoices: this.columnChoices,
            search: this.search,
            status,
            pillar: this.pillarFilter,
            sortBy: this.sortBy,
            sortDirection: this.sortDirection,
          });
    this.viewKey = viewKey;
    this.lastView = view;
    this.view = view;
    const size = parsePageSize(this.pageSize) ?? DEFAULT_PAGE_SIZE;
    const paged = this.print.printing
      ? undefined
      : pageOf(view.groups, view.visible, size, this.pageNumber);
    this.paged = paged;
    const groups = paged?.groups ?? view.groups;
    // A new order starts the step-wise rendering again from the first rows. Without pages a
    // filter does not: it only hides and shows rows already built, which is cheaper than
    // building them again. With pages, a filter changes which rows the page holds.
    this.progressive.reset([
      model,
      groupBy,
      this.columns,
      this.columnChoices,
      this.sortBy,
      this.sortDirection,
      this.print.printing,
      paged?.page,
      paged ? view.visible : undefined,
    ]);
    if (this.print.printing) this.progressive.showAll();
    const order = displayOrder(groups);
    // Only the notes a reader can meet: a filter, a page or a hidden column may leave a note
    // with no marker on screen, and its back link nowhere to go.
    this.noteRefs = firstReferences(
      order.filter((r) => view.visible.has(r.key)),
      view.columns,
    );
    const ends = this.progressive.steps(order, (i) => view.visible.has(order[i]?.key ?? ''));
    this.plan = planSections(groups, ends, view.visible);
  }

  /** `page` as a number (an invalid one is reported by attributeErrors). */
  private get pageNumber(): number {
    return Number(this.page ?? 1) || 1;
  }

  /** The input and report table when the data and attributes are usable, else what is not. */
  private resolveInput(): { errors: DataError[]; input?: TableInput; table?: ReportTable } {
    const errors = attributeErrors(this);
    if (this.dataState.kind === 'error') return { errors: [...errors, ...this.dataState.errors] };
    if (this.dataState.kind !== 'ready' || errors.length) return { errors };
    const input = this.dataState.value;
    if (!this.tableId) return { errors, input };
    const table = input.dataset.tables.find((t) => t.id === this.tableId);
    if (table) return { errors, input, table };
    const known = input.dataset.tables.map((t) => t.id);
    return { errors: [tableNotFound(this.tableId, known)] };
  }

  /** The row model, rebuilt only when the data, language, periods or "as of" change. */
  private buildModel(
    input: TableInput,
    periods: readonly (Period | undefined)[],
    primary: Period | undefined,
    asOf: string | undefined,
  ): TableModel {
    const key = [input, this.locale, this.period, this.periods, asOf, this.table];
    if (this.model && key.every((k, i) => k === this.modelKey[i])) return this.model;
    this.modelKey = key;
    this.model = buildTableModel(input, {
      locale: this.locale,
      periods,
      ...(primary && { primary }),
      ...(asOf && { asOf }),
      ...(this.table && { table: this.table }),
    });
    return this.model;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Row errors are shown inline, not in the panel: announce each new set once.
    const rowErrors = this.errors.length ? [] : (this.input?.rowErrors ?? []);
    const key = rowErrors.map((e) => `${e.code}|${e.path}|${e.message.en}`).join('\n');
    if (key !== this.announcedRows) {
      this.announcedRows = key;
      if (rowErrors.length) this.dispatchEvent(new CdsErrorEvent(rowErrors, this.locale));
    }
  }

  // ---- interaction -----------------------------------------------------------------------

  private toggleSort(key: string): void {
    this.sortedByUser = true;
    if (this.sortBy !== key) {
      this.sortBy = key;
      this.sortDirection = 'ascending';
    } else if (this.sortDirection !== 'descending') {
      this.sortDirection = 'descending';
    } else {
      // A third press restores the report's own order.
      this.sortBy = undefined;
      this.sortDirection = undefined;
    }
  }

  private goToPage(page: number): void {
    const pages = this.paged?.pages ?? 1;
    if (page >= 1 && page <= pages) this.page = page;
  }

  /** Every row at once; focus moves to the row count, since the button it was on is gone. */
  private showAllRows(): void {
    this.pageSize = 'all';
    void this.updateComplete.then(() =>
      this.shadowRoot?.querySelector<HTMLElement>('.count')?.focus(),
    );
  }

  private toggleColumn(id: ColumnId, shown: boolean): void {
    const next = new Map(this.columnChoices);
    next.set(id, shown);
    this.columnChoices = next;
  }

  private jumpTo(event: Event, id: string): void {
    event.preventDefault();
    const target = this.shadowRoot?.getElementById(id);
    if (!target) return;
    target.scrollIntoView({ block: 'nearest' });
    target.focus();
  }

  // ---- rendering --------------------------------------------------------------------------

  /** Every state in one box that says its language: the page's `lang` may be another. */
  protected override renderContent(): TemplateResult {
    return html`<div class="content" lang=${this.locale}>${this.renderState()}</div>`;
  }

  private renderState(): TemplateResult {
    const m = coreMessages[this.locale];
    if (this.dataState.kind === 'loading') return renderPlaceholder(m.loading, this.locale);
    const view = this.view;
    const model = this.model;
    if (!view || !model || model.rows.length === 0) return renderPlaceholder(m.noData, this.locale);
    const t = tableMessages[this.locale];
    // Columns that cannot fit scroll in their box, never the page; while it scrolls, the box
    // takes focus (ScrollFocus), so the keyboard scrolls it too, and is a group named by the
    // caption. A group, not a region: a landmark named like the table would repeat the name of
    // the page section it sits in.
    return html`${this.hideToolbar ? nothing : this.renderToolbar(view, t)}
      <p class="sr-only sort-status" role="status">${this.sortNote(view, t)}</p>
      ${
        model.errorRows
          ? html`<p class="row-errors" role="alert">⚠ ${t.rowErrorsSummary(model.errorRows)}</p>`
          : nothing
      }
      <div class="scroll" data-labelledby="caption-title">
        <table part="table">
          ${this.renderCaption()}
          <thead>
            <tr part="header">
              ${view.columns.map((c, i) => this.renderHeader(c, view, view.widths[i]))}
            </tr>
          </thead>
          ${this.plan.map((section) => this.renderSection(section, view, t))}
        </table>
      </div>
      ${
        this.paged
          ? renderPager(this.paged, t, this.locale, {
              goTo: (page) => this.goToPage(page),
              showAll: () => this.showAllRows(),
            })
          : nothing
      }
      ${view.shown === 0 && view.total > 0 ? html`<p class="no-match">${t.noMatch}</p>` : nothing}
      ${this.renderFootnotes(model, t)}`;
  }

  private renderToolbar(view: TableView, t: TableMessages): TemplateResult {
    return html`<div class="toolbar" part="toolbar">
        <label class="search"
          >${t.search}
          <input
            type="search"
            placeholder=${t.searchHint}
            .value=${live(this.search ?? '')}
            @input=${(e: Event) => (this.search = (e.target as HTMLInputElement).value)}
        /></label>
        <label
          >${t.statusFilter}
          <select
            name="status"
            @change=${(e: Event) =>
              (this.statusFilter = (e.target as HTMLSelectElement).value || undefined)}
          >
            <option value="" .selected=${live(!this.statusFilter)}>${t.all(view.statusAll)}</option>
            ${view.statusOptions.map(
              (o) =>
                html`<option value=${o.value} .selected=${live(o.value === this.statusFilter)}>
                  ${o.label}
                </option>`,
            )}
          </select></label
        >
        ${
          view.pillarOptions.length > 1
            ? html`<label
                >${t.pillarFilter}
                <select
                  name="pillar"
                  @change=${(e: Event) =>
                    (this.pillarFilter = (e.target as HTMLSelectElement).value || undefined)}
                >
                  <option value="" .selected=${live(!this.pillarFilter)}>
                    ${t.all(view.pillarAll)}
                  </option>
                  ${view.pillarOptions.map(
                    (o) =>
                      html`<option
                        value=${o.value}
                        .selected=${live(o.value === this.pillarFilter)}
                      >
                        ${o.label}
                      </option>`,
                  )}
                </select></label
              >`
            : nothing
        }
        <details class="columns">
          <summary class="picker">${t.columns}</summary>
          <fieldset>
            <legend>${t.columns}</legend>
            ${view.picker.map(
              (c) =>
                html`<label
                  ><input
                    type="checkbox"
                    name="column"
                    value=${c.id}
                    .checked=${live(c.shown)}
                    @change=${(e: Event) =>
                      this.toggleColumn(c.id, (e.target as HTMLInputElement).checked)}
                  />${c.label}</label
                >`,
            )}
          </fieldset>
        </details>
        <button type="button" part="download" @click=${() => this.downloadCsv()}>
          <span aria-hidden="true">⤓</span> ${t.download}
        </button>
      </div>
      <p class="count" role="status" tabindex="-1">${this.renderCount(view, t)}</p>
      ${
        // Paper has no toolbar: it says which filters made the rows it prints.
        view.activeFilters.length
          ? html`<p class="print-note">
              ${t.filters(view.activeFilters.join('; '))} ${this.renderCount(view, t)}
            </p>`
          : nothing
      }`;
  }

  private renderCount(view: TableView, t: TableMessages): string {
    const p = this.paged;
    const n = (x: number): string => formatNumber(x, this.locale);
    if (!p) return t.showing(n(view.shown), n(view.total));
    return t.showingPage(n(p.from), n(p.to), n(view.shown), n(view.total));
  }

  /** After a sort from a header: the new order, in words (the button's name stays the same). */
  private sortNote(view: TableView, t: TableMessages): string {
    if (!this.sortedByUser) return '';
    const c = view.sorted;
    return c ? t.sortedBy(c.label, view.direction === 'descending') : t.reportOrder;
  }

  private renderCaption(): TemplateResult {
    const t = tableMessages[this.locale];
    const own = !this.caption && this.table?.title;
    const title = this.caption || (own ? localize(own, this.locale) : t.defaultCaption);
    const lang = own ? foreignLang(own, this.locale) : undefined;
    const source = this.table?.source ?? this.input?.dataset.source;
    // A report table's rows as known at another date than its report's are not the report's.
    const asOf = this.table && this.asOf ? parsePeriod(this.asOf) : undefined;
    return html`<caption part="caption">
      <span class="title" id="caption-title" lang=${ifDefined(lang)}>${title}</span>
      ${
        source
          ? html`<span class="source"
              >${t.sourceLine(
                sourceText(source, this.locale),
                asOf && asOf.end !== source.date.end
                  ? formatPeriod(asOf, this.locale, 'inline')
                  : undefined,
              )}</span
            >`
          : nothing
      }
    </caption>`;
  }

  /** A column header; its width (wide containers) is the column's: see column-widths.ts. */
  private renderHeader(c: ColumnView, view: TableView, width: string | undefined): TemplateResult {
    const direction = view.sorted?.key === c.key ? view.direction : undefined;
    const icon = direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕';
    return html`<th
      scope="col"
      id=${colId(c)}
      class="sortable col-${c.id}"
      aria-sort=${ifDefined(direction)}
      ${styleProps({ '--_tt-col': width })}
    >
      <button type="button" class="sort" data-key=${c.key} @click=${() => this.toggleSort(c.key)}>
        <span
          >${c.label}${c.detail ? html`<span class="sr-only"> ${c.detail}</span>` : nothing}</span
        ><span class="sort-icon" aria-hidden="true">${icon}</span>
      </button>
    </th>`;
  }

  /**
   * A section: its heading and its rows, step by step. The rows of a step already on screen are
   * not rendered again when a later step adds rows (`guard`), only when the view changes.
   */
  private renderSection(section: SectionPlan, view: TableView, t: TableMessages): unknown {
    const { group } = section;
    const n = view.columns.length;
    const numbered = view.columns[0]?.id === 'number' && n > 1;
    const heading = group.label
      ? html`<tr class="group-row" part="group">
          ${
            numbered
              ? html`<td class="num">${group.numeral ?? ''}</td>
                  <th scope="rowgroup" colspan=${n - 1}>${group.label}</th>`
              : html`<th scope="rowgroup" colspan=${n}>
                  ${group.numeral ? `${group.numeral}. ` : ''}${group.label}
                </th>`
          }
        </tr>`
      : nothing;
    const tbody = html`<tbody class=${section.shown ? '' : 'out'} data-group=${group.key}>
      ${heading}${section.steps.map((step) =>
        guard([view, step.start, step.end, this.paged?.page], () =>
          step.rows.map((r) => this.renderRow(r, view, t)),
        ),
      )}
    </tbody>`;
    // Without pages, a new order replaces the section's rows at once: removing one tbody is far
    // cheaper than removing a thousand rows one by one. A page's rows are few: they are updated
    // in place, which costs less style and layout work than building new rows.
    return keyed(this.paged ? group.key : `${this.progressive.generation}:${group.key}`, tbody);
  }

  private renderRow(row: RowView, view: TableView, t: TableMessages): TemplateResult {
    const shown = view.visible.has(row.key);
    if (!row.errors.length) {
      return dataRow(row, view.columns, shown, t, (cell, r, c) =>
        this.renderFigure(cell, r, c, view, t),
      );
    }
    const n = view.columns.length;
    const numbered = view.columns[0]?.id === 'number' && n > 1;
    return html`<tr class=${shown ? 'row bad' : 'row bad out'} part="row row-error">
      ${numbered ? html`<td class="num">${row.number}</td>` : nothing}
      <td class="row-error" colspan=${numbered ? n - 1 : n}>
        <strong>⚠ ${t.rowError(row.number)}${row.name ? ` (${row.name})` : ''}</strong>
        <ul>
          ${row.errors.map((e) => html`<li>${rowIssue(e, this.locale)}</li>`)}
        </ul>
      </td>
    </tr>`;
  }

  /** A result or target cell's content: most are plain text, some carry markers or revisions. */
  private renderFigure(
    cell: CellView | undefined,
    row: RowView,
    c: ColumnView,
    view: TableView,
    t: TableMessages,
  ): unknown {
    if (!cell || (!cell.text && !cell.footnotes.length)) {
      // An empty target cell is a target the report never set, not a figure missing.
      const m = coreMessages[this.locale];
      return spokenMark('–', c.id === 'target' ? m.verdict('no-target') : m.noData);
    }
    const said = cell.spoken ? spokenMark(cell.text, cell.spoken) : cell.text;
    const text = cell.lang ? html`<span lang=${cell.lang}>${said}</span>` : said;
    if (!cell.footnotes.length && !cell.revisions.length) return text;
    return html`${text}${cell.footnotes.length ? WORD_JOINER : ''}${cell.footnotes.map((f) => {
      const id = refId(row, c, f.marker);
      const index = view.footnoteIndex.get(f.key) ?? 0;
      return html`<sup class="fn"
        ><a
          id=${id}
          href="#fn-${index}"
          aria-label=${t.footnoteRef(f.marker)}
          @click=${(e: Event) => this.jumpTo(e, `fn-${index}`)}
          >[${f.marker}]</a
        ></sup
      >`;
    })}${
      cell.revisions.length
        ? // Keyed to the row: a disclosure opened on one row never stays open on another.
          keyed(
            row.key,
            html`<details class="revisions">
              <summary aria-describedby="${nameId(row)} ${colId(c)}">
                <span aria-hidden="true">↻${cell.revisions.length}</span
                ><span class="sr-only">${t.revisions(cell.revisions.length)}</span>
              </summary>
              <ul>
                ${cell.revisions.map((r) => html`<li>${t.revisionLine(r.value, r.source)}</li>`)}
              </ul>
            </details>`,
          )
        : nothing
    }`;
  }

  private renderFootnotes(model: TableModel, t: TableMessages): TemplateResult | typeof nothing {
    const refs = this.noteRefs;
    if (!refs.size) return nothing;
    // Named "Chú thích" + the table's title: several tables on one page need distinct regions.
    return html`<section
      class="footnotes"
      part="footnotes"
      aria-labelledby="fn-title caption-title"
    >
      <p class="fn-title" id="fn-title">${t.footnotes}</p>
      <ul>
        ${model.footnotes.map((f, i) => {
          const back = refs.get(f.key);
          if (!back) return nothing;
          return html`<li id="fn-${i}" tabindex="-1">
            <span class="marker">[${f.marker}]</span>
            ${f.text && f.lang ? html`<span lang=${f.lang}>${f.text}</span>` : (f.text ?? t.footnoteMissing)}
            <a
              class="back"
              href="#${back}"
              aria-label=${t.backToTable(f.marker)}
              @click=${(e: Event) => this.jumpTo(e, back)}
              >↩</a
            >
          </li>`;
        })}
      </ul>
    </section>`;
  }
}
