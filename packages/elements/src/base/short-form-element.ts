import type { PropertyDeclarations, PropertyValues } from 'lit';
import { dataError, type DataError } from '@cds-vn/core';
import { CdsIndicatorElement } from './indicator-source.js';
import { attributeIndicatorMemo, type NumberInput } from './attribute-indicator.js';

/**
 * An error in data built from plain attributes is an error in an attribute a developer typed:
 * its code says so, and the short form's `name` is the `label` attribute.
 */
function asAttributeError(e: DataError): DataError {
  const label = (text: string): string => text.replace(/^name\b/, 'label');
  return {
    code: 'invalid-attribute',
    path: label(e.path),
    message: { vi: label(e.message.vi), en: label(e.message.en) },
  };
}

/** The attributes that carry data; `label` also names JSON data, so it is not one of them. */
const DATA_ATTRIBUTES = ['value', 'target', 'total', 'unit', 'direction', 'op'] as const;

/**
 * Base for the elements that show one indicator's figure against its target (gauge, badge,
 * card): besides JSON, they take the short form as plain attributes
 * (`label="…" value="54.34" target="50" unit="%"`), so a CMS author can write one without JSON,
 * and markup copied from one of them to another means the same in each.
 */
export abstract class CdsShortFormElement extends CdsIndicatorElement {
  // Static properties, not decorators: see CdsIndicatorElement.
  static override get properties(): PropertyDeclarations {
    return {
      label: {},
      value: {},
      target: {},
      total: {},
      unit: {},
      direction: {},
      op: {},
    };
  }

  /**
   * The indicator's name, required with data from attributes (else the error "label: required
   * field is missing"); with JSON data, the gauge and the card show it instead of the data's name.
   */
  label?: string;

  /**
   * The value, e.g. `54.34` (a dot for decimals). With `label` (and `target`, `unit`), no JSON is
   * needed.
   */
  value?: NumberInput;

  /**
   * The target value; a floor (`>=`) unless lower is better (`direction="lower"`, the default for
   * `unit="rank"`: a ceiling, `<=`) or `op` says otherwise.
   */
  target?: NumberInput;

  /** For a count against a total ("21/25"): the total, which the gauge also takes as its scale. */
  total?: NumberInput;

  /**
   * With data from attributes: `%`, `count`, `number`, `index`, `times`, `rank`, `Mbps`, `VND`
   * or `USD`; any other value is an error (the error panel and `cds-error`).
   */
  unit?: string;

  /**
   * With data from attributes: `higher`, or `lower` when less is better (cyber attacks); default:
   * `lower` for `rank`, else `higher`. Any other value is an error (the error panel and
   * `cds-error`).
   */
  direction?: string;

  /**
   * With data from attributes, how the value must compare with the target: `>=`, `>`, `<=`, `<`
   * or `=`; any other value is an error (the error panel and `cds-error`).
   */
  op?: string;

  private readonly attributeIndicator = attributeIndicatorMemo();
  /** What `attributeData` last built: read again in `willUpdate` instead of rebuilding it. */
  private fromAttributes: object | undefined;

  protected override attributeData(): unknown {
    return (this.fromAttributes = this.attributeIndicator(this));
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The base asks for attributeData only without `indicator`.
    this.fromAttributes = undefined;
    super.willUpdate(changed);
    if (this.fromAttributes !== undefined) this.errors = this.errors.map(asAttributeError);
    else if (this.dataState.kind !== 'empty') {
      // Set but not read, as the data is JSON: said, never silently dropped.
      const unused = DATA_ATTRIBUTES.filter((a) => this[a] != null).map((a) =>
        dataError(
          'invalid-attribute',
          a,
          `${a}: không dùng khi dữ liệu là JSON (indicator, src hoặc <script>)`,
          `${a}: not used with JSON data (indicator, src or <script>)`,
        ),
      );
      if (unused.length) this.errors = [...this.errors, ...unused];
    }
  }
}
