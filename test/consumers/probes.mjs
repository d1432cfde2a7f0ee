// What the tests read inside the page. Each probe runs in the browser (page.evaluate or
// page.waitForFunction), so it uses only DOM APIs and takes one serialisable argument.

/** The element with `id` is upgraded and its shadow root shows content that is not the error panel. */
export const renderedWithoutError = (id) => {
  const el = document.getElementById(id);
  const root = el?.shadowRoot;
  return (
    !!el &&
    customElements.get(el.localName) !== undefined &&
    el instanceof customElements.get(el.localName) &&
    !!root &&
    (root.textContent ?? '').trim().length > 0 &&
    !root.querySelector('[part~="error"], [part~="placeholder"]')
  );
};

/** The element's shadow root text, white space collapsed ('' when missing). */
export const shadowText = (id) =>
  (document.getElementById(id)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every `cds-*` tag the page has registered, sorted. */
export const definedTags = (tags) => tags.filter((t) => customElements.get(t) !== undefined).sort();

/** The trend chart with `id` has drawn its canvas. */
export const chartDrawn = (id) =>
  !!document.getElementById(id)?.shadowRoot?.querySelector('canvas[data-drawn]');

/** How many provinces the map with `id` draws (0 until its geometry has loaded). */
export const provincesDrawn = (id) =>
  document.getElementById(id)?.shadowRoot?.querySelectorAll('path.province[data-code]').length ?? 0;

/** The map with `id` draws every one of the 63 provinces (its geometry has loaded). */
export const drawsEveryProvince = (id) =>
  (document.getElementById(id)?.shadowRoot?.querySelectorAll('path.province').length ?? 0) >= 63;

/** The target table with `id` lists more than five rows (its dataset has loaded). */
export const listsRows = (id) =>
  (document.getElementById(id)?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) > 5;

/** Rows of data in the target table with `id`. */
export const tableRows = (id) =>
  document.getElementById(id)?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0;

/** Events the page recorded in `window.__events`, as `type@id`. */
export const recordedEvents = () => (window.__events ?? []).map((e) => `${e.type}@${e.id}`);

/** Clicks the first province of the map with `id`; resolves to its GSO code. */
export const clickFirstProvince = (id) => {
  const path = document.getElementById(id)?.shadowRoot?.querySelector('path.province[data-code]');
  path?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  return path?.getAttribute('data-code') ?? null;
};

/**
 * What of the element with `id` is drawn below its own box: each part outside any box that
 * clips or scrolls (those are the parts `fit` lets give way), not hidden (a closed menu), not
 * for screen readers only, not empty. With `fit` in a tile of a set height, nothing.
 */
export const belowOwnBox = (id) => {
  const el = document.getElementById(id);
  const root = el?.shadowRoot;
  if (!el || !root) return [`#${id} missing`];
  const box = el.getBoundingClientRect();
  const unclipped = (e) => {
    for (let a = e.parentElement; a; a = a.parentElement)
      if (getComputedStyle(a).overflow !== 'visible') return false;
    return true;
  };
  const found = [];
  for (const e of root.querySelectorAll('*')) {
    const r = e.getBoundingClientRect();
    const shown = e.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    if (!shown || !r.width || !r.height || getComputedStyle(e).clip !== 'auto' || !unclipped(e))
      continue;
    if (r.bottom > box.bottom + 1)
      found.push(
        `<${e.localName} class="${e.getAttribute('class') ?? ''}"> ${Math.round(r.bottom - box.bottom)}px below`,
      );
  }
  return found;
};
