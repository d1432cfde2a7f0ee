import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  figuresByPeriod,
  parseDataset,
  parseIndicator,
  parseIndicatorData,
  parseJson,
  selectIndicator,
} from '../src/model/index.js';
import { evaluate } from '../src/status/evaluate.js';

const dataset = {
  source: {
    id: 'bc-2023-02-25',
    title: 'Báo cáo tóm tắt Chuyển đổi số quốc gia',
    date: '2023-02-25',
  },
  sources: [{ id: 'bc-2022-12-28', title: 'Báo cáo cuối năm 2022', date: '2022-12-28' }],
  indicators: [
    {
      id: 'ho-so-truc-tuyen',
      name: { vi: 'Tỷ lệ hồ sơ xử lý trực tuyến', en: 'Online dossiers', translated: true },
      unit: '%',
      observations: [
        { period: '2022', value: 54.34, footnote: '3', locator: '54,34%' },
        { period: '2022', value: 52.8, source: 'bc-2022-12-28', locator: '52,80%' },
      ],
      targets: [{ period: '2022', op: '>=', value: 50 }],
    },
  ],
};

describe('parseDataset', () => {
  test('keeps conflicting figures and chooses the newest report', () => {
    const r = parseDataset(dataset);
    assert.ok(r.ok);
    const [fig] = figuresByPeriod(r.value.indicators[0]!);
    assert.equal(fig?.chosen.value, 54.34);
    assert.equal(fig?.chosen.source?.id, 'bc-2023-02-25');
    assert.deepEqual(
      fig?.revisions.map((o) => o.value),
      [52.8],
    );
  });
  test('a broken dataset fails with the path of the bad field', () => {
    const broken = structuredClone(dataset) as {
      indicators: { observations: Record<string, unknown>[] }[];
    };
    broken.indicators[0]!.observations[1]!['value'] = '52,80';
    const r = parseDataset(broken);
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.errors[0]?.path, 'indicators[0].observations[1].value');
      assert.equal(
        r.errors[0]?.message.en,
        'indicators[0].observations[1].value: expected a number, got the string "52,80"; write 52.8',
      );
    }
  });
  test('a misspelt key is an error, not a dropped value', () => {
    const r = parseIndicator({ id: 'x', name: 'x', observations: [{ period: '2022', vaule: 3 }] });
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.errors[0]?.path, 'observations[0].vaule');
  });
  test('a value outside a list names the choices as a sentence does', () => {
    const r = parseIndicator({ id: 'x', name: 'x', direction: 'up', kind: 'task' });
    assert.equal(r.ok, false);
    if (!r.ok)
      assert.deepEqual(
        r.errors.map((e) => [e.message.vi, e.message.en]),
        [
          [
            'kind: giá trị không hợp lệ "task"; cần "measure" hoặc "milestone"',
            'kind: invalid value "task"; expected "measure" or "milestone"',
          ],
          [
            'direction: giá trị không hợp lệ "up"; cần "higher" hoặc "lower"',
            'direction: invalid value "up"; expected "higher" or "lower"',
          ],
        ],
      );
  });
  test('a name or agency of the right shape with a bad part names that part', () => {
    const messages = (x: object) => {
      const r = parseIndicator({ id: 'x', name: 'x', ...x });
      return r.ok ? [] : r.errors.map((e) => e.message.en);
    };
    assert.deepEqual(messages({ name: { vi: 'x', vn: 'y' } }), [
      'name.vn: unknown field (a misspelt key?)',
    ]);
    assert.deepEqual(messages({ name: { en: 'x' } }), ['name.vi: required field is missing']);
    assert.deepEqual(messages({ agency: ['Bộ TT&TT', 5] }), [
      'agency[1]: expected a string, got the number 5',
    ]);
    assert.deepEqual(messages({ agency: {} }), [
      'agency: expected a string or an array, got an object',
    ]);
    assert.deepEqual(messages({ name: 5 }), [
      'name: expected a string or an object, got the number 5',
    ]);
  });
  test('an array where a record belongs is an error, not a record keyed "0", "1"', () => {
    const source = { id: 's', title: 't', date: '2023-02-25' };
    for (const footnotes of [[], ['Số liệu ước tính']]) {
      const r = parseDataset({ source: { ...source, footnotes }, indicators: [] });
      assert.deepEqual(r.ok ? [] : r.errors.map((e) => e.message.en), [
        'source.footnotes: expected an object, got an array',
      ]);
    }
    const bad = parseDataset({ source: { ...source, footnotes: { '1': [] } }, indicators: [] });
    assert.deepEqual(bad.ok ? [] : bad.errors.map((e) => e.path), ['source.footnotes["1"]']);
    assert.ok(parseDataset({ source: { ...source, footnotes: { '1': 'x' } }, indicators: [] }).ok);
  });
  test('an unknown source id is an error', () => {
    const bad = structuredClone(dataset);
    bad.indicators[0]!.observations[1]!.source = 'bc-nope';
    const r = parseDataset(bad);
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.errors[0]?.code, 'unknown-reference');
  });
  test('a milestone target names its bad due date; a threshold its bad op', () => {
    const r = parseIndicator({
      id: 'x',
      name: 'x',
      targets: [{ due: '2023-13' }, { period: '2022', op: '≥', value: 1 }],
    });
    assert.equal(r.ok, false);
    if (!r.ok)
      assert.deepEqual(
        r.errors.map((e) => e.path),
        ['targets[0].due', 'targets[1].op'],
      );
  });
  test('duplicate ids are reported', () => {
    const r = parseDataset({
      indicators: [
        { id: 'a', name: 'A' },
        { id: 'a', name: 'B' },
      ],
    });
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.errors[0]?.code, 'duplicate-id');
    // Each names the one it repeats, so the two can be compared.
    if (!r.ok)
      assert.equal(
        r.errors[0]?.message.en,
        'indicators[1].id: duplicate indicator id "a" (also indicators[0])',
      );
    const two = parseDataset({
      source: { id: 'bc', title: 'Báo cáo', date: '2024-04' },
      sources: [{ id: 'bc', title: 'Báo cáo khác', date: '2023-12' }],
      indicators: [],
    });
    assert.deepEqual(two.ok ? [] : two.errors.map((e) => e.message.vi), [
      'sources[0].id: mã nguồn trùng lặp "bc" (đã có ở source.id)',
    ]);
  });
  test("an indicator's pillar must be one the dataset lists", () => {
    // The seeds' pillar ids are "the-che-so", "ha-tang-so"…: "the-che" is a near miss.
    const listed = [
      { id: 'the-che-so', name: 'Thể chế số' },
      { id: 'ha-tang-so', name: 'Hạ tầng số' },
    ];
    const first = dataset.indicators[0]!;
    const withPillar = (pillar: string, pillars?: typeof listed) =>
      parseDataset({
        ...dataset,
        ...(pillars && { pillars }),
        indicators: [{ ...first, pillar }, ...dataset.indicators.slice(1)],
      });
    const r = withPillar('the-che', listed);
    assert.deepEqual(r.ok ? [] : r.errors.map((e) => [e.path, e.message.en]), [
      ['indicators[0].pillar', 'indicators[0].pillar: no pillar "the-che" in the dataset'],
    ]);
    assert.ok(withPillar('ha-tang-so', listed).ok);
    // A dataset that lists no pillars names them freely.
    assert.ok(withPillar('the-che').ok);
  });
});

describe('short form', () => {
  test('normalises into the same shape as the full form', () => {
    const r = parseIndicator({
      name: 'Tỷ lệ hồ sơ',
      value: 54.34,
      target: 50,
      unit: '%',
      period: '2022',
    });
    assert.ok(r.ok);
    assert.equal(r.value.id, 'ty-le-ho-so');
    assert.equal(r.value.observations[0]?.value, 54.34);
    assert.deepEqual(
      [
        r.value.targets[0]?.kind,
        r.value.targets[0] && 'op' in r.value.targets[0] ? r.value.targets[0].op : '',
      ],
      ['threshold', '>='],
    );
  });
  test('with its one value key misspelt, only that key is the error (not a missing id)', () => {
    // Nothing marks it as a short form but the absence of the full form's keys.
    for (const typed of [
      { name: 'Tỷ lệ hồ sơ', vaule: 54.34 },
      { name: 'Tỷ lệ hồ sơ', unit: '%', taget: 50 },
    ]) {
      const r = parseIndicator(typed);
      assert.equal(r.ok, false);
      if (!r.ok)
        assert.deepEqual(
          r.errors.map((e) => e.path),
          [Object.keys(typed).find((k) => k === 'vaule' || k === 'taget')],
        );
    }
    // With an id and none of the short form's keys, it is a full form, as before.
    const full = parseIndicator({ id: 'x', name: 'x', obsevations: [] });
    assert.equal(full.ok, false);
    if (!full.ok)
      assert.deepEqual(
        full.errors.map((e) => e.path),
        ['obsevations'],
      );
  });
  test('without a period, it names none and is judged whatever the date', () => {
    const undated = parseIndicator({ name: 'Tỷ lệ', value: 54.34, target: 50, unit: '%' });
    const dated = parseIndicator({
      name: 'Tỷ lệ',
      value: 54.34,
      target: 50,
      unit: '%',
      period: '2022',
    });
    assert.ok(undated.ok && dated.ok);
    assert.equal(undated.value.undated, true);
    assert.equal(dated.value.undated, undefined);
    // Filed under the clock's year (its figures still order), which is never shown or judged by.
    const year = new Date().getUTCFullYear() - 5;
    for (const asOf of [undefined, String(year), '2100']) {
      const s = evaluate(undated.value, asOf === undefined ? {} : { asOf });
      assert.equal(s.verdict, 'achieved', `as of ${asOf}`);
      assert.deepEqual(s.explanation, {
        vi: '54,34% so với mục tiêu ≥ 50%: Đạt',
        en: '54.34% against target ≥ 50%: Achieved',
      });
    }
    const missing = parseIndicator({ name: 'Tỷ lệ', target: 50, unit: '%' });
    assert.ok(missing.ok);
    assert.equal(evaluate(missing.value).explanation.vi, 'Mục tiêu ≥ 50%: Chưa có dữ liệu');
    assert.equal(evaluate(dated.value).explanation.vi, '54,34% so với mục tiêu ≥ 50% (2022): Đạt');
  });
  test('a target typed with its comparison, as reports print it, says to split it into op', () => {
    const message = (target: string, locale: 'vi' | 'en' = 'en') => {
      const r = parseIndicator({ name: 'x', value: 40, target, unit: '%', period: '2022' });
      return r.ok ? '' : (r.errors[0]?.message[locale] ?? '');
    };
    assert.equal(
      message('≥ 50%', 'vi'),
      'target: cần một số, nhận được chuỗi "≥ 50%"; viết op ">=" và target 50',
    );
    assert.ok(message('>=50').endsWith('; write op ">=" and target 50'));
    assert.ok(message('Tối thiểu 54,5%').endsWith('; write op ">=" and target 54.5'));
    assert.ok(message('tối đa 10').endsWith('; write op "<=" and target 10'));
    assert.ok(message('≤10').endsWith('; write op "<=" and target 10'));
    assert.ok(message('< 5').endsWith('; write op "<" and target 5'));
    // Still one guess at most: an ambiguous number or words after the sign get none.
    assert.ok(message('≤ 10.000').endsWith('"≤ 10.000"'));
    assert.ok(message('≥ một nửa').endsWith('"≥ một nửa"'));
    // In the full form, the target's number is its `value`; an observation's value is no target.
    const full = parseIndicator({
      id: 'x',
      name: 'x',
      unit: '%',
      observations: [{ period: '2022', value: '≥ 40' }],
      targets: [{ period: '2022', op: '>=', value: '≥ 50' }],
    });
    assert.deepEqual(full.ok ? [] : full.errors.map((e) => e.message.en), [
      'observations[0].value: expected a number, got the string "≥ 40"',
      'targets[0].value: expected a number, got the string "≥ 50"; write op ">=" and value 50',
    ]);
  });
  test('lower-is-better short form gets a ceiling', () => {
    const r = parseIndicator({
      name: 'Tấn công mạng',
      value: 12195,
      target: 10000,
      direction: 'lower',
      period: '2022',
      unit: 'count',
    });
    assert.ok(r.ok);
    const t = r.value.targets[0];
    assert.equal(t && 'op' in t ? t.op : '', '<=');
  });
  test('a number typed as text says what to write, where it can only mean one number', () => {
    const message = (value: string, locale: 'vi' | 'en' = 'en') => {
      const r = parseIndicator({ name: 'x', value, unit: '%', period: '2022' });
      return r.ok ? '' : (r.errors[0]?.message[locale] ?? '');
    };
    const hint = (n: string) => `; write ${n}`;
    assert.ok(message('54,34').endsWith(hint('54.34')));
    assert.ok(message('1.234.567,5').endsWith(hint('1234567.5')));
    assert.ok(message('54,34 %').endsWith(hint('54.34')));
    assert.ok(message('50').endsWith(hint('50')));
    assert.equal(message('54,34', 'vi'), 'value: cần một số, nhận được chuỗi "54,34"; viết 54.34');
    // "1.234" is 1234 to a Vietnamese reader and 1.234 to JSON: no guess. Words get none either.
    assert.equal(message('1.234'), 'value: expected a number, got the string "1.234"');
    assert.equal(message('abc'), 'value: expected a number, got the string "abc"');
    assert.equal(message(''), 'value: expected a number, got the string ""');
  });
  test('a period written as the reports print it says which key to write', () => {
    const message = (period: string, locale: 'vi' | 'en' = 'en') => {
      const r = parseIndicatorData({ name: 'x', value: 1, unit: '%', period });
      return r.ok ? '' : (r.errors[0]?.message[locale] ?? '');
    };
    const written: [string, string][] = [
      ['Năm 2022', '2022'],
      ['6 tháng đầu năm 2022', '2022-H1'],
      ['6 tháng cuối năm 2022', '2022-H2'],
      ['Quý I/2024', '2024-Q1'],
      ['Quý IV/2024', '2024-Q4'],
      ['quý 3 năm 2024', '2024-Q3'],
      ['Tháng 4/2024', '2024-04'],
      ['T12/2023', '2023-12'],
      ['4/2024', '2024-04'],
      ['25/02/2023', '2023-02-25'],
      ['H1/2022', '2022-H1'],
      ['Q1 2024', '2024-Q1'],
      ['2022-h1', '2022-H1'],
      ['2024-4', '2024-04'],
      ['11 tháng đầu năm 2022', '2022-01/2022-11'],
      ['Giai đoạn 2021–2025', '2021-01/2025-12'],
      ['2021/2025', '2021-01/2025-12'],
      ['First half of 2022', '2022-H1'],
    ];
    for (const [typed, key] of written)
      assert.equal(message(typed), `period: invalid period "${typed}": write ${key}`, typed);
    assert.equal(message('Quý I/2024', 'vi'), 'period: kỳ không hợp lệ "Quý I/2024": viết 2024-Q1');
    // Each offered key is one the model reads.
    for (const [, key] of written) assert.equal(message(key), '', key);
    // No key that does not exist is offered: the list of forms instead.
    for (const typed of ['Tháng 13/2024', '31/02/2023', 'Quý V/2024', 'H3/2022', 'sắp tới'])
      assert.equal(
        message(typed),
        `period: invalid period "${typed}": use 2022, 2022-H1, 2024-Q1, 2024-04, 2023-02-25 or 2022-01/2022-11`,
        typed,
      );
  });
  test('a rank is lower-is-better unless the data says otherwise: 1st is best', () => {
    const rank = (extra: object) => {
      const r = parseIndicator({ name: 'Xếp hạng', value: 45, target: 40, unit: 'rank', ...extra });
      assert.ok(r.ok);
      const t = r.value.targets[0];
      return [r.value.direction, t && 'op' in t ? t.op : ''];
    };
    assert.deepEqual(rank({}), ['lower', '<=']);
    assert.deepEqual(rank({ direction: 'higher' }), ['higher', '>=']);
    const full = parseIndicator({ id: 'x', name: 'x', unit: 'rank', observations: [] });
    assert.equal(full.ok && full.value.direction, 'lower');
  });
  test('bad values are named: string, unknown unit, NaN', () => {
    const paths = (x: unknown) => {
      const r = parseIndicator(x);
      return r.ok ? [] : r.errors.map((e) => e.path);
    };
    assert.deepEqual(paths({ name: 'x', value: '54' }), ['value']);
    assert.deepEqual(paths({ name: 'x', value: 5, unit: 'kg' }), ['unit']);
    assert.deepEqual(paths({ name: 'x', value: Number.NaN }), ['value']);
    assert.deepEqual(paths({ name: 'x', value: Infinity }), ['value']);
    assert.deepEqual(paths({ name: '', value: 1 }), ['name']);
  });
  test('a period shaped like a date that does not exist is one error, not a throw', () => {
    // Each says which part is out of range, then the shapes to use.
    for (const [period, part] of [
      ['2022-02-30', '2022-02 has no day 30'],
      ['2023-02-29', '2023-02 has no day 29'],
      ['2022-13', 'months run from 01 to 12'],
    ] as const) {
      const r = parseIndicatorData({ name: 'x', value: 1, period });
      assert.ok(!r.ok, period);
      assert.deepEqual(
        r.errors.map((e) => [e.path, e.message.en]),
        [
          [
            'period',
            `period: invalid period "${period}": ${part}; use 2022, 2022-H1, 2024-Q1, 2024-04, 2023-02-25 or 2022-01/2022-11`,
          ],
        ],
      );
    }
    const full = parseIndicatorData({
      id: 'x',
      name: 'x',
      observations: [{ period: '2022-02-30', value: 1 }],
    });
    assert.deepEqual(full.ok ? [] : full.errors.map((e) => e.path), ['observations[0].period']);
  });
});

describe('inputs an element accepts', () => {
  test('an array of short forms becomes a dataset', () => {
    const r = parseIndicatorData([
      { name: 'A', value: 1 },
      { name: 'B', value: 2 },
    ]);
    assert.ok(r.ok);
    assert.equal(r.value.indicators.length, 2);
    const pick = selectIndicator(r.value, 'b');
    assert.ok(pick.ok);
    // Spaces a CMS field kept around the id are not part of it; inside it, they are.
    const padded = selectIndicator(r.value, ' b\n');
    assert.ok(padded.ok && padded.value.name.vi === 'B');
    assert.equal(selectIndicator(r.value, 'b b').ok, false);
  });
  test('errors in an array say which item', () => {
    const r = parseIndicatorData([
      { name: 'A', value: 1 },
      { name: 'B', value: 'x' },
    ]);
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.errors[0]?.path, '[1].value');
  });
  test('invalid JSON is reported, not thrown', () => {
    const r = parseJson('{"a": 1,}');
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.errors[0]?.code, 'invalid-json');
  });
  test('selecting without an id from several indicators asks for one', () => {
    const r = parseIndicatorData([
      { name: 'A', value: 1 },
      { name: 'B', value: 2 },
    ]);
    assert.ok(r.ok);
    const pick = selectIndicator(r.value);
    assert.equal(pick.ok, false);
  });
});

describe('report tables', () => {
  const base = {
    indicators: [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ],
  };
  test('keep the row numbers as printed, with null for a sub-row', () => {
    const r = parseDataset({
      ...base,
      tables: [{ id: 't', title: 'T', indicators: ['a', 'b'], numbers: ['36', null] }],
    });
    assert.ok(r.ok);
    assert.deepEqual(r.value.tables[0]?.numbers, ['36', null]);
  });
  test('reject row numbers that do not pair with the indicators', () => {
    const r = parseDataset({
      ...base,
      tables: [{ id: 't', title: 'T', indicators: ['a', 'b'], numbers: ['1'] }],
    });
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.errors[0]?.path, 'tables[0].numbers');
  });
});
