/**
 * A failed assertion about a DOM node must still say what failed. web-test-runner sends a failed
 * assertion's `actual` and `expected` back to the terminal for its diff, and a node there (or an
 * array of nodes) drags the whole document with it: the browser disconnects and the failure's
 * message is lost ("Tests were interrupted because the browser disconnected"). Nodes are replaced
 * by their markup before the error leaves the test. Loaded before every test file
 * (web-test-runner.config.js, `testRunnerHtml`).
 */
// chai itself, the instance @open-wc/testing exports: that module, loaded this early, would
// register its fixture clean-up before mocha's `afterEach` exists, and never again.
import * as chai from '@esm-bundle/chai';

const MARKUP_SHOWN = 300;

/** A node as its markup (cut short); arrays element by element; anything else as it is. */
export function shown(value: unknown): unknown {
  if (value instanceof Element) return value.outerHTML.slice(0, MARKUP_SHOWN);
  if (value instanceof Node) return value.nodeName;
  if (Array.isArray(value)) return value.map(shown);
  return value;
}

type Assert = (this: object, ...args: unknown[]) => void;
const prototype = chai.Assertion.prototype as unknown as { assert: Assert };
const assert = prototype.assert;
prototype.assert = function (this: object, ...args: unknown[]): void {
  try {
    assert.apply(this, args);
  } catch (error) {
    if (error instanceof chai.AssertionError) {
      const failed = error as { actual?: unknown; expected?: unknown };
      failed.actual = shown(failed.actual);
      failed.expected = shown(failed.expected);
    }
    throw error;
  }
};
