import { html, nothing, type TemplateResult } from 'lit';
import {
  comparePeriods,
  coreMessages,
  formatPeriod,
  formatTargetValue,
  type Locale,
  type Period,
} from '@cds-vn/core';
import { dataText } from '../base/data-text.js';
import { spokenMark } from '../base/spoken-mark.js';
import { trendMessages } from './messages.js';
import { observationText, revisionText, targetNote } from './slot-description.js';
import { targetsFor, type TrendModel, type TrendSeries } from './trend-model.js';

function rowPeriods(model: TrendModel): Period[] {
  const byKey = new Map<string, Period>();
  for (const s of model.series) {
    // Every figure's period, a task's worded result's too (it has no value to draw).
    for (const o of s.indicator.observations) byKey.set(o.period.key, o.period);
    for (const t of s.targets) byKey.set(t.target.period.key, t.target.period);
    for (const m of s.milestones) byKey.set(m.target.due.key, m.target.due);
  }
  return [...byKey.values()].sort(comparePeriods);
}

function valueCell(s: TrendSeries, p: Period, locale: Locale): TemplateResult {
  const point = s.points.find((q) => q.figure.period.key === p.key);
  // An empty cell drawn "–" and said in words: speech skips the dash, or reads it "trừ".
  if (!point) {
    // A task's result is words ("04 Nghị định, 05 Thông tư"), not "no data".
    const said =
      s.indicator.kind === 'milestone'
        ? s.indicator.observations.findLast((o) => o.period.key === p.key)?.text
        : undefined;
    return html`<td class="num">
      ${said ? dataText(said, locale) : spokenMark('–', coreMessages[locale].noData)}
    </td>`;
  }
  const ind = s.indicator;
  const m = coreMessages[locale];
  // Beside its target, a value reads apart from it: "49,996%", not "50%" by "≥ 50%".
  const against = targetsFor(s, p)[0]?.value;
  const others = point.figure.revisions
    .filter((r) => r.value !== undefined)
    .map((r) => revisionText(ind, r, locale, s.share));
  return html`<td class="num">
    ${observationText(ind, point.figure.chosen, locale, s.share, false, against)}
    ${
      others.length
        ? html`<span class="other">${m.revisions}: ${others.join(', ')}</span>`
        : nothing
    }
  </td>`;
}

function targetCell(s: TrendSeries, p: Period, locale: Locale): TemplateResult {
  const m = coreMessages[locale];
  const parts = targetsFor(s, p).map((v) => {
    const goal = formatTargetValue(v.op, v.value, s.indicator, locale, v.total);
    // Part of the target's period (a year's first half) is judged against it: say whose it is.
    // On a share series, first its share, or that it is not drawn.
    const notes = [
      targetNote(s, v, locale),
      v.period.key === p.key ? '' : formatPeriod(v.period, locale, 'inline'),
    ].filter(Boolean);
    return notes.length ? `${goal} (${notes.join(', ')})` : goal;
  });
  for (const k of s.milestones) {
    if (k.target.due.key === p.key) parts.push(`${m.due}: ${k.done ? m.done : m.notDone}`);
  }
  return html`<td>
    ${parts.length ? parts.join('; ') : spokenMark('–', coreMessages[locale].verdict('no-target'))}
  </td>`;
}

/** The chart's data as a table: the text alternative that carries every figure. */
export function renderDataTable(model: TrendModel, locale: Locale, open: boolean): TemplateResult {
  const m = coreMessages[locale];
  const t = trendMessages[locale];
  const named = model.series.length > 1;
  const withTargets = (s: TrendSeries): boolean => s.targets.length > 0 || s.milestones.length > 0;
  const names = model.series.map((s) => dataText(s.indicator.name, locale));
  return html`<details part="table" ?open=${open} lang=${locale}>
    <summary>${t.table}</summary>
    <div class="table-wrap" data-labelledby="table-caption">
      <table>
        <caption class="sr-only" id="table-caption">
          ${names.map((n, i) => (i ? html`; ${n}` : n))}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.period}</th>
            ${model.series.map(
              (s, i) =>
                html`<th scope="col">${names[i]}${s.axis === 'y2' ? ` (${t.secondAxis})` : ''}</th>
                  ${
                    withTargets(s)
                      ? html`<th scope="col">
                          ${named ? html`${m.target}: ${names[i]}` : m.target}
                        </th>`
                      : nothing
                  }`,
            )}
          </tr>
        </thead>
        <tbody>
          ${rowPeriods(model).map(
            (p) =>
              html`<tr>
                <th scope="row">${formatPeriod(p, locale)}</th>
                ${model.series.map(
                  (s) =>
                    html`${valueCell(s, p, locale)}${
                      withTargets(s) ? targetCell(s, p, locale) : nothing
                    }`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </details>`;
}
