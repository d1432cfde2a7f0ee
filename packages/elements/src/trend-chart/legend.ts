import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Locale } from '@cds-vn/core';
import { dataText } from '../base/data-text.js';
import { targetData } from './chart-config.js';
import { trendMessages } from './messages.js';
import type { TrendModel, TrendSeries } from './trend-model.js';

/** Marker shapes matching chart-config's POINT_STYLES, so the legend names each series. */
const MARKERS: readonly SVGTemplateResult[] = [
  svg`<circle cx="12" cy="6" r="3.5" fill="currentColor" />`,
  svg`<rect x="8.5" y="2.5" width="7" height="7" fill="currentColor" />`,
  svg`<path d="M12 2 16 9.5H8Z" fill="currentColor" />`,
  svg`<path d="M12 1.5 16.5 6 12 10.5 7.5 6Z" fill="currentColor" />`,
];
const LINE = svg`<line x1="0" y1="6" x2="24" y2="6" stroke="currentColor" stroke-width="2" />`;
const BAR = svg`<rect x="6" y="1" width="12" height="10" fill="currentColor" />`;
const DEADLINE = svg`<path d="M12 2 16 9.5H8Z" fill="none" stroke="currentColor" stroke-width="1.5" />`;
const TARGET = svg`<line x1="0" y1="6" x2="24" y2="6" stroke="currentColor" stroke-width="2" stroke-dasharray="2 3" />`;
const PROJECTED = svg`<line x1="0" y1="6" x2="24" y2="6" stroke="currentColor" stroke-width="2" stroke-dasharray="6 4" /><circle cx="12" cy="6" r="3.5" fill="var(--_surface)" stroke="currentColor" stroke-width="2" />`;
const REVISION = svg`<path d="M8.5 2.5l7 7M15.5 2.5l-7 7" stroke="currentColor" stroke-width="2" />`;

function swatch(body: SVGTemplateResult, cls = ''): TemplateResult {
  return html`<svg class=${cls} width="24" height="12" viewBox="0 0 24 12" aria-hidden="true">
    ${body}
  </svg>`;
}

function seriesSwatch(s: TrendSeries, i: number, bar: boolean): SVGTemplateResult {
  if (s.points.length === 0 && s.milestones.length > 0) return DEADLINE;
  if (bar) return BAR;
  return svg`${LINE}${MARKERS[i % MARKERS.length]}`;
}

/** An HTML legend: themable, zoomable and read by screen readers, unlike one on the canvas. */
export function renderLegend(model: TrendModel, locale: Locale, bar: boolean): TemplateResult {
  const t = trendMessages[locale];
  const has = (pick: (s: TrendSeries) => boolean): boolean => model.series.some(pick);
  // The class colours the swatch only: the words stay text-coloured (GrayText means disabled).
  const item = (body: SVGTemplateResult, label: string, cls = ''): TemplateResult =>
    html`<li>${swatch(body, cls)} ${label}</li>`;
  return html`<ul class="legend" part="legend">
    ${model.series.map(
      (s, i) =>
        html`<li class="s${(i % 6) + 1}">
          ${swatch(seriesSwatch(s, i, bar))}
          <span class="name"
            >${dataText(s.indicator.name, locale)}${
              s.axis === 'y2' ? ` (${t.secondAxis})` : ''
            }</span
          >
        </li>`,
    )}
    ${
      has((s) => targetData(s).length > 0)
        ? item(TARGET, t.legendTarget, model.series.length === 1 ? 'muted' : '')
        : nothing
    }
    ${has((s) => s.points.some((p) => p.projected)) ? item(PROJECTED, t.legendProjected) : nothing}
    ${has((s) => s.revisions.length > 0) ? item(REVISION, t.legendRevision) : nothing}
    ${has((s) => s.milestones.length > 0) ? item(DEADLINE, t.legendMilestone) : nothing}
  </ul>`;
}
