import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & {
  readonly renderRoot: ParentNode;
  readonly hasUpdated: boolean;
};

/**
 * A box that scrolls (a data table too wide for its container, or too long for a height set on
 * it) takes keyboard focus only while it does scroll: keyboard users can then scroll it, and a
 * box that fits adds no tab stop. A ResizeObserver watches the box and the table in it (new
 * columns widen the table, not the box), so a container resized later moves the tab stop too.
 *
 * A focus stop needs a name: while it scrolls, the box is a group named by the element whose id
 * its `data-labelledby` gives (the table's caption). A box that fits stays a plain box, so a
 * screen reader does not hear the caption once for the group and again for the table.
 */
export class ScrollFocus implements ReactiveController {
  private box: HTMLElement | undefined;
  private readonly observer = new ResizeObserver(() => {
    const box = this.box;
    if (!box) return;
    // Down too where the host asks (a table fitted to a set height), by more than the rounding
    // of a fractional height. Not otherwise: the height a group is capped at would keep it one.
    const scrolls =
      box.scrollWidth > box.clientWidth || (this.down() && box.scrollHeight > box.clientHeight + 1);
    if (scrolls === box.hasAttribute('role')) return;
    const name = box.dataset['labelledby'];
    if (scrolls) {
      box.tabIndex = 0;
      box.setAttribute('role', 'group');
      if (name) box.setAttribute('aria-labelledby', name);
    } else for (const a of ['tabindex', 'role', 'aria-labelledby']) box.removeAttribute(a);
    // The change may resize the box (a scrollbar, a height cap in the element's styles). Watched
    // again from the next frame, that is not a resize inside this frame's observation, which
    // the browser reports as a "ResizeObserver loop" error on the page.
    this.observer.unobserve(box);
    requestAnimationFrame(() => {
      if (this.box === box) this.observer.observe(box);
    });
  });

  /** `selector` finds the scrolling box in the host's shadow root after each render. */
  constructor(
    private readonly host: Host,
    private readonly selector: string,
    /** Whether a box that scrolls only down counts as scrolling. */
    private readonly down: () => boolean = () => false,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.watch();
  }

  // Back on the page without a new render: watch the box again.
  hostConnected(): void {
    if (this.host.hasUpdated) this.watch();
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    this.box = undefined;
  }

  private watch(): void {
    const box = this.host.renderRoot.querySelector<HTMLElement>(this.selector) ?? undefined;
    if (box === this.box) return;
    this.hostDisconnected();
    if (!box) return;
    this.box = box;
    this.observer.observe(box);
    const table = box.querySelector('table');
    if (table) this.observer.observe(table);
  }
}
