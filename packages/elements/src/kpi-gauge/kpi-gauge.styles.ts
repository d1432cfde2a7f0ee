import { css } from 'lit';

export const kpiGaugeStyles = css`
  :host {
    display: block;
    /* The gauge lays itself out by its own width (120–600 px), not the viewport's. A size
       container has no width from its content: where a layout asks for one (a flex row without
       widths, inline-block), it is 18rem, never wider than its container. */
    container-type: inline-size;
    contain-intrinsic-inline-size: 18rem;
    min-inline-size: 0;
    max-inline-size: 100%;
    --_track: var(--cds-kpi-gauge-track, var(--_border));
  }
  :host([theme]) {
    --_inset: 1.5rem;
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
    gap: 0.3rem 1rem;
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
    padding: 0.75rem;
  }
  .name {
    font-weight: 600;
  }
  .period {
    margin-top: -0.3rem;
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
  .caption,
  .more {
    font-size: 0.8125rem;
    color: var(--cds-kpi-gauge-text-muted, var(--_text-muted));
  }
  /* The reading scales with the dial. The dial is not a container (a second one per gauge
     doubles the style passes inside layout), so --_dial is its width in the host's units:
     the gauge's width less the theme's padding, up to the cap (beside the words: 14rem). */
  .dial {
    position: relative;
    --_cap: 16rem;
    --_dial: min(100cqi - var(--_inset, 0px), var(--_cap));
    inline-size: min(100%, var(--_cap));
  }
  .ring .dial {
    --_cap: 12rem;
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
    font-size: clamp(0.875rem, 0.13 * var(--_dial), 2.5rem);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  /* Long readings ("3.319,3 tỷ đồng") shrink to stay inside the arc. */
  .long .value {
    font-size: clamp(0.875rem, 0.09 * var(--_dial), 2rem);
  }
  .longer .value {
    font-size: clamp(0.8125rem, 0.07 * var(--_dial), 1.75rem);
  }
  .status {
    display: inline-flex;
    gap: 0.3em;
    padding: 0 0.55em;
    border: 1.5px solid currentColor;
    border-radius: 999px;
    font-size: 0.875rem;
    font-weight: 600;
    white-space: nowrap;
    max-inline-size: 100%;
    box-sizing: border-box;
    color: var(--_tone);
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0 0.75rem;
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
    block-size: 1.25rem;
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
    font-size: 1.5rem;
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

  /* Wide: the dial on the left, the words beside it. */
  @container (min-width: 400px) {
    .gauge:not(.bullet) {
      grid-template-columns: minmax(0, 14rem) minmax(0, 1fr);
      justify-items: start;
      text-align: start;
    }
    .gauge:not(.bullet) .dial {
      grid-area: 1 / 1 / span 6;
      justify-self: center;
      --_dial: min(14rem, var(--_cap));
    }
    .facts {
      justify-content: start;
    }
    .foot {
      grid-column: 1 / -1;
    }
  }
  /* Small: the explanation goes behind the disclosure; then secondary lines go. */
  @container (max-width: 239px) {
    .more {
      display: block;
    }
    /* "○ Chưa có mục tiêu" is wider than the smallest gauges: it wraps inside its outline, in
       a smaller pill, which keeps a one-word status ("✓ Achieved") inside it too. */
    .status {
      white-space: normal;
      align-items: center;
      border-radius: 0.8em;
      font-size: 0.8125rem;
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
  /* A bar's status and target share a line only with room for both (a theme's padding too). */
  @container (max-width: 279px) {
    .bullet {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @container (max-width: 179px) {
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
  @media (forced-colors: active) {
    .arc {
      stroke: Highlight;
    }
    .track {
      stroke: GrayText;
    }
    .zone,
    .halo {
      display: none;
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
