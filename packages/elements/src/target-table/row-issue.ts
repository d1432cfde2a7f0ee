import type { DataError, Locale } from '@cds-vn/core';
import { tableMessages } from './messages.js';

/**
 * One error of a bad row, for people: its row is named already (number, name), so the path's
 * 0-based row part, "[1]" or "indicators[1]", goes, and the rest is said in words counting
 * from 1: `trường "value" của mục 1 trong "observations": cần một số…`. The event keeps the path.
 */
export function rowIssue(e: DataError, locale: Locale): string {
  const text = e.message[locale];
  const head = `${e.path}: `;
  if (!text.startsWith(head)) return text;
  const t = tableMessages[locale];
  let words = '';
  let leaf = false;
  const rest = e.path.replace(/^(indicators)?\[\d+\]/, '');
  for (const [, key, index, quoted] of rest.matchAll(
    /\.?([\w$]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g,
  )) {
    leaf = index === undefined;
    if (!leaf) words = t.itemIn(String(Number(index) + 1), words);
    else {
      const name = key === undefined ? String(quoted) : `"${key}"`;
      words = words ? t.fieldOf(name, words) : name;
    }
  }
  const said = text.slice(head.length);
  return words ? `${leaf ? t.field(words) : words}: ${said}` : said;
}
