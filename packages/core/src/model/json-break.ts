/**
 * Where JSON that does not parse breaks, found by reading it as JSON.parse does (RFC 8259), so
 * every browser names the same place: Safari's message names none ("JSON Parse error:
 * Unrecognized token"), and the others' are English and differ.
 */

const SPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** As far as a number can be read before it proves wrong: "-", "1." and "1e" break after. */
const NUMBER_START = /-?(?:0|[1-9]\d*)(?:\.\d*)?(?:[eE][+-]?\d*)?|-/y;
const WORDS = ['true', 'false', 'null'];
const ESCAPES = '"\\/bfnrt';

/** The index of the first character that breaks `text` as JSON, or undefined when it parses. */
export function jsonBreak(text: string): number | undefined {
  let at = 0;
  /** Advances past `re` matched at `at`, and says whether it matched. */
  const take = (re: RegExp): boolean => {
    re.lastIndex = at;
    if (!re.test(text)) return false;
    at = re.lastIndex;
    return true;
  };
  /** Advances past `char` (after any space), and says whether it was there. */
  const sign = (char: string): boolean => {
    take(SPACE);
    if (text[at] !== char) return false;
    at += 1;
    return true;
  };
  /** After an opening bracket: items separated by commas, then `close`; `item` reads one. */
  const list = (close: string, item: () => boolean): boolean => {
    if (sign(close)) return true;
    do if (!item()) return false;
    while (sign(','));
    return sign(close);
  };
  /** Reads one string, after any space; a break inside is at its first bad character. */
  const string = (): boolean => {
    take(SPACE);
    if (text[at] !== '"') return false;
    for (at += 1; at < text.length; at += 1) {
      const char = text[at];
      if (char === '"') {
        at += 1;
        return true;
      }
      if (text.charCodeAt(at) < 0x20) return false;
      if (char === '\\') {
        at += 1;
        const escaped = text[at];
        if (escaped === 'u') {
          for (let n = 0; n < 4; n += 1)
            if (!/[\da-fA-F]/.test(text[(at += 1)] ?? '')) return false;
        } else if (escaped === undefined || !ESCAPES.includes(escaped)) return false;
      }
    }
    return false;
  };
  const number = (): boolean => {
    const start = at;
    take(NUMBER_START);
    const reach = at;
    at = start;
    if (take(NUMBER) && at === reach) return true;
    at = reach;
    return false;
  };
  /** true, false or null; a break is after as much of one as was written ("tru}" at "}"). */
  const word = (): boolean => {
    for (const name of WORDS) {
      let n = 0;
      while (n < name.length && text[at + n] === name[n]) n += 1;
      at += n;
      if (n) return n === name.length;
    }
    return false;
  };
  const value = (): boolean => {
    take(SPACE);
    const char = text[at];
    if (char === '{') {
      at += 1;
      return list('}', () => string() && sign(':') && value());
    }
    if (char === '[') {
      at += 1;
      return list(']', value);
    }
    if (char === '"') return string();
    return number() || word();
  };
  if (value()) {
    take(SPACE);
    if (at === text.length) return undefined;
  }
  return at;
}
