import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed, for elements that render otherwise on paper (every row of
 * a table, a canvas in the light palette). `beforeprint` / `afterprint` come with the print
 * dialog and a headless browser's PDF; `matchMedia('print')` also covers print media without
 * them (emulated). Entering print, `atOnce` runs: the page is laid out for paper right after
 * `beforeprint`, so an element renders for it there and then (`performUpdate`).
 */
export class PrintWatch implements ReactiveController {
  printing = false;
  private media: MediaQueryList | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly atOnce: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.media ??= matchMedia('print');
    this.media.addEventListener('change', this.onPrint);
    addEventListener('beforeprint', this.onPrint);
    addEventListener('afterprint', this.onPrint);
    this.printing = this.media.matches;
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.onPrint);
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrint);
  }

  private readonly onPrint = (e: Event): void => {
    const on =
      e.type === 'beforeprint' || (e.type === 'change' && (e as MediaQueryListEvent).matches);
    if (on === this.printing) return;
    this.printing = on;
    this.host.requestUpdate();
    if (on) this.atOnce();
  };
}
