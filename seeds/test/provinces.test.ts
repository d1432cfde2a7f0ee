/**
 * Every province the reports name resolves in the registry, and the pilot tasks of 002 IV.2 lead
 * with the provinces (and as many of them) as the report lists. The names below are copied from
 * the reports as printed, typos included.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RegionalCategories } from '@cds-vn/core';
import { findProvince, provinceUnits } from '@cds-vn/core';
import { DATASET_FILES, loadParsed } from './helpers.js';

function gso(name: string): string {
  const r = findProvince(name, 'vn-63');
  assert.ok(r.ok, `"${name}" does not resolve in vn-63`);
  return r.unit.gso;
}

function categories(file: string, id: string): RegionalCategories {
  const r = loadParsed(file).regional.find((x) => x.type === 'categories' && x.id === id);
  assert.ok(r && r.type === 'categories', `no regional categories ${id} in ${file}`);
  return r;
}

/** 002, IV.2 "Nhiệm vụ trọng tâm phân công Ban chỉ đạo chuyển đổi số các tỉnh": task → provinces. */
// prettier-ignore
const PILOT_TASKS: readonly [string, readonly string[]][] = [
  ['a', ['Thành phố Hà Nội', 'Thành phố Đà Nẵng', 'Thành phố Hải Phòng']],
  ['b', ['Thành phố Hồ Chí Minh']],
  ['c', ['An Giang']],
  ['d', ['Bạc Liêu']],
  ['dd', ['Bắc Giang', 'Bắc Ninh', 'Bình Dương', 'Bình Phước', 'Hải Dương', 'Hà Nam', 'Hòa Bình', 'Khánh Hòa', 'Lâm Đồng', 'Long An', 'Nam Định']],
  ['e', ['Bắc Kạn', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Hà Giang', 'Ninh Thuận', 'Phú Yên', 'Quảng Bình', 'Tuyên Quang']],
  ['g', ['Bến Tre', 'Đồng Nai', 'Đồng Tháp', 'Hưng Yên', 'Phú Thọ', 'Quảng Nam', 'Sơn La', 'Thái Bình']],
  ['h', ['Bình Định', 'Hà Tĩnh', 'Hà Nam', 'Lạng Sơn', 'Quảng Ninh', 'Sóc Trăng', 'Thái Nguyên', 'Thừa Thiên - Huế', 'Yên Bái']],
  ['i', ['Thành phố Cần thơ']],
  ['k', ['Đắk Lắk', 'Đắk Nông', 'Gia Lai', 'Kon Tum', 'TP. Hải phòng', 'Quảng Ninh']],
  ['l', ['Điện Biên', 'Thanh Hóa', 'Vĩnh Phúc']],
  ['m', ['Hậu Giang', 'Kiên Giang', 'Nghệ An', 'Quảng Ngãi', 'Quảng Trị', 'Tiền Giang', 'Trà Vinh']],
  ['n', ['Lai Châu']],
  ['o', ['Nam Định', 'Ninh Bình']],
  ['p', ['Bà Rịa-Vũng Tàu', 'Tây Ninh']],
  ['q', ['Bình Định']],
  ['s', ['TP. Hải phòng']],
  ['t', ['Lào Cai', 'Nam Định']],
  ['u', ['Lào Cai']],
  ['v', ['Vĩnh Long']],
];

/** How many provinces each task names, counted in the report (a)–v), no r)). */
// prettier-ignore
const COUNTS: Readonly<Record<string, number>> = {
  a: 3, b: 1, c: 1, d: 1, dd: 11, e: 9, g: 8, h: 9, i: 1, k: 6,
  l: 3, m: 7, n: 1, o: 2, p: 2, q: 1, s: 1, t: 2, u: 1, v: 1,
};

/** The other provinces named in the reports' text. */
const OTHER_NAMES: readonly [string, readonly string[]][] = [
  // 000: training of community tech teams still to come; CCCD-for-ATM pilot
  [
    '000',
    [
      'Hà Nội',
      'Hà Tĩnh',
      'Thanh Hóa',
      'Nghệ An',
      'Quảng Bình',
      'thành phố Hà Nội',
      'tỉnh Quảng Ninh',
    ],
  ],
  // 002 footnote [6]
  [
    '002 [6]',
    [
      'Ninh Bình',
      'Thừa Thiên - Huế',
      'TP. Đà Nẵng',
      'TP. Hồ Chí Minh',
      'Bình Định',
      'Long An',
      'Bắc Giang',
      'Lạng Sơn',
    ],
  ],
  // 004: the provincial example
  ['004', ['Hải Phòng']],
];

describe('002 IV.2: the provincial pilot tasks a)–v)', () => {
  const entry = categories('bc-2023-02-25.json', 'nhiem-vu-trong-tam-cac-tinh-2023');

  test('keyed by GSO code on the 63', () => {
    assert.equal(entry.boundaries, 'vn-63');
    const codes = new Set(provinceUnits('vn-63').map((u) => u.gso));
    for (const c of entry.categories)
      for (const p of c.provinces) assert.ok(codes.has(p), `${c.id}: ${p} is not a vn-63 GSO code`);
  });

  test('the twenty tasks, in the report’s order', () => {
    assert.deepEqual(
      entry.categories.map((c) => c.id),
      PILOT_TASKS.map(([id]) => id),
    );
  });

  for (const [id, names] of PILOT_TASKS) {
    test(`task ${id === 'dd' ? 'đ' : id}): ${COUNTS[id]} province(s), the ones the report names`, () => {
      assert.equal(names.length, COUNTS[id], 'the names copied from the report');
      const expected = names.map(gso);
      assert.equal(new Set(expected).size, COUNTS[id], 'two names resolved to one province');
      const category = entry.categories.find((c) => c.id === id);
      assert.ok(category, `no category ${id}`);
      assert.equal(category.provinces.length, COUNTS[id]);
      assert.deepEqual([...category.provinces].sort(), [...expected].sort());
    });
  }
});

describe('every other province named in the reports resolves', () => {
  for (const [where, names] of OTHER_NAMES) {
    test(where, () => {
      for (const n of names) gso(n);
    });
  }

  test('the 000 and 002 [6] categories hold exactly the provinces named', () => {
    const training = categories('bc-2022-12-28.json', 'tap-huan-to-cnscd-2022').categories[0];
    assert.deepEqual(
      [...(training?.provinces ?? [])].sort(),
      ['Hà Nội', 'Hà Tĩnh', 'Thanh Hóa', 'Nghệ An', 'Quảng Bình'].map(gso).sort(),
    );
    const openData = categories('bc-2023-02-25.json', 'du-lieu-mo-dia-phuong-2022').categories;
    assert.deepEqual(openData[0]?.provinces, [gso('Ninh Bình')]);
    assert.deepEqual(
      [...(openData[1]?.provinces ?? [])].sort(),
      [
        'Thừa Thiên - Huế',
        'TP. Đà Nẵng',
        'TP. Hồ Chí Minh',
        'Bình Định',
        'Long An',
        'Bắc Giang',
        'Lạng Sơn',
      ]
        .map(gso)
        .sort(),
    );
  });

  test('per-province values are keyed by a vn-63 GSO code (Hải Phòng in 004)', () => {
    const values = loadParsed('bc-2023-12.json').regional.filter((r) => r.type === 'values');
    assert.equal(values.length, 3);
    for (const v of values) assert.deepEqual(Object.keys(v.values), [gso('Hải Phòng')]);
  });

  test('no dataset keys a province by anything but a vn-63 GSO code', () => {
    const codes = new Set(provinceUnits('vn-63').map((u) => u.gso));
    for (const file of DATASET_FILES) {
      for (const r of loadParsed(file).regional) {
        const keys =
          r.type === 'values' ? Object.keys(r.values) : r.categories.flatMap((c) => c.provinces);
        for (const k of keys) assert.ok(codes.has(k), `${file}: ${k}`);
        assert.equal(r.boundaries, 'vn-63', file);
      }
    }
  });
});
