// The fenced code blocks of a Markdown text, for the tests that run the docs' examples: the HTML
// snippets in the browser, the JSON examples in core's tests, the framework snippets in the
// consumer apps. Plain JavaScript with no imports, so Node and the test browser both load it.

/**
 * Every block fenced by a line ```lang ... a line ```, with its language and the line (from 1)
 * its fence opens on. A fence that never closes is an error, not a block silently dropped.
 * @param {string} text
 * @returns {{ lang: string; line: number; body: string }[]}
 */
export function markdownBlocks(text) {
  const lines = text.split('\n');
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const lang = /^```(\w+)$/.exec(lines[i].trim())?.[1];
    if (!lang) continue;
    const end = lines.findIndex((l, j) => j > i && l.trim() === '```');
    if (end < 0) throw new Error(`line ${i + 1}: a fence that never closes`);
    found.push({ lang, line: i + 1, body: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return found;
}
