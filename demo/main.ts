// The one script the portal page loads. It registers every cds-* element, then wires the page
// the way a portal developer would: the widgets only ever talk through their public events and
// attributes (a province click sets attributes on the task table; the language switch sets
// <html lang>, which every widget follows).
import '@cds-vn/elements/define-all.js';
import { provinceUnits, type DatasetInput, type ProvinceUnit } from '@cds-vn/core';
import { dynamicText, staticEnglish, type PageLocale } from './page-text.js';

const PILOT_DATASET = '/seeds/bc-2023-02-25.json';
const PILOT_ENTRY = 'nhiem-vu-trong-tam-cac-tinh-2023';
const MERGED_DATASET = '/seeds/merged.json';

/**
 * Series left out of the explorer: counts over a quarter or half-year beside yearly counts
 * (cyber attacks in 2024-Q1, security revenue in 2022-H1) would read as a collapse on one line.
 */
const MIXED_FLOW_SERIES = new Set(['tan-cong-mang', 'doanh-thu-an-toan-thong-tin-mang']);

type Localized = string | { vi: string; en?: string };
type Categories = {
  id: string;
  name: Localized;
  categories: { id: string; name: Localized; provinces: string[] }[];
};

const byId = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as T;
};

const localize = (text: Localized, locale: PageLocale): string =>
  typeof text === 'string' ? text : locale === 'en' ? (text.en ?? text.vi) : text.vi;

const currentLocale = (): PageLocale => (document.documentElement.lang === 'en' ? 'en' : 'vi');

// ---- Page text: Vietnamese in the HTML, English from page-text.ts -------------------------

const original = new Map<Element, string>();
const originalAria = new Map<Element, string>();

function applyPageText(locale: PageLocale): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    if (!original.has(el)) original.set(el, el.textContent?.trim().replace(/\s+/g, ' ') ?? '');
    const key = el.dataset['i18n'] ?? '';
    el.textContent = locale === 'vi' ? (original.get(el) ?? '') : (staticEnglish[key] ?? '');
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-aria-label]')) {
    if (!originalAria.has(el)) originalAria.set(el, el.getAttribute('aria-label') ?? '');
    const key = el.dataset['i18nAriaLabel'] ?? '';
    el.setAttribute(
      'aria-label',
      locale === 'vi' ? (originalAria.get(el) ?? '') : (staticEnglish[key] ?? ''),
    );
  }
  const sw = byId<HTMLButtonElement>('lang-switch');
  sw.textContent = locale === 'vi' ? 'English' : 'Tiếng Việt';
  sw.lang = locale === 'vi' ? 'en' : 'vi';
}

function setLocale(locale: PageLocale): void {
  // Every cds-* widget follows <html lang>: nothing else to tell them.
  document.documentElement.lang = locale;
  applyPageText(locale);
  renderFilterStatus();
  renderPilotTable();
  labelSeriesOptions();
}

// ---- Province map → task table -------------------------------------------------------------

let pilotTasks: Categories | undefined;
let pilotSource: DatasetInput['source'];
let selected: { name: string; categories: readonly string[] } | undefined;

/** The name a province had on the report's date (Thừa Thiên Huế became Huế in 2025). */
function nameOn(unit: ProvinceUnit, date: string, locale: PageLocale): string {
  if (locale === 'en') return unit.nameEn;
  const former = (unit.formerNames ?? []).find((f) => f.until >= date);
  return former?.name ?? unit.name;
}

function renderPilotTable(): void {
  const table = byId('pilot-table');
  if (!pilotTasks) return;
  const locale = currentLocale();
  const date = pilotSource?.date ?? '';
  const units = new Map(provinceUnits('vn-63').map((u) => [u.gso, u]));
  const tasks = pilotTasks.categories.filter(
    (c) => !selected || selected.categories.includes(c.id),
  );
  const dataset: DatasetInput = {
    ...(pilotSource && { source: pilotSource }),
    indicators: tasks.map((c) => ({
      id: `nhiem-vu-${c.id}`,
      name: c.name,
      agency: c.provinces.map((code) => {
        const unit = units.get(code);
        return unit ? nameOn(unit, date, locale) : code;
      }),
    })),
  };
  const t = dynamicText[locale];
  table.setAttribute(
    'caption',
    selected ? t.tableCaptionFor(selected.name) : localize(pilotTasks.name, locale),
  );
  table.setAttribute('data', JSON.stringify(dataset));
  table.hidden = tasks.length === 0;
}

function renderFilterStatus(): void {
  const status = byId('filter-status');
  const clear = byId<HTMLButtonElement>('filter-clear');
  const t = dynamicText[currentLocale()];
  if (!selected) {
    status.textContent = t.filterNone;
    clear.hidden = true;
    return;
  }
  const count = pilotTasks?.categories.filter((c) => selected?.categories.includes(c.id)).length;
  status.textContent = t.filterFor(selected.name, count ?? 0);
  clear.hidden = false;
}

function clearSelection(): void {
  selected = undefined;
  byId('pilot-map').removeAttribute('selected');
  renderFilterStatus();
  renderPilotTable();
}

function wireProvinces(): void {
  const map = byId('pilot-map');
  map.addEventListener('cds-province-select', (e) => {
    selected = { name: e.name, categories: e.categories };
    renderFilterStatus();
    renderPilotTable();
  });
  byId('filter-clear').addEventListener('click', clearSelection);
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="boundaries"]')) {
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      map.setAttribute('boundaries', radio.value);
      // Codes differ between the 63 and the 34: a selection does not carry over.
      clearSelection();
    });
  }
}

async function loadPilotTasks(): Promise<void> {
  const response = await fetch(PILOT_DATASET);
  if (!response.ok) throw new Error(`${PILOT_DATASET}: HTTP ${response.status}`);
  const dataset = (await response.json()) as DatasetInput;
  pilotSource = dataset.source;
  pilotTasks = (dataset.regional ?? []).find(
    (r): r is Categories => 'categories' in r && r.id === PILOT_ENTRY,
  );
  renderPilotTable();
}

// ---- Series explorer -------------------------------------------------------------------------

let seriesNames = new Map<string, Localized>();

function labelSeriesOptions(): void {
  const locale = currentLocale();
  for (const option of byId<HTMLSelectElement>('series-select').options) {
    const name = seriesNames.get(option.value);
    if (name) option.textContent = localize(name, locale);
  }
}

async function loadSeries(): Promise<void> {
  const response = await fetch(MERGED_DATASET);
  if (!response.ok) throw new Error(`${MERGED_DATASET}: HTTP ${response.status}`);
  const dataset = (await response.json()) as DatasetInput;
  const select = byId<HTMLSelectElement>('series-select');
  const chart = byId('series-chart');
  const several = dataset.indicators.filter((ind) => {
    const periods = new Set(
      (ind.observations ?? []).filter((o) => o.value !== undefined).map((o) => o.period),
    );
    return periods.size > 1 && !MIXED_FLOW_SERIES.has(ind.id);
  });
  seriesNames = new Map(several.map((ind) => [ind.id, ind.name]));
  select.replaceChildren(
    ...several.map(
      (ind) => new Option(ind.id, ind.id, false, ind.id === chart.getAttribute('indicator-ids')),
    ),
  );
  labelSeriesOptions();
  select.addEventListener('change', () => chart.setAttribute('indicator-ids', select.value));
}

// ---- Start -----------------------------------------------------------------------------------

byId('lang-switch').addEventListener('click', () =>
  setLocale(currentLocale() === 'vi' ? 'en' : 'vi'),
);
wireProvinces();
applyPageText(currentLocale());
renderFilterStatus();
// The widgets show their own download errors; the page says what its script could not load.
loadPilotTasks().catch((e: unknown) => {
  byId('filter-status').textContent = dynamicText[currentLocale()].loadFailed(PILOT_DATASET);
  console.warn(e);
});
loadSeries().catch((e: unknown) => {
  byId<HTMLSelectElement>('series-select').disabled = true;
  console.warn(e);
});
