/**
 * Robustness: every element fed hostile data, built by the seeded mutator from the real
 * datasets in seeds/. The project's rule: bad input always gets a clear, visible error (in the
 * page's language) and a `cds-error` event; never an uncaught exception, never a blank widget,
 * never a silently dropped value; nothing from data is ever rendered as HTML.
 *
 * Each mutant is reproducible from its element, seed and index:
 * `mutants(base, seed, index + 1)[index]`, with the base built below. Failure messages name
 * all three and the mutant's edits.
 */
import { expect } from '@open-wc/testing';
import { parseDataset, parseIndicatorData, type DatasetInput } from '@cds-vn/core';
import { HTML_PAYLOAD, mutants, type Mutant } from '../../core/test/hostile-data.js';
import {
  SETTLE_MS,
  expectRuleKept,
  isRecord,
  loadSeeds,
  mount,
  seeds,
  shortForm,
  slice,
  standalone,
  type Json,
  type Lang,
  type Outcome,
} from './rule-check.js';
import { mergeDatasets } from '../../../seeds/merge.js';

type Mode = 'property' | 'attribute';

const SEED_FILES = ['bc-2022-08', 'bc-2022-12-28', 'bc-2023-02-25', 'bc-2023-12', 'bc-2024-04'];
/** Mutants per seed: four seeds per element (over its bases), 60 mutants per element. */
const PER_SEED = 15;
/** The first mutants of each element's first seed are also given as the JSON attribute. */
const AS_ATTRIBUTE = 5;
/** Mutants per element that must be refused, shown in both languages. */
const IN_BOTH_LANGUAGES = 4;

// ---- the bases: small, valid slices of the real datasets -------------------------------------

/** One of the report's datasets merged with another, as a portal joins them (seeds/merge.ts). */
function merged(files: readonly string[], ids: readonly string[]): Json {
  const parts = files.map((f) => {
    const full = seeds[f] as Json;
    const have = (full['indicators'] as Json[]).map((i) => i['id']);
    return slice(
      f,
      ids.filter((id) => have.includes(id)),
    );
  });
  return mergeDatasets(parts as unknown as DatasetInput[]) as unknown as Json;
}

interface Base {
  /** What the mutants start from, for failure messages: "dataset slice", "short form"… */
  readonly name: string;
  /** Builds the valid input from the loaded seeds. */
  readonly build: () => unknown;
  readonly seeds: readonly number[];
  /** Attributes of this base only, over the element's. */
  readonly attrs?: Readonly<Record<string, string>>;
  /** Whether the element must refuse this data, when the element's rule is not core's. */
  readonly rejects?: (value: unknown) => boolean;
  /**
   * `attributes`: the gauge without JSON, each key of the data typed as an attribute
   * (`name` as `label`); the JSON attribute does not apply.
   */
  readonly via?: 'attributes';
  /** False when no name or title of the data is shown (a bare list of provinces). */
  readonly showsText?: boolean;
}

interface Subject {
  readonly tag: string;
  /** The property and JSON attribute that carry the data. */
  readonly prop: 'indicator' | 'data';
  /** Fixed attributes: which indicator or table, which period, "today". */
  readonly attrs: Readonly<Record<string, string>>;
  /** The first base is also given as the JSON attribute. */
  readonly bases: readonly Base[];
  /** Whether core itself refuses this data (then the element must show an error). */
  readonly rejects: (value: unknown) => boolean;
  /** Whether the element shows an indicator's name (so an HTML payload in it must show as text). */
  readonly showsName: boolean;
}

/** Whether a core parser refuses `value`; one that throws has refused it too. */
function refuses(parse: (value: unknown) => { ok: boolean }, value: unknown): boolean {
  try {
    return !parse(value).ok;
  } catch {
    return true;
  }
}

const coreRejects = (value: unknown): boolean => refuses(parseIndicatorData, value);

const SUBJECTS: readonly Subject[] = [
  {
    tag: 'cds-status-badge',
    prop: 'indicator',
    attrs: { 'as-of': '2023-02-25', detailed: '' },
    bases: [
      {
        name: 'dataset slice',
        build: () =>
          slice('bc-2023-02-25', ['ho-so-xu-ly-truc-tuyen', 'du-lieu-mo', 'hoa-don-dien-tu']),
        attrs: { 'indicator-id': 'ho-so-xu-ly-truc-tuyen' },
        seeds: [101, 102],
      },
      {
        name: 'a milestone, as of 2024-04',
        build: () => slice('bc-2023-02-25', ['luat-can-cuoc-cong-dan-sua-doi']),
        attrs: { 'as-of': '2024-04' },
        seeds: [103],
      },
      {
        name: 'short form',
        build: () => shortForm('bc-2022-08', 'dan-so-dien-thoai-thong-minh'),
        attrs: { 'as-of': '2022-08' },
        seeds: [104],
      },
    ],
    rejects: coreRejects,
    showsName: false,
  },
  {
    tag: 'cds-kpi-gauge',
    prop: 'indicator',
    attrs: { 'as-of': '2023-02-25' },
    bases: [
      {
        name: 'dataset slice, ring',
        build: () =>
          slice('bc-2023-02-25', [
            'dvc-thiet-yeu-de-an-06',
            'ho-so-xu-ly-truc-tuyen',
            'luat-can-cuoc-cong-dan-sua-doi',
          ]),
        attrs: { 'indicator-id': 'dvc-thiet-yeu-de-an-06', variant: 'ring', period: '2022' },
        seeds: [201, 202],
      },
      {
        name: 'short form, bullet',
        build: () => shortForm('bc-2023-02-25', 'ho-gia-dinh-cap-quang'),
        attrs: { variant: 'bullet' },
        seeds: [203],
      },
      {
        name: 'plain attributes, no JSON',
        build: () => shortForm('bc-2022-08', 'hoa-don-dien-tu'),
        via: 'attributes',
        // Attributes are text: what a person could type is checked by the gauge itself.
        rejects: () => false,
        seeds: [204],
      },
    ],
    rejects: coreRejects,
    showsName: true,
  },
  {
    tag: 'cds-indicator-card',
    prop: 'indicator',
    attrs: { 'as-of': '2023-12' },
    bases: [
      {
        name: 'dataset slice',
        build: () =>
          slice('bc-2022-12-28', ['ty-trong-kinh-te-so-gdp', 'tan-cong-mang', 'mobile-money']),
        attrs: { 'indicator-id': 'ty-trong-kinh-te-so-gdp' },
        seeds: [301, 302],
      },
      {
        name: 'merged reports, compact',
        build: () =>
          merged(
            ['bc-2022-08', 'bc-2022-12-28', 'bc-2023-02-25', 'bc-2024-04'],
            ['ho-so-xu-ly-truc-tuyen'],
          ),
        attrs: { variant: 'compact', 'change-format': 'absolute', 'heading-level': '3' },
        seeds: [303],
      },
      {
        name: 'one indicator in an array',
        build: () => [standalone('bc-2023-12', 'chi-so-chuyen-doi-so-quoc-gia')],
        seeds: [304],
      },
    ],
    rejects: coreRejects,
    showsName: true,
  },
  {
    tag: 'cds-target-table',
    prop: 'data',
    attrs: {},
    bases: [
      {
        name: 'report table (bc-2022-08)',
        build: () => {
          const table = (seeds['bc-2022-08']?.['tables'] as Json[])[0] as Json;
          return slice('bc-2022-08', table['indicators'] as string[], ['tables']);
        },
        attrs: { 'table-id': 'bc-2022-08-bang-6-thang', 'as-of': '2022-08' },
        seeds: [401, 402],
      },
      {
        name: 'merged reports, every period',
        build: () =>
          merged(
            ['bc-2022-08', 'bc-2022-12-28', 'bc-2023-02-25', 'bc-2024-04'],
            ['ho-so-xu-ly-truc-tuyen', 'ty-trong-kinh-te-so-gdp', 'ho-gia-dinh-cap-quang'],
          ),
        attrs: { periods: 'all', 'group-by': 'pillar', 'as-of': '2024-04' },
        seeds: [403],
      },
      {
        name: 'an array of indicators',
        build: () =>
          ['dvc-thiet-yeu-de-an-06', 'luat-can-cuoc-cong-dan-sua-doi', 'du-lieu-mo'].map((id) =>
            standalone('bc-2023-02-25', id),
          ),
        attrs: { 'sort-by': 'status', 'as-of': '2023-02-25' },
        seeds: [404],
      },
    ],
    // The table takes a dataset, an array or one indicator, as core's parser does.
    rejects: coreRejects,
    showsName: true,
  },
  {
    tag: 'cds-province-map',
    prop: 'data',
    attrs: {},
    bases: [
      {
        // Section IV.2 of the February 2023 report: provinces per pilot task, on the 63.
        name: 'categories per province',
        build: () => slice('bc-2023-02-25', [], ['regional']),
        attrs: { 'indicator-id': 'nhiem-vu-trong-tam-cac-tinh-2023' },
        seeds: [501],
      },
      {
        // Hải Phòng's online dossiers, three years of values for one province.
        name: 'values per province',
        build: () => slice('bc-2023-12', ['ho-so-xu-ly-truc-tuyen'], ['regional']),
        attrs: { 'indicator-id': 'ho-so-xu-ly-truc-tuyen' },
        seeds: [502],
      },
      {
        // The provinces of one pilot task, as a list to highlight.
        name: 'a list to highlight',
        build: () => {
          const [entry] = slice('bc-2023-02-25', [], ['regional'])['regional'] as Json[];
          return ((entry?.['categories'] as Json[])[1] as Json)['provinces'];
        },
        rejects: (value) =>
          Array.isArray(value) && value.some((k) => typeof k !== 'string' || !k.trim()),
        showsText: false,
        seeds: [503],
      },
      {
        // How many pilot tasks each province leads, as plain `{ province: number }`.
        name: 'plain values',
        build: () => {
          const [entry] = slice('bc-2023-02-25', [], ['regional'])['regional'] as Json[];
          const counts: Record<string, number> = {};
          for (const c of entry?.['categories'] as Json[])
            for (const p of c['provinces'] as string[]) counts[p] = (counts[p] ?? 0) + 1;
          return counts;
        },
        attrs: { unit: 'count', name: 'Nhiệm vụ thí điểm', boundaries: 'vn-63' },
        rejects: (value) =>
          isRecord(value) &&
          !('indicators' in value || 'regional' in value || 'values' in value) &&
          Object.values(value).some((v) => typeof v !== 'number' || !Number.isFinite(v)),
        showsText: false,
        seeds: [504],
      },
    ],
    // A dataset-shaped input is checked as a dataset (map-data.ts); other shapes have their own rules.
    rejects: (value) =>
      isRecord(value) && ('indicators' in value || 'regional' in value)
        ? refuses(parseDataset, { indicators: [], ...value })
        : false,
    showsName: true,
  },
  {
    tag: 'cds-trend-chart',
    prop: 'indicator',
    attrs: { 'as-of': '2023-12', 'no-animation': '' },
    bases: [
      {
        name: 'two axes',
        build: () =>
          slice('bc-2022-12-28', ['ty-trong-kinh-te-so-gdp', 'tan-cong-mang', 'mobile-money']),
        attrs: { 'indicator-ids': 'ty-trong-kinh-te-so-gdp', 'y2-indicator-ids': 'tan-cong-mang' },
        seeds: [601, 602],
      },
      {
        name: 'merged reports, bars',
        build: () =>
          merged(
            ['bc-2022-08', 'bc-2022-12-28', 'bc-2023-02-25', 'bc-2024-04'],
            ['ho-so-xu-ly-truc-tuyen'],
          ),
        attrs: { type: 'bar', 'show-table': '' },
        seeds: [603],
      },
      {
        name: 'a forecast, in an array',
        build: () => [standalone('bc-2023-12', 'chi-so-chuyen-doi-so-quoc-gia')],
        seeds: [604],
      },
    ],
    rejects: coreRejects,
    showsName: true,
  },
];

// ---- one run: mount, wait, look ---------------------------------------------------------------

/** Gives the gauge its data as a person types it: numbers as properties, the rest as text. */
function giveAsAttributes(el: HTMLElement, value: unknown): void {
  if (!isRecord(value)) return;
  for (const [key, v] of Object.entries(value)) {
    const name = key === 'name' ? 'label' : key;
    // A key no attribute can be named after could not be typed as one either.
    if (!/^[a-z_][\w-]*$/i.test(name)) continue;
    if (typeof v === 'number') (el as unknown as Record<string, unknown>)[name] = v;
    else el.setAttribute(name, typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)));
  }
}

async function run(
  subject: Subject,
  base: Base,
  value: unknown,
  mode: Mode,
  lang: Lang,
  /** Properties set from JavaScript, as a framework would. */
  props: Readonly<Record<string, unknown>> = {},
): Promise<Outcome> {
  // For the JSON attribute, what must be refused is its text parsed back.
  const text = base.via || mode !== 'attribute' ? undefined : JSON.stringify(value);
  const given: unknown = text === undefined ? value : JSON.parse(text);
  return mount({
    tag: subject.tag,
    lang,
    attrs: { ...subject.attrs, ...base.attrs },
    give: (el) => {
      if (base.via === 'attributes') giveAsAttributes(el, value);
      else if (text !== undefined) el.setAttribute(subject.prop, text);
      else (el as unknown as Record<string, unknown>)[subject.prop] = value;
    },
    props,
    mustRefuse: (base.rejects ?? subject.rejects)(given) ? 'core refuses this data' : undefined,
  });
}

interface Prepared {
  readonly base: Base;
  readonly value: unknown;
  readonly seed: number;
  readonly list: readonly Mutant[];
}

function describeMutant(tag: string, p: Prepared, index: number, how: string): string {
  const edits = JSON.stringify(p.list[index]?.edits);
  return `${tag} (${p.base.name}), seed ${p.seed}, mutant #${index} (${how}), edits ${edits}`;
}

/** Display texts (names, titles, notes, agencies) replaced by markup: valid data, hostile text. */
function withPayload(value: unknown, key = ''): unknown {
  const texts = ['vi', 'en', 'name', 'title', 'text', 'note', 'publisher', 'locator', 'agency'];
  if (typeof value === 'string') return texts.includes(key) ? HTML_PAYLOAD : value;
  if (Array.isArray(value)) return value.map((v) => withPayload(v, key));
  if (isRecord(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withPayload(v, k)]));
  return value;
}

// ---- the tests --------------------------------------------------------------------------------

describe('robustness: hostile data', function () {
  // Up to one mount per base, of up to SETTLE_MS each, per test.
  this.timeout(5 * SETTLE_MS);

  const prepared = new Map<Subject, Prepared[]>();
  before(async () => {
    await loadSeeds(SEED_FILES);
    for (const s of SUBJECTS) {
      prepared.set(
        s,
        s.bases.flatMap((base) =>
          base.seeds.map((seed) => ({
            base,
            value: base.build(),
            seed,
            list: mutants(base.build(), seed, PER_SEED),
          })),
        ),
      );
    }
  });

  const preparedOf = (s: Subject): Prepared[] => {
    const p = prepared.get(s);
    if (!p) throw new Error(`${s.tag}: not prepared`);
    return p;
  };
  /** The mutants of one seed. */
  const bySeed = (s: Subject, seed: number): Prepared => {
    const p = preparedOf(s).find((x) => x.seed === seed);
    if (!p) throw new Error(`${s.tag}: no seed ${seed}`);
    return p;
  };

  for (const subject of SUBJECTS) {
    describe(subject.tag, () => {
      it('shows every unmutated base as a widget (the mutants start from valid data)', async () => {
        for (const { base, value } of preparedOf(subject)) {
          const out = await run(subject, base, value, 'property', 'vi');
          const what = `${subject.tag} (${base.name}): the base`;
          expectRuleKept(out, 'vi', what);
          expect(out.panel, `${what} shows an error: ${out.visible}`).to.equal(null);
          expect(out.inlineErrors, `${what} shows bad rows`).to.deep.equal([]);
        }
      });

      it('renders markup in its texts as text, never as HTML', async () => {
        for (const { base, value } of preparedOf(subject)) {
          const out = await run(subject, base, withPayload(value), 'property', 'vi');
          const what = `${subject.tag} (${base.name}) with markup in its texts`;
          expect(out.injected, what).to.deep.equal([]);
          expectRuleKept(out, 'vi', what);
          expect(out.panel, `${what}: the data is valid, yet: ${out.visible}`).to.equal(null);
          // The markup shows as text (as JSON text, for a name typed into the gauge's label).
          if (subject.showsName && base.showsText !== false)
            expect(out.el.shadowRoot?.textContent, `${what}: shown as text`).to.contain('<b id=');
        }
      });

      for (const base of subject.bases) {
        for (const seed of base.seeds) {
          for (let i = 0; i < PER_SEED; i++) {
            it(`${base.name}: seed ${seed} mutant #${i}`, async () => {
              const p = bySeed(subject, seed);
              const out = await run(subject, base, p.list[i]?.value, 'property', 'vi');
              expectRuleKept(out, 'vi', describeMutant(subject.tag, p, i, 'lang vi'));
            });
          }
        }
      }

      const [first] = subject.bases;
      const [firstSeed = 0] = first?.seeds ?? [];
      for (let i = 0; i < AS_ATTRIBUTE; i++) {
        it(`${first?.name}: seed ${firstSeed} mutant #${i}, as the JSON attribute`, async () => {
          const p = bySeed(subject, firstSeed);
          const out = await run(subject, p.base, p.list[i]?.value, 'attribute', 'vi');
          expectRuleKept(out, 'vi', describeMutant(subject.tag, p, i, 'JSON attribute, lang vi'));
        });
      }

      for (let k = 0; k < IN_BOTH_LANGUAGES; k++) {
        it(`says the error in the page's language (refused mutant ${k + 1})`, async () => {
          // The k-th mutant (over every JSON base and seed) that must be refused.
          const refused = preparedOf(subject).flatMap((p) =>
            p.base.via
              ? []
              : p.list.flatMap((m, i) =>
                  (p.base.rejects ?? subject.rejects)(m.value) ? [{ p, i }] : [],
                ),
          );
          const pick = refused[k];
          expect(pick, `${subject.tag}: only ${refused.length} mutants refused`).to.not.equal(
            undefined,
          );
          const { p, i } = pick as (typeof refused)[number];
          const what = (lang: Lang): string => describeMutant(subject.tag, p, i, `lang ${lang}`);
          const vi = await run(subject, p.base, p.list[i]?.value, 'property', 'vi');
          expectRuleKept(vi, 'vi', what('vi'));
          const en = await run(subject, p.base, p.list[i]?.value, 'property', 'en');
          expectRuleKept(en, 'en', what('en'));
          const errorsOf = (o: Outcome): readonly string[] =>
            o.panel ? o.panelItems : o.inlineErrors;
          const viErrors = errorsOf(vi);
          const enErrors = errorsOf(en);
          expect(viErrors.length, `${what('vi')}: no error shown`).to.be.greaterThan(0);
          expect(enErrors.length, `${what('en')}: not the same errors`).to.equal(viErrors.length);
          // Each message has its own wording in each language, not the Vietnamese twice.
          enErrors.forEach((text, n) =>
            expect(text, `${what('en')}: error ${n} is the Vietnamese text`).to.not.equal(
              viErrors[n],
            ),
          );
          const enEvent = en.events.at(-1);
          expect(enEvent?.message, `${what('en')}: cds-error message`).to.equal(
            en.panel ? enErrors[0] : enEvent?.errors[0]?.message.en,
          );
        });
      }
    });
  }

  // ---- regressions: fixed inputs that broke an element before its fix --------------------------

  describe('regressions', () => {
    const subjectOf = (tag: string): Subject => {
      const found = SUBJECTS.find((x) => x.tag === tag);
      if (!found) throw new Error(`no subject ${tag}`);
      return found;
    };

    it('cds-kpi-gauge: a number as the period, from JavaScript (seed 204 mutant #5)', async () => {
      // Threw "text.trim is not a function" out of willUpdate: a blank gauge, no cds-error.
      const gauge = subjectOf('cds-kpi-gauge');
      const base = gauge.bases.find((b) => b.via === 'attributes') as Base;
      const typed = { ...shortForm('bc-2022-08', 'hoa-don-dien-tu'), period: 54.34 };
      const out = await run(gauge, base, typed, 'property', 'vi');
      expectRuleKept(out, 'vi', 'cds-kpi-gauge, .period = 54.34');
      expect(out.panel, 'cds-kpi-gauge, .period = 54.34: no error panel').to.not.equal(null);
      expect(out.panelItems.join(' '), 'the message names the value').to.contain('54.34');
      expect(out.events.at(-1)?.code).to.equal('invalid-attribute');
      expect(out.events.at(-1)?.path).to.equal('period');
    });

    it('cds-kpi-gauge: a year given as a number is that year', async () => {
      const gauge = subjectOf('cds-kpi-gauge');
      const [p] = preparedOf(gauge);
      const out = await run(gauge, p?.base as Base, p?.value, 'property', 'vi', { period: 2022 });
      expectRuleKept(out, 'vi', 'cds-kpi-gauge, .period = 2022');
      expect(out.panel, `cds-kpi-gauge, .period = 2022: ${out.visible}`).to.equal(null);
      expect(out.el.getAttribute('period')).to.equal('2022');
      expect(out.visible).to.contain('21/25');
    });

    /**
     * Text properties set from JavaScript to a number or an object, as a framework may: each
     * threw a TypeError out of willUpdate (a blank widget) before the fix. `true`: the value is
     * unreadable there, so the element must say so; `false`: it is fine as text (a search).
     */
    type Case = readonly [prop: string, value: unknown, refused: boolean];
    const both = (prop: string, refused: boolean): Case[] => [
      [prop, 54.34, refused],
      [prop, { year: 2022 }, refused],
    ];
    const NOT_TEXT: Readonly<Record<string, readonly Case[]>> = {
      'cds-status-badge': [...both('period', true), ...both('asOf', true), ...both('src', false)],
      'cds-kpi-gauge': [...both('period', true), ...both('asOf', true)],
      'cds-indicator-card': [...both('headingLevel', true), ...both('period', true)],
      'cds-trend-chart': [
        ...both('indicatorIds', true),
        ...both('y2IndicatorIds', true),
        ...both('type', true),
      ],
      'cds-target-table': [
        ...both('period', true),
        ...both('asOf', true),
        ...both('periods', true),
        ...both('columns', true),
        ...both('search', false),
      ],
      'cds-province-map': [
        // One class break at 54.34 is a scale; an object is not.
        ['breaks', 54.34, false],
        ['breaks', { year: 2022 }, true],
        ...both('selected', false),
      ],
    };
    for (const [tag, cases] of Object.entries(NOT_TEXT)) {
      it(`${tag}: text properties set to a number or an object from JavaScript`, async () => {
        const subject = subjectOf(tag);
        const [p] = preparedOf(subject);
        for (const [prop, value, refused] of cases) {
          const what = `${tag}, .${prop} = ${JSON.stringify(value)}`;
          const out = await run(subject, p?.base as Base, p?.value, 'property', 'vi', {
            [prop]: value,
          });
          expectRuleKept(out, 'vi', what);
          expect(!!out.panel, `${what}: error panel shown: ${out.visible}`).to.equal(refused);
        }
      });
    }

    it('a date that does not exist (2022-02-30) in the data is an error that names it', async () => {
      // Core's schema once let the date through and its normaliser threw a RangeError, shown
      // with English detail in the Vietnamese panel. Now it is a data error like any other: the
      // panel, or for the table the bad row beside the good ones, naming the date.
      const setFirstPeriod = (value: unknown): boolean => {
        if (Array.isArray(value)) return value.some(setFirstPeriod);
        if (!isRecord(value)) return false;
        if (typeof value['period'] === 'string') {
          value['period'] = '2022-02-30';
          return true;
        }
        return Object.values(value).some(setFirstPeriod);
      };
      for (const subject of SUBJECTS) {
        const p = preparedOf(subject).find(
          (x) => !x.base.via && setFirstPeriod(structuredClone(x.value)),
        );
        expect(p, `${subject.tag}: no base with a period`).to.not.equal(undefined);
        const value = structuredClone((p as Prepared).value);
        setFirstPeriod(value);
        for (const lang of ['vi', 'en'] as const) {
          const what = `${subject.tag} (${p?.base.name}), first period = "2022-02-30", lang ${lang}`;
          const out = await run(subject, (p as Prepared).base, value, 'property', lang);
          expectRuleKept(out, lang, what);
          const shown = [...out.panelItems, ...out.inlineErrors].join(' ');
          expect(shown, `${what}: names the date: ${out.visible}`).to.contain('2022-02-30');
          expect(shown, `${what}: in ${lang}`).to.contain(
            lang === 'vi' ? 'kỳ không hợp lệ' : 'invalid period',
          );
        }
      }
    });
  });
});
