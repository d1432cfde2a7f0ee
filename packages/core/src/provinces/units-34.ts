/**
 * The 34 provincial units in force from 1 Jul 2025.
 *
 * Sources:
 * - Resolution 202/2025/QH15 of the National Assembly (12 Jun 2025) on the arrangement of
 *   provincial-level units: 11 units unchanged, 23 formed by merging whole provinces; 28 provinces
 *   and 6 centrally-run cities (Hà Nội, Huế, Hải Phòng, Đà Nẵng, TP. Hồ Chí Minh, Cần Thơ).
 * - Decision 19/2025/QĐ-TTg of the Prime Minister (30 Jun 2025), the list and codes of
 *   administrative units from 1 Jul 2025: each merged unit keeps the GSO code of the old province
 *   hosting its seat, which is not always the one whose name it keeps (Bắc Ninh 24 = old Bắc
 *   Giang, Lào Cai 15 = old Yên Bái, Quảng Trị 44 = old Quảng Bình, Gia Lai 52 = old Bình Định,
 *   Tây Ninh 80 = old Long An, Đồng Tháp 82 = old Tiền Giang, An Giang 91 = old Kiên Giang).
 * - 2026 upgrades to centrally-run city: Resolutions 30/2026/QH16 (Đồng Nai), 36/2026/QH16
 *   (Quảng Ninh) and 39/2026/QH16 (Bắc Ninh); see legal-acts.ts for how far these were checked.
 * - ISO 3166-2 has not yet published codes for the 34, so none are recorded here.
 *
 * The 11 unchanged units are the same legal units as before, so their type history starts with
 * the 63 (Huế's 2025 upgrade included); merged units start on 1 Jul 2025.
 */
import { fullNameFor } from './full-name.js';
import {
  BAC_NINH_BECOMES_CITY,
  DONG_NAI_BECOMES_CITY,
  HUE_BECOMES_CITY,
  QUANG_NINH_BECOMES_CITY,
  VN34_IN_FORCE,
  VN63_IN_FORCE,
} from './legal-acts.js';
import type { DatedAct } from './legal-acts.js';
import type { ProvinceUnit, UnitType, UnitTypeChange } from './types.js';

function since(type: UnitType, act: DatedAct): UnitTypeChange {
  return { type, ...act };
}

/** `types` oldest first; the full name follows the latest type. */
function unit34(
  gso: string,
  name: string,
  nameEn: string,
  predecessors: readonly string[],
  types: readonly [UnitTypeChange, ...UnitTypeChange[]],
): ProvinceUnit {
  const current = types.at(-1) ?? types[0];
  return {
    set: 'vn-34',
    gso,
    name,
    fullName: fullNameFor(name, current.type),
    nameEn,
    types,
    predecessors,
  };
}

/** Kept whole by Resolution 202/2025/QH15, so its history runs on from the 63. */
function unchanged(
  gso: string,
  name: string,
  nameEn: string,
  type: UnitType,
  ...later: UnitTypeChange[]
): ProvinceUnit {
  return unit34(gso, name, nameEn, [gso], [since(type, VN63_IN_FORCE), ...later]);
}

/** Formed by Resolution 202/2025/QH15; `predecessors` are the vn-63 codes, in GSO order. */
function merged(
  gso: string,
  name: string,
  nameEn: string,
  type: UnitType,
  predecessors: readonly string[],
  ...later: UnitTypeChange[]
): ProvinceUnit {
  return unit34(gso, name, nameEn, predecessors, [since(type, VN34_IN_FORCE), ...later]);
}

const HUE: ProvinceUnit = {
  ...unchanged('46', 'Huế', 'Hue', 'province', since('city', HUE_BECOMES_CITY)),
  formerNames: [{ name: 'Thừa Thiên Huế', until: '2024-12-31' }],
};

/** In GSO code order. */
export const UNITS_34: readonly ProvinceUnit[] = [
  unchanged('01', 'Hà Nội', 'Hanoi', 'city'),
  unchanged('04', 'Cao Bằng', 'Cao Bang', 'province'),
  merged('08', 'Tuyên Quang', 'Tuyen Quang', 'province', ['02', '08']),
  unchanged('11', 'Điện Biên', 'Dien Bien', 'province'),
  unchanged('12', 'Lai Châu', 'Lai Chau', 'province'),
  unchanged('14', 'Sơn La', 'Son La', 'province'),
  merged('15', 'Lào Cai', 'Lao Cai', 'province', ['10', '15']),
  merged('19', 'Thái Nguyên', 'Thai Nguyen', 'province', ['06', '19']),
  unchanged('20', 'Lạng Sơn', 'Lang Son', 'province'),
  unchanged('22', 'Quảng Ninh', 'Quang Ninh', 'province', since('city', QUANG_NINH_BECOMES_CITY)),
  merged(
    '24',
    'Bắc Ninh',
    'Bac Ninh',
    'province',
    ['24', '27'],
    since('city', BAC_NINH_BECOMES_CITY),
  ),
  merged('25', 'Phú Thọ', 'Phu Tho', 'province', ['17', '25', '26']),
  merged('31', 'Hải Phòng', 'Hai Phong', 'city', ['30', '31']),
  merged('33', 'Hưng Yên', 'Hung Yen', 'province', ['33', '34']),
  merged('37', 'Ninh Bình', 'Ninh Binh', 'province', ['35', '36', '37']),
  unchanged('38', 'Thanh Hóa', 'Thanh Hoa', 'province'),
  unchanged('40', 'Nghệ An', 'Nghe An', 'province'),
  unchanged('42', 'Hà Tĩnh', 'Ha Tinh', 'province'),
  merged('44', 'Quảng Trị', 'Quang Tri', 'province', ['44', '45']),
  HUE,
  merged('48', 'Đà Nẵng', 'Da Nang', 'city', ['48', '49']),
  merged('51', 'Quảng Ngãi', 'Quang Ngai', 'province', ['51', '62']),
  merged('52', 'Gia Lai', 'Gia Lai', 'province', ['52', '64']),
  merged('56', 'Khánh Hòa', 'Khanh Hoa', 'province', ['56', '58']),
  merged('66', 'Đắk Lắk', 'Dak Lak', 'province', ['54', '66']),
  merged('68', 'Lâm Đồng', 'Lam Dong', 'province', ['60', '67', '68']),
  merged(
    '75',
    'Đồng Nai',
    'Dong Nai',
    'province',
    ['70', '75'],
    since('city', DONG_NAI_BECOMES_CITY),
  ),
  merged('79', 'TP. Hồ Chí Minh', 'Ho Chi Minh City', 'city', ['74', '77', '79']),
  merged('80', 'Tây Ninh', 'Tay Ninh', 'province', ['72', '80']),
  merged('82', 'Đồng Tháp', 'Dong Thap', 'province', ['82', '87']),
  merged('86', 'Vĩnh Long', 'Vinh Long', 'province', ['83', '84', '86']),
  merged('91', 'An Giang', 'An Giang', 'province', ['89', '91']),
  merged('92', 'Cần Thơ', 'Can Tho', 'city', ['92', '93', '94']),
  merged('96', 'Cà Mau', 'Ca Mau', 'province', ['95', '96']),
];
