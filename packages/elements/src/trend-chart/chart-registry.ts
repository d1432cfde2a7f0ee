/**
 * The only module that imports Chart.js, reached through a dynamic `import()` (see
 * chart-loader.ts). Only what the trend chart draws is registered, so a bundler drops the
 * rest of Chart.js: no pie, radar, time scale, legend, title or tooltip plugins (the legend
 * and tooltip are HTML, themable and readable by screen readers).
 */
import {
  BarController,
  BarElement,
  Chart,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
} from 'chart.js';

let registered = false;

/** Chart with its parts registered; registration happens on first call, not on import. */
export function registeredChart(): typeof Chart {
  if (!registered) {
    Chart.register(
      LineController,
      BarController,
      LineElement,
      PointElement,
      BarElement,
      LinearScale,
    );
    registered = true;
  }
  return Chart;
}
