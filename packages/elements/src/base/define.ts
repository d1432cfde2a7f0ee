const warned = new Set<string>();

/**
 * Registers a custom element unless the tag is taken. Two copies of the library on one page
 * (a CMS plug-in plus a theme, say) must not break the page: the second warns once and
 * carries on with the first copy's element.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing !== ctor && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `[cds] <${tag}> is already defined, probably by another copy of the library; keeping the first.`,
    );
  }
}
