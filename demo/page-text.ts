// The portal page's own words. The static text is Vietnamese in index.html; `en` holds the
// English for each `data-i18n` key. The widgets translate themselves from <html lang>.

export type PageLocale = 'vi' | 'en';

interface DynamicText {
  readonly filterNone: string;
  readonly filterFor: (province: string, tasks: number) => string;
  readonly tableCaptionFor: (province: string) => string;
  readonly loadFailed: (url: string) => string;
}

const vi: DynamicText = {
  filterNone: 'Đang hiện tất cả nhiệm vụ.',
  filterFor: (p, n) =>
    n === 0
      ? `${p}: không chủ trì nhiệm vụ nào trong danh sách.`
      : `Đang lọc theo ${p}: ${n} nhiệm vụ.`,
  tableCaptionFor: (p) => `Nhiệm vụ trọng tâm năm 2023 do ${p} chủ trì`,
  loadFailed: (url) => `Không tải được danh sách nhiệm vụ (${url}).`,
};

const en: DynamicText = {
  filterNone: 'Showing every task.',
  filterFor: (p, n) =>
    n === 0
      ? `${p} leads none of the listed tasks.`
      : `Filtered by ${p}: ${n} task${n === 1 ? '' : 's'}.`,
  tableCaptionFor: (p) => `Key tasks for 2023 led by ${p}`,
  loadFailed: (url) => `Could not load the task list (${url}).`,
};

export const dynamicText: Readonly<Record<PageLocale, DynamicText>> = { vi, en };

/** English for every `data-i18n` / `data-i18n-aria-label` key in index.html. */
export const staticEnglish: Readonly<Record<string, string>> = {
  title: 'National digital transformation — indicator dashboard',
  skip: 'Skip to main content',
  brand: 'National digital transformation',
  'brand-sub': 'Indicator dashboard',
  nav: 'On this page',
  'nav-headline': 'Highlights',
  'nav-gauges': '2022 targets',
  'nav-results': '2022 results',
  'nav-de-an-06': 'Project 06',
  'nav-targets-2023': '2023 targets',
  'nav-trends': 'Trends',
  'nav-provinces': 'Provinces',
  h1: 'National digital transformation in the reports of 2022 – 2024',
  lead: 'The figures on this page are taken from five public reports of the Ministry of Information and Communications and the National Committee on Digital Transformation. Every figure names its report; status against a target is judged as of the report’s date.',
  notice: 'A demonstration of the open-source cds-vn library, not an official portal.',
  'h-headline': 'Highlights',
  'headline-intro':
    'The latest figure of each indicator; each card names its report at the bottom.',
  'h-gauges': 'Headline indicators, 2022',
  'gauges-intro':
    'Results for 2022 against the 2022 targets, as the summary report of 25 Feb 2023 judged them.',
  'h-results': 'Results for 2022',
  'h-de-an-06': 'Project 06: the tasks of 2022',
  'de-an-06-intro':
    'The project to develop population data, electronic identification and authentication for national digital transformation, 2022 – 2025, with a vision to 2030.',
  'h-targets-2023': 'Key targets for 2023',
  'targets-2023-intro':
    'The 2023 targets by group, with their status as of the report’s date (25 Feb 2023).',
  'h-trends': 'Trends across the reports',
  'trends-intro':
    'Indicators with figures for several periods, joined across the reports by indicator id. The data table under each chart names the report of every point.',
  'chart-broadband': 'Broadband speed',
  'chart-dx-index': 'National digital-transformation index',
  'chart-digital-economy': 'Digital economy as a share of GDP',
  'chart-tech-teams': 'Community digital-technology teams',
  'chart-fibre': 'Households with fibre broadband',
  'chart-mobile-money': 'Mobile Money subscribers',
  'h-explorer': 'Explore the other series',
  'explorer-label': 'Indicator',
  'h-provinces': 'Key tasks assigned to the provinces',
  'provinces-intro':
    'The provinces and cities assigned to lead the key tasks of 2023. Select a province on the map (click it, or Tab to it and press Enter) to filter the task table.',
  'boundaries-legend': 'Administrative boundaries',
  'boundaries-63': '63 provinces and cities (to 30 Jun 2025)',
  'boundaries-34': '34 provinces and cities (from 1 Jul 2025)',
  'filter-none': en.filterNone,
  'filter-clear': 'Show all',
  'src-2022-12-28': 'Source: Results of digital transformation in 2022 (28 Dec 2022)',
  'src-2023-02-25': 'Source: National digital transformation, summary report (25 Feb 2023)',
  'src-2023-02-25-a':
    'Source: National digital transformation, summary report (25 Feb 2023), section I.a',
  'src-2023-02-25-b':
    'Source: National digital transformation, summary report (25 Feb 2023), section I.b',
  'src-2023-02-25-iii':
    'Source: National digital transformation, summary report (25 Feb 2023), section III',
  'src-2023-02-25-iv2':
    'Source: National digital transformation, summary report (25 Feb 2023), section IV.2',
  'src-2023-12':
    'Source: National digital transformation in 2023: positive changes, and the key tasks for 2024 (Dec 2023)',
  'src-2024-04': 'Source: National digital transformation results, April 2024',
  'src-h1-2022-and-2022':
    'Sources: Digital transformation in the first half of 2022 (Aug 2022); Results of digital transformation in 2022 (28 Dec 2022)',
  'src-h1-2022-2022-2023-02':
    'Sources: Digital transformation in the first half of 2022 (Aug 2022); Results of digital transformation in 2022 (28 Dec 2022); 2023 target: summary report (25 Feb 2023)',
  'src-2022-12-and-2023-12':
    'Sources: Results of digital transformation in 2022 (28 Dec 2022); National digital transformation in 2023 (Dec 2023)',
  'src-h1-2022-2023-02-2024-04':
    'Sources: Digital transformation in the first half of 2022 (Aug 2022); summary report (25 Feb 2023); results of April 2024',
  'src-2022-12-and-2024-04':
    'Sources: Results of digital transformation in 2022 (28 Dec 2022); results of April 2024',
  'src-merged':
    'Sources: joined from the five reports (Aug 2022, 28 Dec 2022, 25 Feb 2023, Dec 2023, Apr 2024); the data table names the report of each point',
  'footer-data':
    'Data: five public reports on national digital transformation (Aug 2022 – Apr 2024); every figure carries its report and a quotation to check it against.',
  'footer-lib':
    'Built with cds-vn, an open-source (MIT) web-component library any portal can use with one script tag.',
};
