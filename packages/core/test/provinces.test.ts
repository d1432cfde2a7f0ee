import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  findProvince,
  inferBoundarySet,
  normalizeProvinceName,
  predecessorsOf,
  provinceByCode,
  provinceUnits,
  successorOf,
  unitTypeAt,
} from '../src/provinces/index.js';
import type { BoundarySet, ProvinceUnit, UnitType } from '../src/provinces/index.js';

// Expected data, written out independently of the registry: GSO code, ISO code, official name,
// the same without diacritics, type while in force, GSO code of the vn-34 successor.
type Row63 = readonly [string, string, string, string, UnitType, string];
const EXPECTED_63: readonly Row63[] = [
  ['01', 'VN-HN', 'Hà Nội', 'Ha Noi', 'city', '01'],
  ['02', 'VN-03', 'Hà Giang', 'Ha Giang', 'province', '08'],
  ['04', 'VN-04', 'Cao Bằng', 'Cao Bang', 'province', '04'],
  ['06', 'VN-53', 'Bắc Kạn', 'Bac Kan', 'province', '19'],
  ['08', 'VN-07', 'Tuyên Quang', 'Tuyen Quang', 'province', '08'],
  ['10', 'VN-02', 'Lào Cai', 'Lao Cai', 'province', '15'],
  ['11', 'VN-71', 'Điện Biên', 'Dien Bien', 'province', '11'],
  ['12', 'VN-01', 'Lai Châu', 'Lai Chau', 'province', '12'],
  ['14', 'VN-05', 'Sơn La', 'Son La', 'province', '14'],
  ['15', 'VN-06', 'Yên Bái', 'Yen Bai', 'province', '15'],
  ['17', 'VN-14', 'Hòa Bình', 'Hoa Binh', 'province', '25'],
  ['19', 'VN-69', 'Thái Nguyên', 'Thai Nguyen', 'province', '19'],
  ['20', 'VN-09', 'Lạng Sơn', 'Lang Son', 'province', '20'],
  ['22', 'VN-13', 'Quảng Ninh', 'Quang Ninh', 'province', '22'],
  ['24', 'VN-54', 'Bắc Giang', 'Bac Giang', 'province', '24'],
  ['25', 'VN-68', 'Phú Thọ', 'Phu Tho', 'province', '25'],
  ['26', 'VN-70', 'Vĩnh Phúc', 'Vinh Phuc', 'province', '25'],
  ['27', 'VN-56', 'Bắc Ninh', 'Bac Ninh', 'province', '24'],
  ['30', 'VN-61', 'Hải Dương', 'Hai Duong', 'province', '31'],
  ['31', 'VN-HP', 'Hải Phòng', 'Hai Phong', 'city', '31'],
  ['33', 'VN-66', 'Hưng Yên', 'Hung Yen', 'province', '33'],
  ['34', 'VN-20', 'Thái Bình', 'Thai Binh', 'province', '33'],
  ['35', 'VN-63', 'Hà Nam', 'Ha Nam', 'province', '37'],
  ['36', 'VN-67', 'Nam Định', 'Nam Dinh', 'province', '37'],
  ['37', 'VN-18', 'Ninh Bình', 'Ninh Binh', 'province', '37'],
  ['38', 'VN-21', 'Thanh Hóa', 'Thanh Hoa', 'province', '38'],
  ['40', 'VN-22', 'Nghệ An', 'Nghe An', 'province', '40'],
  ['42', 'VN-23', 'Hà Tĩnh', 'Ha Tinh', 'province', '42'],
  ['44', 'VN-24', 'Quảng Bình', 'Quang Binh', 'province', '44'],
  ['45', 'VN-25', 'Quảng Trị', 'Quang Tri', 'province', '44'],
  ['46', 'VN-26', 'Huế', 'Hue', 'city', '46'],
  ['48', 'VN-DN', 'Đà Nẵng', 'Da Nang', 'city', '48'],
  ['49', 'VN-27', 'Quảng Nam', 'Quang Nam', 'province', '48'],
  ['51', 'VN-29', 'Quảng Ngãi', 'Quang Ngai', 'province', '51'],
  ['52', 'VN-31', 'Bình Định', 'Binh Dinh', 'province', '52'],
  ['54', 'VN-32', 'Phú Yên', 'Phu Yen', 'province', '66'],
  ['56', 'VN-34', 'Khánh Hòa', 'Khanh Hoa', 'province', '56'],
  ['58', 'VN-36', 'Ninh Thuận', 'Ninh Thuan', 'province', '56'],
  ['60', 'VN-40', 'Bình Thuận', 'Binh Thuan', 'province', '68'],
  ['62', 'VN-28', 'Kon Tum', 'Kon Tum', 'province', '51'],
  ['64', 'VN-30', 'Gia Lai', 'Gia Lai', 'province', '52'],
  ['66', 'VN-33', 'Đắk Lắk', 'Dak Lak', 'province', '66'],
  ['67', 'VN-72', 'Đắk Nông', 'Dak Nong', 'province', '68'],
  ['68', 'VN-35', 'Lâm Đồng', 'Lam Dong', 'province', '68'],
  ['70', 'VN-58', 'Bình Phước', 'Binh Phuoc', 'province', '75'],
  ['72', 'VN-37', 'Tây Ninh', 'Tay Ninh', 'province', '80'],
  ['74', 'VN-57', 'Bình Dương', 'Binh Duong', 'province', '79'],
  ['75', 'VN-39', 'Đồng Nai', 'Dong Nai', 'province', '75'],
  ['77', 'VN-43', 'Bà Rịa - Vũng Tàu', 'Ba Ria - Vung Tau', 'province', '79'],
  ['79', 'VN-SG', 'TP. Hồ Chí Minh', 'Ho Chi Minh', 'city', '79'],
  ['80', 'VN-41', 'Long An', 'Long An', 'province', '80'],
  ['82', 'VN-46', 'Tiền Giang', 'Tien Giang', 'province', '82'],
  ['83', 'VN-50', 'Bến Tre', 'Ben Tre', 'province', '86'],
  ['84', 'VN-51', 'Trà Vinh', 'Tra Vinh', 'province', '86'],
  ['86', 'VN-49', 'Vĩnh Long', 'Vinh Long', 'province', '86'],
  ['87', 'VN-45', 'Đồng Tháp', 'Dong Thap', 'province', '82'],
  ['89', 'VN-44', 'An Giang', 'An Giang', 'province', '91'],
  ['91', 'VN-47', 'Kiên Giang', 'Kien Giang', 'province', '91'],
  ['92', 'VN-CT', 'Cần Thơ', 'Can Tho', 'city', '92'],
  ['93', 'VN-73', 'Hậu Giang', 'Hau Giang', 'province', '92'],
  ['94', 'VN-52', 'Sóc Trăng', 'Soc Trang', 'province', '92'],
  ['95', 'VN-55', 'Bạc Liêu', 'Bac Lieu', 'province', '96'],
  ['96', 'VN-59', 'Cà Mau', 'Ca Mau', 'province', '96'],
];

// GSO code, official name, without diacritics, current type, vn-63 predecessors.
type Row34 = readonly [string, string, string, UnitType, readonly string[]];
const EXPECTED_34: readonly Row34[] = [
  ['01', 'Hà Nội', 'Ha Noi', 'city', ['01']],
  ['04', 'Cao Bằng', 'Cao Bang', 'province', ['04']],
  ['08', 'Tuyên Quang', 'Tuyen Quang', 'province', ['02', '08']],
  ['11', 'Điện Biên', 'Dien Bien', 'province', ['11']],
  ['12', 'Lai Châu', 'Lai Chau', 'province', ['12']],
  ['14', 'Sơn La', 'Son La', 'province', ['14']],
  ['15', 'Lào Cai', 'Lao Cai', 'province', ['10', '15']],
  ['19', 'Thái Nguyên', 'Thai Nguyen', 'province', ['06', '19']],
  ['20', 'Lạng Sơn', 'Lang Son', 'province', ['20']],
  ['22', 'Quảng Ninh', 'Quang Ninh', 'city', ['22']],
  ['24', 'Bắc Ninh', 'Bac Ninh', 'city', ['24', '27']],
  ['25', 'Phú Thọ', 'Phu Tho', 'province', ['17', '25', '26']],
  ['31', 'Hải Phòng', 'Hai Phong', 'city', ['30', '31']],
  ['33', 'Hưng Yên', 'Hung Yen', 'province', ['33', '34']],
  ['37', 'Ninh Bình', 'Ninh Binh', 'province', ['35', '36', '37']],
  ['38', 'Thanh Hóa', 'Thanh Hoa', 'province', ['38']],
  ['40', 'Nghệ An', 'Nghe An', 'province', ['40']],
  ['42', 'Hà Tĩnh', 'Ha Tinh', 'province', ['42']],
  ['44', 'Quảng Trị', 'Quang Tri', 'province', ['44', '45']],
  ['46', 'Huế', 'Hue', 'city', ['46']],
  ['48', 'Đà Nẵng', 'Da Nang', 'city', ['48', '49']],
  ['51', 'Quảng Ngãi', 'Quang Ngai', 'province', ['51', '62']],
  ['52', 'Gia Lai', 'Gia Lai', 'province', ['52', '64']],
  ['56', 'Khánh Hòa', 'Khanh Hoa', 'province', ['56', '58']],
  ['66', 'Đắk Lắk', 'Dak Lak', 'province', ['54', '66']],
  ['68', 'Lâm Đồng', 'Lam Dong', 'province', ['60', '67', '68']],
  ['75', 'Đồng Nai', 'Dong Nai', 'city', ['70', '75']],
  ['79', 'TP. Hồ Chí Minh', 'Ho Chi Minh', 'city', ['74', '77', '79']],
  ['80', 'Tây Ninh', 'Tay Ninh', 'province', ['72', '80']],
  ['82', 'Đồng Tháp', 'Dong Thap', 'province', ['82', '87']],
  ['86', 'Vĩnh Long', 'Vinh Long', 'province', ['83', '84', '86']],
  ['91', 'An Giang', 'An Giang', 'province', ['89', '91']],
  ['92', 'Cần Thơ', 'Can Tho', 'city', ['92', '93', '94']],
  ['96', 'Cà Mau', 'Ca Mau', 'province', ['95', '96']],
];

const PREFIX: Readonly<Record<UnitType, string>> = { province: 'Tỉnh', city: 'Thành phố' };

function unitOf(set: BoundarySet, gso: string): ProvinceUnit {
  const unit = provinceUnits(set).find((candidate) => candidate.gso === gso);
  assert.ok(unit, `${set} has a unit ${gso}`);
  return unit;
}

function assertFound(query: string, set: BoundarySet, gso: string): void {
  const match = findProvince(query, set);
  assert.ok(match.ok, `'${query}' resolves in ${set}`);
  assert.equal(match.unit.gso, gso, `'${query}' in ${set}`);
  assert.equal(match.unit.set, set);
}

function assertMissed(query: string, set: BoundarySet, suggestedGso: readonly string[]): void {
  const match = findProvince(query, set);
  assert.equal(match.ok, false, `'${query}' must not resolve in ${set}`);
  if (match.ok) return;
  assert.equal(match.query, query);
  assert.deepEqual(
    match.suggestions.map((unit) => unit.gso),
    suggestedGso,
    `suggestions for '${query}' in ${set}`,
  );
}

describe('the two boundary sets', () => {
  test('vn-63 holds the 63 units in GSO order, with ISO codes and official names', () => {
    const units = provinceUnits('vn-63');
    assert.equal(units.length, 63);
    assert.deepEqual(
      units.map((unit) => [unit.gso, unit.iso, unit.name]),
      EXPECTED_63.map(([gso, iso, name]) => [gso, iso, name]),
    );
  });

  test('vn-34 holds the 34 units in GSO order, with official names and no ISO codes', () => {
    const units = provinceUnits('vn-34');
    assert.equal(units.length, 34);
    assert.deepEqual(
      units.map((unit) => [unit.gso, unit.name]),
      EXPECTED_34.map(([gso, name]) => [gso, name]),
    );
    for (const unit of units) assert.equal(unit.iso, undefined, unit.name);
  });

  test('Hồ Chí Minh City is "TP. Hồ Chí Minh", its full name "Thành phố Hồ Chí Minh"', () => {
    // bc-2023-02-25 lists "TP. Đà Nẵng, TP. Hồ Chí Minh"; the bare name is the person's.
    for (const set of ['vn-63', 'vn-34'] as const) {
      const hcm = unitOf(set, '79');
      assert.equal(hcm.name, 'TP. Hồ Chí Minh', set);
      assert.equal(hcm.fullName, 'Thành phố Hồ Chí Minh', set);
      for (const query of ['Hồ Chí Minh', 'TP.HCM', 'Sài Gòn', 'Thành phố Hồ Chí Minh'])
        assertFound(query, set, '79');
    }
  });

  test('codes and names are unique within each set', () => {
    for (const set of ['vn-63', 'vn-34'] as const) {
      const units = provinceUnits(set);
      assert.equal(new Set(units.map((unit) => unit.gso)).size, units.length, `${set} GSO`);
      assert.equal(new Set(units.map((unit) => unit.name)).size, units.length, `${set} names`);
    }
    const isoCodes = provinceUnits('vn-63').map((unit) => unit.iso);
    assert.equal(new Set(isoCodes).size, 63);
  });

  test('every unit says which set it belongs to, and only its own kind of link', () => {
    for (const unit of provinceUnits('vn-63')) {
      assert.equal(unit.set, 'vn-63');
      assert.equal(unit.predecessors, undefined, unit.name);
      assert.equal(typeof unit.successor, 'string', unit.name);
    }
    for (const unit of provinceUnits('vn-34')) {
      assert.equal(unit.set, 'vn-34');
      assert.equal(unit.successor, undefined, unit.name);
      assert.ok(Array.isArray(unit.predecessors), unit.name);
    }
  });

  test('names are NFC, full names carry the current type prefix, English names are ASCII', () => {
    const current: [BoundarySet, string, string, UnitType][] = [
      ...EXPECTED_63.map(([gso, , name, , type]): [BoundarySet, string, string, UnitType] => [
        'vn-63',
        gso,
        name,
        type,
      ]),
      ...EXPECTED_34.map(([gso, name, , type]): [BoundarySet, string, string, UnitType] => [
        'vn-34',
        gso,
        name,
        type,
      ]),
    ];
    for (const [set, gso, name, type] of current) {
      const unit = unitOf(set, gso);
      assert.equal(unit.name, unit.name.normalize('NFC'), `${set} ${gso}`);
      // "TP. Hồ Chí Minh", as the reports write it (never the bare name, a person's): its full
      // name spells the prefix out, "Thành phố Hồ Chí Minh".
      assert.equal(unit.fullName, `${PREFIX[type]} ${name.replace(/^TP\. /, '')}`, `${set} ${gso}`);
      assert.match(unit.nameEn, /^[A-Za-z][A-Za-z -]*$/, `${set} ${gso}`);
    }
  });

  test('English names follow one convention: Hanoi and Ho Chi Minh City, else plain ASCII', () => {
    assert.equal(unitOf('vn-63', '01').nameEn, 'Hanoi');
    assert.equal(unitOf('vn-34', '79').nameEn, 'Ho Chi Minh City');
    assert.equal(unitOf('vn-34', '48').nameEn, 'Da Nang');
    assert.equal(unitOf('vn-63', '77').nameEn, 'Ba Ria - Vung Tau');
    assert.equal(unitOf('vn-63', '46').nameEn, 'Hue');
  });

  test('Huế keeps Thừa Thiên Huế as its former name until 2024-12-31, in both sets', () => {
    for (const set of ['vn-63', 'vn-34'] as const) {
      const hue = unitOf(set, '46');
      assert.equal(hue.name, 'Huế');
      assert.equal(hue.fullName, 'Thành phố Huế');
      assert.deepEqual(hue.formerNames, [{ name: 'Thừa Thiên Huế', until: '2024-12-31' }]);
    }
  });

  test('units cannot be modified by consumers', () => {
    const hanoi = unitOf('vn-63', '01');
    assert.throws(() => {
      (hanoi as { name: string }).name = 'Hà Tây';
    }, TypeError);
    assert.throws(() => {
      (provinceUnits('vn-34') as ProvinceUnit[]).pop();
    }, TypeError);
    assert.equal(unitOf('vn-63', '01').name, 'Hà Nội');
    assert.equal(provinceUnits('vn-34').length, 34);
  });
});

describe('lookup by code', () => {
  test('every unit resolves by its GSO code, with or without a leading zero', () => {
    const all: [BoundarySet, string][] = [
      ...EXPECTED_63.map(([gso]): [BoundarySet, string] => ['vn-63', gso]),
      ...EXPECTED_34.map(([gso]): [BoundarySet, string] => ['vn-34', gso]),
    ];
    for (const [set, gso] of all) {
      assert.equal(provinceByCode(set, gso)?.gso, gso, `${set} ${gso}`);
      const match = findProvince(gso, set);
      assert.ok(match.ok && match.matchedBy === 'gso' && match.unit.gso === gso, `${set} ${gso}`);
      const bare = String(Number(gso));
      assert.equal(provinceByCode(set, bare)?.gso, gso, `${set} '${bare}'`);
      assertFound(bare, set, gso);
    }
  });

  test('every vn-63 unit resolves by its ISO code, in any case', () => {
    for (const [gso, iso] of EXPECTED_63) {
      assert.equal(provinceByCode('vn-63', iso)?.gso, gso, iso);
      assert.equal(provinceByCode('vn-63', iso.toLowerCase())?.gso, gso, iso.toLowerCase());
      const match = findProvince(iso.toLowerCase(), 'vn-63');
      assert.ok(match.ok && match.matchedBy === 'iso' && match.unit.gso === gso, iso);
    }
  });

  test('ISO codes are not codes of the 34', () => {
    assert.equal(provinceByCode('vn-34', 'VN-HN'), undefined);
    assert.equal(provinceByCode('vn-34', 'VN-54'), undefined);
  });

  test('unknown and malformed codes find nothing', () => {
    for (const code of ['00', '0', '03', '99', '001', 'VN-99', 'VN-', 'HN', '']) {
      assert.equal(provinceByCode('vn-63', code), undefined, `'${code}'`);
    }
    // Codes of units merged away exist only in the 63.
    for (const code of ['02', '27', '64', '77', '87', '95']) {
      assert.equal(provinceByCode('vn-34', code), undefined, code);
      assert.ok(provinceByCode('vn-63', code), code);
    }
    assert.equal(provinceByCode('vn-63', 'Hà Nội'), undefined, 'a name is not a code');
  });
});

describe('lookup by name', () => {
  const everyName: [BoundarySet, string, string, string][] = [
    ...EXPECTED_63.map(([gso, , name, ascii]): [BoundarySet, string, string, string] => [
      'vn-63',
      gso,
      name,
      ascii,
    ]),
    ...EXPECTED_34.map(([gso, name, ascii]): [BoundarySet, string, string, string] => [
      'vn-34',
      gso,
      name,
      ascii,
    ]),
  ];

  test('every unit resolves by its official name, full name and diacritic-free name', () => {
    for (const [set, gso, name, ascii] of everyName) {
      const match = findProvince(name, set);
      assert.ok(match.ok && match.matchedBy === 'name' && match.unit.gso === gso, name);
      assertFound(unitOf(set, gso).fullName, set, gso);
      assertFound(ascii, set, gso);
      assertFound(ascii.toLowerCase(), set, gso);
    }
  });

  test('every unit resolves from decomposed (NFD) and upper-case input', () => {
    for (const [set, gso, name] of everyName) {
      assertFound(name.normalize('NFD'), set, gso);
      assertFound(name.toUpperCase(), set, gso);
      assertFound(`  ${name.normalize('NFD').toLowerCase()}  `, set, gso);
    }
  });

  test('every unit resolves by its English name', () => {
    for (const [set, gso] of everyName) assertFound(unitOf(set, gso).nameEn, set, gso);
  });

  const spellings: readonly [string, string][] = [
    ['TP. Hồ Chí Minh', '79'],
    ['TP Hồ Chí Minh', '79'],
    ['Tp.HCM', '79'],
    ['TP.HCM', '79'],
    ['TPHCM', '79'],
    ['T.P. Hồ Chí Minh', '79'],
    ['thanh pho ho chi minh', '79'],
    ['Thành phố Hồ Chí Minh', '79'],
    ['Ho Chi Minh City', '79'],
    ['HCMC', '79'],
    ['Saigon', '79'],
    ['Sài Gòn', '79'],
    ['Hanoi', '01'],
    ['Ha Noi', '01'],
    ['Thành phố Hà Nội', '01'],
    ['tp. hà nội', '01'],
    ['Hanoi City', '01'],
    ['Khánh Hoà', '56'],
    ['Khánh Hòa', '56'],
    ['Khanh Hoa', '56'],
    ['Tỉnh Khánh Hoà', '56'],
    ['tỉnh khánh hòa', '56'],
    ['Khanh Hoa Province', '56'],
    ['\u00d0ồng Tháp', '87'], // Ð: U+00D0, Icelandic eth
    ['\u00f0ồng tháp', '87'], // ð: U+00F0
    ['Thanh Hoá', '38'],
    ['Thanh Hóa', '38'],
    ['Bà Rịa - Vũng Tàu', '77'],
    ['Bà Rịa – Vũng Tàu', '77'], // en dash
    ['Bà Rịa—Vũng Tàu', '77'], // em dash
    ['Bà Rịa-Vũng Tàu', '77'],
    ['Bà Rịa Vũng Tàu', '77'],
    ['Ba Ria Vung Tau', '77'],
    ['Ba Ria-Vung Tau', '77'],
    ['Huế', '46'],
    ['Hue', '46'],
    ['Thừa Thiên Huế', '46'],
    ['Thừa Thiên - Huế', '46'],
    ['Thua Thien - Hue', '46'],
    ['Tỉnh Thừa Thiên Huế', '46'],
    ['TP Huế', '46'],
    ['ĐẮK LẮK', '66'],
    ['Dak Lak', '66'],
    ['Đắc Lắc', '66'],
    ['Daklak', '66'],
    ['Đắk Nông', '67'],
    ['Bắc Cạn', '06'],
    ['Hoà Bình', '17'],
    ['Hòa Bình', '17'],
    ['Kontum', '62'],
    ['Danang', '48'],
    ['Haiphong', '31'],
    ['Hà   Nội', '01'],
    ['Hà\u00a0Nội', '01'], // no-break space
    ['TP Cần Thơ', '92'],
  ];

  test('common spellings resolve in the 63', () => {
    for (const [query, gso] of spellings) assertFound(query, 'vn-63', gso);
  });

  test('common spellings of units that still exist resolve in the 34', () => {
    const still34: readonly [string, string][] = [
      ['TP. Hồ Chí Minh', '79'],
      ['Tp.HCM', '79'],
      ['thanh pho ho chi minh', '79'],
      ['Sài Gòn', '79'],
      ['Khánh Hoà', '56'],
      ['Khanh Hoa', '56'],
      ['\u00d0ồng Tháp', '82'],
      ['Thừa Thiên - Huế', '46'],
      ['Thua Thien Hue', '46'],
      ['Hue', '46'],
      ['ĐẮK LẮK', '66'],
      ['Đắc Lắc', '66'],
      ['Hanoi', '01'],
      ['Thành phố Đồng Nai', '75'],
      ['Tỉnh Đồng Nai', '75'],
      ['Gia Lai', '52'],
      ['Lào Cai', '15'],
      ['Bắc Ninh', '24'],
    ];
    for (const [query, gso] of still34) assertFound(query, 'vn-34', gso);
  });

  test('misspellings are misses that suggest the intended unit', () => {
    assertMissed('Hà Nộii', 'vn-63', ['01']);
    assertMissed('Hà Nộii', 'vn-34', ['01']);
    assertMissed('Sài Gònn', 'vn-63', ['79']);
    assertMissed('Sài Gònn', 'vn-34', ['79']);
    assertMissed('Ha Nol', 'vn-34', ['01']);
    const khanhHoa = findProvince('Khánh Hòaa', 'vn-34');
    assert.equal(khanhHoa.ok, false);
    if (!khanhHoa.ok) assert.equal(khanhHoa.suggestions[0]?.gso, '56');
  });

  test('units merged away are misses in the 34 that suggest their successor first', () => {
    const bacGiang = findProvince('Bắc Giang', 'vn-34');
    assert.equal(bacGiang.ok, false);
    if (!bacGiang.ok) assert.equal(bacGiang.suggestions[0]?.name, 'Bắc Ninh');
    assertMissed('Bà Rịa – Vũng Tàu', 'vn-34', ['79']);
    assertMissed('64', 'vn-34', ['52']);
    assertMissed('VN-HN', 'vn-34', ['01']);
    const hoaBinh = findProvince('Hoà Bình', 'vn-34');
    assert.equal(hoaBinh.ok, false);
    if (!hoaBinh.ok) assert.equal(hoaBinh.suggestions[0]?.gso, '25');
  });

  test('a fragment of a name is a miss that suggests up to three units bearing it', () => {
    for (const set of ['vn-63', 'vn-34'] as const) {
      const match = findProvince('Quảng', set);
      assert.equal(match.ok, false, set);
      if (match.ok) continue;
      assert.equal(match.suggestions.length, 3, set);
      for (const unit of match.suggestions) assert.match(unit.name, /^Quảng /, set);
    }
  });

  test('empty, unknown and code-shaped misses carry no suggestions', () => {
    for (const set of ['vn-63', 'vn-34'] as const) {
      assertMissed('', set, []);
      assertMissed('   ', set, []);
      assertMissed('00', set, []);
      assertMissed('VN-99', set, []);
      assertMissed('Atlantis', set, []);
    }
  });

  test('a prefix or a type word alone is not a name', () => {
    for (const query of ['Tỉnh', 'Thành phố', 'TP.', 'City', 'Province']) {
      assert.equal(findProvince(query, 'vn-63').ok, false, query);
    }
  });
});

describe('normalizeProvinceName', () => {
  test('removes diacritics, case, punctuation and type prefixes', () => {
    const expected: readonly [string, string][] = [
      ['Hà Nội', 'ha noi'],
      ['Thành phố Hồ Chí Minh', 'ho chi minh'],
      ['TP. Hồ Chí Minh', 'ho chi minh'],
      ['Tp.HCM', 'hcm'],
      ['T.P. Huế', 'hue'],
      ['Tỉnh Bà Rịa – Vũng Tàu', 'ba ria vung tau'],
      ['Bà Rịa-Vũng Tàu', 'ba ria vung tau'],
      ['\u00d0ồng Tháp', 'dong thap'],
      ['ĐẮK LẮK', 'dak lak'],
      ['Ho Chi Minh City', 'ho chi minh'],
      ['Quang Ninh Province', 'quang ninh'],
      ['  Hà  \t Nội ', 'ha noi'],
    ];
    for (const [input, key] of expected) assert.equal(normalizeProvinceName(input), key, input);
  });

  test('old and new tone placement give the same key', () => {
    assert.equal(normalizeProvinceName('Thuỷ'), 'thuy');
    assert.equal(normalizeProvinceName('Thủy'), 'thuy');
    assert.equal(normalizeProvinceName('Hoà Bình'), 'hoa binh');
    assert.equal(normalizeProvinceName('Hòa Bình'), 'hoa binh');
  });

  test('NFC and NFD input give the same key', () => {
    assert.equal(normalizeProvinceName('Đắk Lắk'.normalize('NFD')), 'dak lak');
    assert.equal(normalizeProvinceName('Đắk Lắk'.normalize('NFC')), 'dak lak');
  });
});

describe('the 63 → 34 succession', () => {
  test('each vn-63 unit has the expected successor', () => {
    for (const [gso, , name, , , successor] of EXPECTED_63) {
      assert.equal(unitOf('vn-63', gso).successor, successor, name);
      assert.equal(successorOf(gso).gso, successor, name);
      assert.equal(successorOf(gso).set, 'vn-34', name);
    }
  });

  test('each vn-34 unit lists the expected predecessors, and they map back to it', () => {
    for (const [gso, name, , , predecessors] of EXPECTED_34) {
      assert.deepEqual(
        predecessorsOf(gso).map((unit) => unit.gso),
        predecessors,
        name,
      );
      for (const predecessor of predecessorsOf(gso)) {
        assert.equal(predecessor.set, 'vn-63');
        assert.equal(successorOf(predecessor.gso).gso, gso, `${predecessor.name} → ${name}`);
      }
    }
  });

  test('the predecessors partition the 63: each old unit goes to exactly one new unit', () => {
    const all = EXPECTED_34.flatMap(([, , , , predecessors]) => predecessors);
    assert.equal(all.length, 63);
    assert.deepEqual(
      [...all].sort(),
      EXPECTED_63.map(([gso]) => gso),
    );
  });

  test('merged units keep the code of the province hosting the seat, not of the name', () => {
    const hosts: readonly [string, string, string][] = [
      ['Bắc Ninh', '24', 'Bắc Giang'],
      ['Lào Cai', '15', 'Yên Bái'],
      ['Quảng Trị', '44', 'Quảng Bình'],
      ['Gia Lai', '52', 'Bình Định'],
      ['Tây Ninh', '80', 'Long An'],
      ['Đồng Tháp', '82', 'Tiền Giang'],
      ['An Giang', '91', 'Kiên Giang'],
    ];
    for (const [name, code, host] of hosts) {
      const match = findProvince(name, 'vn-34');
      assert.ok(match.ok, name);
      assert.equal(match.unit.gso, code, name);
      assert.equal(unitOf('vn-63', code).name, host, `old ${code}`);
      assert.equal(successorOf(code).name, name, host);
    }
  });

  test('the 11 unchanged units are their own sole predecessor', () => {
    const unchanged = ['01', '04', '11', '12', '14', '20', '22', '38', '40', '42', '46'];
    const sole = provinceUnits('vn-34')
      .filter((unit) => unit.predecessors?.length === 1 && unit.predecessors[0] === unit.gso)
      .map((unit) => unit.gso);
    assert.deepEqual(sole, unchanged);
  });

  test('unknown codes throw rather than guess', () => {
    assert.throws(() => successorOf('00'), RangeError);
    assert.throws(() => successorOf('Bắc Giang'), RangeError);
    assert.throws(() => predecessorsOf('27'), RangeError);
    assert.throws(() => predecessorsOf('99'), RangeError);
    assert.equal(successorOf('2').gso, '08');
  });
});

describe('unit types over time', () => {
  test('the centrally-run cities of the 63, before and after Huế became one', () => {
    const citiesOn = (date: string): string[] =>
      provinceUnits('vn-63')
        .filter((unit) => unitTypeAt(unit, date) === 'city')
        .map((unit) => unit.gso);
    assert.deepEqual(citiesOn('2010-01-01'), ['01', '31', '48', '79', '92']);
    assert.deepEqual(citiesOn('2024-12-31'), ['01', '31', '48', '79', '92']);
    assert.deepEqual(citiesOn('2025-01-01'), ['01', '31', '46', '48', '79', '92']);
    assert.deepEqual(citiesOn('2025-06-30'), ['01', '31', '46', '48', '79', '92']);
  });

  test('the 34 start with six centrally-run cities; three provinces follow in 2026', () => {
    const citiesOn = (date: string): string[] =>
      provinceUnits('vn-34')
        .filter((unit) => unitTypeAt(unit, date) === 'city')
        .map((unit) => unit.gso);
    assert.deepEqual(citiesOn('2025-07-01'), ['01', '31', '46', '48', '79', '92']);
    assert.deepEqual(citiesOn('2026-04-30'), ['01', '31', '46', '48', '75', '79', '92']);
    assert.deepEqual(citiesOn('2026-09-01'), ['01', '22', '31', '46', '48', '75', '79', '92']);
    assert.deepEqual(citiesOn('2026-09-20'), [
      '01',
      '22',
      '24',
      '31',
      '46',
      '48',
      '75',
      '79',
      '92',
    ]);
  });

  // set, GSO code, last day as a province, first day as a city, legal act.
  const changes: readonly [BoundarySet, string, string, string, RegExp][] = [
    ['vn-63', '46', '2024-12-31', '2025-01-01', /175\/2024\/QH15/],
    ['vn-34', '46', '2024-12-31', '2025-01-01', /175\/2024\/QH15/],
    ['vn-34', '75', '2026-04-29', '2026-04-30', /30\/2026\/QH16/],
    ['vn-34', '22', '2026-08-31', '2026-09-01', /36\/2026\/QH16/],
    ['vn-34', '24', '2026-09-19', '2026-09-20', /39\/2026\/QH16/],
  ];

  test('each recorded change applies from its date and not the day before', () => {
    for (const [set, gso, before, from] of changes) {
      const unit = unitOf(set, gso);
      assert.equal(unitTypeAt(unit, before), 'province', `${set} ${unit.name} ${before}`);
      assert.equal(unitTypeAt(unit, from), 'city', `${set} ${unit.name} ${from}`);
      assert.equal(unitTypeAt(unit, '2030-01-01'), 'city', `${set} ${unit.name} later`);
    }
  });

  test('each recorded change names its date and legal basis', () => {
    for (const [set, gso, , from, basis] of changes) {
      const unit = unitOf(set, gso);
      const change = unit.types.find((entry) => entry.type === 'city');
      assert.equal(change?.from, from, `${set} ${unit.name}`);
      assert.match(change?.basis ?? '', basis, `${set} ${unit.name}`);
    }
  });

  test('only the recorded units changed type', () => {
    const changed = (set: BoundarySet): string[] =>
      provinceUnits(set)
        .filter((unit) => unit.types.length > 1)
        .map((unit) => unit.gso);
    assert.deepEqual(changed('vn-63'), ['46']);
    assert.deepEqual(changed('vn-34'), ['22', '24', '46', '75']);
  });

  test('type histories are oldest first, dated, and sourced', () => {
    for (const set of ['vn-63', 'vn-34'] as const) {
      for (const unit of provinceUnits(set)) {
        assert.ok(unit.types.length >= 1, unit.name);
        const dates = unit.types.map((change) => change.from);
        assert.deepEqual(dates, [...dates].sort(), `${set} ${unit.name}`);
        for (const change of unit.types) {
          assert.match(change.from, /^\d{4}-\d{2}-\d{2}$/);
          assert.ok(change.basis.length > 0, `${set} ${unit.name}`);
        }
      }
    }
  });

  test('the 63 begin on 2008-08-01; merged units of the 34 on 2025-07-01', () => {
    assert.equal(unitOf('vn-63', '77').types[0]?.from, '2008-08-01');
    assert.match(unitOf('vn-63', '77').types[0]?.basis ?? '', /15\/2008\/QH12/);
    assert.equal(unitOf('vn-34', '79').types[0]?.from, '2025-07-01');
    assert.match(unitOf('vn-34', '79').types[0]?.basis ?? '', /202\/2025\/QH15/);
    assert.equal(unitOf('vn-34', '04').types[0]?.from, '2008-08-01', 'unchanged unit');
  });

  test('a date before the first record gets the earliest recorded type', () => {
    assert.equal(unitTypeAt(unitOf('vn-63', '79'), '1999-01-01'), 'city');
    assert.equal(unitTypeAt(unitOf('vn-63', '46'), '1999-01-01'), 'province');
  });

  test('a date in another format is rejected', () => {
    const hue = unitOf('vn-63', '46');
    for (const date of ['2025/01/01', '01-01-2025', '2025-1-1', '']) {
      assert.throws(() => unitTypeAt(hue, date), RangeError, `'${date}'`);
    }
  });
});

describe('inferBoundarySet', () => {
  test('a unit that exists only in the 63 makes it vn-63', () => {
    assert.equal(inferBoundarySet(['Bắc Giang', 'Hà Nội']), 'vn-63');
    assert.equal(inferBoundarySet(['Hà Nội', 'Bà Rịa - Vũng Tàu']), 'vn-63');
    assert.equal(inferBoundarySet(['VN-HN']), 'vn-63');
  });

  test('a GSO code the 34 do not use makes it vn-63, as the map reads it', () => {
    // Bắc Ninh (27), Gia Lai (64) and Hà Giang (02) of the 63: the 34 number them otherwise.
    assert.equal(inferBoundarySet(['27', '64', '2']), 'vn-63');
    assert.equal(inferBoundarySet(['01', '27']), 'vn-63');
  });

  test('keys that resolve in both sets give vn-34', () => {
    assert.equal(inferBoundarySet(['01', '79']), 'vn-34');
    assert.equal(inferBoundarySet(['Hà Nội']), 'vn-34');
    assert.equal(inferBoundarySet(['Hà Nội', 'Thừa Thiên Huế', 'TP.HCM']), 'vn-34');
    assert.equal(inferBoundarySet([]), 'vn-34');
  });

  test('keys that resolve nowhere do not decide', () => {
    assert.equal(inferBoundarySet(['Atlantis', 'Hà Nộii']), 'vn-34');
    assert.equal(inferBoundarySet(['Atlantis', 'Kiên Giang']), 'vn-63');
  });
});
