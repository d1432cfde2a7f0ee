import { css } from 'lit';

export const provinceMapStyles = css`
  :host {
    display: block;
    --_map-base: var(--cds-province-map-base, var(--_surface-alt));
    --_map-highlight: var(--cds-province-map-highlight, var(--_accent));
    --_map-several: var(--cds-province-map-several, light-dark(#4d5560, #c9cfd6));
    --_map-no-data: var(--cds-province-map-no-data, var(--_neutral));
    --_map-border: var(--cds-province-map-border, var(--_surface));
    --_map-outline: var(--cds-province-map-outline, var(--_text-muted));
    --_map-focus: var(--cds-province-map-focus, var(--_focus));
    --_map-selected: var(--cds-province-map-selected, var(--_text));
  }
  .base {
    margin: 0;
    max-width: var(--cds-province-map-max-width, 100%);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(0.25 * var(--cds-rem)) calc(0.75 * var(--cds-rem));
    margin-bottom: calc(0.5 * var(--cds-rem));
  }
  .title {
    font-weight: 600;
  }
  .period,
  .source,
  .summary {
    color: var(--_text-muted);
    font-size: calc(0.875 * var(--cds-rem));
  }
  .illustrative {
    padding: 0.05em 0.5em;
    border: 1.5px dashed currentColor;
    border-radius: var(--_radius);
    color: var(--_caution);
    font-size: calc(0.8125 * var(--cds-rem));
  }
  .notice {
    margin: 0 0 calc(0.5 * var(--cds-rem));
    padding: calc(0.5 * var(--cds-rem)) calc(0.75 * var(--cds-rem));
    border-left: 4px solid var(--_caution);
    background: var(--_surface-alt);
    font-size: calc(0.875 * var(--cds-rem));
  }
  .notice summary {
    font-weight: 600;
    cursor: pointer;
  }
  .notice ul {
    margin: calc(0.25 * var(--cds-rem)) 0 0;
    padding-left: calc(1.25 * var(--cds-rem));
  }
  .map {
    position: relative;
    width: 100%;
    /* Labels size and wrap by the map's width (cqi), not the page's. */
    container-type: inline-size;
  }
  /* fit (with fitColumn): the drawing's frame takes the height the rest leaves (not under 8
     base sizes, or 30% of a shorter tile); the drawing's max-height, carried to its width by
     its aspect ratio, keeps its proportions. */
  :host([fit]) .base > button {
    align-self: flex-start;
  }
  :host([fit]) .frame {
    flex: 0 1 auto;
    min-height: min(8 * var(--cds-rem), 30%);
  }
  :host([fit]) .map {
    width: auto;
    max-height: 100%;
    margin-inline: auto;
  }
  /* A long list of categories (20 pilot tasks) scrolls in a short tile; its items are buttons,
     so the keyboard reaches and scrolls to each. The open data table scrolls too, its header at
     the top of its box, which takes focus while it scrolls (ScrollFocus); the drawing gives up
     height to it. On screen: paper gets every category. */
  @media screen {
    /* It gives way before the drawing does. */
    :host([fit]) .legend.categories {
      flex-shrink: 9;
      min-height: min(5 * var(--cds-rem), 16%);
      overflow-y: auto;
    }
    :host([fit]) .table-wrap {
      flex-shrink: 1;
      min-height: min(6 * var(--cds-rem), 18%);
      overflow: auto;
    }
    /* A short tile (a height query with no size container: 100% is the tile's height, and
       none without one) shows the title's first two lines, the source's first line from 20
       base sizes (28 with the table open) and the summary from 30 (38); both are still read,
       the summary as the drawing's description. */
    :host([fit]) .title {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
    }
    :host([fit]) :is(.summary, .source) {
      margin: 0;
      overflow: hidden;
      max-height: max(0px, (100% - var(--_table, 0px) - 30 * var(--cds-rem)) * 999);
    }
    :host([fit]) .source {
      white-space: nowrap;
      text-overflow: ellipsis;
      max-height: max(0px, (100% - var(--_table, 0px) - 20 * var(--cds-rem)) * 999);
    }
    :host([fit][table]) {
      --_table: calc(8 * var(--cds-rem));
    }
    /* The space above, inside the box that closes. */
    :host([fit]) :is(.summary, .source)::before {
      content: '';
      display: block;
      height: calc(0.5 * var(--cds-rem));
    }
    :host([fit]) .table thead th {
      position: sticky;
      top: 0;
      background: var(--_surface);
    }
  }
  svg {
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  .province {
    fill: var(--_fill);
    stroke: none;
    cursor: pointer;
    outline: none;
  }
  .hatch-bg {
    fill: var(--_surface);
  }
  .hatch {
    stroke: var(--_map-no-data);
    stroke-width: 2.5;
  }
  /* The halos under lines and rings are drawn only in forced colours. */
  .halo {
    display: none;
  }
  .interior,
  .outline,
  .ring,
  .archipelago {
    fill: none;
    pointer-events: none;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
  }
  .interior {
    stroke: var(--_map-border);
    stroke-width: 0.75px;
  }
  .outline {
    stroke: var(--_map-outline);
    stroke-width: 0.75px;
  }
  .islets {
    fill: none;
    pointer-events: none;
    stroke: var(--_map-outline);
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }
  .archipelago {
    stroke: var(--_map-outline);
    stroke-width: 1px;
    stroke-dasharray: 3 3;
  }
  /* Hover is dashed and thin: it never looks like the selection. */
  .ring.hover {
    stroke: var(--_map-selected);
    stroke-width: 1.5px;
    stroke-dasharray: 4 3;
  }
  .ring.selected {
    stroke: var(--_map-selected);
    stroke-width: 2.5px;
  }
  .ring.focus {
    stroke: var(--_map-focus);
    stroke-width: 3px;
  }
  .labels {
    position: absolute;
    inset: 0;
    pointer-events: none;
    font-size: clamp(calc(0.5625 * var(--cds-rem)), 2.2cqi, calc(0.75 * var(--cds-rem)));
    line-height: 1.2;
    color: var(--_text-muted);
  }
  .labels > span {
    position: absolute;
    transform: translate(-50%, -50%);
    text-align: center;
  }
  /* Names wrap within the open sea beside them rather than run over the coast or the edge. */
  .sea,
  .archipelago-label {
    width: max-content;
    max-width: 30cqi;
    text-wrap: balance;
  }
  .labels > .sea {
    font-style: italic;
    letter-spacing: 0.05em;
    /* Hangs below its point, clear of the Hoàng Sa label when both wrap. */
    transform: translateX(-50%);
  }
  .archipelago-label.below {
    transform: translate(-50%, 0.25em);
  }
  .archipelago-label.beside {
    transform: translate(calc(-100% - 0.25em), -50%);
    text-align: end;
  }
  /* Too small to name the seas legibly: the boxes stay, the names are in the map's label. */
  @container (width < 14em) {
    .sea,
    .archipelago-label {
      display: none;
    }
  }
  /* A fixed box (2 × 1.2 em), which the element spreads so that no two overlap. */
  .badge {
    width: 2em;
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font-weight: 600;
    box-shadow: 0 0 0 1px var(--_map-outline);
  }
  .swatch,
  .badge {
    -webkit-print-color-adjust: exact;
    print-color-adjust: exact;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: calc(0.1 * var(--cds-rem));
    /* Its own width wherever its point is; no wider than the host (--_room, set by the element,
       which also places it inside the host with a transform). */
    width: max-content;
    max-width: min(18 * var(--cds-rem), var(--_room));
    padding: calc(0.4 * var(--cds-rem)) calc(0.6 * var(--cds-rem));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: calc(0.8125 * var(--cds-rem));
    pointer-events: none;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
  }
  .tooltip ul {
    margin: 0;
    padding-left: var(--cds-rem);
  }
  .value {
    font-weight: 600;
  }
  .legend {
    margin-top: calc(0.5 * var(--cds-rem));
    font-size: calc(0.8125 * var(--cds-rem));
  }
  .legend-title {
    margin: 0 0 calc(0.25 * var(--cds-rem));
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.25 * var(--cds-rem)) calc(0.75 * var(--cds-rem));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend.categories ul {
    flex-direction: column;
  }
  .legend li,
  .legend button {
    display: inline-flex;
    align-items: flex-start;
    gap: calc(0.4 * var(--cds-rem));
  }
  .legend button {
    padding: calc(0.15 * var(--cds-rem)) calc(0.3 * var(--cds-rem));
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .legend button[aria-pressed='true'] {
    border-color: currentColor;
    font-weight: 600;
  }
  .swatch {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    /* The map's outline colour, 3:1 on the surface: the lightest data colours are not. */
    border: 1px solid var(--_map-outline);
    border-radius: 2px;
  }
  .swatch.no-data {
    background: repeating-linear-gradient(
      45deg,
      var(--_map-no-data) 0 2px,
      var(--_surface) 2px 5px
    );
  }
  .table-toggle,
  .show-all,
  .skip {
    margin-top: calc(0.5 * var(--cds-rem));
    padding: calc(0.25 * var(--cds-rem)) calc(0.6 * var(--cds-rem));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: calc(0.8125 * var(--cds-rem));
    cursor: pointer;
  }
  .skip {
    position: absolute;
    z-index: 2;
    margin: 0;
  }
  /* Visible only while focused: a way past the map's 63 buttons in a screen reader's reading order. */
  .skip:not(:focus) {
    width: 1px;
    height: 1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .table-wrap {
    max-width: 100%;
    overflow-x: auto;
  }
  .table {
    margin-top: calc(0.5 * var(--cds-rem));
    border-collapse: collapse;
    font-size: calc(0.8125 * var(--cds-rem));
  }
  .table caption {
    text-align: start;
    font-weight: 600;
  }
  .table th,
  .table td {
    padding: calc(0.2 * var(--cds-rem)) calc(0.5 * var(--cds-rem));
    border-bottom: 1px solid var(--_border);
    text-align: start;
  }
  button:focus-visible {
    outline: 2px solid var(--_map-focus);
    outline-offset: 2px;
  }
  .loading {
    aspect-ratio: 1000 / 1150;
    max-width: var(--cds-province-map-max-width, 100%);
  }
  @media (prefers-reduced-motion: no-preference) {
    .province {
      transition: fill 0.2s;
    }
  }
  @media print {
    .skip,
    .table-toggle,
    .legend .show-all,
    .tooltip {
      display: none;
    }
  }
  @media (forced-colors: active) {
    /* Keep the data colours: they are the map. Lines and rings take system colours, each over a
       wider Canvas halo, so one of the two stands out against any fill, light or dark. */
    .province,
    .swatch,
    .hatch-bg,
    .hatch {
      forced-color-adjust: none;
    }
    .interior,
    .outline,
    .islets,
    .archipelago,
    .ring.hover,
    .ring.selected {
      stroke: CanvasText;
    }
    .interior,
    .outline {
      stroke-width: 1px;
    }
    .halo {
      display: inline;
      stroke: Canvas;
      stroke-width: 3px;
      stroke-dasharray: none;
    }
    .islets.halo {
      stroke-width: 4px;
    }
    .ring.selected {
      stroke-width: 3px;
    }
    .ring.focus {
      stroke: Highlight;
      stroke-width: 3px;
    }
    .ring.halo {
      stroke: Canvas;
      stroke-dasharray: none;
      stroke-width: 6px;
    }
    .ring.hover.halo {
      stroke-width: 4.5px;
    }
    .ring.focus.halo {
      stroke-width: 7px;
    }
    .swatch {
      border-color: CanvasText;
    }
    /* Forced colours show every border: unpressed ones melt into Canvas, pressed ones stand out. */
    .legend button {
      border-color: Canvas;
    }
    .legend button[aria-pressed='true'] {
      padding: calc(calc(0.15 * var(--cds-rem)) - 1px) calc(calc(0.3 * var(--cds-rem)) - 1px);
      border: 2px solid Highlight;
    }
  }
`;
