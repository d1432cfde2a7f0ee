let registered = false;

/**
 * Sizes in the elements' styles are multiples of --cds-rem, which each host sets to its own
 * base size (styles/tokens.ts). Registered as a length, it is computed once, at the host, and
 * inherits as pixels, so a part with a smaller font keeps the same padding (an em would shrink
 * with it). Registered once per page, on the first element connected, so importing a class has
 * no side effect; a second copy of the library finds the name taken, which is as good. Where
 * registration is not supported, the value inherits as `1em`: the base size everywhere but in
 * the few parts that set their own font size.
 *
 * The initial value is one no host can compute: Firefox (140) first resolves `1em` against the
 * parent's font size, and where that equals the initial value it keeps the initial value, so a
 * host set to 24 px on a 16 px page had a base of 16 px. Every host sets the property, so the
 * initial value is never used.
 */
export function registerBaseSize(): void {
  if (registered) return;
  registered = true;
  try {
    CSS.registerProperty({
      name: '--cds-rem',
      syntax: '<length>',
      inherits: true,
      initialValue: '-1px',
    });
  } catch {
    // Already registered (another copy of the library), or no CSS Properties and Values API.
  }
}
