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
 * Also the two toggles `lightDark` reads (see there), set on every host so none inherits a
 * parent element's theme.
 */
export const darkTheme = (css: string): string =>
  `:host{--_l: ;--_d:initial}@media screen{:host([theme=dark]){--_l:initial;--_d: ;${(
    css.match(/--[\w-]+:[^;{}]*light-dark[^;{}]*/g) ?? []
  )
    .join(';')
    .replace(PAIR, '$2')}}}`;

/**
 * A colour pair for a browser that reads it. For one that cannot, both colours behind "space
 * toggles": `var(--x,c)` is `c` where `--x` is unset (`initial`) and nothing where it is a
 * space, so the pair resolves where it is used (an inline `--_fill`, a swatch), by the host's
 * theme.
 */
export const lightDark = (light: string, dark: string): string =>
  lightDarkSupported ? `light-dark(${light}, ${dark})` : `var(--_l,${dark}) var(--_d,${light})`;
