import { css } from 'lit';

export const trendChartStyles = css`
  :host {
    display: block;
    /* A flex row without widths: share it, rather than keep the canvas's 300 px each. */
    min-inline-size: 0;
    --_height: var(--cds-trend-chart-height, calc(18 * var(--cds-rem)));
    --_series-1: var(--cds-trend-chart-series-1, light-dark(#0b5cad, #7db4ee));
    --_series-2: var(--cds-trend-chart-series-2, light-dark(#b34700, #f5a05b));
    --_series-3: var(--cds-trend-chart-series-3, light-dark(#1d6b3a, #6fd39a));
    --_series-4: var(--cds-trend-chart-series-4, light-dark(#7b2f9e, #cfa0ef));
    --_series-5: var(--cds-trend-chart-series-5, light-dark(#00727a, #4fd1d9));
    --_series-6: var(--cds-trend-chart-series-6, light-dark(#a3195b, #f28cb8));
    --_target: var(--cds-trend-chart-target, var(--_text-muted));
    --_grid: var(--cds-trend-chart-grid, var(--_border));
  }
  /* A column whose plot gives way: a chart given a height (a dashboard tile, a grid row) fits
     it, legend, summary and table button included, instead of running over what is below.
     Without one (100% of an auto height is auto), the plot is --cds-trend-chart-height tall;
     it never grows past that, so a tall grid row leaves the chart as it is. */
  .frame {
    display: flex;
    flex-direction: column;
    block-size: 100%;
  }
  figure {
    display: flex;
    flex-direction: column;
    min-block-size: 0;
    margin: 0;
  }
  /* Never below 8 base sizes (or the set height, if smaller): a chart too short to read. */
  .plot {
    position: relative;
    flex: 0 1 var(--_height);
    min-block-size: min(var(--_height), calc(8 * var(--cds-rem)));
  }
  canvas {
    display: block;
    border-radius: var(--_radius);
  }
  canvas:focus {
    outline: none;
  }
  canvas:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .summary {
    margin: calc(0.5 * var(--cds-rem)) 0 0;
    font-size: calc(0.875 * var(--cds-rem));
    line-height: 1.45;
    color: var(--_text);
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    max-width: min(calc(22 * var(--cds-rem)), 90%);
    padding: calc(0.375 * var(--cds-rem)) calc(0.5 * var(--cds-rem));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
    font-size: calc(0.8125 * var(--cds-rem));
    line-height: 1.35;
    pointer-events: none;
  }
  .tooltip strong {
    display: block;
    margin-bottom: calc(0.125 * var(--cds-rem));
  }
  .tooltip ul,
  .legend {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.25 * var(--cds-rem)) var(--cds-rem);
    margin-top: calc(0.5 * var(--cds-rem));
    font-size: calc(0.8125 * var(--cds-rem));
    color: var(--_text-muted);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: calc(0.375 * var(--cds-rem));
  }
  .legend .name {
    color: var(--_text);
  }
  .legend svg {
    flex: none;
    overflow: visible;
  }
  .s1 {
    color: var(--_series-1);
  }
  .s2 {
    color: var(--_series-2);
  }
  .s3 {
    color: var(--_series-3);
  }
  .s4 {
    color: var(--_series-4);
  }
  .s5 {
    color: var(--_series-5);
  }
  .s6 {
    color: var(--_series-6);
  }
  .muted {
    color: var(--_target);
  }
  details {
    margin-top: calc(0.5 * var(--cds-rem));
    font-size: calc(0.875 * var(--cds-rem));
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
  }
  summary:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    margin-top: calc(0.375 * var(--cds-rem));
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: calc(0.25 * var(--cds-rem)) calc(0.5 * var(--cds-rem));
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  td.num {
    text-align: end;
  }
  .other {
    display: block;
    font-size: calc(0.75 * var(--cds-rem));
    color: var(--_text-muted);
  }
  /* Theme probes: see theme-probe.ts. Rendered (so they compute) but invisible. */
  .probes {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
    visibility: hidden;
  }
  .probe {
    forced-color-adjust: none;
    transition: color 1ms;
  }
  .probe-series-1 {
    color: var(--_series-1);
  }
  .probe-series-2 {
    color: var(--_series-2);
  }
  .probe-series-3 {
    color: var(--_series-3);
  }
  .probe-series-4 {
    color: var(--_series-4);
  }
  .probe-series-5 {
    color: var(--_series-5);
  }
  .probe-series-6 {
    color: var(--_series-6);
  }
  .probe-text {
    color: var(--_text);
  }
  .probe-text-muted {
    color: var(--_text-muted);
  }
  .probe-grid {
    color: var(--_grid);
  }
  .probe-surface {
    color: var(--_surface);
  }
  .probe-target {
    color: var(--_target);
  }
  /* Printing (see onPrint): the light palette, read at once rather than after a transition. */
  .probes[data-print] {
    color-scheme: light;
  }
  .probes[data-print] .probe {
    transition: none;
  }
  /* On paper the figures go with the chart: the table prints open, as a plain titled table. */
  @media print {
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
    summary {
      list-style: none;
      color: inherit;
      font-weight: 600;
    }
    summary::-webkit-details-marker {
      display: none;
    }
    .table-wrap {
      overflow: visible;
    }
    .tooltip {
      display: none;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_series-1: CanvasText;
      --_series-2: LinkText;
      --_series-3: Highlight;
      --_series-4: CanvasText;
      --_series-5: LinkText;
      --_series-6: Highlight;
      /* Dotted CanvasText: a target that lies on a gridline (GrayText) still stands out. */
      --_target: CanvasText;
      --_grid: GrayText;
      --_text: CanvasText;
      --_text-muted: CanvasText;
      --_surface: Canvas;
    }
    canvas:focus-visible {
      outline-color: Highlight;
    }
  }
`;
