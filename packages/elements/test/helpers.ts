/** Shared helpers for element tests (not shipped). */
import { fixture, html } from '@open-wc/testing';
import type { DatasetInput } from '@cds-vn/core';
import { mergeDatasets } from '../../../seeds/merge.js';
import { DATASET_FILES } from '../../../seeds/reports.js';

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

/**
 * Mounts `markup` (one element, as a page writes it) with `lang`, and resolves what it says of
 * its error: the first `cds-error`'s message and the error panel's first line.
 */
export async function errorOfMarkup(
  markup: string,
  lang: string,
): Promise<{ event: string; panel: string | null | undefined }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const template = document.createElement('template');
  template.innerHTML = markup;
  const el = template.content.firstElementChild as HTMLElement & {
    updateComplete: Promise<unknown>;
  };
  el.lang = lang;
  const pending = nextEvent(el, 'cds-error');
  wrapper.append(el);
  const event = (await pending).message;
  await el.updateComplete;
  return { event, panel: el.shadowRoot?.querySelector('[part="error"] li')?.textContent };
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

/** All five reports as one dataset, as a portal that publishes every report would hold them. */
export async function loadMergedSeeds(): Promise<DatasetInput> {
  return mergeDatasets((await Promise.all(DATASET_FILES.map(loadSeed))) as DatasetInput[]);
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

/** One node of Chromium's accessibility tree, as scripts/ax-tree-plugin.js flattens it. */
export interface AxLine {
  readonly depth: number;
  readonly role: string;
  readonly name: string;
  readonly description: string;
  /** A range widget's aria-valuetext (or its value). */
  readonly value: string;
}

/**
 * Registers a test that needs what only Chromium gives automation: emulated print, forced colours,
 * colour schemes and motion, and its own accessibility tree. Firefox's WebDriver BiDi and WebKit's
 * WebDriver have none of them, so the Firefox and WebKit runs (web-test-runner.firefox.config.js,
 * web-test-runner.webkit.config.js) leave such a test out: it runs in Chromium every time, and is
 * never reported as skipped.
 */
export function itInChromium(title: string, test: Mocha.AsyncFunc): void {
  if (navigator.userAgent.includes('Chrome/')) it(title, test);
}

/** Chromium's accessibility tree of the whole page, in reading order: what browse mode walks. */
export async function axTree(): Promise<AxLine[]> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  return (await executeServerCommand<AxLine[] | undefined, undefined>('ax-tree')) ?? [];
}

/**
 * How many times `text` is heard in a browse-mode read of the page: in static text, and in the
 * value and description a widget announces, and in its name when that comes from elsewhere
 * (aria-labelledby): a name computed from the node's own text is that text, heard once.
 */
export function timesHeard(tree: readonly AxLine[], text: string): number {
  const count = (s: string) => s.split(text).length - 1;
  let heard = 0;
  tree.forEach((line, i) => {
    if (line.role === 'StaticText') {
      heard += count(line.name);
      return;
    }
    heard += count(line.value) + count(line.description);
    if (line.role === 'RootWebArea' || !count(line.name)) return;
    let inner = '';
    for (let j = i + 1; j < tree.length && (tree[j]?.depth ?? 0) > line.depth; j++)
      if (tree[j]?.role === 'StaticText') inner += tree[j]?.name ?? '';
    if (!count(inner)) heard += count(line.name);
  });
  return heard;
}

/** The first node `match` picks, with everything under it. */
export function axSubtree(tree: readonly AxLine[], match: (l: AxLine) => boolean): AxLine[] {
  const start = tree.findIndex(match);
  if (start < 0) return [];
  const root = tree[start] as AxLine;
  let end = start + 1;
  while (end < tree.length && (tree[end]?.depth ?? 0) > root.depth) end++;
  return tree.slice(start, end);
}

/** Whether box `r` lies inside `box`, within half a pixel (sub-pixel layout rounds either way). */
export function within(r: DOMRect, box: DOMRect): boolean {
  return (
    r.left >= box.left - 0.5 &&
    r.right <= box.right + 0.5 &&
    r.top >= box.top - 0.5 &&
    r.bottom <= box.bottom + 0.5
  );
}

/** Each line of text drawn under `root`: not clipped away, nor for screen readers only. */
export function drawnLines(root: Node): DOMRect[] {
  const out: DOMRect[] = [];
  const range = document.createRange();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let hidden = false;
    for (let e = n.parentElement; e && !hidden; e = e.parentElement) {
      const s = getComputedStyle(e);
      hidden = s.clip !== 'auto' || s.clipPath !== 'none';
    }
    if (hidden || !n.textContent?.trim()) continue;
    range.selectNodeContents(n);
    out.push(...[...range.getClientRects()].filter((l) => l.width > 0));
  }
  return out;
}

/** What a text-spacing bookmarklet sets (WCAG 1.4.12's figures), as a style sheet's text. */
export const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important } p { margin-bottom: 2em !important }`;
