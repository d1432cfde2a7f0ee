import { html, nothing, type TemplateResult } from 'lit';
import { spokenMark } from '../base/spoken-mark.js';
import { styleProps } from '../base/style-props.js';
import { VERDICT_SYMBOL, coreMessages, type Locale } from '@cds-vn/core';
import type { Bin } from './color-scale.js';
import { dataText } from '../base/data-text.js';
import { messages } from './messages.js';
import type { ResolvedMap } from './resolve-map-data.js';
import {
  CATEGORY_COLORS,
  FILL_BASE,
  FILL_HIGHLIGHT,
  FILL_SEVERAL,
  type MapView,
} from './unit-view.js';

const swatch = (color: string): TemplateResult =>
  html`<span class="swatch" part="swatch" ${styleProps({ background: color })}></span>`;
const noDataSwatch = html`<span class="swatch no-data" part="swatch"></span>`;

/** The legend: bins with their ranges, categories as buttons that pick one, or highlight keys. */
export function renderLegend(
  r: ResolvedMap,
  view: MapView,
  locale: Locale,
  category: string | undefined,
  onPick: (id: string | undefined) => void,
): TemplateResult | typeof nothing {
  const m = messages[locale];
  const missing = view.units.length - view.covered;
  if (r.kind === 'values' && view.scale) {
    // As the provinces read: "49,996%" beside a target of 50%, never a "50%" that misses it.
    const { fmt } = view;
    // Drawn with symbols, read in words: "<", "–" and "≥" are skipped or misread by speech.
    const said = spokenMark;
    const range = (b: Bin): TemplateResult | string =>
      b.open === 'below'
        ? said(`< ${fmt(b.to)}`, m.below(fmt(b.to)))
        : b.open === 'above'
          ? said(`≥ ${fmt(b.from)}`, m.atLeast(fmt(b.from)))
          : b.from === b.to
            ? fmt(b.from)
            : said(`${fmt(b.from)} – ${fmt(b.to)}`, m.range(fmt(b.from), fmt(b.to)));
    const symbol = (b: Bin): TemplateResult | typeof nothing => {
      if (b.meets === undefined) return nothing;
      const v = b.meets ? 'achieved' : 'not-achieved';
      return said(`${VERDICT_SYMBOL[v]} `, `${coreMessages[locale].verdict(v)}: `);
    };
    const title = r.target ? m.target : m.national;
    return html`<div class="legend" part="legend">
      ${
        view.targetText
          ? html`<p class="legend-title">
              ${said(title(view.targetText), title(view.targetWords ?? view.targetText))}
            </p>`
          : nothing
      }
      <ul>
        ${view.scale.bins.map(
          (b, i) =>
            html`<li data-bin=${i}>${swatch(b.color)}<span>${symbol(b)}${range(b)}</span></li>`,
        )}
        ${missing ? html`<li>${noDataSwatch}<span>${m.noData} (${missing})</span></li>` : nothing}
      </ul>
    </div>`;
  }
  if (r.kind === 'categories') {
    const count = (id: string): number =>
      view.units.filter((u) => u.datum?.categories.some((c) => c.id === id)).length;
    const several = view.units.some((u) => (u.datum?.categories.length ?? 0) > 1);
    // The items are buttons that look like a key; and past nine groups, colours repeat.
    const repeats = r.categories.length > CATEGORY_COLORS.length;
    return html`<div class="legend categories" part="legend">
      ${
        category
          ? nothing
          : html`<p class="legend-title legend-hint">
              ${m.pick(repeats ? CATEGORY_COLORS.length : undefined)}
            </p>`
      }
      <ul>
        ${r.categories.map(
          (c) =>
            html`<li>
              <button
                type="button"
                part="legend-item"
                aria-pressed=${category === c.id ? 'true' : 'false'}
                @click=${() => onPick(category === c.id ? undefined : c.id)}
              >
                ${swatch(view.categoryColors.get(c) ?? FILL_BASE)}<span
                  >${dataText(c.name, locale)} (${count(c.id)})</span
                >
              </button>
            </li>`,
        )}
        ${
          several && !category
            ? html`<li>${swatch(FILL_SEVERAL)}<span>${m.several}</span></li>`
            : nothing
        }
        <li>${swatch(FILL_BASE)}<span>${m.noCategory}</span></li>
      </ul>
      ${
        category
          ? html`<button
              type="button"
              class="show-all"
              part="legend-item"
              @click=${() => onPick(undefined)}
            >
              ${m.allCategories}
            </button>`
          : nothing
      }
    </div>`;
  }
  if (r.kind === 'highlight') {
    return html`<div class="legend" part="legend">
      <ul>
        <li>${swatch(FILL_HIGHLIGHT)}<span>${m.highlighted} (${view.covered})</span></li>
        <li>${swatch(FILL_BASE)}<span>${m.others} (${missing})</span></li>
      </ul>
    </div>`;
  }
  return nothing;
}
