import { resolveLocale, type Locale } from '@cds-vn/core';

/**
 * The element's language: its own `lang`, then the closest ancestor's (crossing shadow roots),
 * then the document's, then Vietnamese.
 */
export function localeOf(el: Element): Locale {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang'))
      return resolveLocale([node.getAttribute('lang')]);
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return resolveLocale([document.documentElement.getAttribute('lang')]);
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * One observer for the whole page, watching only `lang` attributes: a portal's language switch
 * (`<html lang="en">`) re-renders every widget without each one polling.
 */
export function onLangChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
