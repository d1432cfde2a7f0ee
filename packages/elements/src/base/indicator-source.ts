import type { PropertyDeclarations } from 'lit';
import { selectIndicator, type Dataset, type DataError, type Indicator } from '@cds-vn/core';
import { CdsElement } from './cds-element.js';
import { DataController, describing, type DataState } from './data-controller.js';
import { rawJsonAttribute } from './json-attribute.js';
import { periodAttributeErrors } from './period-attributes.js';
import { textProperties } from './text-properties.js';

/**
 * Base for elements that show one indicator, taken from the first of: the `indicator` property
 * or JSON attribute, data the element builds from its own attributes (the gauge's `value`,
 * `target` or `total`), an inline JSON child, then `src`; `indicator-id` picks from a dataset.
 */
export abstract class CdsIndicatorElement extends CdsElement {
  // Static properties, not decorators: the decorator helpers cost a page about 370 B brotli.
  static override get properties(): PropertyDeclarations {
    return {
      indicator: { converter: rawJsonAttribute },
      src: { reflect: true },
      indicatorId: { attribute: 'indicator-id', reflect: true },
      period: { reflect: true },
      asOf: { attribute: 'as-of', reflect: true },
    };
  }

  /** One indicator (full or short form), a dataset or an array; as a property or JSON attribute. */
  indicator?: object | string;

  /** URL of a dataset JSON; one request per URL is shared by every element on the page. */
  src?: string;

  /** Picks one indicator from a dataset with several. */
  indicatorId?: string;

  /**
   * A period (`2022`, `2022-H1`). The gauge and the badge judge the target for it or the
   * shortest one containing it, and show the figure the verdict rests on, or without such a
   * target the period's own figure. Part of a target's period (`2022-H1` of a 2022 target) is
   * judged as it stood when that part ended, on the figures up to then (on track or at risk, as
   * a mid-year report said). Default: the latest figure, against the target it answers to or
   * the next one. The card shows exactly this period's figure (default: the latest with a
   * value), its status judged as the gauge's. The trend chart draws every period: `period` only
   * picks what its summary's status sentence judges. An unreadable one is an error.
   */
  period?: string;

  /**
   * "Today": a period or a date, meaning its end (`2023` is the end of 2023, `2023-02-25` the
   * end of that day); default: now. Only the figures known by then count (their report out, or
   * without one, their period begun): the gauge, the badge and the card show value, change and
   * status as they stood then, and the trend chart draws, tabulates and sums up the figures it
   * had then. An unreadable one is an error, never "now".
   */
  asOf?: string;

  protected readonly data = new DataController<Dataset>(this);

  /** The indicator to show once data is ready; undefined while empty or loading. */
  protected current: Indicator | undefined;
  protected indicatorData: Dataset | undefined;
  protected dataState: DataState<Dataset> = { kind: 'empty' };

  /** Data an element builds from its own attributes (the gauge's `value`/`target`), if any. */
  protected attributeData(): unknown {
    return undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // `.period=${2022}` from a framework: text, so it is read or reported, never thrown on.
    textProperties(this, ['src', 'indicatorId', 'period', 'asOf']);
    this.dataState = this.data.resolve({
      value: this.indicator ?? this.attributeData(),
      src: this.src,
    });
    this.errorsPending = describing(this.dataState);
    let errors: readonly DataError[] = [];
    this.current = undefined;
    this.indicatorData = undefined;
    if (this.dataState.kind === 'error') errors = this.dataState.errors;
    else if (this.dataState.kind === 'ready') {
      this.indicatorData = this.dataState.value;
      const picked = selectIndicator(this.dataState.value, this.indicatorId);
      if (picked.ok) this.current = picked.value;
      else errors = picked.errors;
    }
    // Data built from attributes may already name a bad period: one error per attribute.
    const unreadable = periodAttributeErrors(this).filter(
      (a) => !errors.some((e) => e.path === a.path),
    );
    this.errors = unreadable.length ? [...errors, ...unreadable] : errors;
  }
}
