import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { VERDICT_SYMBOL, coreMessages, formatValue, type Locale } from '@cds-vn/core';
import { messages } from './messages.js';
import type { ResolvedMap } from './resolve-map-data.js';
import type { MapView } from './unit-view.js';

/** The map's text alternative: every unit with what the map shows for it, in GSO code order. */
export function renderTable(
  r: ResolvedMap,
  view: MapView,
  locale: Locale,
  caption: string,
  visible: boolean,
): TemplateResult {
  const m = messages[locale];
  const values = r.kind === 'values';
  const withTarget = values && r.target !== undefined;
  const merged = r.dataSet !== r.set && r.kind !== 'none';
  const info = { unit: r.unit, ...(r.unitLabel && { unitLabel: r.unitLabel }) };
  const valueHeader = values ? m.value : r.kind === 'categories' ? m.categories : m.highlighted;
  // The wrapper hides the table: a table's width ignores \`width: 1px\`, a block's does not.
  // Shown, a group named by the caption: the box takes focus when too wide (ScrollFocus).
  return html`<div
    id="table"
    class=${visible ? 'table-wrap' : 'sr-only'}
    role=${ifDefined(visible ? 'group' : undefined)}
    aria-labelledby=${ifDefined(visible ? 'table-caption' : undefined)}
  >
    <table part="table" class="table">
      <caption id="table-caption">
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${m.code}</th>
          <th scope="col">${m.province}</th>
          ${r.kind === 'none' ? nothing : html`<th scope="col">${valueHeader}</th>`}
          ${values ? html`<th scope="col">${m.rankHeader}</th>` : nothing}
          ${withTarget ? html`<th scope="col">${m.status}</th>` : nothing}
          ${merged ? html`<th scope="col">${m.from}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${view.units.map((u) => {
          const verdict = u.meets === undefined ? undefined : u.meets ? 'achieved' : 'not-achieved';
          const from = (u.datum?.from ?? [])
            .map((f) =>
              f.value === undefined
                ? locale === 'en'
                  ? f.unit.nameEn
                  : f.unit.name
                : `${locale === 'en' ? f.unit.nameEn : f.unit.name} ${formatValue(f.value, info, locale)}`,
            )
            .join('; ');
          const missing = u.datum?.missing.length
            ? m.missing(
                u.datum.missing.map((x) => (locale === 'en' ? x.nameEn : x.name)).join(', '),
              )
            : '';
          return html`<tr data-code=${u.unit.gso}>
            <td>${u.unit.gso}</td>
            <th scope="row">${u.name}</th>
            ${r.kind === 'none' ? nothing : html`<td>${u.valueText}</td>`}
            ${values ? html`<td>${u.rank ?? '–'}</td>` : nothing}
            ${
              withTarget
                ? html`<td>
                    ${verdict ? `${VERDICT_SYMBOL[verdict]} ${coreMessages[locale].verdict(verdict)}` : '–'}
                  </td>`
                : nothing
            }
            ${merged ? html`<td>${[from, missing].filter(Boolean).join('; ') || '–'}</td>` : nothing}
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
