let registered = false;

/**
 * Sizes in the elements' styles are multiples of --cds-rem, which each host sets to its own
 * base size (styles/tokens.ts). Registered as a length, it is computed once, at the host, and
 * inherits as pixels, so a part with a smaller font keeps the same padding (an em would shrink
 * with it). Registered once per page, on the first element connected, so importing a class has
 * no side effect; a second copy of the library finds the name taken, which is as good. Where
 * registration is not supported, the value inherits as `1em`: the base size everywhere but in
 * the few parts that set their own font size.
 */
export function registerBaseSize(): void {
  if (registered) return;
  registered = true;
  try {
    CSS.registerProperty({
      name: '--cds-rem',
      syntax: '<length>',
      inherits: true,
      initialValue: '16px',
    });
  } catch {
    // Already registered (another copy of the library), or no CSS Properties and Values API.
  }
}
