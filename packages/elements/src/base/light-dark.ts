/**
 * Browsers without CSS `light-dark()` (Safari before 17.5, as on an iPhone held at iOS 16;
 * Chrome before 123, as on Windows 7) drop every colour written with it: the gauge lost its
 * arc and track, and the map painted every province black. There the elements take the light
 * colour of each pair, the dark one under `theme="dark"`, and paint their surface, so a page
 * in the dark scheme does not put their dark text on its dark background. No DOM at import
 * beyond `CSS.supports`, absent outside a browser.
 */
export const lightDarkSupported: boolean =
  globalThis.CSS?.supports('color', 'light-dark(red,red)') ?? true;

/** `light-dark(a, b)`: our pairs are plain colours (hex), without commas or brackets. */
const PAIR = /light-dark\(([^,]+),([^)]+)\)/g;

/** `light-dark(a, b)` → `a`. */
export const lightOnly = (css: string): string => css.replace(PAIR, '$1');

/**
 * Every custom property whose value holds a pair (all of ours are set on `:host`), with the
 * pair's dark colour, for `theme="dark"`: on screen only, since paper takes the light palette.
 */
export const darkTheme = (css: string): string =>
  `@media screen{:host([theme=dark]){${(css.match(/--[\w-]+:[^;{}]*light-dark[^;{}]*/g) ?? [])
    .join(';')
    .replace(PAIR, '$2')}}}`;

/** A colour pair for a browser that reads it, or its light colour for one that cannot. */
export const lightDark = (light: string, dark: string): string =>
  lightDarkSupported ? `light-dark(${light}, ${dark})` : light;
