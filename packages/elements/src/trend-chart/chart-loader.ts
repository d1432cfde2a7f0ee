import type { Chart } from 'chart.js';

export type ChartClass = typeof Chart;

let pending: Promise<ChartClass> | undefined;

/**
 * Loads Chart.js once for the page, when the first trend chart connects: a page with only
 * cards or gauges never downloads it. A failed download is forgotten so a later chart can
 * try again.
 */
export function loadChart(): Promise<ChartClass> {
  if (!pending) {
    pending = import('./chart-registry.js').then((m) => m.registeredChart());
    pending.catch(() => {
      pending = undefined;
    });
  }
  return pending;
}

/** Whether any trend chart has asked for Chart.js on this page (tests, diagnostics). */
export function chartRequested(): boolean {
  return pending !== undefined;
}
