/** Shared by the target table's tests: render a table and read it as a person sees it. */
import { fixture, html } from '@open-wc/testing';
import '../src/target-table/cds-target-table.js';
import type { CdsTargetTable } from '../src/target-table/target-table.js';

/** Text without word joiners and with spaces collapsed. */
export const clean = (s: string | null | undefined): string =>
  (s ?? '')
    .replace(/\u2060/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export function root(el: CdsTargetTable): ShadowRoot {
  const r = el.shadowRoot;
  if (!r) throw new Error('no shadow root');
  return r;
}

/** The visible text of a cell: no screen-reader-only text, no revisions disclosure. */
export function cellText(cell: Element): string {
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('.sr-only, details').forEach((n) => n.remove());
  return clean(copy.textContent);
}

/** A table of `data` in a box `width` px wide, rendered. */
export async function table(
  data: unknown,
  attrs: Record<string, string> = {},
  width = 1100,
): Promise<CdsTargetTable> {
  const el = document.createElement('cds-target-table');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data as object;
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}
