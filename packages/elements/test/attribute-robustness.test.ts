/**
 * Robustness: every element's attributes (and the matching properties) fed hostile values, as
 * robustness.test.ts feeds the data. Each element starts from one valid base of real seed data;
 * each attribute the custom-elements manifest lists (`npm run manifest`) is then set, one value
 * per mount, to every hostile string below and to a value valid for another attribute; set on a
 * live element and restored; and set from JavaScript to values of the wrong type. A new
 * attribute is fuzzed without editing this file. The rule is robustness.test.ts's (rule-check.ts):
 * no uncaught exception, no unhandled rejection, no console.error, never blank, an error panel
 * visible, in the page's language and paired with a `cds-error`, no markup from the value. And
 * never a silently dropped value, where the manifest says what a value must be: one of the values
 * an attribute's description lists (`a`, `b` or `c`), a period (`period`, `as-of`) or a number
 * (type `number`); anything else, unless blank, must show an error.
 *
 * Each failure names the element, attribute, value and mode (attribute before connecting, in vi
 * or en; property; set on the live element, then restored).
 */
import { expect } from '@open-wc/testing';
import { parsePeriod } from '@cds-vn/core';
import { HTML_PAYLOAD } from '../../core/test/hostile-data.js';
import {
  publicElements,
  type ManifestItem,
  type PublicElement,
} from '../../../scripts/public-manifest.js';
import {
  breaches,
  change,
  clean,
  loadSeeds,
  mount,
  seeds,
  shortForm,
  slice,
  type Json,
  type Lang,
  type MountSpec,
  type Outcome,
} from './rule-check.js';

/** Attributes that carry the data itself, left out here. */
const DATA_ATTRIBUTES: Readonly<Record<string, string>> = {
  indicator: 'the data itself (JSON): robustness.test.ts fuzzes it with seeded mutants',
  data: 'the data itself (JSON): robustness.test.ts fuzzes it with seeded mutants',
};

/** Set as each attribute's text. */
const HOSTILE: readonly string[] = [
  '',
  ' ',
  '0',
  '-1',
  '1e309',
  'NaN',
  'Infinity',
  '2022-02-30',
  '2022-13',
  'x',
  'x'.repeat(2000),
  HTML_PAYLOAD,
  '{"a":1}',
  '[1,2]',
  'null',
  'undefined',
  'true',
  '__proto__',
  // Not a URL at all (`new URL` throws): `src` and `href` take URLs.
  'http://[',
];

/** Set from JavaScript, through the property the manifest names: not text. */
const WRONG_TYPES: readonly unknown[] = [54.34, [1, 2], { a: 1 }, null];

/** Also shown with `lang="en"`: the errors must be the English ones. */
const IN_ENGLISH: readonly string[] = ['x', HTML_PAYLOAD];

/**
 * Also set on a live element, then the base's value restored: the update path, and no stale
 * error or state left behind. A handful (plus the other attribute's value): each costs a render.
 */
const ON_LIVE: readonly string[] = ['', '0', '2022-13', 'x', HTML_PAYLOAD, 'http://['];

/** At most this many problems are listed in one failure message. */
const LISTED = 25;

/** Blank text is "not set" (attribute-converters.ts): it may restore the default. */
const isBlank = (value: unknown): boolean => typeof value === 'string' && !value.trim();

/** A value as failure messages show it: JSON, long ones cut short. */
function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 40)}…" (${text.length - 2} characters)` : text;
}

// ---- the bases: one valid element per tag, on real seed data ----------------------------------

// Before the bases are built: the gauge's are the text of a seed indicator's fields.
await loadSeeds(['bc-2022-08', 'bc-2022-12-28', 'bc-2023-02-25', 'bc-2023-12']);

interface AttributeBase {
  readonly tag: string;
  /** What it shows, for failure messages. */
  readonly name: string;
  /** Valid attributes: which indicator or table, which period, "today", options. */
  readonly attrs: Readonly<Record<string, string>>;
  /** The data, as the `indicator` or `data` property. */
  readonly data?: { readonly prop: 'indicator' | 'data'; readonly build: () => unknown };
  /** Attributes that carry the data instead of JSON (the gauge's `value`, `target`…). */
  readonly dataAttributes?: readonly string[];
}

/** The gauge's data as a person types it, without JSON: every key of the short form as text. */
function gaugeAttributes(): Record<string, string> {
  const form = shortForm('bc-2023-02-25', 'ho-so-xu-ly-truc-tuyen');
  const attrs: Record<string, string> = {};
  for (const [key, v] of Object.entries(form)) {
    if (key === 'unitLabel') continue;
    const text = key === 'name' ? (v as Json)['vi'] : v;
    attrs[key === 'name' ? 'label' : key] = String(text);
  }
  return attrs;
}

const BASES: readonly AttributeBase[] = [
  {
    tag: 'cds-status-badge',
    name: 'online dossiers 2022 (bc-2023-02-25)',
    attrs: {
      'indicator-id': 'ho-so-xu-ly-truc-tuyen',
      period: '2022',
      'as-of': '2023-02-25',
      detailed: '',
    },
    data: {
      prop: 'indicator',
      build: () =>
        slice('bc-2023-02-25', ['ho-so-xu-ly-truc-tuyen', 'du-lieu-mo', 'hoa-don-dien-tu']),
    },
  },
  {
    tag: 'cds-kpi-gauge',
    name: 'online dossiers typed as attributes, no JSON (bc-2023-02-25)',
    attrs: {
      ...gaugeAttributes(),
      variant: 'ring',
      direction: 'higher',
      min: '0',
      max: '100',
      'as-of': '2023-02-25',
    },
    dataAttributes: ['label', 'value', 'target', 'total', 'unit', 'direction', 'op'],
  },
  {
    tag: 'cds-indicator-card',
    name: 'digital economy share of GDP (bc-2022-12-28)',
    attrs: {
      'indicator-id': 'ty-trong-kinh-te-so-gdp',
      'as-of': '2023-12',
      variant: 'compact',
      'change-format': 'absolute',
      'heading-level': '3',
      href: 'https://example.org/bao-cao',
    },
    data: {
      prop: 'indicator',
      build: () =>
        slice('bc-2022-12-28', ['ty-trong-kinh-te-so-gdp', 'tan-cong-mang', 'mobile-money']),
    },
  },
  {
    tag: 'cds-target-table',
    name: 'the six-month report table (bc-2022-08), five rows a page',
    attrs: {
      'table-id': 'bc-2022-08-bang-6-thang',
      'as-of': '2022-08',
      'group-by': 'pillar',
      'sort-by': 'status',
      'sort-direction': 'descending',
      columns: 'number indicator result target status',
      caption: 'Bảng kết quả 6 tháng',
      'page-size': '5',
    },
    data: {
      prop: 'data',
      build: () => {
        const table = (seeds['bc-2022-08']?.['tables'] as Json[])[0] as Json;
        return slice('bc-2022-08', table['indicators'] as string[], ['tables']);
      },
    },
  },
  {
    tag: 'cds-province-map',
    name: "Hải Phòng's online dossiers, 2022, on the 34 (bc-2023-12)",
    attrs: {
      'indicator-id': 'ho-so-xu-ly-truc-tuyen',
      period: '2022',
      boundaries: 'vn-34',
      aggregate: 'mean',
      binning: 'equal',
      bins: '4',
      target: '50',
      selected: 'Hải Phòng',
      table: '',
      theme: 'light',
    },
    data: {
      prop: 'data',
      build: () => slice('bc-2023-12', ['ho-so-xu-ly-truc-tuyen'], ['regional']),
    },
  },
  {
    tag: 'cds-trend-chart',
    name: 'digital economy share and cyber attacks, two axes (bc-2022-12-28)',
    attrs: {
      // `indicator-id`, not `indicator-ids`, which would override it: both are then read.
      'indicator-id': 'ty-trong-kinh-te-so-gdp',
      'y2-indicator-ids': 'tan-cong-mang',
      type: 'bar',
      'show-table': '',
      'no-animation': '',
      'as-of': '2023-12',
    },
    data: {
      prop: 'indicator',
      build: () =>
        slice('bc-2022-12-28', ['ty-trong-kinh-te-so-gdp', 'tan-cong-mang', 'mobile-money']),
    },
  },
];

// ---- the manifest -------------------------------------------------------------------------------

const MANIFEST = '/packages/elements/custom-elements.json';

/** Every element's public API from the manifest, or why it could not be read. */
async function readManifest(): Promise<PublicElement[] | string> {
  try {
    const response = await fetch(MANIFEST);
    if (!response.ok) return `${MANIFEST}: HTTP ${response.status}; run \`npm run manifest\``;
    return publicElements(await response.json());
  } catch (e) {
    return `${MANIFEST}: ${String(e)}; run \`npm run manifest\``;
  }
}

// Read before the tests are defined: one `it` per attribute the manifest lists.
const manifest = await readManifest();

/**
 * The only values an attribute's description allows, when it starts (after an optional
 * "Label: ") with a closed list: "`semi` (half circle), `ring` or `bullet`".
 */
function documentedValues(description = ''): readonly string[] | undefined {
  const item = '`[^`]+`(?:\\s*\\([^()]*\\))?';
  const list = new RegExp(`^(?:[^\`:]*:\\s*)?(${item}(?:(?:,\\s*|\\s+or\\s+)${item})*)`);
  const run = list.exec(description)?.[1];
  if (!run || !/\sor\s+`/.test(run)) return undefined;
  return [...run.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);
}

/** What the docs say an attribute's value must be: anything else must be an error. */
interface Expectation {
  /** "one of semi, ring, bullet", "a period", "a number": for failure messages. */
  readonly what: string;
  readonly accepts: (text: string) => boolean;
}

/** A number as typed: `54.34`, `-1`, `1e3` (a dot for decimals), and finite. */
const isNumberText = (t: string): boolean =>
  /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t.trim()) && Number.isFinite(Number(t));

function expectationOf(a: ManifestItem): Expectation | undefined {
  const listed = documentedValues(a.description);
  if (listed) return { what: `one of ${listed.join(', ')}`, accepts: (t) => listed.includes(t) };
  // `2022`, `2022-H1`, `2024-04`, `2023-02-25`: every element reads these two as periods.
  if (a.name === 'period' || a.name === 'as-of')
    return { what: 'a period', accepts: (t) => parsePeriod(t) !== undefined };
  // `number`, or the gauge's number-or-its-text; not `number | string` (`page-size="all"`).
  const type = a.type?.text ?? '';
  if (/number/i.test(type) && !/string|\[\]/.test(type))
    return { what: 'a number', accepts: isNumberText };
  return undefined;
}

// ---- one attribute, one value -------------------------------------------------------------------

interface Attribute {
  readonly name: string;
  readonly field: string;
  readonly expects: Expectation | undefined;
}

/** One attribute given one value: as its text, or from JavaScript through its property. */
interface Setting {
  readonly attr: Attribute;
  readonly text?: string;
  readonly prop?: unknown;
}

/**
 * The base, with one attribute left out or set to another value. `src` is read only without
 * data (the data controller's order: property, JSON attribute, inline JSON, then `src`), so its
 * base leaves the data out.
 */
function specOf(base: AttributeBase, lang: Lang, setting?: Setting): MountSpec {
  const name = setting?.attr.name;
  const withoutData = name === 'src';
  const attrs = Object.fromEntries(
    Object.entries(base.attrs).filter(
      ([n]) => n !== name && !(withoutData && base.dataAttributes?.includes(n)),
    ),
  );
  if (name !== undefined && setting?.text !== undefined) attrs[name] = setting.text;
  const fromJs = setting !== undefined && 'prop' in setting;
  return {
    tag: base.tag,
    lang,
    attrs,
    give: (el) => {
      if (base.data && !withoutData)
        (el as unknown as Record<string, unknown>)[base.data.prop] = base.data.build();
    },
    ...(fromJs && { props: { [setting.attr.field]: setting.prop } }),
    mustRefuse: setting && refusal(setting.attr, fromJs ? setting.prop : setting.text),
  };
}

/** Why `value` must be refused: not what its attribute is documented to take. */
function refusal(attr: Attribute, value: unknown): string | undefined {
  if (!attr.expects || value === undefined || value === null || isBlank(value)) return undefined;
  return attr.expects.accepts(String(value))
    ? undefined
    : `${attr.name} is documented as ${attr.expects.what}`;
}

/** The base as a live element, for one attribute: with its own value (and no data for `src`). */
function liveSpec(base: AttributeBase, attr: Attribute): MountSpec {
  const own = base.attrs[attr.name];
  return specOf(base, 'vi', own === undefined ? undefined : { attr, text: own });
}

/** The errors an outcome shows: the panel's, else the bad rows'. */
const errorsOf = (o: Outcome): readonly string[] => (o.panel ? o.panelItems : o.inlineErrors);

/** A value valid for another attribute: the next one of the base (in manifest order) set to text. */
function otherValid(base: AttributeBase, attrs: readonly Attribute[], attr: Attribute): string {
  const at = attrs.indexOf(attr);
  const own = base.attrs[attr.name];
  for (let step = 1; step < attrs.length; step++) {
    const other = attrs[(at + step) % attrs.length] as Attribute;
    const value = base.attrs[other.name];
    if (value && value !== own) return value;
  }
  throw new Error(`${base.tag}: no other attribute with a value in the base`);
}

// ---- the tests --------------------------------------------------------------------------------

describe('robustness: hostile attributes', function () {
  // About 25 mounts and 14 changes per test, each a few milliseconds.
  this.timeout(60_000);

  // Markup that ran sets this flag (HTML_PAYLOAD): it fails that test only, not every later one.
  afterEach(() => {
    delete (window as Window & { __cdsPwned?: unknown }).__cdsPwned;
  });

  if (typeof manifest === 'string') {
    it('reads the custom-elements manifest', () => {
      expect.fail(manifest);
    });
    return;
  }

  it('has one base for each element of the manifest', () => {
    expect(BASES.map((b) => b.tag).sort()).to.deep.equal(manifest.map((d) => d.tagName).sort());
  });

  for (const base of BASES) {
    const declaration = manifest.find((d) => d.tagName === base.tag);
    const attrs: Attribute[] = (declaration?.attributes ?? [])
      .filter((a) => !(a.name in DATA_ATTRIBUTES))
      .map((a) => ({ name: a.name, field: a.fieldName ?? a.name, expects: expectationOf(a) }));

    describe(base.tag, () => {
      it(`the base (${base.name}) shows no error`, async () => {
        const out = await mount(specOf(base, 'vi'));
        const problems = breaches(out, 'vi');
        if (errorsOf(out).length) problems.push(`shows errors: ${errorsOf(out).join(' | ')}`);
        expect(problems, `${base.tag} (${base.name}):\n  ${problems.join('\n  ')}\n`).to.deep.equal(
          [],
        );
      });

      it('the manifest lists every attribute it observes', () => {
        // A manifest older than the element would leave its new attributes unfuzzed.
        const { observedAttributes } = customElements.get(base.tag) as unknown as {
          observedAttributes: string[];
        };
        const listed = declaration?.attributes.map((a) => a.name) ?? [];
        expect(
          [...observedAttributes].sort(),
          `${base.tag}: custom-elements.json is stale: run \`npm run manifest\``,
        ).to.deep.equal([...listed].sort());
      });

      for (const attr of attrs) {
        it(`${attr.name}${attr.expects ? ` (${attr.expects.what})` : ''}`, async () => {
          const problems: string[] = [];
          const note = (out: Outcome, lang: Lang, what: string): void => {
            problems.push(...breaches(out, lang).map((p) => `${what}: ${p}`));
          };
          const label = (value: unknown, mode: string): string =>
            `${base.tag} ${attr.name}=${show(value)} (${mode})`;
          const other = otherValid(base, attrs, attr);

          // Set before the element connects, as a page's HTML does; a few also in English.
          for (const value of [...HOSTILE, other]) {
            const vi = await mount(specOf(base, 'vi', { attr, text: value }));
            note(vi, 'vi', label(value, 'attribute, lang vi'));
            if (IN_ENGLISH.includes(value)) {
              const en = await mount(specOf(base, 'en', { attr, text: value }));
              const what = label(value, 'attribute, lang en');
              note(en, 'en', what);
              const [viErrors, enErrors] = [errorsOf(vi), errorsOf(en)];
              if (enErrors.length !== viErrors.length)
                problems.push(`${what}: ${enErrors.length} errors, ${viErrors.length} in vi`);
              enErrors.forEach((text, n) => {
                if (text === viErrors[n])
                  problems.push(`${what}: error ${n} is the vi text "${text}"`);
              });
              en.el.parentElement?.remove();
            }
            vi.el.parentElement?.remove();
          }

          // From JavaScript, through the property, as a framework would.
          for (const value of WRONG_TYPES) {
            const out = await mount(specOf(base, 'vi', { attr, prop: value }));
            note(out, 'vi', label(value, `property .${attr.field}, lang vi`));
            out.el.parentElement?.remove();
          }

          // On a live element: each value set, then the base's own value restored.
          const live = await mount(liveSpec(base, attr));
          note(live, 'vi', label(base.attrs[attr.name] ?? null, 'the base, lang vi'));
          const own = base.attrs[attr.name];
          for (const value of [...ON_LIVE, other]) {
            const what = label(value, 'set on the live element, lang vi');
            const after = await change(live, (el) => el.setAttribute(attr.name, value), {
              mustRefuse: refusal(attr, value),
            });
            note(after, 'vi', what);
            const back = await change(
              live,
              (el) =>
                own === undefined ? el.removeAttribute(attr.name) : el.setAttribute(attr.name, own),
              {},
            );
            note(back, 'vi', `${what}, then restored`);
            if (back.panel || clean(back.visible) !== clean(live.visible))
              problems.push(
                `${what}, then restored: it shows "${back.visible.slice(0, 200)}", not the base`,
              );
          }
          live.el.parentElement?.remove();

          const more = problems.length > LISTED ? [`… and ${problems.length - LISTED} more`] : [];
          const listed = [...problems.slice(0, LISTED), ...more].join('\n  ');
          // The list, not a diff of it: one value's problems can run to pages.
          if (problems.length) expect.fail(`${problems.length} problems:\n  ${listed}\n`);
        });
      }
    });
  }
});
