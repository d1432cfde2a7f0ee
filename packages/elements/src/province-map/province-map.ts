import {
  html,
  nothing,
  svg,
  type PropertyValues,
  type TemplateResult,
  type CSSResultOrNative,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  BOUNDARY_SETS,
  DIRECTIONS,
  UNITS,
  coreMessages,
  dataError,
  findProvince,
  formatPeriod,
  localize,
  provinceByCode,
  type BoundarySet,
  type DataError,
  type Direction,
  type Unit,
} from '@cds-vn/core';
import { CdsElement } from '../base/cds-element.js';
import { DataController, type DataState } from '../base/data-controller.js';
import { ScrollFocus } from '../base/scroll-focus.js';
import { renderPlaceholder } from '../base/error-panel.js';
import { rawJsonAttribute } from '../base/json-attribute.js';
import { periodAttributeErrors } from '../base/period-attributes.js';
import { styleProps } from '../base/style-props.js';
import { textProperties } from '../base/text-properties.js';
import { optionalNumber, optionalText } from './attribute-converters.js';
import { CdsProvinceSelectEvent } from '../events/cds-province-select-event.js';
import { CdsWarningEvent } from '../events/cds-warning-event.js';
import type { Binning } from './color-scale.js';
import type * as Geometry from './map-geometry.js';
import type { Point, ProjectedMap } from './map-geometry.js';
import { spreadBadges } from './badge-layout.js';
import { parseMapData, type MapData } from './map-data.js';
import { messages } from './messages.js';
import { neighbourInDirection, type Direction as ArrowDirection } from './neighbour-nav.js';
import { provinceMapStyles } from './province-map.styles.js';
import { fitColumn } from '../styles/fit-column.js';
import { renderLegend } from './render-legend.js';
import { renderTable } from './render-table.js';
import {
  AGGREGATES,
  resolveMapData,
  unknownCategoryWarning,
  unresolvedWarning,
  type Aggregate,
  type ResolvedMap,
} from './resolve-map-data.js';
import { summarize } from './summary.js';
import { dataText } from '../base/data-text.js';
import { buildView, type MapView, type UnitView } from './unit-view.js';

// The geometry, its decoder and the projection are one lazily loaded chunk, shared by every map.
let geometry: typeof Geometry | undefined;
let loadingGeometry: Promise<typeof Geometry> | undefined;
function loadGeometry(): Promise<typeof Geometry> {
  if (!loadingGeometry) {
    const request = import('./map-geometry.js').then(async (m) => {
      await m.prepareGeometry();
      geometry = m;
      return m;
    });
    loadingGeometry = request;
    // A failed chunk download must not stay failed for the page's life.
    request.catch(() => {
      if (loadingGeometry === request) loadingGeometry = undefined;
    });
  }
  return loadingGeometry;
}

const ARROWS: Record<string, ArrowDirection> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};
const BINNINGS: readonly Binning[] = ['quantile', 'equal'];
const POINTER_STATE = new Set<PropertyKey>([
  'focused',
  'focusVisible',
  'hovered',
  'pointer',
  'tooltipDismissed',
  'roving',
  'said',
]);

/** Lists in attributes: comma, semicolon or newline separated. */
const splitList = (text: string): string[] =>
  text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A line drawn twice: in forced colours a Canvas halo under it keeps it visible on every fill. */
const line = (cls: string, d: string): TemplateResult =>
  svg`<path class="${cls} halo" d=${d}></path><path class=${cls} d=${d}></path>`;

let instances = 0;

/** A count badge: drawn `at` its anchor, or moved clear of the others with a leader line. */
interface Badge {
  readonly code: string;
  readonly n: number;
  readonly anchor: Point;
  readonly at: Point;
}

/** A tooltip as measured, with the host's box in the map's pixels (from the map's corner). */
interface TipBox {
  readonly el: Element;
  readonly text: string | null;
  readonly mapWidth: number;
  readonly mapHeight: number;
  readonly width: number;
  readonly height: number;
  readonly host: { left: number; top: number; right: number; bottom: number };
  readonly gap: number;
}

/**
 * @tagname cds-province-map
 * @summary Vietnam's provinces as a choropleth: numbers binned on a colour-blind-safe scale,
 * categories (such as the provinces piloting each task), or a highlighted set; on the 63 units
 * (to 30 Jun 2025) or the 34 (from 1 Jul 2025), always with Quần đảo Hoàng Sa and Trường Sa.
 * The map is one Tab stop: arrow keys move between neighbouring provinces, each with a tooltip; a
 * data table and a summary say the same in text.
 *
 * @slot title - Replaces the title taken from the data.
 * @slot footer - Below the map: notes, links.
 * @csspart base - The figure holding everything.
 * @csspart header - Title, period and the illustrative-data label.
 * @csspart title - The title.
 * @csspart illustrative - "Dữ liệu minh họa", on made-up figures.
 * @csspart notice - The list of warnings: keys naming no province, duplicate keys naming one
 *   unit, a `selected` naming no unit, an unknown `category`.
 * @csspart map - The box holding the SVG, labels and tooltip.
 * @csspart province - Each province's path.
 * @csspart label - Sea and archipelago labels.
 * @csspart tooltip - The tooltip.
 * @csspart legend - The legend.
 * @csspart swatch - A legend colour.
 * @csspart legend-item - A category button in the legend, and the "All categories" button that
 *   undoes a pick.
 * @csspart summary - The one-sentence summary.
 * @csspart table-toggle - The button showing or hiding the table.
 * @csspart table - The data table.
 * @csspart error - The error panel shown for bad data.
 * @csspart placeholder - The loading or no-data message in place of the widget.
 * @cssprop --cds-province-map-base - Fill of provinces without a category or highlight.
 * @cssprop --cds-province-map-highlight - Fill of highlighted provinces.
 * @cssprop --cds-province-map-several - Fill of provinces in several categories.
 * @cssprop --cds-province-map-no-data - Hatch colour of provinces without data.
 * @cssprop --cds-province-map-border - Colour of borders between provinces.
 * @cssprop --cds-province-map-outline - Colour of the coast and land border.
 * @cssprop --cds-province-map-focus - Focus ring colour.
 * @cssprop --cds-province-map-selected - Outline of the selected province, and the dashed outline of the one under the pointer.
 * @cssprop --cds-province-map-max-width - Largest width of the map (default: the container's).
 * @fires cds-province-select - A province was selected; carries code, name, value, categories, boundaries. Cancelable.
 * @fires cds-warning - Something was left out: keys naming no province, duplicate keys naming
 *   one unit, a `selected` naming no unit, an unknown `category`. `warnings` lists each (code,
 *   path, message).
 * @fires cds-error - The data could not be shown (nothing resolved, bad attribute, bad JSON).
 */
export class CdsProvinceMap extends CdsElement {
  static override get styles(): CSSResultOrNative[] {
    return [...CdsElement.styles, fitColumn('.base'), provinceMapStyles];
  }

  /**
   * A dataset (its `regional` entries), one regional entry (`values` or `categories`), a plain
   * `{ "province": number }` object or a list of provinces to highlight; property or JSON attribute.
   * Keys may be GSO codes, ISO codes or any spelling of a name.
   */
  @property({ converter: rawJsonAttribute }) data?: object | string;

  /** URL of a dataset JSON; one request per URL is shared by every element on the page. */
  @property({ reflect: true }) src?: string;

  /** Picks a regional entry from a dataset: an indicator id, or the id of a categories entry. */
  @property({ attribute: 'indicator-id', reflect: true, converter: optionalText })
  indicatorId?: string;

  /**
   * The period of the figures (`2022`): in a dataset it picks that period's figures (default:
   * the latest); otherwise only a label, and a regional entry's own period wins.
   */
  @property({ reflect: true, converter: optionalText }) period?: string;

  /** `vn-63` or `vn-34`; default: inferred from the data's keys (vn-34 when nothing says 63). */
  @property({ reflect: true, converter: optionalText }) boundaries?: BoundarySet;

  /**
   * How to merge figures keyed to the 63 onto the 34: `sum`, `mean`, `min` or `max`. No default:
   * drawing such figures with `boundaries="vn-34"` without it is an error. Categories and
   * highlights follow the succession without it.
   */
  @property({ reflect: true, converter: optionalText }) aggregate?: Aggregate;

  /**
   * `quantile` (default: as many provinces in each colour) or `equal` intervals. The legend gives
   * each colour the range of the values it holds, so no value reads as in two colours.
   */
  @property({ reflect: true, converter: optionalText }) binning?: Binning;

  /**
   * How many colours (2–8, default 5); fewer when values repeat. With a diverging target, half as
   * many, rounded up (at most 4), on each side of it. Ignored when `breaks` is set.
   */
  @property({ reflect: true, converter: optionalNumber }) bins?: number;

  /**
   * Explicit class breaks: 1 to 7 strictly ascending numbers, as text ("0.5, 0.6, 0.7"; commas,
   * semicolons or newlines) or an array; anything else is an error. Gives one colour more than
   * there are breaks, in place of `bins`, `binning` and a target's diverging colours. A value on
   * a break falls in the bin above it; the first bin is open below, the last open above.
   */
  @property({ converter: optionalText }) breaks?: string | readonly number[];

  /**
   * The target each province is held to: each reads "Đạt" or "Chưa đạt", and colours diverge
   * around it unless `breaks` is set. A floor (≥), or a ceiling (≤) where lower is better: by the
   * dataset indicator's direction, else by `direction` (or `unit`: a rank is lower-is-better).
   * Without it, a dataset indicator's target for the period is the country's: the map colours
   * provinces by their figures and says whether each is above or below it, never met or missed.
   */
  @property({ converter: optionalNumber }) target?: number;

  /** For plain data: the indicator's name, shown as the title. */
  @property({ converter: optionalText }) name?: string;

  /** For plain data: the unit of the figures (`%`, `index`, `count`, …; default `number`). */
  @property({ converter: optionalText }) unit?: Unit;

  /** For plain data: `higher` or `lower` is better (default: `lower` for `rank`, else `higher`); sets ranks and the target's side. */
  @property({ converter: optionalText }) direction?: Direction;

  /** Marks made-up figures: the widget says "Dữ liệu minh họa". */
  @property({ type: Boolean, reflect: true }) illustrative = false;

  /**
   * Provinces to highlight, separated by commas, semicolons or newlines (or an array), when no
   * `data` is given. A list that names no province (only separators, or empty) means no highlight.
   */
  @property({ converter: optionalText }) highlight?: string | readonly string[];

  /**
   * The selected province (a code or a name). A click, Enter or Space sets it to the province's
   * GSO code, unless `cds-province-select` is cancelled. One naming no unit is a warning.
   */
  @property({ reflect: true, converter: optionalText }) selected?: string;

  /** A category id: only that category's provinces are coloured (set by the legend). */
  @property({ reflect: true, converter: optionalText }) category?: string;

  /**
   * Shows the data table. Without it the table is hidden behind a toggle button, which flips
   * `table` (reflected); each province's button still names its value and rank.
   */
  @property({ type: Boolean, reflect: true }) table = false;

  /**
   * Fit a set height too (a tile, a grid row): the drawing takes the height the header,
   * legend and summary leave, at its own proportions.
   */
  @property({ type: Boolean, reflect: true }) fit = false;

  @state() private focused: string | undefined;
  @state() private focusVisible = false;
  @state() private hovered: string | undefined;
  /** Pointer position in percent of the map box, while hovering. */
  @state() private pointer: readonly [number, number] | undefined;
  @state() private tooltipDismissed = false;
  @state() private geometryFailed = false;
  /** The province last focused: the map's one Tab stop, until a new selection takes it. */
  @state() private roving: string | undefined;
  /** What the live region says after a legend pick or a selection. */
  @state() private said: 'category' | 'selected' | undefined;
  /** The labels' font size in map units, rounded up: count badges are 2 by 1.2 of it. */
  @state() private em = 0;

  protected readonly dataController = new DataController<MapData>(this, parseMapData);
  /** The data table, when shown and too wide for the element (or, with `fit`, too long for its
   *  tile), takes focus to scroll. */
  protected readonly tableScroll = new ScrollFocus(this, '.table-wrap', () => this.fit);
  protected dataState: DataState<MapData> = { kind: 'empty' };
  protected resolved: ResolvedMap | undefined;
  protected projected: ProjectedMap | undefined;
  protected view: MapView | undefined;
  private warnings: readonly DataError[] = [];
  private announcedWarnings = '';
  private selectedCode: string | undefined;
  private highlightText: string | undefined;
  private highlightList: readonly string[] | undefined;
  /** What the live region last spoke about: the data, the entry picked and the language. */
  private saidFor: readonly unknown[] = [];
  private readonly uid = `m${++instances}`;
  /** Count badges, each with its province's anchor and where it is drawn, clear of the others. */
  private badges: readonly Badge[] = [];
  private sized: Element | undefined;
  /** The tooltip as last measured (placeTooltip). */
  private tip: TipBox | undefined;
  // The labels' box is the map's: its width and font size, read once per resize (no badge
  // measured), give the badges' size in map units.
  private readonly sizer = new ResizeObserver(([e]) => {
    const width = e?.contentRect.width;
    // Resized: the tooltip is measured again when next drawn.
    this.tip = undefined;
    if (e && width && this.projected)
      this.em = Math.ceil(
        (parseFloat(getComputedStyle(e.target).fontSize) * this.projected.width) / width,
      );
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.sized) this.sizer.observe(this.sized);
    if (!geometry) {
      loadGeometry().then(
        () => this.requestUpdate(),
        () => {
          this.geometryFailed = true;
        },
      );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sizer.disconnect();
  }

  /** The highlight attribute as a list, kept stable so the data is not re-parsed each update. */
  private highlightValue(): readonly string[] | undefined {
    let h = this.highlight;
    if (typeof h === 'string') {
      if (h !== this.highlightText) {
        this.highlightText = h;
        this.highlightList = splitList(h);
      }
      h = this.highlightList;
    }
    // Nothing named (`highlight=","`, `[]`): no highlight, as if absent.
    return h?.length ? h : undefined;
  }

  private attributeErrors(): DataError[] {
    const errors: DataError[] = [];
    const check = (name: string, value: unknown, allowed: readonly unknown[]): void => {
      if (value !== undefined && value !== null && value !== '' && !allowed.includes(value)) {
        errors.push(
          dataError(
            'invalid-attribute',
            name,
            `${name}="${String(value)}" không hợp lệ; dùng: ${allowed.join(', ')}`,
            `${name}="${String(value)}" is not valid; use: ${allowed.join(', ')}`,
          ),
        );
      }
    };
    check('boundaries', this.boundaries, BOUNDARY_SETS);
    check('aggregate', this.aggregate, AGGREGATES);
    check('binning', this.binning, BINNINGS);
    check('unit', this.unit, UNITS);
    check('direction', this.direction, DIRECTIONS);
    check('bins', this.bins, [2, 3, 4, 5, 6, 7, 8]);
    // `target="x"` reads as NaN, which the scale would quietly leave out: name what was typed.
    if (this.target !== undefined && this.target !== null && !Number.isFinite(this.target)) {
      const typed = this.getAttribute('target') ?? String(this.target);
      errors.push(
        dataError(
          'invalid-attribute',
          'target',
          `target="${typed}" không hợp lệ: cần một số, ví dụ "50" hoặc "0.75"`,
          `target="${typed}" is not valid: use a number, e.g. "50" or "0.75"`,
        ),
      );
    }
    // A period no parser reads would pick no figures, or be ignored (categories have none).
    errors.push(...periodAttributeErrors({ period: this.period }));
    if (this.breaks && this.parsedBreaks() === undefined) {
      errors.push(
        dataError(
          'invalid-attribute',
          'breaks',
          `breaks="${String(this.breaks)}" không hợp lệ: cần các số tăng dần, ví dụ "0.5, 0.6, 0.7"`,
          `breaks="${String(this.breaks)}" is not valid: use ascending numbers, e.g. "0.5, 0.6, 0.7"`,
        ),
      );
    }
    return errors;
  }

  private parsedBreaks(): readonly number[] | undefined {
    const b = this.breaks;
    if (!b) return undefined;
    const list = typeof b === 'string' ? splitList(b).map(Number) : [...b];
    const ok =
      list.length > 0 &&
      list.length < 8 &&
      list.every((n, i) => Number.isFinite(n) && (i === 0 || n > (list[i - 1] as number)));
    return ok ? list : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A new selection (a click, Enter, the attribute) becomes the Tab stop.
    if (changed.has('selected')) this.roving = undefined;
    // `.selected=${79}` from a framework: text, so it is read or reported, never thrown on.
    // `breaks` and `highlight` may also be arrays; anything else is text too.
    textProperties(this, [
      'src',
      'indicatorId',
      'period',
      'boundaries',
      'aggregate',
      'binning',
      'name',
      'unit',
      'direction',
      'selected',
      'category',
      ...(Array.isArray(this.breaks) ? [] : (['breaks'] as const)),
      ...(Array.isArray(this.highlight) ? [] : (['highlight'] as const)),
    ]);
    // Hover, focus and the pointer only move the rings and the tooltip: keep the derived view.
    if (this.view && changed.size && [...changed.keys()].every((k) => POINTER_STATE.has(k))) return;
    const errors = this.attributeErrors();
    this.dataState = this.dataController.resolve({
      value: this.data ?? this.highlightValue(),
      src: this.src,
    });
    // The live region spoke of other figures or in another language: silent until it speaks again.
    const key = [this.dataState, this.indicatorId, this.period, this.boundaries, this.locale];
    if (!changed.has('said') && key.some((k, i) => k !== this.saidFor[i])) this.said = undefined;
    this.saidFor = key;
    this.resolved = undefined;
    this.view = undefined;
    if (this.dataState.kind === 'error') errors.push(...this.dataState.errors);
    else if (!errors.length && this.dataState.kind !== 'loading') {
      const r = resolveMapData(this.dataState.kind === 'ready' ? this.dataState.value : undefined, {
        boundaries: this.boundaries || undefined,
        indicatorId: this.indicatorId || undefined,
        period: this.period || undefined,
        aggregate: this.aggregate || undefined,
        unit: this.unit || 'number',
        name: this.name || undefined,
        direction: this.direction || undefined,
        target: Number.isFinite(this.target) ? this.target : undefined,
        illustrative: this.illustrative,
      });
      if (r.ok) this.resolved = r.value;
      else errors.push(...r.errors);
    }
    if (this.geometryFailed) {
      const { vi, en } = messages;
      errors.push(dataError('fetch-failed', '', vi.geometryFailed, en.geometryFailed));
    }
    this.errors = errors;
    this.warnings = this.resolved?.warnings ?? [];
    const before = this.projected;
    this.projected = this.resolved && geometry?.projectedMap(this.resolved.set);
    if (this.resolved && this.projected) {
      const archipelagos = new Map(
        this.projected.archipelagos.map((a) => [a.unit, this.locale === 'en' ? a.nameEn : a.name]),
      );
      const breaks = this.parsedBreaks();
      this.view = buildView(this.resolved, {
        locale: this.locale,
        binning: this.binning || 'quantile',
        bins: this.bins || 5,
        ...(breaks && { breaks }),
        ...(this.category && { category: this.category }),
        archipelagos,
      });
      this.badges = this.placeBadges(this.projected, this.view);
      const sel = this.selected ? findProvince(this.selected, this.resolved.set) : undefined;
      this.selectedCode = sel?.ok ? sel.unit.gso : undefined;
      // The other boundary set reuses the paths in its own order: the Tab stop and focus move to
      // the same province, else the unit it merged into. Each of the 34 kept one of its old
      // codes, so a code's successor among the 63 is itself where it names a unit of both.
      if (before && before !== this.projected) {
        const old = this.roving;
        this.roving = old && provinceByCode('vn-63', old)?.successor;
        const to = this.focused && (this.focused = this.roving = this.tabStop(this.view));
        if (to) void this.updateComplete.then(() => this.focusUnit(to));
      }
      // A selection that names no unit is said, not silently ignored.
      if (this.selected && !sel?.ok) {
        this.warnings = [
          ...this.warnings,
          unresolvedWarning(this.selected, this.resolved.set, 'selected'),
        ];
      }
      const { categories } = this.resolved;
      if (this.category && !categories.some((c) => c.id === this.category))
        this.warnings = [...this.warnings, unknownCategoryWarning(this.category, categories)];
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const box = this.renderRoot.querySelector('.labels') ?? undefined;
    if (box !== this.sized) {
      this.sizer.disconnect();
      this.sized = box;
      if (box) this.sizer.observe(box);
    }
    const key = this.warnings.map((w) => `${w.code}|${w.path}`).join('\n');
    if (key !== this.announcedWarnings) {
      this.announcedWarnings = key;
      if (this.warnings.length) this.dispatchEvent(new CdsWarningEvent(this.warnings));
    }
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (tip) this.placeTooltip(tip);
  }

  /**
   * Keeps the tooltip inside the host, which a dashboard tile may clip: above its point if there
   * is room, else below, else as low as fits; centred, else moved in from the host's edge. Boxes
   * are read only when its text changes (another unit, language or data) or after a resize, so
   * a pointer moving within one unit lays nothing out.
   */
  private placeTooltip(el: HTMLElement): void {
    const text = el.textContent;
    let t = this.tip;
    if (t?.el !== el || t.text !== text) {
      const box = this.getBoundingClientRect();
      const map = (el.parentElement as Element).getBoundingClientRect();
      // No wider than the host, whatever the point's distance to the map's edge.
      el.style.setProperty('--_room', `${box.width}px`);
      t = this.tip = {
        el,
        text,
        mapWidth: map.width,
        mapHeight: map.height,
        width: el.offsetWidth,
        height: el.offsetHeight,
        host: {
          left: box.left - map.left,
          top: box.top - map.top,
          right: box.right - map.left,
          bottom: box.bottom - map.top,
        },
        // 0.75 of the base size, the host's font size (tokens.ts).
        gap: 0.75 * parseFloat(getComputedStyle(this).fontSize),
      };
    }
    const { width: w, height: h, host, gap } = t;
    // Its point, from its own left and top (percent, set by render): no layout read.
    const x = (parseFloat(el.style.left) * t.mapWidth) / 100;
    const y = (parseFloat(el.style.top) * t.mapHeight) / 100;
    const above = y - gap - h;
    const dy =
      (above < host.top ? Math.max(host.top, Math.min(y + gap, host.bottom - h)) : above) - y;
    const dx = Math.max(host.left, Math.min(x - w / 2, host.right - w)) - x;
    el.style.transform = `translate(${dx}px,${dy}px)`;
  }

  protected override renderContent(): TemplateResult {
    const r = this.resolved;
    const map = this.projected;
    const view = this.view;
    if (this.dataState.kind === 'loading' || !r || !map || !view) {
      return html`<div class="loading" part="base" lang=${this.locale}>
        ${renderPlaceholder(
          this.dataState.kind === 'loading'
            ? coreMessages[this.locale].loading
            : messages[this.locale].loadingMap,
          this.locale,
        )}
      </div>`;
    }
    const m = messages[this.locale];
    const title = r.title ? localize(r.title, this.locale) : '';
    // The map's name says which period it shows, as the header does: "…, năm 2022".
    const titled =
      title && r.period ? `${title}, ${formatPeriod(r.period, this.locale, 'inline')}` : title;
    const stop = this.tabStop(view);
    const setLabel = m.mapOf(r.set === 'vn-63' ? 63 : 34);
    // Every report the figures come from, in the data's words.
    const sources = r.sources?.map((s, i) => [i ? '; ' : '', dataText(s.title, this.locale)]);
    const arch = map.archipelagos
      .map((a) => `${this.locale === 'en' ? a.nameEn : a.name}`)
      .join(', ');
    return html`<figure part="base" class="base" lang=${this.locale}>
      <div class="header" part="header">
        <slot name="title"
          ><span class="title" part="title">${dataText(r.title, this.locale)}</span></slot
        >
        ${
          r.period
            ? html`<span class="period">${formatPeriod(r.period, this.locale)}</span>`
            : nothing
        }
        ${
          r.illustrative
            ? html`<strong class="illustrative" part="illustrative">${m.illustrative}</strong>`
            : nothing
        }
      </div>
      ${this.renderNotice()}
      <button type="button" class="skip" @click=${this.skipMap}>${m.skipMap}</button>
      <div class="frame">
        <div
          class="map"
          part="map"
          ${styleProps({ 'aspect-ratio': `${map.width} / ${map.height}` })}
        >
          <svg
            viewBox="0 0 ${map.width} ${map.height}"
            role="group"
            tabindex="-1"
            aria-label=${[titled, setLabel, arch, m.arrows].filter(Boolean).join('. ')}
            aria-describedby="summary"
            @click=${this.onClick}
            @keydown=${this.onKeydown}
            @focusin=${this.onFocusIn}
            @focusout=${this.onFocusOut}
            @pointerover=${this.onPointerOver}
            @pointermove=${this.onPointerMove}
            @pointerleave=${this.onPointerLeave}
          >
            <defs>
              <pattern
                id="${this.uid}-no-data"
                width="8"
                height="8"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect class="hatch-bg" width="8" height="8"></rect>
                <line class="hatch" x1="0" y1="0" x2="0" y2="8"></line>
              </pattern>
            </defs>
            <g class="units">${map.units.map((u) => this.renderUnit(u.code, u.d, view, stop))}</g>
            ${line('interior', map.interior)} ${line('outline', map.outline)}
            ${this.badges
              .filter((b) => b.at !== b.anchor)
              .map((b) => line('outline leader', `M${b.anchor.join()}L${b.at.join()}`))}
            ${map.archipelagos.map(
              (a) =>
                svg`${line('islets', a.d)}${['archipelago halo', 'archipelago'].map((c) => svg`<rect class=${c} x=${a.box[0]} y=${a.box[1]} width=${a.box[2]} height=${a.box[3]} rx="6"></rect>`)}`,
            )}
            ${this.renderRing('selected', this.selectedCode, map)}
            ${this.renderRing('hover', this.hovered, map)}
            ${this.renderRing('focus', this.focusVisible ? this.focused : undefined, map)}
          </svg>
          ${this.renderLabels(map, view)} ${this.renderTooltip(map, view, r)}
        </div>
      </div>
      ${renderLegend(r, view, this.locale, this.category ?? undefined, this.pickCategory)}
      <p class="sr-only" role="status">${this.renderSaid(r, view)}</p>
      <p id="summary" class="summary" part="summary">${summarize(r, view, this.locale)}</p>
      ${sources?.length ? html`<p class="source">${m.source}: ${sources}</p>` : nothing}
      <button
        type="button"
        class="table-toggle"
        part="table-toggle"
        aria-expanded=${this.table ? 'true' : 'false'}
        aria-controls="table"
        @click=${this.toggleTable}
      >
        ${this.table ? m.hideTable : m.showTable}
      </button>
      ${renderTable(r, view, this.locale, r.title, setLabel, this.table)}
      <slot name="footer"></slot>
    </figure>`;
  }

  /** The one province in the Tab order: the last focused, else the selected, else the first. */
  private tabStop(view: MapView): string | undefined {
    const last = this.roving;
    return (last && view.byCode.has(last) ? last : this.selectedCode) ?? view.units[0]?.unit.gso;
  }

  private renderUnit(
    code: string,
    d: string,
    view: MapView,
    stop: string | undefined,
  ): TemplateResult {
    const u = view.byCode.get(code) as UnitView;
    const fill = u.fill === 'none' ? `url(#${this.uid}-no-data)` : u.fill;
    return svg`<path
      class="province"
      part="province"
      d=${d}
      data-code=${code}
      data-bin=${u.bin ?? nothing}
      ${styleProps({ '--_fill': fill })}
      tabindex=${code === stop ? '0' : '-1'}
      role="button"
      aria-current=${this.selectedCode === code ? 'true' : nothing}
      aria-label=${u.label}
    ></path>`;
  }

  private renderRing(kind: string, code: string | undefined, map: ProjectedMap): unknown {
    const unit = code === undefined ? undefined : map.byCode.get(code);
    return unit ? line(`ring ${kind}`, unit.d) : nothing;
  }

  private renderLabels(map: ProjectedMap, view: MapView): TemplateResult {
    const at = (x: number, y: number) =>
      styleProps({ left: `${(x / map.width) * 100}%`, top: `${(y / map.height) * 100}%` });
    const unitName = (code: string): string => view.byCode.get(code)?.name ?? '';
    return html`<div class="labels" aria-hidden="true">
      <span class="sea" part="label" ${at(...map.sea)}>${messages[this.locale].sea}</span>
      ${map.archipelagos.map(
        (a, i) =>
          // Hoàng Sa is labelled below its box; Trường Sa, at the map's edge, to its left.
          html`<span
            class="archipelago-label ${i === 0 ? 'below' : 'beside'}"
            part="label"
            data-archipelago=${a.id}
            ${
              i === 0
                ? at(a.box[0] + a.box[2] / 2, a.box[1] + a.box[3])
                : at(a.box[0], a.box[1] + a.box[3] / 2)
            }
            >${this.locale === 'en' ? a.nameEn : a.name} <br />(${unitName(a.unit)})</span
          >`,
      )}
      ${this.badges.map(
        (b) => html`<span class="badge" data-code=${b.code} ${at(...b.at)}>${b.n}</span>`,
      )}
    </div>`;
  }

  /** Provinces in several categories, unless one is picked: their counts, apart at this width. */
  private placeBadges(map: ProjectedMap, view: MapView): Badge[] {
    const list = view.units.flatMap((u) => {
      const n = u.datum?.categories.length ?? 0;
      const anchor = map.byCode.get(u.unit.gso)?.anchor;
      return n > 1 && anchor && !this.category ? [{ code: u.unit.gso, n, anchor }] : [];
    });
    // The badge's box (province-map.styles.ts) with a quarter em between their rings.
    const at = spreadBadges(
      list.map((b) => b.anchor),
      2.25 * this.em,
      1.45 * this.em,
    );
    return list.map((b, i) => ({ ...b, at: at[i] as Point }));
  }

  private renderTooltip(map: ProjectedMap, view: MapView, r: ResolvedMap): unknown {
    const code = this.hovered ?? this.focused;
    const u = code === undefined ? undefined : view.byCode.get(code);
    const anchor = code === undefined ? undefined : map.byCode.get(code)?.anchor;
    if (!u || !anchor || this.tooltipDismissed) return nothing;
    const m = messages[this.locale];
    const [x, y] =
      this.hovered && this.pointer
        ? this.pointer
        : [(anchor[0] / map.width) * 100, (anchor[1] / map.height) * 100];
    const lines: string[] = [];
    if (u.rank !== undefined && view.scale) {
      const ranked = view.units.filter((v) => v.rank !== undefined).length;
      lines.push(m.rank(u.rank, ranked));
    }
    if (r.period) lines.push(formatPeriod(r.period, this.locale));
    if (u.meets !== undefined && view.targetText) {
      const v = u.meets ? 'achieved' : 'not-achieved';
      lines.push(`${coreMessages[this.locale].verdict(v)} (${m.target(view.targetText)})`);
    } else if (u.side !== undefined && view.targetText) {
      lines.push(`${m.versus(u.side)} (${view.targetText})`);
    }
    return html`<div
      class="tooltip"
      part="tooltip"
      aria-hidden="true"
      ${styleProps({ left: `${x}%`, top: `${y}%` })}
    >
      <strong>${u.name}</strong>
      ${
        r.kind === 'categories' && u.datum?.categories.length
          ? html`<span>${m.categoryCount(u.datum.categories.length)}</span>
              <ul>
                ${u.datum.categories.map((c) => html`<li>${dataText(c.name, this.locale)}</li>`)}
              </ul>`
          : html`<span class="value">${u.valueText}</span>`
      }
      ${[...lines, ...u.notes].map((l) => html`<span>${l}</span>`)}
    </div>`;
  }

  private renderNotice(): unknown {
    if (!this.warnings.length) return nothing;
    const m = messages[this.locale];
    // A long list folds away, but its heading always says how many.
    return html`<details class="notice" part="notice" ?open=${this.warnings.length <= 5}>
      <summary>${m.unresolved(this.warnings.length)}</summary>
      <ul>
        ${this.warnings.map((w) => html`<li>${w.message[this.locale]}</li>`)}
      </ul>
    </details>`;
  }

  private codeOf(e: Event): string | undefined {
    const target = e.target;
    return target instanceof SVGPathElement ? (target.dataset['code'] ?? undefined) : undefined;
  }

  private select(code: string): void {
    const r = this.resolved;
    const u = this.view?.byCode.get(code);
    if (!r || !u) return;
    const event = new CdsProvinceSelectEvent({
      code,
      name: u.unit.name,
      value: u.datum?.value,
      categories: u.datum?.categories.map((c) => c.id) ?? [],
      boundaries: r.set,
    });
    if (this.dispatchEvent(event)) {
      this.selected = code;
      this.said = 'selected';
    }
  }

  /** The live region: what a legend pick now shows, or which province was selected. */
  private renderSaid(r: ResolvedMap, view: MapView): unknown {
    const m = messages[this.locale];
    if (this.said === 'selected') {
      const u = this.selectedCode ? view.byCode.get(this.selectedCode) : undefined;
      return u ? `${m.chosen}: ${u.name}` : nothing;
    }
    if (this.said !== 'category') return nothing;
    const c = r.categories.find((x) => x.id === this.category);
    if (!c) return m.showingAll;
    const n = view.units.filter((u) => u.datum?.categories.includes(c)).length;
    return html`${m.showing} ${dataText(c.name, this.locale)}: ${m.provinces(n)}`;
  }

  private readonly onClick = (e: MouseEvent): void => {
    const code = this.codeOf(e);
    if (code) this.select(code);
  };

  private readonly onKeydown = (e: KeyboardEvent): void => {
    const code = this.codeOf(e);
    // Alt+← is the browser's Back, Ctrl or ⌘ with a key the page's: never ours.
    if (!code || !this.projected || e.altKey || e.ctrlKey || e.metaKey) return;
    const direction = ARROWS[e.key];
    if (direction) {
      e.preventDefault();
      const next = neighbourInDirection(this.projected, code, direction);
      if (next) this.focusUnit(next);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.select(code);
    } else if (e.key === 'Escape') {
      this.tooltipDismissed = true;
    }
  };

  private focusUnit(code: string): void {
    this.renderRoot.querySelector<SVGPathElement>(`path.province[data-code="${code}"]`)?.focus();
  }

  private readonly onFocusIn = (e: FocusEvent): void => {
    const code = this.codeOf(e);
    if (!code) return;
    this.focused = code;
    this.roving = code;
    this.focusVisible = (e.target as Element).matches(':focus-visible');
    this.tooltipDismissed = false;
  };

  private readonly onFocusOut = (): void => {
    this.focused = undefined;
    this.focusVisible = false;
  };

  private readonly onPointerOver = (e: PointerEvent): void => {
    const code = this.codeOf(e);
    if (code !== this.hovered) this.tooltipDismissed = false;
    this.hovered = code;
  };

  private readonly onPointerMove = (e: PointerEvent): void => {
    const box = (e.currentTarget as Element).getBoundingClientRect();
    if (!box.width || !box.height) return;
    this.pointer = [
      ((e.clientX - box.left) / box.width) * 100,
      ((e.clientY - box.top) / box.height) * 100,
    ];
  };

  private readonly onPointerLeave = (): void => {
    this.hovered = undefined;
    this.pointer = undefined;
  };

  private readonly pickCategory = (id: string | undefined): void => {
    const root = this.renderRoot as ShadowRoot;
    // "Tất cả các nhóm" goes away once pressed: focus stays in the legend, on the category it undid.
    const was = root.activeElement?.classList.contains('show-all') ? this.category : undefined;
    this.category = id;
    this.said = 'category';
    if (was === undefined) return;
    void this.updateComplete.then(() => {
      const i = this.resolved?.categories.findIndex((c) => c.id === was) ?? -1;
      root.querySelectorAll<HTMLElement>('[part="legend-item"]')[Math.max(i, 0)]?.focus();
    });
  };

  private readonly toggleTable = (): void => {
    this.table = !this.table;
  };

  // Past the map's 63 buttons in a screen reader's reading order: to the legend's first button,
  // else the table toggle.
  private readonly skipMap = (): void => {
    this.renderRoot.querySelector<HTMLElement>('[part="legend-item"], .table-toggle')?.focus();
  };
}
