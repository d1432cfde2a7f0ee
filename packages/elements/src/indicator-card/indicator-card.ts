import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type CSSResultOrNative,
} from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  VERDICT_SYMBOL,
  VERDICT_TONE,
  coreMessages,
  dataError,
  changeQualifier,
  comparesAcrossLengths,
  evaluate,
  figureQualifier,
  figuresByPeriod,
  formatPeriod,
  formatValue,
  knownAsOf,
  latestFigure,
  localize,
  movement,
  foreignLang,
  parsePeriod,
  sameLength,
  sourceDate,
  spokenPoints,
  textFigure,
  verdictWords,
  withoutStop,
  type DataError,
  type Indicator,
  type Locale,
  type Observation,
  type Period,
  type PeriodFigure,
  type StatusResult,
  type ValueTarget,
} from '@cds-vn/core';
import { CdsShortFormElement } from '../base/short-form-element.js';
import { renderPlaceholder } from '../base/error-panel.js';
import { spokenMark } from '../base/spoken-mark.js';
import { textProperties } from '../base/text-properties.js';
import { explanationBasis } from '../status-badge/explanation.js';
import { revisionText } from '../trend-chart/slot-description.js';
import { summarizeSeries } from '../trend-chart/trend-summary.js';
import {
  ARROWS,
  cardChange,
  changeAmount,
  type CardChange,
  type ChangeFormat,
} from './card-change.js';
import { indicatorCardStyles } from './indicator-card.styles.js';
import { sizeContainer } from '../styles/size-container.js';
import { cardMessages } from './messages.js';
import { renderSparkline, sparkGeometry, type SparkGeometry } from './sparkline.js';

/** A text figure longer than this ("Đã báo cáo Ủy ban thường vụ Quốc hội") is a sentence, set
 *  at text size: as a headline it ran to 30 lines in a narrow card. */
const PROSE_LENGTH = 30;

const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];

/** Links from a CMS author are still input: `javascript:` and `data:` URLs are refused. */
function isSafeHref(href: string): boolean {
  try {
    return SAFE_PROTOCOLS.includes(new URL(href, document.baseURI).protocol);
  } catch {
    return false;
  }
}

interface ValueParts {
  readonly number: string;
  readonly unit: string;
}

/** A status's target, if it sets a value (a milestone's is a date). */
const goalOf = (s: StatusResult | undefined): ValueTarget | undefined =>
  s?.target?.kind === 'milestone' ? undefined : s?.target;

/** The big number and the smaller unit beside it: "2,8 triệu" + "giao dịch/ngày". */
function valueParts(ind: Indicator, o: Observation, locale: Locale, against?: number): ValueParts {
  const value = o.value as number;
  // Beside its target, the value reads apart from it: "49,996%", not "50%" against "≥ 50%".
  const options = {
    ...(o.total !== undefined && { total: o.total }),
    ...(against !== undefined && { against }),
  };
  if (ind.unit === 'count' || ind.unit === 'number') {
    return {
      number: formatValue(value, ind, locale, { ...options, bare: true }),
      unit: localize(ind.unitLabel, locale),
    };
  }
  if (ind.unit === 'Mbps' && o.total === undefined) {
    return { number: formatValue(value, { unit: 'number' }, locale), unit: 'Mbps' };
  }
  return { number: formatValue(value, ind, locale, options), unit: '' };
}

/**
 * @tagname cds-indicator-card
 * @summary The headline figure of one indicator: a big value with its unit, the name, the
 * period and the source; the change against the previous comparable period, coloured by
 * whether it is good news for this indicator (for lower-is-better indicators, down is good);
 * the status against the target, with the figures and target it rests on; and a sparkline.
 * `href` makes the whole card one link (the name is the link; its box covers the card).
 *
 * Data comes from the first of: the `indicator` property or JSON attribute (full or short
 * form); the `label`, `value`, `target`, `total`, `unit`, `direction` and `op` attributes, once
 * `value`, `target` or `total` is set, as on `<cds-kpi-gauge>`; an inline
 * `<script type="application/json">` child; `src` + `indicator-id`. With JSON data, those
 * attributes other than `label` are an error (the error panel and `cds-error`).
 *
 * @slot icon - An icon shown beside the name (decorative: give it `aria-hidden="true"`).
 * @csspart card - The card box (an `<article>`).
 * @csspart name - The indicator's name.
 * @csspart value - The value and its unit.
 * @csspart change - The change line.
 * @csspart status - The status badge, with the figures and target it rests on.
 * @csspart sparkline - The inline SVG sparkline.
 * @csspart meta - The period and source lines.
 * @csspart revisions - Other reports' figures for the same period.
 * @csspart error - The error panel shown for bad data.
 * @csspart placeholder - The loading or no-data message in place of the widget.
 * @cssprop --cds-indicator-card-positive - Colour of good news (default `--cds-color-positive`).
 * @cssprop --cds-indicator-card-negative - Colour of bad news.
 * @cssprop --cds-indicator-card-caution - Colour of at-risk / late statuses.
 * @cssprop --cds-indicator-card-neutral - Colour of no change, no data, no target.
 * @cssprop --cds-indicator-card-sparkline - Colour of the sparkline (default the accent).
 * @cssprop --cds-indicator-card-surface - Card background.
 * @cssprop --cds-indicator-card-border - Card border.
 * @fires cds-error - The data or an attribute could not be used; `code`, `message` and `path`
 *   describe the first problem, and `errors` lists them all.
 */
export class CdsIndicatorCard extends CdsShortFormElement {
  static override get styles(): CSSResultOrNative[] {
    return [...CdsShortFormElement.styles, sizeContainer(18), indicatorCardStyles];
  }

  /**
   * `regular` (default) or `compact`, for rows of cards: it keeps the status's figures and target,
   * the source and other reports' figures for screen readers only. Any other value is an error
   * (the error panel and `cds-error`).
   */
  @property({ reflect: true }) variant?: string;

  /**
   * Makes the whole card one link: an http(s), `mailto:` or `tel:` URL, or a relative one on an
   * http(s) page; any other value (`javascript:`, `data:`) is an error (the error panel and
   * `cds-error`).
   */
  @property() href?: string;

  /**
   * `relative` (default: "▲ 25,3%", points for shares) or `absolute` ("▲ 11.765"); a count out
   * of totals that differ (6/30, then 21/22) moves in points either way. Any other value is an
   * error (the error panel and `cds-error`).
   */
  @property({ attribute: 'change-format' }) changeFormat?: string;

  /**
   * Exposes the name as a heading of this level (1–6), so screen-reader users can move from
   * card to card by heading: pick the level that fits the page's outline. Default: not a heading
   * (a widget does not add headings to a page that did not ask for them). Any other value is an
   * error (the error panel and `cds-error`).
   */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  /**
   * Fit a set height too (a tile, a grid row). A regular card clamps its name to three lines (a
   * figure given as a sentence, to four) and the sparkline takes what the words leave; lines that
   * do not fit are clipped, the least needed first and the status badge and value last, but still
   * read by screen readers. A compact card only clamps those and centres its lines; a tile too
   * short for them clips them.
   */
  @property({ type: Boolean, reflect: true }) fit = false;

  protected figure: PeriodFigure | undefined;
  /** The figure's period as the card names it: none for an undated short form. */
  protected shownPeriod: Period | undefined;
  protected change: CardChange | undefined;
  protected status: StatusResult | undefined;
  protected spark: SparkGeometry | undefined;
  protected trend = '';

  private attributeErrors(): DataError[] {
    const errors: DataError[] = [];
    const bad = (path: string, pick: (l: typeof cardMessages.vi) => string): void => {
      errors.push(
        dataError('invalid-attribute', path, pick(cardMessages.vi), pick(cardMessages.en)),
      );
    };
    const variant = this.variant ?? '';
    if (variant && variant !== 'regular' && variant !== 'compact')
      bad('variant', (m) => m.invalidVariant(variant));
    const format = this.changeFormat ?? '';
    if (format && format !== 'relative' && format !== 'absolute')
      bad('change-format', (m) => m.invalidChangeFormat(format));
    const level = this.headingLevel ?? '';
    if (level && !/^[1-6]$/.test(level.trim()))
      bad('heading-level', (m) => m.invalidHeadingLevel(level));
    const href = this.href ?? '';
    if (href && !isSafeHref(href)) bad('href', (m) => m.invalidHref(href));
    return errors;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // `.headingLevel=${2}` from a framework: text, so it is read or reported, never thrown on.
    textProperties(this, ['variant', 'href', 'changeFormat', 'headingLevel']);
    const attrErrors = this.attributeErrors();
    if (attrErrors.length) this.errors = [...this.errors, ...attrErrors];
    this.figure = undefined;
    this.shownPeriod = undefined;
    this.change = undefined;
    this.status = undefined;
    this.spark = undefined;
    this.trend = '';
    if (!this.current || this.errors.length) return;
    // As it stood at `as-of`, as the status is judged and as a gauge beside it shows it.
    const ind = knownAsOf(this.current, this.asOf);
    const figures = figuresByPeriod(ind);
    const wanted = this.period ? parsePeriod(this.period) : undefined;
    this.figure = wanted
      ? figures.find((f) => f.period.key === wanted.key)
      : (latestFigure(ind) ?? figures.at(-1));
    if (!ind.undated) this.shownPeriod = this.figure?.period;
    this.change = this.figure ? cardChange(ind, this.figure) : undefined;
    if (ind.targets.length) {
      this.status = evaluate(ind, {
        ...(this.period && { period: this.period }),
        ...(this.asOf && { asOf: this.asOf }),
      });
    }
    const fig = this.figure;
    // A flow (a count or a sum not marked `level`) is drawn only beside figures as long as its
    // own, as the change and the trend sentence compare it: a year's attacks beside a quarter's
    // drew a 76% fall.
    this.spark = fig
      ? sparkGeometry(
          comparesAcrossLengths(ind, fig.chosen)
            ? figures
            : figures.filter((f) => sameLength(f.period, fig.period)),
          fig,
          goalOf(this.status),
          ind.unit === 'rank',
        )
      : undefined;
    if (this.spark) this.trend = summarizeSeries(ind, this.locale, { status: false });
  }

  private renderChange(ind: Indicator, c: CardChange): TemplateResult {
    const m = cardMessages[this.locale];
    const format: ChangeFormat = this.changeFormat === 'absolute' ? 'absolute' : 'relative';
    const amount =
      changeQualifier(c.ends, this.locale) + changeAmount(c.change, c.info, this.locale, format);
    // A rank's arrow and verb follow its place: 86th → 77th is "▲ 9 bậc", "Tăng 9 bậc".
    const dir = movement(c.change, ind.unit);
    const verb = dir === 'up' ? m.up : dir === 'down' ? m.down : m.flat;
    const word = c.tone === 'positive' ? m.better : c.tone === 'negative' ? m.worse : m.unchanged;
    // A count out of totals that differ, 22/22 then 30/30, is unchanged only in share: "0 điểm %"
    // says so, where "Không đổi" alone claimed the 22 ministries were 30 already.
    const share = dir === 'flat' && c.share;
    // No change is said once ("Không đổi so với năm 2022"), not again by the tone word, nor
    // followed by a separator that separates nothing.
    const once = dir === 'flat' && !share;
    return html`<div
      id="change"
      class="change ${c.tone}"
      part="change"
      data-tone=${c.tone}
      data-direction=${dir}
    >
      <span aria-hidden="true">${ARROWS[dir]} ${once ? '' : amount}</span
      ><span class="sr-only"
        >${spokenPoints(once ? verb : share ? amount : `${verb} ${amount}`)}</span
      >
      <span class="compared"
        >${m.compared(formatPeriod(c.previous.period, this.locale, 'inline'))}</span
      >
      <span aria-hidden=${ifDefined(once ? 'true' : undefined)}
        >· <span class="tone-word">${word}</span></span
      >
    </div>`;
  }

  private renderStatus(s: StatusResult, shown: string): TemplateResult {
    const v = s.verdict;
    let basis = explanationBasis(s, this.locale);
    // A milestone's basis ends with the words of its figure, shown above: said once. The basis
    // quotes them as core's explanation does, without a closing full stop.
    const quoted = withoutStop(shown);
    if (quoted && `; ${basis}`.endsWith(`; ${quoted}`)) basis = basis.slice(0, -quoted.length - 2);
    // The basis is shown, so a reader can check the verdict; without a target it is only the
    // value and period the card shows, so it is neither shown nor said ("68,2%", then
    // "Chưa có mục tiêu. 68,2% (tháng 4/2024)", then "Tháng 4/2024" read each fact twice).
    return html`<div id="status" part="status">
      <span class="badge ${VERDICT_TONE[v]}" data-verdict=${v}
        ><span aria-hidden="true">${VERDICT_SYMBOL[v]}</span> ${verdictWords(s, this.locale)}</span
      >${
        v === 'no-target'
          ? nothing
          : html`<span class="basis"><span class="sr-only">. </span>${basis}</span>`
      }
    </div>`;
  }

  /**
   * With `href` the name is the card's one link, and its box covers the card (a block link). It
   * is named by the name and value, the words it shows first (what speech users say), and
   * described by the change, status and period: what a person tabbing through cards needs. The
   * trend, source and other reports' figures stay in the card, read in order, not on every
   * focus (with them the description ran to 400 characters).
   */
  private renderLink(name: string, href: string): TemplateResult {
    const described = Object.entries({
      change: this.change,
      status: this.status,
      period: this.shownPeriod,
    })
      .filter(([, v]) => v)
      .map(([id]) => id)
      .join(' ');
    return html`<a id="link" href=${href} aria-labelledby="link value" aria-describedby=${described}
      >${name}</a
    >`;
  }

  protected override renderContent(): unknown {
    const locale = this.locale;
    const m = coreMessages[locale];
    const ind = this.current;
    const wait = this.dataState.kind === 'loading';
    // `lang` on every top box: a screen reader picks its voice by it, whatever the page says.
    if (wait || !ind) return renderPlaceholder(wait ? m.loading : m.noData, locale);
    const fig = this.figure;
    const o = fig?.chosen;
    // A figure given as text: a report's "-" shows as "–" and is said in words, not "minus".
    const words = o?.value === undefined && o?.text ? localize(o.text, locale) : '';
    const t = words ? textFigure(words, locale) : undefined;
    const said = t && t.spoken !== t.shown ? t.spoken : '';
    // A figure the report gives as a count in words ("21/25 dịch vụ công thiết yếu"): its
    // number is the headline and its words the unit, as for a count; as one headline it ran
    // to five lines in a narrow card, and a tile of a set height lost its status.
    const counted = t && !said ? /^(\d[\d.,]*(?:\/\d[\d.,]*)?%?) (\D+)$/.exec(t.shown) : null;
    // No figure, and the badge says so next ("Chưa có dữ liệu"): a dash, as on the gauge, not
    // the same words twice; said once, by the badge (the link's name is the indicator's alone).
    const none = !o && this.status?.verdict === 'no-data';
    const parts: ValueParts =
      o?.value !== undefined
        ? valueParts(ind, o, locale, goalOf(this.status)?.value)
        : counted
          ? { number: counted[1] as string, unit: counted[2] as string }
          : { number: t ? t.shown : none ? '–' : m.noData, unit: '' };
    // "hơn 320.000" in the report: the bare number would claim an exact figure.
    const approx = o ? figureQualifier(o, locale) : '';
    const kind = o && o.kind !== 'actual' ? (o.kind === 'estimate' ? m.estimate : m.forecast) : '';
    const level = this.headingLevel?.trim();
    const others = fig?.revisions.filter((r) => r.value !== undefined) ?? [];
    const source = o?.source;
    // Inside the line, in lower case: "(tháng 8/2022)"; not again after a title that names it.
    const dated = source && sourceDate(source, locale);
    // `label`: a shorter name the page chose, in the page's language.
    const name = this.label || localize(ind.name, locale);
    // Lines, not paragraphs: a reader's spacing after each paragraph (WCAG 1.4.12: twice the
    // text size) added up over the card's lines, and a tile of a set height lost its status.
    const body = html`<div class="head">
        <slot name="icon"></slot>
        <div
          id="name"
          class="name"
          part="name"
          role=${ifDefined(level ? 'heading' : undefined)}
          aria-level=${ifDefined(level || undefined)}
          lang=${ifDefined(this.label ? undefined : foreignLang(ind.name, locale))}
        >
          ${this.href ? this.renderLink(name, this.href) : name}
        </div>
      </div>
      <div id="value" class="value" part="value">
        ${approx ? html`<span class="approx">${approx}</span>` : nothing}
        <span
          class="number ${t && !counted && t.shown.length > PROSE_LENGTH ? 'prose' : ''}"
          aria-hidden=${ifDefined(none ? 'true' : undefined)}
          lang=${ifDefined(foreignLang(t && !said ? o?.text : undefined, locale))}
          >${said ? spokenMark(parts.number, said) : parts.number}</span
        >
        ${
          parts.unit
            ? html`<span
                class="unit"
                lang=${ifDefined(foreignLang(counted ? o?.text : ind.unitLabel, locale))}
                >${parts.unit}</span
              >`
            : nothing
        }
        ${kind ? html`<span class="kind">(${kind})</span>` : nothing}
      </div>
      ${this.change ? this.renderChange(ind, this.change) : nothing}
      ${this.status ? this.renderStatus(this.status, words) : nothing}
      ${
        this.spark
          ? renderSparkline(this.spark, `${cardMessages[locale].trend}: ${this.trend}`)
          : nothing
      }
      ${
        this.shownPeriod
          ? html`<div id="period" class="meta" part="meta">
              ${formatPeriod(this.shownPeriod, locale)}
            </div>`
          : nothing
      }
      ${
        source
          ? html`<div id="source" class="meta source" part="meta">
              ${m.source}:
              <span lang=${ifDefined(foreignLang(source.title, locale))}
                >${localize(source.title, locale)}</span
              >
              ${dated ? `(${dated})` : ''}
            </div>`
          : nothing
      }
      ${
        others.length
          ? html`<div id="revisions" class="revisions" part="revisions">
              ${m.revisions}: ${others.map((r) => revisionText(ind, r, locale)).join(', ')}
            </div>`
          : nothing
      }`;
    return html`<article
      class="card ${this.href ? 'linked' : ''}"
      part="card"
      lang=${locale}
      aria-labelledby="name"
    >
      ${body}
    </article>`;
  }
}
