import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows in the first frame: more than a screenful, even of one-line rows. */
export const FIRST_ROWS = 60;
/** Rows added per later task. */
export const MORE_ROWS = 240;

/**
 * Renders a long table in steps. Laying out a thousand table rows takes Chromium hundreds of
 * milliseconds however the rows are made (text layout dominates), so the first frame gets the
 * first rows and each later task adds more, leaving the page free to scroll and take input in
 * between. A new order (data, sort, sections, columns) starts again from the top, so a sort
 * paints its first rows at once instead of re-laying out every row first.
 *
 * Only rows that are shown count towards the limit; filtered-out rows (hidden, kept in the DOM
 * for printing) come along free. Before printing, every row is rendered at once.
 */
export class ProgressiveRows implements ReactiveController {
  private limit = FIRST_ROWS;
  /** Counts the fresh starts: rows of an older order are dropped as a whole, not one by one. */
  generation = 0;
  private total = 0;
  private key: readonly unknown[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waiting: (() => void)[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Call from `willUpdate` with what decides the rows' order and how many rows are shown. */
  reset(key: readonly unknown[], shownRows: number): void {
    this.total = shownRows;
    if (key.length !== this.key.length || key.some((k, i) => k !== this.key[i])) {
      this.key = key;
      this.limit = FIRST_ROWS;
      this.generation++;
    }
  }

  /** How many shown rows to render now; every row once the limit covers them all. */
  get shownLimit(): number {
    return this.done ? Infinity : this.limit;
  }

  get done(): boolean {
    return this.limit >= this.total;
  }

  /** Every row at once (before printing). */
  showAll(): void {
    this.limit = Infinity;
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
      this.limit += MORE_ROWS;
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
