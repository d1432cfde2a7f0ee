// Syntax a built file may not hold, because a browser the packages are built for (Safari 15.4+,
// Chrome 94+, Firefox 93+: docs/installing.md, "Browsers") cannot parse it: one such construct
// makes the whole file a syntax error there, and every element on the page stays blank. Acorn
// parses the file; a walk over its tree names each construct with its line.
import { parse } from 'acorn';

/** What each construct is, and the browsers that stop at it. */
const TOO_NEW = {
  StaticBlock: 'a class static block (Safari < 16.4)',
};
/** RegExp syntax Safari < 16.4 rejects at parse time, in the literal's pattern or flags. */
const LOOKBEHIND = /\(\?<[=!]/;

/**
 * The constructs in `code` (an ES module) those browsers cannot parse, as "line N: what"; empty
 * when every one of them parses the file.
 * @param {string} code
 * @returns {string[]}
 */
export function newerSyntax(code) {
  const found = [];
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    const line = node.loc?.start.line;
    if (TOO_NEW[node.type]) found.push(`line ${line}: ${TOO_NEW[node.type]}`);
    if (node.type === 'Literal' && node.regex) {
      if (LOOKBEHIND.test(node.regex.pattern))
        found.push(`line ${line}: a RegExp lookbehind (Safari < 16.4)`);
      if (node.regex.flags.includes('v'))
        found.push(`line ${line}: a RegExp v flag (Chrome < 112, Safari < 17)`);
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(ast);
  return found;
}
