/**
 * A whole page in an iframe, as a visitor's browser loads it: its widgets, what it logged, what
 * axe finds. Shared by the demo portal's test and the docs snippets' test.
 */

const AXE = '/node_modules/axe-core/axe.min.js';

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly nodes: readonly { readonly target: readonly unknown[] }[];
}
export type PageWindow = Window &
  typeof globalThis & {
    axe?: {
      run(context: Document, options: object): Promise<{ violations: readonly AxeViolation[] }>;
    };
  };
export type Widget = HTMLElement & { updateComplete?: Promise<unknown> };

export interface PageFrame {
  readonly frame: HTMLIFrameElement;
  readonly doc: Document;
  readonly win: PageWindow;
  /** Console errors, uncaught exceptions and failed loads, as they happen. */
  readonly problems: string[];
  /** Every `cds-*` element of the page, in document order. */
  widgets(): Widget[];
  /** Waits for every widget's pending update, then a little for the next. */
  settled(): Promise<void>;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function until(what: string, check: () => boolean, timeout = 20000): Promise<void> {
  const end = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

export const text = (node: Node | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What "rendered with data" means for each element, from its documented parts. */
export function dataShown(el: Element): boolean {
  const root = el.shadowRoot;
  if (!root || root.querySelector('[part~="error"]')) return false;
  switch (el.localName) {
    case 'cds-indicator-card':
    case 'cds-kpi-gauge':
      return text(root.querySelector('[part~="value"]')) !== '';
    case 'cds-target-table':
      return root.querySelectorAll('[part~="row"]').length > 0;
    case 'cds-trend-chart':
      return text(root.querySelector('[part~="summary"]')) !== '' && !!root.querySelector('canvas');
    case 'cds-province-map':
      return root.querySelectorAll('[part~="province"]').length > 0;
    case 'cds-status-badge':
      return text(root.querySelector('[part~="badge"]')) !== '';
    default:
      return false;
  }
}

/**
 * Opens `page` (a URL, or `{ html }` for a page written by the test) in a 1280 × 900 iframe and
 * resolves once it has loaded, listening for problems from the moment its document exists,
 * before its module scripts run.
 */
export async function openPage(page: string | { readonly html: string }): Promise<PageFrame> {
  const frame = document.createElement('iframe');
  frame.title = typeof page === 'string' ? page : 'page';
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  document.body.append(frame);
  const url = typeof page === 'string' ? page : 'about:srcdoc';
  if (typeof page === 'string') frame.src = page;
  else frame.srcdoc = page.html;
  await until('the page’s document', () => !!frame.contentDocument?.URL.endsWith(url), 10000);
  const win = frame.contentWindow as PageWindow;
  const problems: string[] = [];
  const consoleError = win.console.error.bind(win.console);
  win.console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    consoleError(...args);
  };
  win.addEventListener(
    'error',
    (e: Event) =>
      problems.push(
        // The page's own realm: its events are not instances of this window's ErrorEvent.
        e instanceof win.ErrorEvent
          ? `uncaught: ${e.message}`
          : `failed to load: ${(e.target as Element | null)?.outerHTML ?? '?'}`,
      ),
    true,
  );
  win.addEventListener('unhandledrejection', (e) =>
    problems.push(`unhandled: ${String(e.reason)}`),
  );
  await until('the page to load', () => frame.contentDocument?.readyState === 'complete');
  const doc = frame.contentDocument as Document;
  const widgets = (): Widget[] =>
    [...doc.querySelectorAll<Widget>('*')].filter((e) => e.localName.startsWith('cds-'));
  return {
    frame,
    doc,
    win,
    problems,
    widgets,
    async settled() {
      await Promise.all(widgets().map((w) => w.updateComplete));
      await sleep(50);
    },
  };
}

/** Waits until every widget shows its data; on time-out, names those that do not and why. */
export async function dataOnEveryWidget(page: PageFrame, timeout = 60000): Promise<void> {
  await until(
    'every widget to show its data',
    () => {
      const all = page.widgets();
      return all.length > 0 && all.every(dataShown);
    },
    timeout,
  ).catch((e: unknown) => {
    const missing = page
      .widgets()
      .filter((w) => !dataShown(w))
      .map(
        (w) =>
          `<${w.localName} ${w.getAttribute('indicator-id') ?? w.getAttribute('table-id') ?? w.id}>: ${text(w.shadowRoot).slice(0, 160)}`,
      );
    throw new Error(`${e instanceof Error ? e.message : String(e)}\n${missing.join('\n')}`);
  });
  await page.settled();
}

/** axe's violations on the page, one line each: rule, impact, the first three targets. */
export async function axeViolations(page: PageFrame): Promise<string[]> {
  const script = page.doc.createElement('script');
  script.src = AXE;
  const loaded = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
  });
  page.doc.head.append(script);
  await loaded;
  const result = await page.win.axe!.run(page.doc, { resultTypes: ['violations'] });
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join('; ')}`,
  );
}

/** The page's requests answered with an HTTP error (where the browser reports the status). */
export function failedRequests(win: Window): string[] {
  return (
    win.performance.getEntriesByType('resource') as (PerformanceResourceTiming & {
      responseStatus?: number;
    })[]
  )
    .filter((r) => (r.responseStatus ?? 0) >= 400)
    .map((r) => `HTTP ${r.responseStatus}: ${r.name}`);
}
