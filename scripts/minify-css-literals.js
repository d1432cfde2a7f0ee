// A build plugin that minifies the CSS inside Lit's css`` tagged templates. Bundlers leave
// template literals alone, so indentation and comments would otherwise ship to every portal.
// Conservative on purpose: comments go, runs of white space become one space, and the spaces
// around { } ; , and after : are dropped (never before :, which would change `a :hover`).
// In values, a leading zero goes (0.5 → .5), and so do the spaces of `N * var(` (a product
// needs none; no selector holds `* var(`).

/** Minifies one CSS text fragment (a template literal's static part); quoted strings (a
 *  `content: ', '`) are left as written. */
export function minifyCss(css) {
  // Comments first: an apostrophe in one ("the map's") is not a string.
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^'\n]*'|"[^"\n]*")/)
    .map((piece, i) =>
      i % 2
        ? piece
        : piece
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}')
            .replace(/([^\d.\w-])0\.(\d)/g, '$1.$2')
            .replace(/([\w)]) \* var\(/g, '$1*var('),
    )
    .join('')
    .trim();
}

/**
 * Minifies the body of one css`` literal: its static text, around the ${…} expressions kept as
 * they are. White space that meets an expression stays one space unless a brace, semicolon or
 * comma (or a colon before it) makes it needless: `:host([fit]) ${box} {` must keep the
 * descendant space before the selector the expression adds.
 */
export function minifyCssLiteral(body) {
  const parts = body.split(/(\$\{[^}]*\})/);
  return parts
    .map((part, i) => {
      if (part.startsWith('${')) return part;
      let out = minifyCss(part);
      // `calc(${n} * var(…))`: a product, as in minifyCss (no selector holds `* var(`).
      if (i > 0 && /^\s*\*\s*var\(/.test(part)) out = out.replace(/^\* var\(/, '*var(');
      else if (i > 0 && /^\s/.test(part) && !/^[{};,]/.test(out)) out = ` ${out}`;
      if (i < parts.length - 1 && /\s$/.test(part) && !/[{};,:]$/.test(out) && out !== ' ')
        out = `${out} `;
      return out;
    })
    .join('');
}

export function minifyCssLiterals() {
  return {
    name: 'cds-minify-css-literals',
    transform(code, id) {
      if (!/\.(ts|js)$/.test(id) || id.includes('node_modules') || !code.includes('css`'))
        return null;
      const out = code.replace(/\bcss`([^`]*)`/g, (_m, body) => `css\`${minifyCssLiteral(body)}\``);
      return { code: out, map: null };
    },
  };
}
