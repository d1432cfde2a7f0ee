import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type CSSResultOrNative,
} from 'lit';
import {
  VERDICT_SYMBOL,
  coreMessages,
  dataError,
  evaluate,
  localize,
  localizedLang,
  type DataError,
} from '@cds-vn/core';
import { CdsShortFormElement } from '../base/short-form-element.js';
import { renderPlaceholder } from '../base/error-panel.js';
import { readNumber, type NumberInput } from '../base/attribute-indicator.js';
import { buildView, type GaugeView } from './gauge-view.js';
import { SHAPES, VARIANTS, span, type Variant } from './geometry.js';
import { gaugeMessages } from './messages.js';
import { kpiGaugeStyles } from './kpi-gauge.styles.js';
import { sizeContainer } from '../styles/size-container.js';

type GaugeMessages = (typeof gaugeMessages)['vi'];

function attributeError(path: string, say: (m: GaugeMessages) => string): DataError {
  return dataError(
    'invalid-attribute',
    path,
    `${path}: ${say(gaugeMessages.vi)}`,
    `${path}: ${say(gaugeMessages.en)}`,
  );
}

/**
 * @tagname cds-kpi-gauge
 * @summary One indicator's value against its target at a glance: an SVG dial (half circle,
 * ring or bar) coloured by status, with the value, the target marker, the status as symbol
 * and word, the change since the earlier period, and the explanation a person can check.
 *
 * Data comes from the first of: the `indicator` property or JSON attribute (full or short
 * form); the `label`, `value`, `target`, `total`, `unit`, `direction` and `op` attributes, once
 * `value`, `target` or `total` is set (`period` is then their period; without it the figure stands
 * for now and no period is named); an inline `<script type="application/json">` child; `src` +
 * `indicator-id`. So those attributes
 * take precedence over an inline child and `src`; with JSON data, of them only `label` applies, and
 * the others are an error (the error panel and `cds-error`), not silently ignored.
 *
 * @slot title - Replaces the indicator's name (or `label`) on the name line, which also names the
 *   meter.
 * @slot footer - Below everything: a source line, a link to the report.
 * @csspart base - The whole gauge.
 * @csspart label - The indicator's name.
 * @csspart track - The unfilled track of the dial.
 * @csspart arc - The filled part of the dial, up to the value.
 * @csspart target - The target marker across the track.
 * @csspart value - The value, large.
 * @csspart status - The status: symbol and word.
 * @csspart error - The error panel shown for bad data.
 * @csspart placeholder - The loading or no-data message in place of the widget.
 * @cssprop --cds-kpi-gauge-track - Colour of the unfilled track.
 * @cssprop --cds-kpi-gauge-arc - Colour of the filled arc (default: the status colour).
 * @cssprop --cds-kpi-gauge-target - Colour of the target marker.
 * @cssprop --cds-kpi-gauge-zone - Tint of the track on the good side of the target.
 * @cssprop --cds-kpi-gauge-text - Main text colour.
 * @cssprop --cds-kpi-gauge-text-muted - Colour of the period, target line and explanation.
 * @cssprop --cds-kpi-gauge-surface - Background (default: transparent, or the theme's surface
 *   with `theme`).
 * @cssprop --cds-kpi-gauge-positive - Colour of good statuses (default `--cds-color-positive`).
 * @cssprop --cds-kpi-gauge-caution - Colour of at-risk / late statuses.
 * @cssprop --cds-kpi-gauge-negative - Colour of failed / overdue statuses.
 * @cssprop --cds-kpi-gauge-neutral - Colour of no-data / no-target.
 * @fires cds-error - The data or an attribute could not be used; `code`, `message` and `path`
 *   describe the first problem, and `errors` lists them all.
 */
export class CdsKpiGauge extends CdsShortFormElement {
  static override get styles(): CSSResultOrNative[] {
    return [...CdsShortFormElement.styles, sizeContainer(18), kpiGaugeStyles];
  }
  // Static properties, not decorators: see CdsIndicatorElement.
  static override get properties(): PropertyDeclarations {
    return {
      variant: {},
      min: {},
      max: {},
      fit: { type: Boolean, reflect: true },
      open: { state: true },
      titled: { state: true },
    };
  }

  /**
   * `semi` (half circle), `ring` (full circle) or `bullet` (a bar for tables and dense rows); any
   * other value is an error (the error panel and `cds-error`).
   */
  variant: Variant = 'semi';

  /**
   * Start of the scale (default: 0, or below the smallest negative value): a number below the
   * scale's end; any other value is an error (the error panel and `cds-error`).
   */
  min?: NumberInput;

  /**
   * End of the scale (default: 100 for %, 1 for an index, the total for counts, else derived): a
   * number above the scale's start; any other value is an error (the error panel and `cds-error`).
   */
  max?: NumberInput;

  /**
   * Fit a set height too (a tile, a grid row): the dial takes what the words leave; short
   * boxes drop secondary lines first.
   */
  fit = false;

  /** Whether the explanation is open where it sits behind its button (bullets, small sizes). */
  protected open?: boolean;

  /** Whether the page slots its own title, which stays in the accessibility tree. */
  protected titled?: boolean;

  protected view: GaugeView | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.view = undefined;
    const errors = [...this.errors];

    const variant = this.variant || 'semi';
    if (!VARIANTS.includes(variant))
      errors.push(attributeError('variant', (m) => m.badVariant(String(variant))));
    const bound = (path: 'min' | 'max', raw: NumberInput): number | undefined => {
      if (raw === undefined || raw === null) return undefined;
      const n = readNumber(raw);
      if (typeof n === 'number' && Number.isFinite(n)) return n;
      errors.push(attributeError(path, (m) => m.notNumber(String(raw))));
      return undefined;
    };
    const bounds = { min: bound('min', this.min), max: bound('max', this.max) };

    if (!errors.length && this.current) {
      const when = {
        ...(this.period && { period: this.period }),
        ...(this.asOf && { asOf: this.asOf }),
      };
      const status = evaluate(this.current, when);
      const view = buildView(this.current, status, this.locale, bounds, when);
      if ('badBound' in view) {
        const { min, max } = view.scale;
        errors.push(attributeError(view.badBound, (m) => m.notLess(String(min), String(max))));
      } else this.view = view;
    }
    this.errors = errors;
  }

  /** The disclosure button's click (Lit calls it with the element as `this`). */
  private toggle(): void {
    this.open = !this.open;
  }

  /** The title slot's slotchange. */
  private retitle(e: Event): void {
    this.titled = (e.target as HTMLSlotElement).assignedNodes().length > 0;
  }

  protected override renderContent(): unknown {
    const lang = this.locale;
    const m = coreMessages[lang];
    const v = this.view;
    // The element's language on its own box (every state; the error panel is the base's), so a
    // screen reader speaks it with the right voice whatever the page's.
    if (!v || !this.current)
      return renderPlaceholder(this.dataState.kind === 'loading' ? m.loading : m.noData, lang);
    const variant = this.variant || 'semi';
    const shape = SHAPES[variant];
    const tick = v.target === undefined ? nothing : shape.tick(v.target);
    // "khoảng " before the value is smaller: each of its characters counts as half of one.
    const length = v.value.length + v.approx.length / 2;
    const open = this.open;
    const name = this.current.name;
    // A name the data gives only in Vietnamese, on an English gauge (not a label or a title).
    const nameLang = this.label ? lang : localizedLang(name, lang);
    const change = v.change;
    // One flat template, built for the cost of a first render (a page may hold a hundred):
    // text goes in with `.textContent` (no marker comment, no extra text node per line); the
    // lines most gauges have are always there, hidden by `:empty` when there is nothing to
    // say, instead of nested templates; and no whitespace between tags (text nodes to clone,
    // walk and lay out), which is why Prettier must not lay this template out. role="meter" is
    // ARIA 1.2, missing from lit-analyzer's list of roles, which rejects it as an attribute: so
    // it is set as the `role` property, which reflects to the attribute. A meter's children are
    // presentational in ARIA, but Chromium exposes them: the reading is hidden, or its value is
    // heard twice (the value text says it, with the target and the status, in words). The status
    // and target lines are hidden too, said there; the change is not. The name and the period
    // name the meter, so they are hidden as lines (a hidden node named by aria-labelledby still
    // names it): "đồng hồ đo, Tỷ lệ… Năm 2022, 54,34%; …", each heard once. A title the page
    // slots in stays in the tree: it may be a heading, to move between gauges by.
    // prettier-ignore
    return html`<div class="gauge ${variant} ${v.tone}${open ? ' open' : ''}" part="base" lang=${lang} data-verdict=${v.verdict}
><span id="name" class="name" part="label" aria-hidden=${this.titled ? 'false' : 'true'}><slot name="title" @slotchange=${this.retitle}><span lang=${nameLang} .textContent=${this.label || localize(name, lang)}></span></slot></span
><span id="period" class="period" aria-hidden="true" .textContent=${v.period}></span
><div class="dial" .role=${'meter'} aria-labelledby="name period" aria-valuenow=${v.meter.now} aria-valuemin=${v.meter.min} aria-valuemax=${v.meter.max} aria-valuetext=${v.meter.text}
><svg viewBox=${shape.viewBox} preserveAspectRatio=${variant === 'bullet' ? 'none' : nothing} aria-hidden="true"
><path class="track" part="track" d=${shape.track} pathLength="100"></path
><path class="zone" d=${v.zone ? shape.track : nothing} pathLength="100" stroke-dasharray=${v.zone ?? nothing}></path
><path class="arc ${v.qualifier ? 'provisional' : ''}" part="arc" d=${shape.track} pathLength="100" stroke-dasharray=${span(0, v.fill)}></path
><path class="halo" d=${tick}></path
><path class="target" part="target" d=${tick}></path></svg
><span class="reading ${length > 9 ? 'longer' : length > 6 ? 'long' : ''}" aria-hidden="true"
><span class="approx" .textContent=${v.approx}></span
><span class="value" part="value" .textContent=${v.value}></span
>${v.small ? html`<span class="unit">${v.small}</span>` : nothing}</span></div
><div class="status" part="status" aria-hidden="true" .textContent=${`${VERDICT_SYMBOL[v.verdict]} ${v.words}`}></div
><div class="facts"><span class="target-text" aria-hidden="true" .textContent=${v.targetText}></span
>${change ? html`<span class="change ${change.tone}"><span aria-hidden="true" .textContent=${change.shown}></span><span class="sr-only" .textContent=${change.spoken}></span> ${change.rest}</span>` : nothing}</div
><button id="more" class="more" aria-labelledby="more name" aria-controls="why" aria-expanded=${open ? 'true' : 'false'} @click=${this.toggle}>${gaugeMessages[lang].explanation}</button
><div id="why" class="caption" .textContent=${v.explanation}></div
><div class="foot"><slot name="footer"></slot></div></div>`;
  }
}
