// The set-up that keeps a failed assertion about a node readable (dom-failures.ts) is loaded
// before this file: a failure's `actual` and `expected` arrive as markup, not as nodes.
import { expect } from '@open-wc/testing';

function failure(check: () => void): { actual?: unknown; expected?: unknown } {
  try {
    check();
  } catch (error) {
    return error as { actual?: unknown; expected?: unknown };
  }
  throw new Error('the assertion did not fail');
}

describe('a failed assertion about DOM nodes', () => {
  it('carries their markup, not the nodes', () => {
    const p = document.createElement('p');
    p.textContent = 'Đạt';
    const items = [document.createElement('li'), document.createTextNode('x')];
    const cases = [
      [failure(() => expect(p).to.equal(null)).actual, '<p>Đạt</p>'],
      [failure(() => expect(items).to.deep.equal([])).actual, ['<li></li>', '#text']],
      [failure(() => expect(null).to.equal(p)).expected, '<p>Đạt</p>'],
    ] as const;
    for (const [carried, markup] of cases) {
      // Booleans first: without the set-up, reporting a node here would itself be lost.
      const nodes = [carried].flat().some((v) => v instanceof Node);
      expect(nodes, String(markup)).to.equal(false);
      expect(carried).to.deep.equal(markup);
    }
  });

  it('leaves other values as they are', () => {
    expect(failure(() => expect(1).to.equal(0)).actual).to.equal(1);
    expect(failure(() => expect({ a: 1 }).to.deep.equal({})).actual).to.deep.equal({ a: 1 });
  });
});
