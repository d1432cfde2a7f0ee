import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss } from '../minify-css-literals.js';

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
