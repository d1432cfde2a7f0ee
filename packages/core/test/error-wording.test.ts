/**
 * The wording of the errors a portal developer sees after pasting indicator JSON into a CMS:
 * each names the field's path and says what to write instead, in Vietnamese and English.
 * Inputs are the seed reports' own data with one thing broken at a time.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataset, parseIndicator, parseIndicatorData, parseJson } from '../src/index.js';
import type { DataError, Result } from '../src/index.js';

/** Raw JSON, broken on purpose: any value may be written anywhere. */
type Raw = Record<string | number, unknown>;
/** The object at a path in raw JSON: at(d, 'indicators', 3). */
const at = (o: unknown, ...keys: (string | number)[]): Raw =>
  keys.reduce<unknown>((x, k) => (x as Raw)[k], o) as Raw;
/** The array at a path in raw JSON. */
const list = (o: unknown, ...keys: (string | number)[]): Raw[] =>
  at(o, ...keys) as unknown as Raw[];

const SEEDS = join(import.meta.dirname, '../../../seeds');
/** A fresh copy of a seed report's JSON each call, free to break. */
const raw = (file: string): Raw => JSON.parse(readFileSync(join(SEEDS, file), 'utf8')) as Raw;

const errorsOf = (r: Result<unknown>): readonly DataError[] => (r.ok ? [] : r.errors);
/** [path, en] of each error. */
const en = (r: Result<unknown>): string[][] => errorsOf(r).map((e) => [e.path, e.message.en]);
const vi = (r: Result<unknown>): string[] => errorsOf(r).map((e) => e.message.vi);

/** bc-2024-04: dataset with one change to its indicator [3], "56/63 địa phương" (a count). */
function broken(change: (indicator: Raw, dataset: Raw) => void): Result<unknown> {
  const d = raw('bc-2024-04.json');
  change(at(d, 'indicators', 3), d);
  return parseDataset(d);
}

/** The hint of broken JSON, what follows "Hint: " (or "Gợi ý: "). */
function hint(text: string, locale: 'vi' | 'en' = 'en'): string {
  const [e] = errorsOf(parseJson(text));
  assert.ok(e, `${JSON.stringify(text)} should not parse`);
  return e.message[locale].split(locale === 'vi' ? '. Gợi ý: ' : '. Hint: ')[1] ?? '';
}

// bc-2024-04, indicator [3]: { "id": "dia-phuong-chinh-sach-phi-dvctt", …, "unit": "count", … }.
const INDICATOR = JSON.stringify(at(raw('bc-2024-04.json'), 'indicators', 3), null, 2);

describe('broken JSON text: what to change, from where it broke', () => {
  test('a comma missing between two fields, or a colon after a name', () => {
    const text = INDICATOR.replace('"count",', '"count"');
    assert.equal(hint(text), 'a comma is missing between two items');
    assert.equal(hint(text, 'vi'), 'thiếu dấu phẩy giữa hai mục');
    assert.equal(hint('{"name" "Tỷ lệ"}'), 'a colon : is missing after the name');
  });

  test('two indicators pasted one after the other, and a brace too many', () => {
    assert.equal(
      hint(`${INDICATOR}\n${INDICATOR}`),
      'several items one after another: put them in one array, [{…}, {…}]',
    );
    assert.equal(
      hint(`${INDICATOR},\n${INDICATOR}`, 'vi'),
      'nhiều mục đặt liền nhau: bọc chúng trong một mảng, [{…}, {…}]',
    );
    assert.equal(hint(`${INDICATOR}}`), 'one } or ] too many here');
  });

  test('a period typed without quotes is that, not a missing comma', () => {
    const text = INDICATOR.replace('"period": "2024-04"', '"period": 2024-04');
    assert.equal(hint(text), 'quote the period: "2024-04"');
    assert.equal(hint(text, 'vi'), 'đặt kỳ trong nháy kép: "2024-04"');
  });

  test('a string cut short: where the text ends inside it, or a line ends inside it', () => {
    // Cut inside the name, as a CMS field with a length limit does.
    const cut = INDICATOR.slice(0, INDICATOR.indexOf('chính sách'));
    assert.equal(hint(cut), 'a closing " is missing; a closing } or ] is missing at the end');
    const split = INDICATOR.replace('ban hành chính sách', 'ban hành\nchính sách');
    assert.equal(
      hint(split),
      'a string runs past the end of its line: close it with " or write \\n for a line break',
    );
    assert.equal(
      hint(split, 'vi'),
      'chuỗi chưa đóng ở cuối dòng: thêm " để đóng, hoặc viết \\n nếu muốn xuống dòng',
    );
    assert.equal(
      hint('{"file": "C:\\Users\\bc-2024-04.txt"}'),
      'write a backslash in a string as \\\\ (C:\\\\Users)',
    );
  });

  test('invisible characters: a byte order mark is skipped, a space copied from Word named', () => {
    // Notepad saves one, a paste keeps it, and it cannot be seen: no mistake to report.
    assert.deepEqual(parseJson(`\uFEFF${INDICATOR}`), parseJson(INDICATOR));
    assert.ok(parseJson(`\uFEFF${INDICATOR}`).ok);
    assert.equal(
      hint(INDICATOR.replace('"unit": "count"', '"unit":\u00a0"count"'), 'vi'),
      'thay dấu cách đặc biệt U+00A0 (thường có khi sao chép từ Word hoặc trang web) bằng dấu cách thường',
    );
  });

  test('quotes from Word, escaped quotes, a Markdown fence, nothing at all', () => {
    assert.equal(hint('{‘name’: ‘Tỷ lệ’}'), 'use straight double quotes " instead of ‘ ’');
    assert.equal(
      hint(JSON.stringify(INDICATOR).slice(1, -1)),
      'remove the \\ before each quote (the JSON was escaped twice)',
    );
    assert.equal(hint('```json\n' + INDICATOR + '\n```'), 'remove the ``` lines around the JSON');
    assert.equal(hint(''), 'the text is empty: paste the JSON here');
    assert.equal(hint('  \n', 'vi'), 'chưa có nội dung: dán JSON vào đây');
  });
});

describe('a misspelt or misplaced key: the key meant', () => {
  test('in a dataset, by the object it is in', () => {
    assert.deepEqual(en(broken((i) => (i.targe = []))), [
      ['indicators[3].targe', 'indicators[3].targe: unknown field (did you mean "targets"?)'],
    ]);
    const pilar = broken((i) => {
      i.pilar = i.pillar;
      delete i.pillar;
    });
    assert.deepEqual(vi(pilar), [
      'indicators[3].pilar: trường không được hỗ trợ (có phải "pillar"?)',
    ]);
    // Not a key the object has already: "valeu" beside "value" is no "value".
    assert.deepEqual(en(broken((i) => (i.pilar = i.pillar))), [
      ['indicators[3].pilar', 'indicators[3].pilar: unknown field (a misspelt key?)'],
    ]);
    const moved = broken((i) => {
      i.observation = i.observations;
      delete i.observations;
    });
    assert.deepEqual(
      en(moved)[0]?.[1],
      'indicators[3].observation: unknown field (did you mean "observations"?)',
    );
    const valeu = broken((i) => {
      const o = at(i, 'observations', 0);
      o.valeu = o.value;
      delete o.value;
    });
    assert.deepEqual(en(valeu), [
      [
        'indicators[3].observations[0].valeu',
        'indicators[3].observations[0].valeu: unknown field (did you mean "value"?)',
      ],
    ]);
    assert.equal(
      en(
        broken((i) => {
          i.Unit = i.unit;
          delete i.unit;
        }),
      )[0]?.[1],
      'indicators[3].Unit: unknown field (did you mean "unit"?)',
    );
  });

  test('in the short form, its own keys', () => {
    assert.deepEqual(en(parseIndicator({ name: 'Tỷ lệ', value: 54.34, targe: 50 })), [
      ['targe', 'targe: unknown field (did you mean "target"?)'],
    ]);
    // Two letters say too little to guess from.
    assert.deepEqual(en(parseIndicator({ name: { vi: 'x', vn: 'y' }, value: 1 })), [
      ['name.vn', 'name.vn: unknown field (a misspelt key?)'],
    ]);
  });

  test("one form's field in the other", () => {
    assert.deepEqual(vi(broken((i) => (i.value = 56))), [
      'indicators[3].value: dạng đầy đủ (có id, observations, targets) không có trường này; ghi trong observations: [{"period": …, "value": …}]',
    ]);
    assert.deepEqual(en(parseIndicator({ name: 'x', value: 5, level: true })), [
      [
        'level',
        'level: the short form (value, target) has no "level"; use the full form, with id, observations and targets',
      ],
    ]);
  });

  test('a regional entry of names and no figures is read as categories', () => {
    const d = raw('bc-2023-02-25.json');
    const r = at(d, 'regional', 0);
    r.categorie = r.categories;
    delete r.categories;
    assert.deepEqual(en(parseDataset(d)), [
      ['regional[0].categories', 'regional[0].categories: required field is missing'],
      [
        'regional[0].categorie',
        'regional[0].categorie: unknown field (did you mean "categories"?)',
      ],
    ]);
  });
});

describe('a value not in the list: the one meant', () => {
  const unit = (u: unknown): string[] => en(broken((i) => (i.unit = u))).map((e) => e[1] ?? '');

  test('units', () => {
    assert.deepEqual(unit('percent'), [
      'indicators[3].unit: unsupported unit "percent"; write "%"',
    ]);
    assert.deepEqual(unit('Count'), [
      'indicators[3].unit: unsupported unit "Count"; write "count"',
    ]);
    assert.deepEqual(unit('vnd'), ['indicators[3].unit: unsupported unit "vnd"; write "VND"']);
    assert.deepEqual(
      vi(broken((i) => (i.unit = 'phần trăm')))[0],
      'indicators[3].unit: đơn vị không hỗ trợ "phần trăm"; viết "%"',
    );
    // What a count counts is its label: "địa phương", as the report says.
    assert.deepEqual(vi(broken((i) => (i.unit = 'địa phương'))), [
      'indicators[3].unit: đơn vị không hỗ trợ "địa phương"; viết unit "count" và unitLabel "địa phương"',
    ]);
    // bc-2022-12-28: "3.319,3 tỷ đồng" of revenue, stored in whole đồng.
    assert.deepEqual(unit('tỷ đồng'), [
      'indicators[3].unit: unsupported unit "tỷ đồng"; write "VND", with values in whole đồng',
    ]);
    assert.deepEqual(unit(null), [
      'indicators[3].unit: unsupported unit (got null); use one of: %, count, number, index, times, rank, Mbps, VND, USD',
    ]);
  });

  test('comparisons as the reports and keyboards write them', () => {
    const op = (o: string): string =>
      en(parseIndicator({ name: 'Tỷ lệ', unit: '%', value: 54.34, target: 50, op: o }))[0]?.[1] ??
      '';
    for (const [typed, meant] of [
      ['≥', '>='],
      ['>= ', '>='],
      ['=>', '>='],
      ['tối thiểu', '>='],
      ['≤', '<='],
      ['==', '='],
    ])
      assert.equal(op(typed!), `op: invalid comparison ${JSON.stringify(typed)}; write "${meant}"`);
    assert.equal(op('about'), 'op: invalid comparison "about"; use >=, >, <=, < or =');
  });

  test('kind and direction', () => {
    assert.deepEqual(en(broken((i) => (at(i, 'observations', 0).kind = 'estimated'))), [
      [
        'indicators[3].observations[0].kind',
        'indicators[3].observations[0].kind: invalid value "estimated"; write "estimate"',
      ],
    ]);
    assert.deepEqual(vi(broken((i) => (at(i, 'observations', 0).kind = 'ước tính'))), [
      'indicators[3].observations[0].kind: giá trị không hợp lệ "ước tính"; viết "estimate"',
    ]);
    assert.deepEqual(vi(broken((i) => (i.direction = 'Higher'))), [
      'indicators[3].direction: giá trị không hợp lệ "Higher"; viết "higher"',
    ]);
  });
});

describe('periods: the key to write, or the part out of range', () => {
  const period = (p: unknown, locale: 'vi' | 'en' = 'en'): string =>
    errorsOf(broken((i) => (at(i, 'observations', 0).period = p)))[0]?.message[locale] ?? '';
  const where = 'indicators[3].observations[0].period';

  test('as people write them', () => {
    for (const [typed, key] of [
      ['2024/04', '2024-04'],
      ['2024.04', '2024-04'],
      ['2022H1', '2022-H1'],
      ['2024 Q1', '2024-Q1'],
      ['2023-2-25', '2023-02-25'],
      // bc-2022-12-28's "11 tháng đầu năm 2022" (2022-01/2022-11), typed without "đầu".
      ['11 tháng năm 2022', '2022-01/2022-11'],
      // A run of six months from January is the first half, said its shortest way.
      ['6 tháng năm 2022', '2022-H1'],
      ['2022-11/2022-01', '2022-01/2022-11'],
    ])
      assert.equal(period(typed), `${where}: invalid period "${typed}": write ${key}`, typed);
  });

  test('the right shape with a part out of range says which part', () => {
    assert.equal(
      period('2022-H3'),
      `${where}: invalid period "2022-H3": a half is H1 or H2; use 2022, 2022-H1, 2024-Q1, 2024-04, 2023-02-25 or 2022-01/2022-11`,
    );
    assert.match(period('2024-Q5'), /: a quarter is Q1, Q2, Q3 or Q4; use 2022/);
    assert.match(period('2022-13', 'vi'), /"2022-13": tháng từ 01 đến 12; dùng 2022/);
    assert.match(period('2023-02-30'), /"2023-02-30": 2023-02 has no day 30; use 2022/);
    assert.match(period('2023-02-30', 'vi'), /"2023-02-30": tháng 02\/2023 không có ngày 30; dùng/);
  });

  test('a period typed as a number is quoted', () => {
    assert.equal(period(2024), `${where}: expected a string, got the number 2024; write "2024"`);
    assert.equal(
      period(2024.04, 'vi'),
      `${where}: cần một chuỗi, nhận được số 2024.04; viết "2024-04"`,
    );
    // 2024.1 may have been 2024.10: no guess.
    assert.equal(period(2024.1), `${where}: expected a string, got the number 2024.1`);
  });
});

describe('a figure typed as the report prints it: the number to write', () => {
  test('with a qualifier and a scale, kept in `text` as the seeds keep it', () => {
    // bc-2024-04: "hơn 46,2 triệu hồ sơ nộp trên Cổng Dịch vụ công quốc gia", stored 46200000.
    const d = raw('bc-2024-04.json');
    const k = list(d, 'indicators').findIndex((i) => i.id === 'cong-dvcqg-ho-so-nop');
    at(d, 'indicators', k, 'observations', 0).value = 'hơn 46,2 triệu';
    assert.deepEqual(en(parseDataset(d)), [
      [
        `indicators[${k}].observations[0].value`,
        `indicators[${k}].observations[0].value: expected a number, got the string "hơn 46,2 triệu"; write 46200000 and keep "hơn 46,2 triệu" in text`,
      ],
    ]);
    // bc-2022-12-28: "Doanh thu năm 2022 đạt 3.319,3 tỷ đồng", stored 3319300000000.
    assert.match(
      vi(
        parseIndicator({
          id: 'dt',
          name: 'Doanh thu',
          unit: 'VND',
          observations: [{ period: '2022', value: '3.319,3 tỷ đồng' }],
        }),
      )[0] ?? '',
      /; viết 3319300000000 và giữ "3\.319,3 tỷ đồng" trong text$/,
    );
    // bc-2023-12: "22,307 triệu lượt truy cập", stored 22307000; the short form has no text.
    assert.deepEqual(
      en(parseIndicator({ name: 'Lượt truy cập', unit: 'count', value: '22,307 triệu' })),
      [['value', 'value: expected a number, got the string "22,307 triệu"; write 22307000']],
    );
  });

  test('a count with its total, and a target with its comparison', () => {
    assert.deepEqual(en(broken((i) => (at(i, 'observations', 0).value = '56/63'))), [
      [
        'indicators[3].observations[0].value',
        'indicators[3].observations[0].value: expected a number, got the string "56/63"; write value 56 and total 63',
      ],
    ]);
    // bc-2023-02-25 prints targets as "Trên 80%": op ">" in its data.
    const d = raw('bc-2023-02-25.json');
    const k = list(d, 'indicators').findIndex((i) =>
      (i.targets as Raw[] | undefined)?.some((t) => t.text === 'Trên 80%'),
    );
    const t = list(d, 'indicators', k, 'targets').findIndex((x) => x.text === 'Trên 80%');
    assert.equal(at(d, 'indicators', k, 'targets', t).op, '>');
    at(d, 'indicators', k, 'targets', t).value = 'Trên 80%';
    assert.deepEqual(vi(parseDataset(d)), [
      `indicators[${k}].targets[${t}].value: cần một số, nhận được chuỗi "Trên 80%"; viết op ">" và value 80`,
    ]);
  });

  test('NaN is not called a number, and a long text is cut', () => {
    assert.deepEqual(en(parseIndicator({ name: 'x', value: Number.NaN })), [
      ['value', 'value: expected a number, got NaN (not a number)'],
    ]);
    const [message = ''] = vi(parseIndicator({ name: 'x', value: INDICATOR }));
    assert.ok(message.length < 120, message);
    assert.match(message, /…"$/);
  });
});

describe('the shape of the data', () => {
  test('an array where an object belongs is one error at that path', () => {
    assert.deepEqual(en(broken((_, d) => (at(d, 'indicators')[3] = []))), [
      ['indicators[3]', 'indicators[3]: expected an object, got an array'],
    ]);
    assert.deepEqual(en(parseDataset(at(raw('bc-2024-04.json'), 'indicators'))), [
      ['', 'data: expected an object, got an array; put the list in {"indicators": […]}'],
    ]);
  });

  test('nothing at all', () => {
    assert.deepEqual(
      errorsOf(parseIndicatorData(undefined)).map((e) => e.message),
      [
        {
          vi: 'dữ liệu: trống; cần một đối tượng JSON',
          en: 'data: nothing given; expected a JSON object',
        },
      ],
    );
  });

  test('a target as the report prints it, where an object belongs', () => {
    const d = raw('bc-2023-02-25.json');
    at(d, 'indicators', 0, 'targets')[0] = '≥ 80%';
    assert.deepEqual(en(parseDataset(d)), [
      [
        'indicators[0].targets[0]',
        'indicators[0].targets[0]: expected an object, got the string "≥ 80%"; write {"period": "…", "op": ">=", "value": 80}',
      ],
    ]);
    at(d, 'indicators', 0, 'targets')[0] = null;
    assert.deepEqual(
      en(parseDataset(d))[0]?.[1],
      'indicators[0].targets[0]: expected an object, got null',
    );
  });

  test('ids and codes: what to write', () => {
    assert.deepEqual(vi(broken((i) => (i.id = 'dia phuong chinh sach'))), [
      'indicators[3].id: mã không hợp lệ "dia phuong chinh sach": chỉ dùng chữ, số, dấu chấm, gạch dưới, hai chấm, gạch ngang; viết "dia-phuong-chinh-sach"',
    ]);
    assert.deepEqual(en(broken((i) => (i.id = ''))), [
      ['indicators[3].id', 'indicators[3].id: must not be empty'],
    ]);
    // bc-2022-12-28 lists provinces by GSO code, "01" for Hà Nội.
    const d = raw('bc-2022-12-28.json');
    at(d, 'regional', 0, 'categories', 0, 'provinces')[0] = 1;
    assert.deepEqual(en(parseDataset(d)), [
      [
        'regional[0].categories[0].provinces[0]',
        'regional[0].categories[0].provinces[0]: expected a string, got the number 1; write "01"',
      ],
    ]);
  });
});

describe('every message, over a sweep of broken seed data', () => {
  test('names its path, differs by language, and leaks no internals', () => {
    const breaks: ((i: Raw, d: Raw) => void)[] = [
      (i) => (at(i, 'observations', 0).value = '54,34'),
      (i) => (at(i, 'observations', 0).value = null),
      (i) => (at(i, 'observations', 0).value = Number.NaN),
      (i) => (at(i, 'observations', 0).value = {}),
      (i) => (at(i, 'observations', 0).total = 0),
      (i) => (at(i, 'observations', 0).total = 50),
      (i) => (at(i, 'observations', 0).kind = { vi: 'ước tính' }),
      (i) => (at(i, 'observations', 0).period = 'Quý I/2024'),
      (i) => (at(i, 'observations', 0).source = 'bc-2024-4'),
      (i) => (i.unit = '%'),
      (i) => (i.unit = []),
      (i) => (i.level = false),
      (i) => (i.name = null),
      (i) => (i.targets = [{ period: '2025', op: '≥', value: 63 }]),
      (i) => (i.targets = [null]),
      (i) => (i.observations = [[]]),
      (i) => delete i.name,
      (_, d) => (at(d, 'indicators', 4).id = at(d, 'indicators', 3).id),
      (_, d) => (d.indicators = undefined),
    ];
    for (const [n, change] of breaks.entries()) {
      const errors = errorsOf(broken(change));
      assert.ok(errors.length, `break ${n}`);
      for (const { path, message } of errors) {
        const label = `break ${n}: ${message.en}`;
        assert.notEqual(message.vi, message.en, label);
        for (const m of [message.vi, message.en]) {
          assert.ok(m.startsWith(`${path || (m === message.vi ? 'dữ liệu' : 'data')}: `), label);
          assert.doesNotMatch(
            m,
            /undefined|\[object|Invalid (type|key)|Expected|never|strict_object|picklist|the number NaN|số NaN/,
            label,
          );
        }
        // The Vietnamese says it in Vietnamese.
        assert.doesNotMatch(message.vi, /\b(expected|got|invalid|write|use)\b/, label);
      }
    }
  });
});
