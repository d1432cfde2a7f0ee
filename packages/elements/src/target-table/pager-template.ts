import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatNumber, type Locale } from '@cds-vn/core';
import type { TableMessages } from './messages.js';
import type { PageView } from './paging.js';

export interface PagerActions {
  readonly goTo: (page: number) => void;
  readonly showAll: () => void;
}

/**
 * Page controls under a long table: previous and next (`aria-disabled` at either end rather
 * than disabled, so focus stays on them), a page menu, and a button that shows every row. The
 * landmark is named "Phân trang" plus the table's title (`caption-title`): several long tables
 * on one page need distinct names. The menu's choice is set as a property: once a reader has
 * picked a page, browsers that follow the standard (Firefox) no longer move the choice for a
 * `selected` attribute, and a filter that went back to page 1 left the menu on the old page.
 */
export function renderPager(
  p: PageView,
  t: TableMessages,
  locale: Locale,
  on: PagerActions,
): TemplateResult {
  const n = (x: number): string => formatNumber(x, locale);
  const pages = Array.from({ length: p.pages }, (_, i) => i + 1);
  return html`<nav class="pager" part="pager" aria-labelledby="pager-title caption-title">
    <span id="pager-title" hidden>${t.pager}</span>
    <button
      type="button"
      class="previous"
      aria-disabled=${p.page === 1 ? 'true' : 'false'}
      @click=${() => on.goTo(p.page - 1)}
    >
      <span aria-hidden="true">‹</span> ${t.previousPage}
    </button>
    <label
      >${t.pageLabel}
      <select
        name="page"
        @change=${(e: Event) => on.goTo(Number((e.target as HTMLSelectElement).value))}
      >
        ${pages.map((i) => html`<option value=${i} .selected=${live(i === p.page)}>${n(i)}</option>`)}
      </select>
      ${t.ofPages(n(p.pages))}</label
    >
    <button
      type="button"
      class="next"
      aria-disabled=${p.page === p.pages ? 'true' : 'false'}
      @click=${() => on.goTo(p.page + 1)}
    >
      ${t.nextPage} <span aria-hidden="true">›</span>
    </button>
    <button type="button" class="all-rows" @click=${on.showAll}>${t.showAllRows(n(p.rows))}</button>
  </nav>`;
}
