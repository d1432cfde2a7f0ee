import { css } from 'lit';

export const targetTableStyles = css`
  :host {
    display: block;
    --_tt-border: var(--cds-target-table-border, var(--_border));
    --_tt-header-bg: var(--cds-target-table-header-background, var(--_surface-alt));
    --_tt-header-text: var(--cds-target-table-header-color, var(--_text));
    --_tt-group-bg: var(--cds-target-table-group-background, var(--_surface-alt));
    --_tt-row-bg: var(--cds-target-table-row-background, var(--_surface));
    --_tt-stripe-bg: var(--cds-target-table-stripe-background, var(--_surface));
    --_tt-positive: var(--cds-target-table-positive, var(--_positive));
    --_tt-caution: var(--cds-target-table-caution, var(--_caution));
    --_tt-negative: var(--cds-target-table-negative, var(--_negative));
    --_tt-neutral: var(--cds-target-table-neutral, var(--_neutral));
    --_tt-progress-track: var(--cds-target-table-progress-track, var(--_surface-alt));
    --_tt-font-size: var(--cds-target-table-font-size, calc(0.875 * var(--cds-rem)));
    --_tt-sticky-top: var(--cds-target-table-sticky-top, 0px);
    --_tt-focus: var(--cds-target-table-focus, var(--_focus));
    line-height: 1.45;
    /* Its own surface, so theme="dark" reads on any page. */
    background: var(--cds-target-table-background, var(--_surface));
  }
  /* The table's text size on what the host holds, not the host, whose size is the base that
     --cds-rem is computed from. */
  :host > * {
    font-size: var(--_tt-font-size);
  }

  /* The column picker's box: it opens within the toolbar's width, never past the element. */
  .toolbar {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(0.5 * var(--cds-rem)) calc(0.75 * var(--cds-rem));
    margin-block-end: calc(0.5 * var(--cds-rem));
  }
  .toolbar label,
  .toolbar .field {
    display: flex;
    flex-direction: column;
    gap: calc(0.15 * var(--cds-rem));
    font-weight: 600;
    font-size: calc(0.8125 * var(--cds-rem));
    /* Narrower than a select's longest option or the search box: the control shrinks with it. */
    min-inline-size: 0;
  }
  .toolbar .search {
    flex: 1 1 calc(14 * var(--cds-rem));
  }
  input[type='search'],
  select,
  button,
  summary.picker {
    font: inherit;
    font-weight: 400;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_tt-border);
    border-radius: var(--_radius);
    padding: calc(0.3 * var(--cds-rem)) calc(0.5 * var(--cds-rem));
    min-block-size: calc(2 * var(--cds-rem));
    box-sizing: border-box;
  }
  button,
  summary.picker {
    cursor: pointer;
  }
  details.columns summary {
    list-style: none;
    display: inline-flex;
    align-items: center;
  }
  details.columns fieldset {
    position: absolute;
    z-index: 3;
    inset-inline-end: 0;
    margin: calc(0.25 * var(--cds-rem)) 0 0;
    padding: calc(0.5 * var(--cds-rem)) calc(0.75 * var(--cds-rem));
    background: var(--_surface);
    border: 1px solid var(--_tt-border);
    border-radius: var(--_radius);
    box-sizing: border-box;
    min-inline-size: min(calc(15.5 * var(--cds-rem)), 100%);
    display: grid;
    gap: calc(0.25 * var(--cds-rem));
    font-weight: 400;
  }
  details.columns legend {
    font-weight: 600;
  }
  details.columns label {
    flex-direction: row;
    align-items: center;
    gap: calc(0.4 * var(--cds-rem));
    font-weight: 400;
  }
  :focus-visible {
    outline: 2px solid var(--_tt-focus);
    outline-offset: 2px;
  }
  /* Read, not seen; no negative margin, which would reach past the element's edge. */
  .sort-status {
    margin: 0;
  }
  .count {
    margin: 0 0 calc(0.35 * var(--cds-rem));
    color: var(--_text-muted);
    font-size: calc(0.8125 * var(--cds-rem));
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(0.5 * var(--cds-rem)) calc(0.75 * var(--cds-rem));
    margin-block: calc(0.5 * var(--cds-rem));
  }
  .pager label {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(0.35 * var(--cds-rem));
  }
  .pager [aria-disabled='true'] {
    color: var(--_text-muted);
    border-style: dashed;
    cursor: default;
  }
  .row-errors {
    margin: 0 0 calc(0.5 * var(--cds-rem));
    padding: calc(0.4 * var(--cds-rem)) calc(0.6 * var(--cds-rem));
    border: 1px solid var(--_tt-negative);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
  }

  /* The box scrolls sideways only while the table is wider (ScrollFocus makes it a group then).
     A box that scrolls is the header's sticky frame, so a table that fits must not have one:
     its header then sticks to the page, at any width. One that scrolls also scrolls down,
     within the window's height: its header stays in view at the box's top, and its sideways
     scrollbar within reach instead of below the last row. */
  .scroll[role='group'] {
    overflow: auto;
    max-block-size: calc(100svh - var(--_tt-sticky-top));
  }
  .scroll[role='group'] thead th {
    top: 0;
  }
  /* fit (with fitColumn): the table's box scrolls in the height the toolbar and pager leave
     (not under 6 base sizes), both ways, its header at the box's top; long notes share the
     height. ScrollFocus makes the box a focusable group while it scrolls. On screen only:
     paper gets every row. */
  @media screen {
    :host([fit]) .scroll {
      flex-shrink: 1;
      min-block-size: calc(6 * var(--cds-rem));
      overflow: auto;
      max-block-size: none;
    }
    :host([fit]) thead th {
      top: 0;
    }
    /* Long notes give way too, and scroll: each has a link back to its row. */
    :host([fit]) .footnotes {
      flex-shrink: 1;
      min-block-size: calc(4 * var(--cds-rem));
      overflow-y: auto;
    }
  }
  table {
    inline-size: 100%;
    border-collapse: separate;
    border-spacing: 0;
    background: var(--_tt-row-bg);
  }
  caption {
    caption-side: top;
    text-align: start;
    padding-block-end: calc(0.4 * var(--cds-rem));
  }
  /* As wide as the element, not the table: a caption never scrolls out of sight. */
  caption span {
    max-inline-size: 100cqi;
  }
  caption .title {
    display: block;
    font-weight: 700;
    font-size: 1.05em;
  }
  caption .source {
    display: block;
    color: var(--_text-muted);
    font-size: calc(0.8125 * var(--cds-rem));
  }
  th,
  td {
    padding: calc(0.4 * var(--cds-rem)) calc(0.55 * var(--cds-rem));
    border-block-end: 1px solid var(--_tt-border);
    text-align: start;
    vertical-align: top;
    /* Long words break only when they cannot fit: the box scrolls rather than cut a name. */
    overflow-wrap: break-word;
  }
  thead th {
    position: sticky;
    top: var(--_tt-sticky-top);
    z-index: 2;
    background: var(--_tt-header-bg);
    color: var(--_tt-header-text);
    font-weight: 700;
    vertical-align: bottom;
    border-block-end-width: 2px;
  }
  thead th.sortable {
    padding: 0;
  }
  button.sort {
    all: unset;
    box-sizing: border-box;
    display: flex;
    align-items: end;
    gap: calc(0.3 * var(--cds-rem));
    inline-size: 100%;
    padding: calc(0.4 * var(--cds-rem)) calc(0.55 * var(--cds-rem));
    cursor: pointer;
    font-weight: 700;
  }
  button.sort:focus-visible {
    outline: 2px solid var(--_tt-focus);
    outline-offset: -2px;
  }
  .sort-icon {
    color: var(--_text-muted);
    font-size: 0.8em;
  }
  [aria-sort] .sort-icon {
    color: inherit;
  }
  tbody tr.row:nth-child(even) {
    background: var(--_tt-stripe-bg);
  }
  tbody th[scope='row'] {
    font-weight: 400;
  }
  .num,
  .numeric {
    font-variant-numeric: tabular-nums;
  }
  td.source {
    min-inline-size: calc(10 * var(--cds-rem));
    color: var(--_text-muted);
    font-size: calc(0.8125 * var(--cds-rem));
  }
  .num {
    text-align: center;
    white-space: nowrap;
  }
  .group-row > * {
    background: var(--_tt-group-bg);
    font-weight: 700;
  }
  .out {
    display: none;
  }
  .mark {
    color: var(--_text-muted);
  }
  sup.fn {
    line-height: 0;
    white-space: nowrap;
  }
  sup.fn a {
    color: var(--_accent);
    text-decoration: none;
    padding-inline: 0.1em;
  }
  sup.fn a:hover {
    text-decoration: underline;
  }
  /* Why "no data" sits beside a figure: "chỉ có số liệu năm 2022", on a line of its own. */
  .status-note {
    display: block;
    font-weight: 400;
    white-space: normal;
    color: var(--_text-muted);
  }

  /* Inline text, not an inline-flex box: a flex box per row is layout work for nothing. */
  .status {
    font-weight: 600;
    white-space: nowrap;
  }
  .positive {
    color: var(--_tt-positive);
  }
  .caution {
    color: var(--_tt-caution);
  }
  .negative {
    color: var(--_tt-negative);
  }
  .neutral {
    color: var(--_tt-neutral);
  }

  /*
   * The bar is one decorative box drawn with backgrounds, filled to --_tt-fill (set per row):
   * no flex box and no clipping box per row, which made this column cost as much layout and
   * paint as two others.
   */
  .progress {
    display: block;
    min-inline-size: calc(6 * var(--cds-rem));
    white-space: nowrap;
  }
  .progress::before {
    content: '';
    display: inline-block;
    box-sizing: border-box;
    inline-size: calc(100% - 3.8em);
    min-inline-size: calc(2.5 * var(--cds-rem));
    max-inline-size: calc(5 * var(--cds-rem));
    block-size: calc(0.5 * var(--cds-rem));
    margin-inline-end: 0.4em;
    vertical-align: middle;
    border: 1px solid var(--_tt-border);
    border-radius: 999px;
    background:
      linear-gradient(currentColor, currentColor) 0 0 / var(--_tt-fill, 0%) 100% no-repeat,
      var(--_tt-progress-track);
    print-color-adjust: exact;
  }
  .pct {
    font-variant-numeric: tabular-nums;
    color: var(--_text);
  }

  details.revisions {
    display: inline-block;
    margin-inline-start: calc(0.25 * var(--cds-rem));
  }
  details.revisions summary {
    cursor: pointer;
    color: var(--_accent);
    list-style: none;
    display: inline;
  }
  details.revisions summary::-webkit-details-marker {
    display: none;
  }
  details.revisions ul {
    margin: calc(0.25 * var(--cds-rem)) 0 0;
    padding-inline-start: var(--cds-rem);
    color: var(--_text-muted);
    font-size: calc(0.8125 * var(--cds-rem));
  }

  .row-error {
    color: var(--_text);
    border-inline-start: 4px solid var(--_tt-negative);
  }
  .row-error strong {
    color: var(--_tt-negative);
  }
  .row-error ul {
    margin: calc(0.2 * var(--cds-rem)) 0 0;
    padding-inline-start: calc(1.1 * var(--cds-rem));
  }

  .footnotes {
    margin-block-start: calc(0.6 * var(--cds-rem));
    font-size: calc(0.8125 * var(--cds-rem));
  }
  .footnotes .fn-title {
    font-weight: 700;
    margin: 0 0 calc(0.2 * var(--cds-rem));
  }
  .footnotes ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(0.2 * var(--cds-rem));
  }
  .footnotes li:target,
  .footnotes li:focus {
    outline: 2px solid var(--_tt-focus);
    outline-offset: 1px;
  }
  .footnotes .back {
    color: var(--_accent);
    margin-inline-start: calc(0.3 * var(--cds-rem));
  }
  .no-match {
    color: var(--_text-muted);
    padding: calc(0.5 * var(--cds-rem)) 0;
  }

  /* Many period columns scroll: the names keep a readable width instead of a word a line. */
  table:has(th:nth-child(13)) th.col-indicator {
    min-inline-size: calc(12 * var(--cds-rem));
  }

  /*
   * Wide containers: widths from the columns, not the rows (see column-widths.ts). A long table
   * then lays out each row once, not again whenever a later row, a sort or a filter would widen
   * a column, and its columns stay put while rows arrive. Narrower tables keep the automatic
   * layout, where each column is as wide as its content needs.
   */
  @container (min-width: 64em) {
    table {
      table-layout: fixed;
    }
    thead th {
      inline-size: var(--_tt-col, auto);
    }
    /* Many period columns: shares of the width would squeeze them unreadable; they scroll. */
    table:has(th:nth-child(13)) th:not(.col-number) {
      inline-size: calc(7 * var(--cds-rem));
    }
    table:has(th:nth-child(13)) th.col-indicator {
      inline-size: calc(16 * var(--cds-rem));
    }
    .status,
    .progress {
      white-space: normal;
    }
    .progress {
      min-inline-size: 0;
    }
  }

  /* Narrow containers: each row becomes a card, each cell a labelled line. */
  @container (max-width: 40em) {
    table,
    tbody,
    tr,
    th,
    td,
    caption {
      display: block;
    }
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    tbody tr.row {
      border: 1px solid var(--_tt-border);
      border-radius: var(--_radius);
      margin-block-end: calc(0.5 * var(--cds-rem));
      padding: calc(0.25 * var(--cds-rem)) 0;
      background: var(--_tt-row-bg);
    }
    tbody tr.row.out {
      display: none;
    }
    tbody tr.group-row {
      display: flex;
      gap: calc(0.4 * var(--cds-rem));
      margin-block: calc(0.75 * var(--cds-rem)) calc(0.35 * var(--cds-rem));
    }
    tbody tr.group-row > * {
      background: none;
      border: 0;
      padding: 0;
    }
    tbody td,
    tbody th[scope='row'] {
      border: 0;
      padding: calc(0.2 * var(--cds-rem)) calc(0.7 * var(--cds-rem));
    }
    tbody th[scope='row'] {
      font-weight: 700;
    }
    /* Alt text "": the header already names each cell; the label must not join its name. */
    tbody td[data-label]::before {
      content: attr(data-label) / '';
      display: block;
      color: var(--_text-muted);
      font-size: calc(0.75 * var(--cds-rem));
      font-weight: 600;
    }
    /* A line with nothing in it (no gap, no progress yet) shows no label either. The cell
       stays, so every cell after it keeps its column's header. */
    tbody td:empty {
      padding-block: 0;
    }
    tbody td:empty::before {
      content: none;
    }
    tbody td.num {
      text-align: start;
      color: var(--_text-muted);
    }
    tbody td.num[data-label]::before {
      display: inline;
      margin-inline-end: 0.3em;
    }
    .row-error {
      border-inline-start: 0;
    }
    td.source,
    .progress {
      min-inline-size: 0;
    }
    .status {
      white-space: normal;
    }
  }

  .print-note {
    display: none;
  }

  @media print {
    .toolbar,
    .pager,
    .count,
    details.revisions,
    .footnotes .back,
    .sort-icon {
      display: none !important;
    }
    /* Paper prints the rows the filters leave, on every page, and says which filters. */
    .print-note {
      display: block;
      margin: 0 0 calc(0.35 * var(--cds-rem));
      font-size: calc(0.8125 * var(--cds-rem));
    }
    thead {
      display: table-header-group;
    }
    thead th {
      position: static;
    }
    /* Chromium repeats the header on each printed page but leaves a button in it blank:
       without its box, the button's text prints on every page. */
    button.sort {
      display: contents;
    }
    thead th.sortable {
      padding: calc(0.4 * var(--cds-rem)) calc(0.55 * var(--cds-rem));
    }
    .scroll[role] {
      overflow: visible;
      max-block-size: none;
    }
    tr {
      break-inside: avoid;
    }
    table {
      font-size: 9pt;
    }
    sup.fn a {
      color: inherit;
    }
  }

  @media (forced-colors: active) {
    .status,
    .progress::before {
      color: CanvasText;
      forced-color-adjust: none;
    }
    .progress::before {
      border-color: CanvasText;
      background:
        linear-gradient(CanvasText, CanvasText) 0 0 / var(--_tt-fill, 0%) 100% no-repeat,
        Canvas;
    }
    .row-error,
    .row-errors {
      border-color: CanvasText;
    }
  }
`;
