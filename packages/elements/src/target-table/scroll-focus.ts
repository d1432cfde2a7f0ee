/**
 * A box that scrolls sideways takes keyboard focus only while it does scroll: a table that fits
 * adds no tab stop, one too wide for its container can be scrolled from the keyboard. Watched
 * with a ResizeObserver on the box and on the table in it (new columns widen the table, not
 * the box), so a container resized later moves the tab stop too.
 */
export class ScrollFocus {
  private box: HTMLElement | undefined;
  private readonly observer = new ResizeObserver(() => {
    const box = this.box;
    if (!box) return;
    if (box.scrollWidth > box.clientWidth) box.tabIndex = 0;
    else box.removeAttribute('tabindex');
  });

  /** Watches `box` (and its table) instead of whatever was watched before. */
  watch(box: HTMLElement | null): void {
    if (box === (this.box ?? null)) return;
    this.stop();
    if (!box) return;
    this.box = box;
    this.observer.observe(box);
    const table = box.querySelector('table');
    if (table) this.observer.observe(table);
  }

  stop(): void {
    this.observer.disconnect();
    this.box = undefined;
  }
}
