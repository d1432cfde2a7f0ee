import { html, nothing, type PropertyValues, type CSSResultOrNative } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Chart } from 'chart.js';
import { coreMessages, knownAsOf, localize, localizedError, type DataError } from '@cds-vn/core';
import { CdsIndicatorElement } from '../base/indicator-source.js';
import { PrintWatch } from '../base/print-watch.js';
import { ScrollFocus } from '../base/scroll-focus.js';
import { renderPlaceholder } from '../base/error-panel.js';
import { periodAttributeErrors } from '../base/period-attributes.js';
import { styleProps } from '../base/style-props.js';
import { textProperties } from '../base/text-properties.js';
import {
  buildChartConfig,
  type BuiltChart,
  type TrendChartType,
  type TrendDatum,
} from './chart-config.js';
import { loadChart, type ChartClass } from './chart-loader.js';
import { renderDataTable } from './data-table.js';
import { renderLegend } from './legend.js';
import { trendMessages } from './messages.js';
import { nextSlot } from './point-navigation.js';
import { parseIdList, selectSeries } from './select-series.js';
import { renderText } from './lang-text.js';
import { announceSlot, describeSlot, type SlotText } from './slot-description.js';
import { colorsKey, readColors, renderProbes } from './theme-probe.js';
import { trendChartStyles } from './trend-chart.styles.js';
import { buildTrendModel, type TrendModel } from './trend-model.js';
import { summarizeTrend } from './trend-summary.js';

type TrendChart = Chart<TrendChartType, TrendDatum[]>;

interface TooltipPlace {
  readonly left: number;
  readonly top: number;
  /** Show the tooltip to the left of the point (it is in the right half). */
  readonly flip: boolean;
}

const sameKey = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/**
 * @tagname cds-trend-chart
 * @summary How one or more indicators moved over time: a line or bar chart on a true time
 * axis (2022-H1, 2022 and 2024-04 sit where they belong), with targets drawn as data,
 * forecasts hollow and dashed, other reports' figures as small crosses, a generated summary
 * sentence, a data table, and keyboard navigation between points. Chart.js is loaded lazily
 * when the first chart connects.
 *
 * Every figure needs its period: a short-form `indicator` written without one is refused with
 * an error, since a trend has no place to put it.
 *
 * @slot title - A heading above the chart.
 * @slot footer - Notes below the chart (source, methodology).
 * @csspart figure - The figure holding the plot, legend and summary.
 * @csspart plot - The box the canvas fills: `--cds-trend-chart-height` tall, or what is left of a height given to the element.
 * @csspart canvas - The canvas; focusable when it has points to step through.
 * @csspart tooltip - The tooltip that follows the pointer and the keyboard.
 * @csspart legend - The legend list.
 * @csspart summary - The visible summary sentence (also the canvas's description).
 * @csspart table - The `<details>` holding the data table (printed open).
 * @csspart error - The error panel shown for bad data.
 * @csspart placeholder - The loading or no-data message in place of the widget.
 * @cssprop --cds-trend-chart-height - Height of the plot when the element has no height of its own (default 18 times the base size, 288 px at 16 px).
 * @cssprop --cds-trend-chart-series-1 - Colour of the first series (…-series-6 for the sixth).
 * @cssprop --cds-trend-chart-target - Colour of a single series' target line.
 * @cssprop --cds-trend-chart-grid - Colour of grid lines and axes.
 * @fires cds-error - The data or an attribute could not be used; carries code, message, path.
 */
export class CdsTrendChart extends CdsIndicatorElement {
  static override get styles(): CSSResultOrNative[] {
    return [...CdsIndicatorElement.styles, trendChartStyles];
  }

  /**
   * Indicators to draw from a dataset, comma- or space-separated; default: the one
   * `indicator-id` names, else every indicator. More than 6 series in all (`y2-indicator-ids`
   * included) is an error asking to choose with `indicator-ids`. With `indicator-id` too, it
   * must be among these.
   */
  @property({ attribute: 'indicator-ids', reflect: true }) indicatorIds?: string;

  /** Indicators drawn against a second axis on the right, for a second unit. */
  @property({ attribute: 'y2-indicator-ids', reflect: true }) y2IndicatorIds?: string;

  /** `line` (default) or `bar`. */
  @property({ reflect: true }) type?: string;

  /** Open the data table instead of leaving it folded. */
  @property({ type: Boolean, attribute: 'show-table', reflect: true }) showTable = false;

  /** Draw without animation (animation also stops when the user prefers reduced motion). */
  @property({ type: Boolean, attribute: 'no-animation', reflect: true }) noAnimation = false;

  @state() private chartClass: ChartClass | undefined;
  @state() private loadError: string | undefined;
  @state() private drawError: string | undefined;
  @state() private activeSlot: number | undefined;
  @state() private tooltip: TooltipPlace | undefined;
  @state() private announcement: SlotText = [];
  @state() private themeVersion = 0;

  protected model: TrendModel | undefined;
  protected summary: SlotText = [];

  private chart: TrendChart | undefined;
  private chartType: TrendChartType | undefined;
  private built: BuiltChart | undefined;
  private modelKey: readonly unknown[] = [];
  private cachedModel: TrendModel | undefined;
  private modelErrors: readonly DataError[] = [];
  private summaryKey: readonly unknown[] = [];
  private drawKey: readonly unknown[] = [];
  private themeFrame = 0;
  /**
   * Paper is light (the tokens print in the light palette), but the canvas holds the colours it
   * read: entering print, the probes turn light and the chart is redrawn at once. Back on screen,
   * the probes' transition redraws in the screen's colours.
   */
  private readonly print = new PrintWatch(this, () => {
    this.themeVersion++;
    this.performUpdate();
  });
  private readonly canvasRef = createRef<HTMLCanvasElement>();
  /** The data table, when open and too wide for the element, takes focus to scroll. */
  protected readonly tableScroll = new ScrollFocus(this, '.table-wrap');

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.chartClass) {
      loadChart().then(
        (c) => {
          this.chartClass = c;
          this.loadError = undefined;
        },
        (e: unknown) => {
          this.loadError = e instanceof Error ? e.message : String(e);
        },
      );
    }
    // Coming back after a removal: the chart was destroyed and must be drawn again.
    this.drawKey = [];
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.themeFrame);
    this.destroyChart();
  }

  private resolvedType(): TrendChartType | undefined {
    const t = (this.type ?? '').trim() || 'line';
    return t === 'line' || t === 'bar' ? t : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // `.indicatorIds=${['a', 'b']}` from a framework: text ("a,b"), never thrown on.
    textProperties(this, ['indicatorIds', 'y2IndicatorIds', 'type']);
    const previous = this.model;
    this.model = undefined;
    if (this.dataState.kind === 'ready') {
      const dataset = this.dataState.value;
      const ids = parseIdList(this.indicatorIds ?? this.indicatorId);
      const y2 = parseIdList(this.y2IndicatorIds);
      const key = [dataset, ids.join(','), y2.join(','), this.asOf];
      if (!sameKey(key, this.modelKey)) {
        this.modelKey = key;
        this.drawError = undefined;
        const selection = selectSeries(
          dataset,
          ids,
          y2,
          this.indicatorIds ? 'indicator-ids' : 'indicator-id',
        );
        this.modelErrors = selection.ok ? [] : selection.errors;
        this.built = undefined;
        // As of a date, the chart as it stood then: only the figures known by then, as the
        // card, gauge and table beside it show them and as its summary judges them.
        const asOf = this.asOf;
        this.cachedModel = selection.ok
          ? buildTrendModel({
              ...selection.value,
              indicators: selection.value.indicators.map((i) => knownAsOf(i, asOf)),
            })
          : undefined;
      }
      this.model = this.cachedModel;
      // The base's one-indicator pick does not apply: this chart draws several. Its unreadable
      // `period` and `as-of` do: dropping them drew the chart as if "now" and the latest.
      this.errors = [...this.modelErrors, ...periodAttributeErrors(this)];
    }
    const extra: DataError[] = [];
    // Both given: indicator-ids picks the series, so an indicator-id outside it would be dropped.
    const one = this.indicatorId;
    if (one && this.indicatorIds && !parseIdList(this.indicatorIds).includes(one)) {
      extra.push(
        localizedError('invalid-attribute', 'indicator-id', trendMessages, (m) =>
          m.idNotInIds(one),
        ),
      );
    }
    const type = this.type ?? '';
    if (!this.resolvedType()) {
      extra.push(
        localizedError('invalid-attribute', 'type', trendMessages, (m) => m.invalidType(type)),
      );
    }
    const { loadError, drawError } = this;
    if (loadError !== undefined)
      extra.push(localizedError('fetch-failed', '', trendMessages, (m) => m.loadFailed(loadError)));
    if (drawError !== undefined)
      extra.push(localizedError('invalid-data', '', trendMessages, (m) => m.drawFailed(drawError)));
    if (extra.length) this.errors = [...this.errors, ...extra];
    if (this.model !== previous) {
      this.activeSlot = undefined;
      this.tooltip = undefined;
    }
    const summaryKey = [this.model, this.locale, this.asOf, this.period];
    if (!sameKey(summaryKey, this.summaryKey)) {
      this.summaryKey = summaryKey;
      // A stop said for other data or in the other language, now marked with this one: gone.
      this.announcement = [];
      this.summary = this.model
        ? summarizeTrend(
            this.model.series.map((s) => s.indicator),
            this.locale,
            { ...(this.asOf && { asOf: this.asOf }), ...(this.period && { period: this.period }) },
          )
        : [];
    }
  }

  protected override renderContent(): unknown {
    const m = coreMessages[this.locale];
    const locale = this.locale;
    if (this.dataState.kind === 'loading') return renderPlaceholder(m.loading, locale);
    const model = this.model;
    if (!model || model.empty) return renderPlaceholder(m.noData, locale);
    const t = trendMessages[locale];
    const names = model.series.map((s) => localize(s.indicator.name, locale)).join('; ');
    const tip =
      this.activeSlot !== undefined && this.tooltip
        ? describeSlot(model, this.activeSlot, locale)
        : undefined;
    // Only a target or nothing to step through: a picture, not an application with keys.
    const stops = model.slots.length > 0;
    return html`<div class="frame">
      <slot name="title"></slot>
      <figure part="figure" lang=${locale}>
        <div class="plot" part="plot">
          <canvas
            ${ref(this.canvasRef)}
            part="canvas"
            role=${stops ? 'application' : 'img'}
            tabindex=${ifDefined(stops ? 0 : undefined)}
            aria-label=${t.chartLabel(this.resolvedType() === 'bar', names)}
            aria-describedby=${stops ? 'summary hint' : nothing}
            @keydown=${this.onKeydown}
            @pointermove=${this.onPointerMove}
            @pointerleave=${this.onPointerLeave}
            @blur=${this.onBlur}
          ></canvas>
          ${
            tip && this.tooltip
              ? html`<div
                  class="tooltip"
                  part="tooltip"
                  aria-hidden="true"
                  ${styleProps({
                    left: `${this.tooltip.left}px`,
                    top: `${this.tooltip.top}px`,
                    transform: `translate(${this.tooltip.flip ? 'calc(-100% - 12px)' : '12px'}, -50%)`,
                  })}
                >
                  <strong>${tip.title}</strong>
                  <ul>
                    ${tip.lines.map((l) => html`<li>${renderText(l, locale)}</li>`)}
                  </ul>
                </div>`
              : nothing
          }
          ${
            // Hidden: read as the canvas's description only, not a second time in reading order.
            stops ? html`<span id="hint" hidden>${t.keyHint}</span>` : nothing
          }
          ${renderProbes(this.onThemeChange, this.print.printing)}
        </div>
        ${renderLegend(model, locale, this.resolvedType() === 'bar')}
        <figcaption id="summary" class="summary" part="summary">
          ${renderText(this.summary, locale)}
        </figcaption>
      </figure>
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true" lang=${locale}>
        ${renderText(this.announcement, locale)}
      </div>
      ${renderDataTable(model, locale, this.showTable)}
      <slot name="footer"></slot>
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncChart();
  }

  /** Creates, updates or destroys the Chart.js instance to match the current state. */
  private syncChart(): void {
    const canvas = this.canvasRef.value;
    const model = this.model;
    const ChartJs = this.chartClass;
    const type = this.resolvedType();
    if (!this.isConnected || !canvas || !canvas.isConnected || !model || model.empty) {
      this.destroyChart();
      return;
    }
    if (this.errors.length || !ChartJs || !type) {
      this.destroyChart();
      return;
    }
    if (this.chart && this.chart.canvas !== canvas) this.destroyChart();
    // Cheap check first: reading computed styles only when something that is drawn changed.
    const inputs = [model, this.locale, type, this.noAnimation, this.themeVersion, ChartJs];
    if (this.chart && sameKey(inputs, this.drawKey.slice(0, inputs.length))) return;
    const colors = readColors(this.renderRoot);
    const style = getComputedStyle(this);
    const font = {
      family: style.fontFamily,
      size: Math.round((parseFloat(style.fontSize) || 16) * 0.75),
    };
    const key = [...inputs, colorsKey(colors), font.family, font.size];
    if (this.chart && sameKey(key, this.drawKey)) {
      this.drawKey = key;
      return;
    }
    this.drawKey = key;
    const animate =
      !this.noAnimation &&
      !this.print.printing &&
      matchMedia('(prefers-reduced-motion: no-preference)').matches;
    try {
      this.built = buildChartConfig(model, { type, locale: this.locale, colors, font, animate });
      if (this.chart && this.chartType === type) {
        // Active points refer to the old datasets: let go of them before swapping the data.
        this.chart.setActiveElements([]);
        this.chart.data = this.built.config.data;
        this.chart.options = this.built.config.options ?? {};
        this.chart.update(animate ? undefined : 'none');
      } else {
        this.destroyChart();
        this.chart = new ChartJs(canvas, this.built.config);
        this.chartType = type;
      }
    } catch (e) {
      // A Chart.js failure must end in the error panel, never in an exception out of Lit.
      this.destroyChart();
      this.drawError = e instanceof Error ? e.message : String(e);
      return;
    }
    // A hook for tests and benchmarks: how many times this canvas has been drawn.
    canvas.dataset['drawn'] = String(Number(canvas.dataset['drawn'] ?? 0) + 1);
    this.highlight();
  }

  private destroyChart(): void {
    this.chart?.destroy();
    this.chart = undefined;
    this.chartType = undefined;
    this.drawKey = [];
  }

  /** Marks the active stop's points on the canvas (Chart.js hover styles). */
  private highlight(): void {
    const chart = this.chart;
    const built = this.built;
    if (!chart || !built) return;
    const slot = this.tooltip ? this.activeSlot : undefined;
    const active =
      slot === undefined
        ? []
        : built.slotOfPoint.flatMap((slots, datasetIndex) =>
            slots.flatMap((s, index) => (s === slot ? [{ datasetIndex, index }] : [])),
          );
    chart.setActiveElements(active);
    chart.render();
  }

  /** Where the tooltip goes for a stop: beside its highest point. */
  private placeTooltip(index: number): TooltipPlace | undefined {
    const chart = this.chart;
    const slot = this.model?.slots[index];
    const built = this.built;
    if (!chart || !slot || !built) return undefined;
    const left = chart.scales['x']?.getPixelForValue(slot.x) ?? 0;
    const area = chart.chartArea;
    let top = (area.top + area.bottom) / 2;
    const ys: number[] = [];
    built.slotOfPoint.forEach((slots, d) =>
      slots.forEach((s, j) => {
        const y = s === index ? chart.getDatasetMeta(d).data[j]?.y : undefined;
        if (y !== undefined && Number.isFinite(y)) ys.push(y);
      }),
    );
    if (ys.length) top = Math.min(...ys);
    top = Math.min(Math.max(top, area.top + 16), area.bottom - 16);
    return { left, top, flip: left > chart.width / 2 };
  }

  private select(index: number | undefined, announce: boolean): void {
    const model = this.model;
    if (!model) return;
    if (index === undefined) {
      this.tooltip = undefined;
      this.highlight();
      return;
    }
    this.activeSlot = index;
    this.tooltip = this.placeTooltip(index) ?? { left: 0, top: 0, flip: false };
    if (announce) this.announcement = announceSlot(model, index, this.locale);
    this.highlight();
  }

  private readonly onKeydown = (e: KeyboardEvent): void => {
    const model = this.model;
    // Alt+← is the browser's Back, Ctrl or ⌘ with a key the page's: never ours.
    if (!model || e.altKey || e.ctrlKey || e.metaKey) return;
    // Arrows go on from the point last shown, after Escape too; Escape only hides a tooltip.
    const shown = this.tooltip ? this.activeSlot : undefined;
    const next = nextSlot(e.key === 'Escape' ? shown : this.activeSlot, e.key, model.slots.length);
    if (next === null) return;
    e.preventDefault();
    this.select(next, true);
  };

  private readonly onPointerMove = (e: PointerEvent): void => {
    const chart = this.chart;
    const model = this.model;
    const x = chart?.scales['x'];
    if (!chart || !model || !x || !model.slots.length) return;
    const area = chart.chartArea;
    if (e.offsetX < area.left - 8 || e.offsetX > area.right + 8) return;
    let best = 0;
    let distance = Infinity;
    model.slots.forEach((s, i) => {
      const d = Math.abs(x.getPixelForValue(s.x) - e.offsetX);
      if (d < distance) {
        distance = d;
        best = i;
      }
    });
    if (best !== this.activeSlot || !this.tooltip) this.select(best, false);
  };

  private readonly onPointerLeave = (): void => {
    if (this.shadowRoot?.activeElement !== this.canvasRef.value) this.select(undefined, false);
  };

  private readonly onBlur = (): void => {
    this.select(undefined, false);
  };

  /** A token's value changed (theme, colour scheme, forced colours): redraw once per frame. */
  private readonly onThemeChange = (): void => {
    cancelAnimationFrame(this.themeFrame);
    this.themeFrame = requestAnimationFrame(() => {
      this.themeVersion++;
    });
  };
}
