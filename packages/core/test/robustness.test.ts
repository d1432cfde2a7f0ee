/**
 * Core under hostile data: seeded mutants of the five real datasets (see hostile-data.ts).
 * Whatever arrives, parsing never throws; a rejection names fields that exist (or a key that
 * is missing from an object that exists) in both languages; an accepted dataset keeps every
 * observation and target it was given, and the status engine and formatter turn each of its
 * indicators into a verdict and words, never "NaN" or "undefined".
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  VERDICTS,
  evaluate,
  findProvince,
  formatValue,
  inferBoundarySet,
  parseDataset,
  parseIndicator,
  parseIndicatorData,
  parseJson,
  type DataError,
  type Dataset,
} from '../src/index.js';
import {
  HOSTILE_VALUES,
  fieldKinds,
  mutants,
  seededRandom,
  withValueAt,
  type Mutant,
} from './hostile-data.js';

const SEEDS = join(import.meta.dirname, '../../../seeds');
const DATASETS = [
  'bc-2022-08.json',
  'bc-2022-12-28.json',
  'bc-2023-02-25.json',
  'bc-2023-12.json',
  'bc-2024-04.json',
].map((file) => ({ file, data: JSON.parse(readFileSync(join(SEEDS, file), 'utf8')) as unknown }));
const PER_DATASET = 150;

/** Where a mutant came from, to reproduce a failure. */
const origin = (file: string, seed: number, i: number, m: Mutant): string =>
  `${file}, seed ${seed}, mutant ${i}: ${m.edits.join('; ')}`;

/**
 * The segments of a path as the errors write it: `indicators[2].observations[0].value`, and a
 * key that is not a name in quotes: `source.footnotes["1"]`.
 */
function segments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|([^.[\]]+)/g))
    out.push(
      m[1] !== undefined
        ? Number(m[1])
        : m[2] !== undefined
          ? (JSON.parse(m[2]) as string)
          : (m[3] as string),
    );
  return out;
}

/** True when everything but the last segment of `path` leads to an object or array in `root`. */
function parentExists(root: unknown, path: string): boolean {
  let node = root;
  for (const key of segments(path).slice(0, -1)) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return typeof node === 'object' && node !== null;
}

function checkRejection(errors: readonly DataError[], input: unknown, where: string): void {
  assert.ok(errors.length > 0, `rejected without a reason (${where})`);
  for (const e of errors) {
    assert.equal(typeof e.code, 'string', where);
    assert.ok(e.message.vi.trim() && e.message.en.trim(), `an empty message (${where})`);
    assert.notEqual(e.message.vi, e.message.en, `one language only: ${e.message.en} (${where})`);
    assert.ok(
      e.path === '' || parentExists(input, e.path),
      `the path ${e.path} leads nowhere in the input (${where})`,
    );
  }
}

const count = (input: unknown, key: 'observations' | 'targets'): number => {
  const list = (input as { indicators?: unknown }).indicators;
  return Array.isArray(list)
    ? list.reduce<number>((n, ind: { [k: string]: unknown }) => {
        const items = ind?.[key];
        return n + (Array.isArray(items) ? items.length : 0);
      }, 0)
    : 0;
};

/**
 * Words that betray a number or value gone wrong in generated text, except those the data
 * itself contains as text (a unit label "NaN" is shown as given).
 */
function brokenWords(input: unknown): RegExp {
  const json = JSON.stringify(input) ?? '';
  const words = ['NaN', 'undefined', '\\[object'].filter(
    (w) => !json.includes(w.replace('\\', '')),
  );
  return new RegExp(words.join('|') || '(?!)');
}

function checkAccepted(dataset: Dataset, input: unknown, where: string): void {
  const broken = brokenWords(input);
  // Nothing dropped silently: what was accepted carries every figure it was given.
  for (const key of ['observations', 'targets'] as const)
    assert.equal(
      dataset.indicators.reduce((n, ind) => n + ind[key].length, 0),
      count(input, key),
      `${key} dropped (${where})`,
    );
  for (const ind of dataset.indicators) {
    const periods = [undefined, ...new Set(ind.observations.map((o) => o.period.key))];
    for (const period of periods) {
      const status = evaluate(ind, { asOf: '2026-11-22', ...(period && { period }) });
      assert.ok(VERDICTS.includes(status.verdict), `verdict ${status.verdict} (${where})`);
      for (const text of [status.explanation.vi, status.explanation.en])
        assert.ok(
          text.trim() && !broken.test(text),
          `explanation "${text}" for ${ind.id} ${period ?? ''} (${where})`,
        );
    }
    for (const o of ind.observations)
      if (o.value !== undefined)
        for (const locale of ['vi', 'en'] as const) {
          const text = formatValue(
            o.value,
            ind,
            locale,
            o.total === undefined ? {} : { total: o.total },
          );
          assert.ok(!broken.test(text), `"${text}" for ${ind.id} (${where})`);
        }
  }
}

describe('core under hostile data', () => {
  for (const [n, { file, data }] of DATASETS.entries()) {
    test(`${file}: ${PER_DATASET} mutants parse without throwing, and fail or pass cleanly`, () => {
      const seed = 1000 + n;
      for (const [i, m] of mutants(data, seed, PER_DATASET).entries()) {
        const where = origin(file, seed, i, m);
        for (const parse of [parseDataset, parseIndicatorData]) {
          let r: ReturnType<typeof parseDataset>;
          try {
            r = parse(m.value);
          } catch (e) {
            assert.fail(`${parse.name} threw ${String(e)} (${where})`);
          }
          if (r.ok) checkAccepted(r.value, m.value, where);
          else checkRejection(r.errors, m.value, where);
        }
      }
    });
  }

  test('every hostile value at every kind of field of the datasets fails or passes cleanly', () => {
    // Each field kind once (the first dataset that has it), every hostile value there: the
    // period a random edit seldom hits gets "2022-02-30" here for sure.
    const done = new Set<string>();
    let tried = 0;
    for (const { file, data } of DATASETS) {
      for (const { pattern, path } of fieldKinds(data)) {
        if (done.has(pattern)) continue;
        done.add(pattern);
        for (const hostile of HOSTILE_VALUES) {
          const input = withValueAt(data, path, hostile);
          const where = `${file}: ${path} = ${String(JSON.stringify(hostile)).slice(0, 40)}`;
          let r: ReturnType<typeof parseDataset>;
          try {
            r = parseDataset(input);
          } catch (e) {
            assert.fail(`parseDataset threw ${String(e)} (${where})`);
          }
          if (r.ok) checkAccepted(r.value, input, where);
          else checkRejection(r.errors, input, where);
          tried++;
        }
      }
    }
    // Guards the loop itself: the five datasets have well over a hundred kinds of field.
    assert.ok(done.size > 100 && tried === done.size * HOSTILE_VALUES.length, `${done.size} kinds`);
  });

  test('short-form indicators: 300 mutants fail or pass cleanly', () => {
    const short = {
      name: 'Tỷ lệ hồ sơ xử lý trực tuyến',
      value: 54.34,
      target: 50,
      unit: '%',
      period: '2022',
      direction: 'higher',
    };
    for (const [i, m] of mutants(short, 7, 300).entries()) {
      const where = origin('short form', 7, i, m);
      const r = parseIndicator(m.value);
      if (r.ok) {
        const status = evaluate(r.value, { asOf: '2023' });
        assert.ok(VERDICTS.includes(status.verdict), where);
        const text = status.explanation.vi + status.explanation.en;
        assert.ok(!brokenWords(m.value).test(text), `"${text}" (${where})`);
      } else checkRejection(r.errors, m.value, where);
    }
  });

  test('JSON cut short anywhere is an invalid-json error for the whole input, in both languages', () => {
    const text = JSON.stringify(DATASETS[2]?.data);
    const random = seededRandom(11);
    for (let i = 0; i < 200; i++) {
      const at = Math.floor(random() * (text.length - 1));
      const r = parseJson(text.slice(0, at));
      assert.ok(!r.ok, `cut at ${at} parsed`);
      checkRejection(r.errors, undefined, `cut at ${at}`);
      assert.equal(r.errors[0]?.code, 'invalid-json');
    }
  });

  test('province keys from data: hostile ones never throw and never match', () => {
    const keys = [
      ...HOSTILE_VALUES.filter((v): v is string => typeof v === 'string'),
      ...['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'vn-__proto__', '00', '99'],
    ];
    for (const set of ['vn-63', 'vn-34'] as const)
      for (const key of keys) {
        const r = findProvince(key, set);
        assert.equal(r.ok, false, `${JSON.stringify(key).slice(0, 40)} matched in ${set}`);
        if (!r.ok) assert.ok(Array.isArray(r.suggestions) && r.suggestions.length <= 3);
      }
    // A real key among them still counts: Hà Giang is a unit of the 63 only (merged in 2025).
    assert.equal(inferBoundarySet(keys), 'vn-34');
    assert.equal(inferBoundarySet([...keys, 'Hà Giang']), 'vn-63');
  });

  test('an own "__proto__" key in the data pollutes nothing', () => {
    const polluted = JSON.parse(
      '{"indicators":[{"id":"a","name":"A","unit":"%","__proto__":{"polluted":true},"observations":[],"targets":[]}]}',
    ) as unknown;
    const r = parseDataset(polluted);
    assert.ok(!r.ok, 'an unknown key is an error, even this one');
    assert.equal(({} as { polluted?: boolean }).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
  });
});
