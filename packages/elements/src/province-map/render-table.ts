import { html, nothing, type TemplateResult } from 'lit';
import { VERDICT_SYMBOL, coreMessages, formatPeriod, type Locale, type Text } from '@cds-vn/core';
import { dataText } from '../base/data-text.js';
import { spokenMark } from '../base/spoken-mark.js';
import { messages } from './messages.js';
import type { ResolvedMap } from './resolve-map-data.js';
import type { MapView } from './unit-view.js';

/** The map's text alternative: every unit with what the map shows for it, in GSO code order. */
export function renderTable(
  r: ResolvedMap,
  view: MapView,
  locale: Locale,
  title: Text | undefined,
  setLabel: string,
  visible: boolean,
): TemplateResult {
  const m = messages[locale];
  const values = r.kind === 'values';
  const withTarget = values && (r.target ?? r.national) !== undefined;
  const merged = r.dataSet !== r.set && r.kind !== 'none';
  const valueHeader = values ? m.value : r.kind === 'categories' ? m.categories : m.highlighted;
  // No rank, verdict or merge: "–" for the eye, and words, read after the column's header, for
  // a voice that would say "trừ" (minus).
  const none = spokenMark('–', m.none);
  // The table is read apart from the header: its caption names the figures' period too.
  const period = r.period && formatPeriod(r.period, locale, 'inline');
  // Collapsed, the table is hidden from everyone, as the toggle's aria-expanded says: each
  // province's button already names its value, rank and status. Shown and too wide, the box
  // is a focusable group named by the caption (ScrollFocus).
  return html`<div
    id="table"
    class="table-wrap"
    data-labelledby="table-caption"
    ?hidden=${!visible}
  >
    <table part="table" class="table">
      <caption id="table-caption">
        ${title ? html`${dataText(title, locale)}${period ? `, ${period}` : ''} — ` : nothing}${setLabel}
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
                : `${locale === 'en' ? f.unit.nameEn : f.unit.name} ${view.fmt(f.value)}`,
            )
            .join('; ');
          const missing = u.datum?.missing.length
            ? m.missing(
                u.datum.missing.map((x) => (locale === 'en' ? x.nameEn : x.name)).join(', '),
              )
            : '';
          const cats = u.datum?.categories ?? [];
          return html`<tr data-code=${u.unit.gso}>
            <td>${u.unit.gso}</td>
            <th scope="row">${u.name}</th>
            ${
              r.kind === 'none'
                ? nothing
                : html`<td>
                    ${
                      cats.length
                        ? html`${m.categoryCount(cats.length)}:
                          ${cats.map((c, i) => html`${i ? '; ' : ''}${dataText(c.name, locale)}`)}`
                        : u.valueText
                    }
                  </td>`
            }
            ${values ? html`<td>${u.rank ?? none}</td>` : nothing}
            ${
              withTarget
                ? html`<td>
                    ${
                      verdict
                        ? html`<span aria-hidden="true">${VERDICT_SYMBOL[verdict]}</span>
                            ${coreMessages[locale].verdict(verdict)}`
                        : u.side !== undefined
                          ? m.versus(u.side)
                          : none
                    }
                  </td>`
                : nothing
            }
            ${merged ? html`<td>${[from, missing].filter(Boolean).join('; ') || none}</td>` : nothing}
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
