import { css } from 'lit';

export const indicatorCardStyles = css`
  :host {
    display: block;
    --_card-positive: var(--cds-indicator-card-positive, var(--_positive));
    --_card-negative: var(--cds-indicator-card-negative, var(--_negative));
    --_card-caution: var(--cds-indicator-card-caution, var(--_caution));
    --_card-neutral: var(--cds-indicator-card-neutral, var(--_neutral));
    --_card-spark: var(--cds-indicator-card-sparkline, var(--_accent));
    --_card-surface: var(--cds-indicator-card-surface, var(--_surface));
    --_card-border: var(--cds-indicator-card-border, var(--_border));
  }
  .card {
    position: relative;
    box-sizing: border-box;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: calc(0.375 * var(--cds-rem)) calc(0.75 * var(--cds-rem));
    /* A card stretched by its grid keeps its rows packed at the top. */
    align-content: start;
    height: 100%;
    padding: var(--cds-rem);
    border: 1px solid var(--_card-border);
    border-radius: var(--_radius);
    background: var(--_card-surface);
    color: var(--_text);
    text-decoration: none;
    line-height: 1.35;
    /* A word longer than a narrow card ("Identification") breaks rather than stick out. */
    overflow-wrap: anywhere;
  }
  .card > * {
    grid-column: 1 / -1;
    margin: 0;
  }
  .name a {
    color: inherit;
    text-decoration: none;
    outline: none;
  }
  /* The link's box covers the card and its border: one click target, one Tab stop, its ring
     round the card. */
  .name a::after {
    content: '';
    position: absolute;
    inset: -1px;
    border-radius: var(--_radius);
  }
  .linked:hover {
    border-color: var(--_accent);
  }
  .name a:hover {
    text-decoration: underline;
  }
  .name a:focus-visible::after {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .head {
    display: flex;
    align-items: flex-start;
    gap: calc(0.5 * var(--cds-rem));
  }
  ::slotted([slot='icon']) {
    flex: none;
    width: calc(1.5 * var(--cds-rem));
    height: calc(1.5 * var(--cds-rem));
  }
  .name {
    font-size: calc(0.9375 * var(--cds-rem));
    font-weight: 600;
    margin: 0;
  }
  .value {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 calc(0.375 * var(--cds-rem));
  }
  .number {
    /* Smaller in a narrow card, so "70,91%" fits 120 px; 2em from 200 px. */
    font-size: min(calc(2 * var(--cds-rem)), 16cqi);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .number.prose {
    font-size: var(--cds-rem);
    font-weight: 600;
    line-height: 1.35;
  }
  .unit,
  .approx {
    font-size: calc(0.9375 * var(--cds-rem));
    color: var(--_text-muted);
  }
  /* "about" on a line of its own above "2.8 million" in a narrow card: tight, as part of the
     figure, and no taller than need be in a tile of a set height. */
  .approx {
    line-height: 1.1;
  }
  .kind {
    font-size: calc(0.8125 * var(--cds-rem));
    color: var(--_text-muted);
    font-style: italic;
  }
  .change {
    font-size: calc(0.875 * var(--cds-rem));
    font-weight: 600;
  }
  .change .compared {
    font-weight: 400;
    color: var(--_text-muted);
  }
  .positive {
    color: var(--_card-positive);
  }
  .negative {
    color: var(--_card-negative);
  }
  .caution {
    color: var(--_card-caution);
  }
  .neutral {
    color: var(--_card-neutral);
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.05em 0.55em;
    border: 1.5px solid currentColor;
    /* A pill on one line; its words wrap inside the outline only in a narrow card, where it
       is smaller, so that "✗ Not achieved" breaks between its words. */
    border-radius: 1em;
    font-size: min(calc(0.8125 * var(--cds-rem)), 9.5cqi);
    font-weight: 600;
  }
  .spark {
    display: block;
    width: 100%;
    height: calc(2.5 * var(--cds-rem));
    overflow: visible;
    color: var(--_card-spark);
  }
  .spark-line {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  .spark-line.projected {
    stroke-dasharray: 4 3;
  }
  .spark-target {
    stroke: var(--_text-muted);
    stroke-width: 1;
    stroke-dasharray: 2 3;
    vector-effect: non-scaling-stroke;
  }
  .spark-dot {
    stroke: currentColor;
    stroke-width: 7;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  /* What the verdict rests on, so a reader can check it: the sparkline's dotted line is that
     target. */
  .basis {
    display: block;
    margin-top: calc(0.25 * var(--cds-rem));
  }
  .basis,
  .meta,
  .revisions {
    font-size: calc(0.75 * var(--cds-rem));
    color: var(--_text-muted);
  }
  :host([variant='compact']) .card {
    padding: calc(0.625 * var(--cds-rem)) calc(0.75 * var(--cds-rem));
    gap: calc(0.125 * var(--cds-rem)) calc(0.75 * var(--cds-rem));
  }
  :host([variant='compact']) .number {
    font-size: calc(1.375 * var(--cds-rem));
  }
  :host([variant='compact']) .name {
    font-size: calc(0.8125 * var(--cds-rem));
  }
  :host([variant='compact']) .spark {
    grid-column: 2;
    grid-row: 2 / span 2;
    width: calc(5 * var(--cds-rem));
    height: calc(2 * var(--cds-rem));
    align-self: center;
  }
  :host([variant='compact']) .value,
  :host([variant='compact']) .change {
    grid-column: 1;
  }
  /* A tile too short for a compact card cuts its last lines: there the status, before the
     change, the sparkline and the period, as in a regular card; beside the sparkline. */
  :host([fit][variant='compact']) :is(.change, .spark, .meta) {
    order: 1;
  }
  :host([fit][variant='compact']) :where(#status) {
    grid-column: 1;
  }
  /* Too narrow for the sparkline beside the value: it goes under it. */
  @container (max-width: 239px) {
    :host([variant='compact']) .card > * {
      grid-column: 1 / -1;
      grid-row: auto;
    }
  }
  /* Compact cards keep the basis, the source and other figures for screen readers only. */
  :host([variant='compact']) .source,
  :host([variant='compact']) .revisions,
  :host([variant='compact']) .basis {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  /* fit: a tile or grid row of a set height. The card is a column as tall as the host that
     wraps, and what does not fit wraps into a second column past the padding, where the card's
     clip hides it: it stays in the page, read in order by screen readers. So the lines go from
     the bottom: the other reports' figures, the source, the period, the sparkline, the change,
     then the status's basis; the badge and the value last (the change is moved after the basis
     to go before it). The sparkline takes the height the words leave, up to 5 base sizes.
     Without a height nothing wraps: the card is as tall as its content. */
  :host([fit]:not([variant='compact'])) .card {
    display: flex;
    flex-flow: column wrap;
    align-content: flex-start;
    column-gap: calc(2 * var(--cds-rem));
    overflow: hidden;
  }
  :host([fit]:not([variant='compact'])) .card > * {
    inline-size: 100%;
    flex-shrink: 0;
  }
  /* The badge and its basis wrap apart, so the badge stays when the basis goes. */
  :host([fit]:not([variant='compact'])) #status {
    display: contents;
  }
  :host([fit]:not([variant='compact'])) .badge {
    align-self: flex-start;
  }
  :host([fit]:not([variant='compact'])) :is(.change, .spark, .meta, .revisions) {
    order: 1;
  }
  :host([fit]:not([variant='compact'])) .spark {
    flex: 1 0 calc(1.5 * var(--cds-rem));
    height: auto;
    min-block-size: calc(1.5 * var(--cds-rem));
    max-block-size: calc(5 * var(--cds-rem));
    margin-block-end: auto;
  }
  /* A long name keeps three lines, and a sentence for a figure four. */
  :host([fit]) :is(.name, .prose) {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  :host([fit]) .prose {
    -webkit-line-clamp: 4;
  }
  /* The clip would cut a focus ring drawn outside the card: it is drawn just inside. */
  :host([fit]) .name a:focus-visible::after {
    outline-offset: -3px;
  }
  /* A compact card centres its lines in a taller tile; in a shorter one they start at its top
     (where safe alignment is not known, they always do). */
  :host([fit][variant='compact']) .card {
    align-content: safe center;
    /* Too short a tile clips the card; its lines never paint over the next tile. */
    overflow: hidden;
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .positive,
    .negative,
    .caution,
    .neutral,
    .spark {
      color: CanvasText;
    }
    .spark-target {
      stroke: CanvasText;
    }
    .name a:focus-visible::after {
      outline-color: Highlight;
    }
  }
`;
