import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_PAGE_SIZE } from './paging.js';

/** Rows shown in the first frame: a whole page of the default size, more than a screenful. */
export const FIRST_ROWS = DEFAULT_PAGE_SIZE;
/** Rows shown added per later task. */
export const MORE_ROWS = 240;

/**
 * Renders a long table in steps (`page-size="all"`, or a page size over 100). Laying out a thousand table rows takes Chromium hundreds of
 * milliseconds however the rows are made (a plain HTML table of the same text takes as long:
 * see bench/target-table.bench.mjs), so the first frame gets the first rows and each later task
 * adds more, leaving the page free to scroll and take input in between. A new order (data,
 * sort, sections, columns) starts again from the top, so a sort paints its first rows at once.
 *
 * A step ends after its quota of shown rows; filtered-out rows (hidden, kept in the DOM for
 * printing) come along free, and so do the hidden rows after the last shown one. Each step is
 * a fixed range of rows in display order, so the host can leave the rows of earlier steps
 * alone when it renders a later one. Before printing, every row is rendered at once.
 */
export class ProgressiveRows implements ReactiveController {
  /** Counts the fresh starts: rows of an older order are dropped as a whole, not one by one. */
  generation = 0;
  private allowed = 1;
  private all = false;
  private ends: number[] = [];
  private complete = true;
  private key: readonly unknown[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waiting: (() => void)[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Call from `willUpdate` with what decides the rows' order: a change starts from the top. */
  reset(key: readonly unknown[]): void {
    if (key.length === this.key.length && key.every((k, i) => k === this.key[i])) return;
    this.key = key;
    this.allowed = 1;
    this.all = false;
    this.ends = [];
    this.generation++;
  }

  /**
   * The end (exclusive index into `rows`, in display order) of each step rendered so far,
   * extended by the steps allowed since the last call. `shown` tells which rows count towards
   * a step's quota.
   */
  steps(rows: readonly unknown[], shown: (index: number) => boolean): readonly number[] {
    let lastShown = rows.length - 1;
    while (lastShown >= 0 && !shown(lastShown)) lastShown--;
    let at = this.ends.at(-1) ?? 0;
    while (at < rows.length && (this.all || this.ends.length < this.allowed)) {
      let quota = this.ends.length === 0 ? FIRST_ROWS : MORE_ROWS;
      while (at < rows.length && (this.all || quota > 0)) {
        if (shown(at)) quota--;
        at++;
      }
      // Nothing shown after this step: the hidden rows that remain come along with it.
      if (at > lastShown) at = rows.length;
      this.ends.push(at);
    }
    this.complete = at >= rows.length;
    return this.ends;
  }

  /** No rows to render (no data, or an error): nothing more to wait for. */
  clear(): void {
    this.complete = true;
  }

  get done(): boolean {
    return this.complete;
  }

  /** Every row at once (before printing). */
  showAll(): void {
    this.all = true;
  }

  /** Resolves after the next step has been requested (at once when all rows are rendered). */
  nextStep(): Promise<void> {
    if (this.done || !this.host.isConnected) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  hostUpdated(): void {
    if (this.done || this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.allowed++;
      this.host.requestUpdate();
      const waiting = this.waiting;
      this.waiting = [];
      waiting.forEach((resolve) => resolve());
    }, 0);
  }

  hostConnected(): void {
    // Taken off the page mid-way: carry on where it stopped.
    if (!this.done) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const waiting = this.waiting;
    this.waiting = [];
    waiting.forEach((resolve) => resolve());
  }
}
