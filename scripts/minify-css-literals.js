// A build plugin that minifies the CSS inside Lit's css`` tagged templates. Bundlers leave
// template literals alone, so indentation and comments would otherwise ship to every portal.
// Conservative on purpose: comments go, runs of white space become one space, and the spaces
// around { } ; , and after : are dropped (never before :, which would change `a :hover`).
// In values, a leading zero goes (0.5 → .5), and so do the spaces of `N * var(` (a product
// needs none; a selector never has a digit before `*`).

/** Minifies one CSS text fragment (a template literal's static part). */
export function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/([^\d.\w-])0\.(\d)/g, '$1.$2')
    .replace(/(\d) \* var\(/g, '$1*var(')
    .trim();
}

export function minifyCssLiterals() {
  return {
    name: 'cds-minify-css-literals',
    transform(code, id) {
      if (!/\.(ts|js)$/.test(id) || id.includes('node_modules') || !code.includes('css`'))
        return null;
      const out = code.replace(/\bcss`([^`]*)`/g, (_m, body) => {
        // Keep ${…} expressions intact; minify only the static text between them.
        const parts = body.split(/(\$\{[^}]*\})/);
        return `css\`${parts.map((p) => (p.startsWith('${') ? p : minifyCss(p))).join('')}\``;
      });
      return { code: out, map: null };
    },
  };
}
