/** Shared helpers for element tests (not shipped). */

/** Every element's tag, for tests that hold for all six. */
export const ELEMENT_TAGS = [
  'cds-status-badge',
  'cds-kpi-gauge',
  'cds-indicator-card',
  'cds-trend-chart',
  'cds-target-table',
  'cds-province-map',
] as const;

/** Resolves with the next `name` event on `target`, typed from GlobalEventHandlersEventMap. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  name: K,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) =>
    target.addEventListener(name, (e) => resolve(e as GlobalEventHandlersEventMap[K]), {
      once: true,
    }),
  );
}

/** Waits for pending microtasks, a macrotask, and the element's update. */
export async function settle(el?: { updateComplete: Promise<unknown> }, ms = 0): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
  await el?.updateComplete;
}

/** Fetches a seeds dataset served from the repository root by the test runner. */
export async function loadSeed(name: string): Promise<unknown> {
  const response = await fetch(`/seeds/${name}`);
  if (!response.ok) throw new Error(`seed ${name}: HTTP ${response.status}`);
  return response.json() as Promise<unknown>;
}

/** The text a screen reader reads under `root`: all of it but what is `aria-hidden`. */
export function spoken(root: Node | null | undefined): string {
  let out = '';
  const walker = document.createTreeWalker(
    root ?? document.createTextNode(''),
    NodeFilter.SHOW_TEXT,
  );
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (!n.parentElement?.closest('[aria-hidden="true"]')) out += n.textContent;
  return out.replace(/\s+/g, ' ').trim();
}
