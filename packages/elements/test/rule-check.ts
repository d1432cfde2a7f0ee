/**
 * The project's rule, as a check the robustness tests share (test-only, not shipped): bad input
 * always gets a clear, visible error (in the page's language) and a `cds-error` event; never an
 * uncaught exception, never a blank widget, never a silently dropped value; nothing from data is
 * ever rendered as HTML.
 *
 * `mount` puts one element on the page, waits until it reaches its final state and reports what
 * a person (and the page) would see; `change` does the same after an edit to a mounted element;
 * `breaches` lists every way an outcome breaks the rule. Also here: the seed datasets and the
 * slices of them the tests start from.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { coreMessages, type DataErrorCode } from '@cds-vn/core';
import '../src/define-all.js';
import type { CdsErrorEvent } from '../src/events/cds-error-event.js';
import { messages as mapMessages } from '../src/province-map/messages.js';
import { loadSeed } from './helpers.js';

export type Json = Record<string, unknown>;
export type Lang = 'vi' | 'en';

/** Longest wait for one element to reach its final state (lazy chunks, Chart.js, geometry). */
export const SETTLE_MS = 4000;

const CODES: readonly DataErrorCode[] = [
  'invalid-json',
  'invalid-data',
  'unknown-reference',
  'duplicate-id',
  'not-found',
  'fetch-failed',
  'unresolved-key',
  'invalid-attribute',
];

/** Texts an element shows while it waits: never a final state. */
const LOADING = new Set([
  coreMessages.vi.loading,
  coreMessages.en.loading,
  mapMessages.vi.loadingMap,
  mapMessages.en.loadingMap,
]);

export const isRecord = (x: unknown): x is Json =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

export const clean = (s: string | null | undefined): string =>
  (s ?? '').replace(/\s+/g, ' ').trim();

// ---- the seeds: the real datasets, and small valid slices of them -----------------------------

/** The seed files, by name without `.json`, once `loadSeeds` has fetched them. */
export const seeds: Record<string, Json> = {};

export async function loadSeeds(files: readonly string[]): Promise<void> {
  for (const file of files) seeds[file] ??= (await loadSeed(`${file}.json`)) as Json;
}

/** A dataset from one seed file, keeping only the named indicators (and the other keys asked for). */
export function slice(file: string, ids: readonly string[], extra: readonly string[] = []): Json {
  const full = seeds[file];
  if (!full) throw new Error(`seed ${file} not loaded`);
  const indicators = (full['indicators'] as Json[]).filter((i) => ids.includes(i['id'] as string));
  if (indicators.length !== ids.length)
    throw new Error(`${file}: missing one of ${ids.join(', ')}`);
  // Only the pillars these indicators name: the edits then land on what the widget shows.
  const named = new Set(indicators.map((i) => i['pillar']));
  const pillars = (full['pillars'] as Json[]).filter((p) => named.has(p['id']));
  const out: Json = { source: full['source'], pillars, indicators };
  for (const key of extra) out[key] = full[key];
  return structuredClone(out);
}

/** One indicator of a seed file, standing alone: no report, pillar or footnote to point to. */
export function standalone(file: string, id: string): Json {
  const [ind] = slice(file, [id])['indicators'] as Json[];
  const strip = (x: unknown): unknown =>
    Array.isArray(x)
      ? x.map(strip)
      : isRecord(x)
        ? Object.fromEntries(
            Object.entries(x)
              .filter(([k]) => !['source', 'footnote', 'pillar'].includes(k))
              .map(([k, v]) => [k, strip(v)]),
          )
        : x;
  return strip(ind) as Json;
}

/** The short form a person types (`{ name, value, target, unit, … }`), from a seed indicator. */
export function shortForm(file: string, id: string): Json {
  const ind = standalone(file, id);
  const [o] = ind['observations'] as Json[];
  const [t] = ind['targets'] as Json[];
  const out: Json = {
    name: ind['name'],
    unit: ind['unit'],
    value: o?.['value'],
    period: o?.['period'],
  };
  if (o?.['total'] !== undefined) out['total'] = o['total'];
  if (t?.['value'] !== undefined) Object.assign(out, { target: t['value'], op: t['op'] });
  if (ind['unitLabel'] !== undefined) out['unitLabel'] = ind['unitLabel'];
  if (ind['direction'] !== undefined) out['direction'] = ind['direction'];
  return out;
}

// ---- one run: mount, wait, look ---------------------------------------------------------------

export interface Outcome {
  readonly el: HTMLElement;
  readonly settled: boolean;
  readonly panel: HTMLElement | null;
  readonly panelItems: readonly string[];
  /** Errors shown beside the content (the table's bad rows). */
  readonly inlineErrors: readonly string[];
  readonly visible: string;
  readonly hostHeight: number;
  readonly events: readonly CdsErrorEvent[];
  readonly uncaught: readonly string[];
  readonly consoleErrors: readonly string[];
  readonly injected: readonly string[];
  /** Why the input must be refused with a visible error ("core refuses this data"), if it must. */
  readonly mustRefuse: string | undefined;
}

type PwnedWindow = Window & { __cdsPwned?: unknown };

/** Anything that shows data became markup, in the document or any shadow root. */
export function injectedMarkup(): string[] {
  const found: string[] = [];
  const visit = (root: Document | ShadowRoot, where: string): void => {
    if (root.querySelector('[id="cds-pwned"]')) found.push(`#cds-pwned in ${where}`);
    for (const img of root.querySelectorAll('img')) {
      if (img.getAttribute('src') === 'x') found.push(`<img src=x> in ${where}`);
    }
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot, `<${el.localName}>'s shadow root`);
    }
  };
  visit(document, 'the document');
  if ((window as PwnedWindow).__cdsPwned !== undefined) found.push('window.__cdsPwned is set');
  return found;
}

/** What a person sees in the shadow root: the rendered text of its top-level nodes. */
export function visibleText(root: ShadowRoot): string {
  return clean(
    [...root.children]
      .map((n) => (n instanceof HTMLElement ? n.innerText : (n.textContent ?? '')))
      .join(' '),
  );
}

function loadingShown(root: ShadowRoot): boolean {
  return [...root.querySelectorAll('[part="placeholder"]')].some((p) =>
    LOADING.has(clean(p.textContent)),
  );
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Conditions for an element's final state beyond "no loading placeholder", by tag. */
const DRAWN: Readonly<Record<string, (root: ShadowRoot) => boolean>> = {
  'cds-province-map': (root) => !!root.querySelector('path.province'),
  // Chart.js loads lazily: a chart is final once its canvas is drawn.
  'cds-trend-chart': (root) =>
    !root.querySelector('canvas') || !!root.querySelector('canvas[data-drawn]'),
};

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** What goes wrong on the page itself while a run lasts. */
interface PageProblems {
  readonly uncaught: string[];
  readonly consoleErrors: string[];
}

/** Runs `body` while collecting uncaught errors, unhandled rejections and console errors. */
async function watchingPage<T>(body: (page: PageProblems) => Promise<T>): Promise<T> {
  const page: PageProblems = { uncaught: [], consoleErrors: [] };
  const onError = (e: ErrorEvent): void => {
    page.uncaught.push(`uncaught ${String(e.error?.stack ?? e.message)}`);
  };
  const onRejection = (e: PromiseRejectionEvent): void => {
    const r: unknown = e.reason;
    page.uncaught.push(
      `unhandled rejection ${r instanceof Error ? (r.stack ?? r.message) : String(r)}`,
    );
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const consoleError = console.error;
  console.error = (...args: unknown[]): void => {
    page.consoleErrors.push(args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' '));
    consoleError.apply(console, args);
  };
  try {
    return await body(page);
  } finally {
    console.error = consoleError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

interface Look {
  /** Why the input must be refused with a visible error, if it must. */
  readonly mustRefuse?: string | undefined;
}

/** Waits until `el` reaches its final state (or SETTLE_MS), then reports what it shows. */
async function finalState(
  el: Updating,
  events: readonly CdsErrorEvent[],
  page: PageProblems,
  look: Look,
): Promise<Outcome> {
  let settled = false;
  const end = performance.now() + SETTLE_MS;
  while (!settled && performance.now() < end) {
    try {
      await el.updateComplete;
    } catch (e) {
      page.uncaught.push(`updateComplete rejected: ${e instanceof Error ? e.stack : String(e)}`);
    }
    const root = el.shadowRoot;
    settled =
      !!root &&
      (!!root.querySelector('[part="error"]') ||
        (!loadingShown(root) && (DRAWN[el.localName]?.(root) ?? true)));
    if (!settled) await sleep(10);
  }
  // One more turn: an error found while drawing re-renders as the panel.
  await sleep(0);
  await el.updateComplete.catch(() => undefined);

  const root = el.shadowRoot as ShadowRoot;
  const panel = root.querySelector<HTMLElement>('[part="error"]');
  return {
    el,
    settled,
    panel,
    panelItems: [...(panel?.querySelectorAll('li') ?? [])].map((li) => clean(li.textContent)),
    inlineErrors: [...root.querySelectorAll('.row-errors, td.row-error li')].map((n) =>
      clean(n.textContent),
    ),
    visible: visibleText(root),
    hostHeight: el.getBoundingClientRect().height,
    events: [...events],
    uncaught: page.uncaught,
    consoleErrors: page.consoleErrors,
    injected: injectedMarkup(),
    mustRefuse: look.mustRefuse,
  };
}

export interface MountSpec extends Look {
  readonly tag: string;
  /** The language of the wrapper the element is put in. */
  readonly lang: Lang;
  /** Attributes set before the element connects. */
  readonly attrs?: Readonly<Record<string, string>>;
  /** Gives the element its data before it connects (a property, the JSON attribute…). */
  readonly give?: (el: HTMLElement) => void;
  /** Properties set from JavaScript, as a framework would, after the attributes and the data. */
  readonly props?: Readonly<Record<string, unknown>>;
}

/** Puts a new element on the page (in a 720px wrapper of the given language) and looks at it. */
export function mount(spec: MountSpec): Promise<Outcome> {
  return watchingPage(async (page) => {
    const events: CdsErrorEvent[] = [];
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang=${spec.lang} style="width: 720px; font: 16px sans-serif"></div>`,
    );
    wrapper.addEventListener('cds-error', (e) => events.push(e));
    const el = document.createElement(spec.tag) as Updating;
    for (const [name, v] of Object.entries(spec.attrs ?? {})) el.setAttribute(name, v);
    spec.give?.(el);
    Object.assign(el, spec.props ?? {});
    wrapper.append(el);
    return finalState(el, events, page, spec);
  });
}

/**
 * Edits an element already on the page (an attribute set or removed, a property) and looks at it
 * again once it settles; `events` then holds only the `cds-error` events fired since the edit.
 */
export function change(
  out: Outcome,
  edit: (el: HTMLElement) => void,
  look: Look,
): Promise<Outcome> {
  return watchingPage(async (page) => {
    const events: CdsErrorEvent[] = [];
    const onError = (e: CdsErrorEvent): void => {
      events.push(e);
    };
    const el = out.el as Updating;
    el.addEventListener('cds-error', onError);
    try {
      edit(el);
      return await finalState(el, events, page, look);
    } finally {
      el.removeEventListener('cds-error', onError);
    }
  });
}

/** Every way the outcome breaks the rule; empty when it keeps it. */
export function breaches(out: Outcome, lang: Lang): string[] {
  const problems: string[] = [
    ...out.uncaught,
    ...out.consoleErrors.map((c) => `console.error ${c}`),
  ];
  problems.push(...out.injected.map((i) => `data rendered as HTML: ${i}`));
  if (!out.settled) problems.push(`never settled; it shows "${out.visible}"`);
  if (!out.visible) problems.push('blank: the shadow root shows no text');
  if (out.hostHeight <= 0) problems.push('blank: the element has no height');
  const mine = out.events.filter((e) => e.target === out.el);
  if (mine.length !== out.events.length) problems.push('cds-error came from another element');
  const last = mine.at(-1);
  if (out.panel) {
    const title = clean(out.panel.querySelector('strong')?.textContent);
    if (title !== `⚠ ${coreMessages[lang].errorTitle}`)
      problems.push(`error panel title "${title}" is not in ${lang}`);
    if (!out.panelItems.length || out.panelItems.some((t) => !t))
      problems.push(`error panel without a message: ${JSON.stringify(out.panelItems)}`);
    const box = out.panel.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0) problems.push('error panel is not visible');
    if (!last) problems.push('error panel shown but no cds-error was fired');
    else if (clean(last.message) !== out.panelItems[0])
      problems.push(`cds-error message "${last.message}" ≠ panel "${out.panelItems[0]}"`);
  } else if (out.inlineErrors.length && !last) {
    problems.push('bad rows shown but no cds-error was fired');
  }
  if (last) {
    if (!CODES.includes(last.code)) problems.push(`cds-error code "${String(last.code)}"`);
    if (typeof last.message !== 'string' || !last.message.trim())
      problems.push('cds-error without a message');
    if (typeof last.path !== 'string') problems.push('cds-error without a path');
    if (!last.errors.length) problems.push('cds-error without errors');
    if (!out.panel && !out.inlineErrors.length)
      problems.push(`cds-error fired ("${last.message}") but no error is visible`);
  }
  // Never a silently dropped value: input that must be refused never shows as if it were fine.
  if (out.mustRefuse && !out.panel && !out.inlineErrors.length)
    problems.push(
      `${out.mustRefuse}, yet no error is shown; it shows "${out.visible.slice(0, 200)}"`,
    );
  return problems;
}

/** Fails with every breach spelled out, after `context` (element, input, mode). */
export function expectRuleKept(out: Outcome, lang: Lang, context: string): void {
  const problems = breaches(out, lang);
  expect(problems, `${context}:\n  ${problems.join('\n  ')}\n`).to.deep.equal([]);
}
