/**
 * Browsers without CSS `light-dark()` (Safari before 17.5, as on an iPhone held at iOS 16;
 * Chrome before 123, as on Windows 7) drop every colour written with it: the gauge lost its
 * arc and track, and the map painted every province black. There the elements take the light
 * colour of each pair. No DOM at import beyond `CSS.supports`, absent outside a browser.
 */
export const lightDarkSupported: boolean =
  globalThis.CSS?.supports('color', 'light-dark(red,red)') ?? true;

/** `light-dark(a, b)` → `a`: our pairs are plain colours (hex), without commas or brackets. */
export const lightOnly = (css: string): string => css.replace(/light-dark\(([^,]+),[^)]+\)/g, '$1');

/** A colour pair for a browser that reads it, or its light colour for one that cannot. */
export const lightDark = (light: string, dark: string): string =>
  lightDarkSupported ? `light-dark(${light}, ${dark})` : light;
