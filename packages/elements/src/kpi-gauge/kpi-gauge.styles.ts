import { css } from 'lit';

export const kpiGaugeStyles = css`
  :host {
    display: block;
    --_track: var(--cds-kpi-gauge-track, var(--_border));
  }
  :host([theme]) {
    --_inset: calc(1.5 * var(--cds-rem));
  }
  .positive {
    --_tone: var(--cds-kpi-gauge-positive, var(--_positive));
  }
  .caution {
    --_tone: var(--cds-kpi-gauge-caution, var(--_caution));
  }
  .negative {
    --_tone: var(--cds-kpi-gauge-negative, var(--_negative));
  }
  .neutral {
    --_tone: var(--cds-kpi-gauge-neutral, var(--_neutral));
  }
  .gauge {
    display: grid;
    /* minmax(0, …): no word, however long, makes the gauge wider than its box. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(0.3 * var(--cds-rem)) var(--cds-rem);
    justify-items: center;
    align-items: center;
    text-align: center;
    line-height: 1.35;
    /* A word longer than a small gauge ("digital-transformation") breaks, not overflows. */
    overflow-wrap: anywhere;
    color: var(--cds-kpi-gauge-text, var(--_text));
    background: var(--cds-kpi-gauge-surface, transparent);
    border-radius: var(--_radius);
  }
  /* An explicit theme paints its own surface, so light text never lands on a light page. */
  :host([theme]) .gauge {
    background: var(--cds-kpi-gauge-surface, var(--_surface));
    padding: calc(0.75 * var(--cds-rem));
  }
  .name {
    font-weight: 600;
  }
  .period {
    margin-top: calc(-0.3 * var(--cds-rem));
  }
  /* The disclosure for the explanation, where the explanation does not fit as a caption
     (bullets, small sizes); not there otherwise. */
  .more {
    all: unset;
    display: none;
    cursor: pointer;
  }
  .period,
  .facts,
  .unit,
  .approx,
  .caption,
  .more {
    font-size: calc(0.8125 * var(--cds-rem));
    color: var(--cds-kpi-gauge-text-muted, var(--_text-muted));
  }
  /* The reading scales with the dial. The dial is not a container (a second one per gauge
     doubles the style passes inside layout), so --_dial is its width in the host's units:
     the gauge's width less the theme's padding, up to the cap (beside the words: 14em). */
  .dial {
    position: relative;
    --_cap: calc(16 * var(--cds-rem));
    --_dial: min(100cqi - var(--_inset, 0px), var(--_cap));
    inline-size: min(100%, var(--_cap));
  }
  .ring .dial {
    --_cap: calc(12 * var(--cds-rem));
  }
  svg {
    display: block;
    inline-size: 100%;
  }
  path {
    fill: none;
    stroke-width: var(--_thickness, 16px);
  }
  .track {
    stroke: var(--_track);
  }
  .zone {
    stroke: var(--cds-kpi-gauge-zone, color-mix(in srgb, var(--_positive) 22%, var(--_track)));
  }
  /* Without color-mix() (Chrome < 111, Safari < 16.2) the tint is the same mix, drawn: the
     positive colour at 22% over the track. */
  @supports not (color: color-mix(in srgb, red, red)) {
    .zone {
      stroke: var(--cds-kpi-gauge-zone, var(--_positive));
      stroke-opacity: 0.22;
    }
  }
  .arc {
    stroke: var(--cds-kpi-gauge-arc, var(--_tone));
  }
  .provisional {
    stroke-opacity: 0.55;
  }
  .halo {
    stroke: var(--_surface);
    stroke-width: 7px;
  }
  .target {
    stroke: var(--cds-kpi-gauge-target, var(--_text));
    stroke-width: 3px;
  }
  /* Inside the dial's opening: the track's inner edge is 14% in from each side (radius 80 − 8
     of 100); 16% leaves a gap, and a reading too long for it wraps at a space rather than run
     across the arc, in balanced lines, as the opening narrows towards the top. */
  .reading {
    position: absolute;
    inset-inline: 16%;
    bottom: 0;
    line-height: 1.1;
    text-align: center;
    overflow-wrap: break-word;
    text-wrap: balance;
  }
  .reading .unit {
    display: block;
  }
  .ring .reading {
    bottom: auto;
    top: 50%;
    transform: translateY(-50%);
  }
  .value {
    font-size: clamp(
      calc(var(--_vmin, 0.875) * var(--cds-rem)),
      0.13 * var(--_dial),
      calc(2.5 * var(--cds-rem))
    );
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  /* Long readings ("3.319,3 tỷ đồng") shrink to stay inside the arc. */
  .long .value {
    font-size: clamp(
      calc(var(--_vmin, 0.875) * var(--cds-rem)),
      0.09 * var(--_dial),
      calc(2 * var(--cds-rem))
    );
  }
  .longer .value {
    font-size: clamp(
      calc(var(--_vmin, 0.8125) * var(--cds-rem)),
      0.07 * var(--_dial),
      calc(1.75 * var(--cds-rem))
    );
  }
  /* Text in a pill, not flex items: a status too long for its line ("○ Chưa có mục tiêu" in a
     small gauge, or with text at 200%) wraps between words inside its outline, and breaks a
     word only when that word alone is wider than the pill. */
  .status {
    padding: 0 0.55em;
    border: 1.5px solid currentColor;
    border-radius: 0.8em;
    font-size: calc(0.875 * var(--cds-rem));
    font-weight: 600;
    overflow-wrap: break-word;
    max-inline-size: 100%;
    box-sizing: border-box;
    color: var(--_tone);
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0 calc(0.75 * var(--cds-rem));
  }
  .change {
    font-weight: 600;
    color: var(--_tone);
  }
  .more::before {
    content: '▸ ' / '';
  }
  .open .more::before {
    content: '▾ ' / '';
  }
  .more:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .foot {
    justify-self: stretch;
  }
  /* Optional lines (period, target) are always there, empty when there is nothing to say. */
  span:empty {
    display: none;
  }

  /* A bar for tables and dense rows: value, then a full-width bar (so bars in a column line
     up), then status and target on one line; the explanation sits behind the disclosure. */
  .bullet {
    grid-template-columns: auto minmax(0, 1fr);
    justify-items: start;
    text-align: start;
  }
  .bullet > :not(.status, .facts) {
    grid-column: 1 / -1;
  }
  .bullet .dial {
    inline-size: 100%;
    display: grid;
  }
  .bullet svg {
    block-size: calc(1.25 * var(--cds-rem));
    --_thickness: 12px;
  }
  .bullet .halo,
  .bullet .target {
    vector-effect: non-scaling-stroke;
  }
  .bullet .reading {
    position: static;
    order: -1;
    text-align: start;
  }
  .bullet .value {
    font-size: calc(1.5 * var(--cds-rem));
  }
  .bullet .unit {
    display: inline;
  }
  .bullet .facts {
    justify-content: start;
  }
  .bullet .more {
    display: block;
  }
  .bullet:not(.open) .caption {
    display: none;
  }

  /* Breakpoints in em (the gauge's base size, its container's font size), like the text they
     make room for: with text at 200%, a gauge lays out as one of half its width would. */
  /* Wide: the dial on the left, the words beside it. */
  @container (width >= 25em) {
    .gauge:not(.bullet) {
      grid-template-columns: minmax(0, calc(14 * var(--cds-rem))) minmax(0, 1fr);
      justify-items: start;
      text-align: start;
    }
    .gauge:not(.bullet) .dial {
      grid-area: 1 / 1 / span 6;
      justify-self: center;
      --_dial: min(calc(14 * var(--cds-rem)), var(--_cap));
    }
    .facts {
      justify-content: start;
    }
    .foot {
      grid-column: 1 / -1;
    }
  }
  /* Small: the explanation goes behind the disclosure; then secondary lines go. */
  @container (width < 15em) {
    .more {
      display: block;
    }
    /* A smaller pill, which keeps a one-word status ("✓ Achieved") inside the smallest gauges. */
    .status {
      font-size: calc(0.8125 * var(--cds-rem));
      padding: 0 0.4em;
    }
    .gauge:not(.open) .caption {
      display: none;
    }
    /* A reading of more than one short line (a long value, a unit or "(dự báo)" under it)
       needs more room than a small dial holds: it goes under the dial, across the width. */
    .long,
    .longer,
    .reading:has(.unit) {
      position: static;
      transform: none;
    }
  }
  /* Below 7.5em (120 px at normal text size, 240 px with text at 200%) no reading fits in the
     dial's opening: it goes under the dial. */
  @container (width < 7.5em) {
    .reading {
      position: static;
      transform: none;
    }
  }
  /* A bar's status and facts share a line only with room for both: the longest status ("○ Chưa
     có mục tiêu") and a change in two lines at most (a theme's padding too). */
  @container (width < 22.5em) {
    .bullet {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  /* In px: larger text must not hide the period and the target. */
  @container (max-width: 179px) {
    .period,
    .facts {
      display: none;
    }
  }

  /* fit: the box's height is set (a tile, a grid row), so the host queries its height too; the
     dial is a size container that takes the height the words leave, and the dial's drawing,
     its reading with it, is as large as both its width and that height allow. */
  :host([fit]) {
    container-type: size;
    contain-intrinsic-block-size: calc(16 * var(--cds-rem));
    /* The reading stays in the dial, however small: smaller, still bold, text. */
    --_vmin: 0.75;
    /* The box of an explanation read but not shown. */
    position: relative;
  }
  /* A grid, so the gauge stretches to the height, set or intrinsic. Chromium queries a height
     that comes only from contain-intrinsic-size as 0: the height queries below start at 1px,
     so a fit gauge without a height shows every line. */
  :host([fit]:not([hidden])) {
    display: grid;
  }
  /* A column where the dial takes the height left; beside the words (wide), every row. Each
     rule here ends in a class, so a gauge without fit matches it only on that element. */
  :host([fit]) .semi,
  :host([fit]) .ring {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
  }
  /* A clamped name hides its overflow, which would let it shrink: it keeps its lines. */
  :host([fit]) .name {
    flex-shrink: 0;
  }
  :host([fit]) .foot {
    align-self: stretch;
  }
  :host([fit]) :is(.semi, .ring) .dial {
    container-type: size;
    flex: 1 1 0;
    place-self: stretch;
    inline-size: auto;
    /* A drawing at least 5.5 base sizes wide, whose opening holds a one-line reading (a ring:
       2.5 tall, the reading beside it when small, so the status stays in a short box). */
    min-block-size: var(--_min, calc(5.5 * var(--cds-rem) / 1.92));
    /* No taller than the drawing at the full width, so a tall box centres the whole gauge. */
    max-block-size: calc(min(100cqi - var(--_inset, 0px), var(--_cap)) / var(--_aspect, 1.92));
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    /* The drawing's width: a half circle is 1.92 times as wide as it is tall. */
    --_dial: min(100cqi, var(--_aspect, 1.92) * 100cqb, var(--_cap));
  }
  .ring {
    --_aspect: 1;
    --_min: calc(2.5 * var(--cds-rem));
  }
  @container (width >= 25em) {
    :host([fit]) .semi,
    :host([fit]) .ring {
      display: grid;
      grid-template-rows: repeat(6, auto) minmax(0, 1fr);
    }
    :host([fit]) :is(.semi, .ring) .dial {
      grid-row: 1 / -1;
    }
  }
  :host([fit]) :is(.semi, .ring) svg {
    inline-size: auto;
    max-inline-size: var(--_dial);
    min-block-size: 0;
  }
  /* Inside the drawing's opening, wherever the drawing sits in the dial's box. */
  :host([fit]) :is(.semi, .ring) .reading {
    position: absolute;
    inset-inline: calc(50% - 0.34 * var(--_dial));
  }
  :host([fit]) .semi .reading {
    bottom: calc(50% - 0.26 * var(--_dial));
  }
  :host([fit]) .ring .reading {
    transform: translateY(-50%);
  }
  /* A drawing under 15em wide has no room in its opening for a long reading: it goes under
     the drawing, which gives up the height. */
  @container (width < 15em) or (height < 7.8em) {
    :host([fit]) :is(.semi, .ring) :is(.long, .longer, .reading:has(.unit)) {
      position: static;
      transform: none;
    }
  }
  /* A ring under 5.5em has no room in its opening for a one-line reading at its smallest with
     text spacing ("54,34%" crossed the track at 4.75em): the reading goes beside the drawing,
     each in one half of the dial, and the drawing keeps the dial's height (2.5em at least),
     where under it the reading took that height, all of it with two lines and text spacing. */
  @container (height < 5.5em) {
    :host([fit]) .ring svg {
      --_dial: min(100cqb, 50cqi - 2px);
      translate: calc(-50% - 2px);
    }
    :host([fit]) .ring .dial .reading {
      position: absolute;
      inset-inline: calc(50% + 2px) 0;
      text-align: start;
      transform: translateY(-50%);
    }
  }
  /* Under 2.75em, a reading of two lines (a count's unit, "(dự báo)") may need three in half
     the dial: the drawing goes, and the reading takes the dial's width. */
  @container (height < 2.75em) {
    :host([fit]) .ring .dial:has(.unit) svg {
      display: none;
    }
    :host([fit]) .ring .dial .reading:has(.unit) {
      inset-inline: 0;
      text-align: center;
    }
  }
  :host([fit]) .more {
    display: var(--_more, block);
  }
  :host([fit]) .gauge:not(.open) .caption {
    display: var(--_why, none);
  }
  /* Where the height leaves no room for the disclosure, the explanation is still read. */
  @media screen {
    :host([fit]) .gauge:not(.open) .caption {
      position: absolute;
      inset: 0 0 auto;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
  }
  /* Short boxes. Under the dial, the change goes first, then the target line and the disclosure
     (sooner for a ring, which needs as much height as width), then the period; the name keeps
     two lines, then one. Beside the dial (wide), the disclosure goes, then the period and target
     line. Never the value or the status: the meter still says them, and the target, in words. */
  @container (1px <= height < 17em) and (width < 25em) {
    .name {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
    }
    .change {
      display: none;
    }
  }
  @container (1px <= height < 14em) and (width < 25em) {
    .ring .facts {
      display: none;
    }
    .ring {
      --_more: none;
      --_why: block;
    }
  }
  @container (1px <= height < 12em) and (width < 25em) {
    .facts,
    .ring .period {
      display: none;
    }
    .gauge {
      --_more: none;
      --_why: block;
    }
  }
  @container (1px <= height < 9.5em) {
    .name {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
    }
    .gauge {
      --_more: none;
      --_why: block;
    }
  }
  @container (1px <= height < 9.5em) and (width < 25em) {
    .period {
      display: none;
    }
  }
  @container (1px <= height < 9em) and (width < 25em) {
    .name {
      -webkit-line-clamp: 1;
    }
  }
  @container (1px <= height < 7.5em) {
    .period,
    .facts {
      display: none;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .arc {
      transition: stroke-dasharray 0.6s ease-out;
    }
  }
  /* The explanation is on paper, not behind a button nobody can press. */
  @media print {
    .more {
      display: none !important;
    }
    .caption {
      display: block !important;
    }
  }
  /* System colours alone barely tell the arc from the track (Highlight on GrayText), and a
     faint forecast not at all: the arc is solid, the track a thin line down its middle. */
  @media (forced-colors: active) {
    .arc {
      stroke: Highlight;
      stroke-opacity: 1;
    }
    .track {
      stroke: GrayText;
      stroke-width: calc(var(--_thickness, 16px) / 4);
    }
    .zone {
      display: none;
    }
    /* Canvas round the marker, so it stands out on the arc as on the track. */
    .halo {
      stroke: Canvas;
    }
    .target {
      stroke: CanvasText;
    }
    .status,
    .change {
      color: CanvasText;
    }
  }
`;
