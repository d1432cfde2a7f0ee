import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyCss, minifyCssLiteral } from '../minify-css-literals.js';

test('comments and white space go; a selector’s descendant space before : stays', () => {
  assert.equal(
    minifyCss(`
      /* why */
      .a :hover ,
      .b > .c {
        color: red ;
      }`),
    '.a :hover,.b > .c{color:red}',
  );
});

test('a leading zero goes from numbers in values, not from larger numbers or names', () => {
  assert.equal(
    minifyCss('a{margin:0.25em 0 10.5em;gap:0.3rem 0.75rem}'),
    'a{margin:.25em 0 10.5em;gap:.3rem .75rem}',
  );
  assert.equal(minifyCss('a{width:calc(100% - 0.5em)}'), 'a{width:calc(100% - .5em)}');
  assert.equal(minifyCss('a{grid-area:a0.5}'), 'a{grid-area:a0.5}');
  assert.equal(minifyCss('a{margin-top:-0.3em}'), 'a{margin-top:-0.3em}');
});

test('a product with var() loses its spaces; a selector’s universal * keeps them', () => {
  assert.equal(
    minifyCss('a{padding:calc(0.875 * var(--cds-rem)) calc(2 * var(--cds-rem))}'),
    'a{padding:calc(.875*var(--cds-rem)) calc(2*var(--cds-rem))}',
  );
  assert.equal(minifyCss('.a * .b{color:red}'), '.a * .b{color:red}');
  assert.equal(minifyCss(':host > *{font-size:1em}'), ':host > *{font-size:1em}');
});

test('white space that meets an expression stays where it separates: a descendant, an operand', () => {
  // fitColumn: without the space, `:host([fit]).base` matched nothing in every build.
  assert.equal(
    minifyCssLiteral(`
  :host([fit]) \${unsafeCSS(box)} {
    display: flex;
  }
  :host([fit]) \${unsafeCSS(box)} > * {
    flex-shrink: 0;
  }
`),
    ':host([fit]) ${unsafeCSS(box)}{display:flex}:host([fit]) ${unsafeCSS(box)} > *{flex-shrink:0}',
  );
  assert.equal(
    minifyCssLiteral('a { width: calc(${em} * var(--cds-rem)); color: ${c}; }'),
    'a{width:calc(${em}*var(--cds-rem));color:${c}}',
  );
  assert.equal(minifyCssLiteral('${a} ${b}'), '${a} ${b}');
});

/** The source files under `dir`, recursively. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? sources(join(dir, d.name))
      : /\.ts$/.test(d.name) && !/\.(test|d)\.ts$/.test(d.name)
        ? [join(dir, d.name)]
        : [],
  );
}

test('every css`` literal of the elements minifies in parts as it would whole', () => {
  const root = fileURLToPath(new URL('../../packages/elements/src', import.meta.url));
  const holes = /\$\{[^}]*\}/g;
  let literals = 0;
  for (const file of sources(root)) {
    for (const [, body] of readFileSync(file, 'utf8').matchAll(/\bcss`([^`]*)`/g)) {
      if (!body?.includes('${')) continue;
      literals++;
      // Each expression stands for a word (a selector, a number) that the whole text would hold.
      const inParts = minifyCssLiteral(body).replace(holes, 'xx');
      assert.equal(inParts, minifyCss(body.replace(holes, 'xx')), file);
    }
  }
  // fitColumn's and sizeContainer's literals at least: the check saw them.
  assert.ok(literals >= 2, `${literals} literals with expressions`);
});

test('a quoted string keeps its spaces, commas and semicolons', () => {
  assert.equal(minifyCss("/* the map's and the table's */ a { color: red; }"), 'a{color:red}');
  assert.equal(
    minifyCss(`a::before {\n  content: ', ; {x}  ' / '';\n  color: red;\n}`),
    `a::before{content:', ; {x}  ' / '';color:red}`,
  );
});
