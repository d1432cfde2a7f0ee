import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS properties (kebab-case, custom ones too) → values; `undefined` removes one. */
export type StyleProps = Readonly<Record<string, string | undefined>>;

/**
 * Sets inline styles through the CSSOM (`style.setProperty`), never through the `style`
 * attribute. A Content Security Policy without `'unsafe-inline'` blocks style attributes, and
 * Lit's `styleMap` writes the attribute on first render; this never does, so a portal's strict
 * policy needs no exception. Used in element position: `<path ${styleProps({ '--_fill': c })}>`.
 */
class StylePropsDirective extends Directive {
  private previous: ReadonlySet<string> = new Set();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProps goes in element position');
  }

  render(_props: StyleProps): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [StyleProps]): typeof nothing {
    const { style } = part.element as HTMLElement | SVGElement;
    const now = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      now.add(name);
      style.setProperty(name, value);
    }
    for (const name of this.previous) if (!now.has(name)) style.removeProperty(name);
    this.previous = now;
    return nothing;
  }
}

export const styleProps = directive(StylePropsDirective);
