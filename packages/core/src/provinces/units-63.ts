/**
 * The 63 provincial units in force 1 Aug 2008 – 30 Jun 2025.
 *
 * Sources:
 * - GSO codes: the General Statistics Office's list of administrative units (Danh mục đơn vị
 *   hành chính Việt Nam, danhmuchanhchinh.nso.gov.vn), established by Decision 124/2004/QĐ-TTg
 *   (8 Jul 2004) and kept up to date by GSO after each change.
 * - ISO codes: ISO 3166-2:VN (58 provinces VN-01 … VN-73, 5 municipalities VN-CT, VN-DN, VN-HN,
 *   VN-HP, VN-SG).
 * - Start of the configuration: Resolution 15/2008/QH12 (Hà Tây merged into Hà Nội, 1 Aug 2008).
 * - Huế: Resolution 175/2024/QH15 made Thừa Thiên Huế province the centrally-run city of Huế
 *   from 1 Jan 2025 (Resolution 1314/NQ-UBTVQH15 of the same day rearranged its districts and
 *   communes; it is not the act that changed the provincial type).
 * - Successors: Resolution 202/2025/QH15 (the merger) and Decision 19/2025/QĐ-TTg (codes of the
 *   new units, each keeping the code of the province hosting its seat).
 *
 * Names follow the official spelling with the tone mark on the main vowel (Hòa, Hóa), as in
 * Resolution 202/2025/QH15; GSO's older lists write Hoà, Hoá, which match all the same.
 * English names: the name without diacritics, except the established English forms Hanoi and
 * Ho Chi Minh City.
 */
import { fullNameFor } from './full-name.js';
import { HUE_BECOMES_CITY, VN63_IN_FORCE } from './legal-acts.js';
import type { ProvinceUnit, UnitType } from './types.js';

/** A unit whose type did not change while the 63 were in force: all but Huế. */
function unit63(
  gso: string,
  iso: string,
  name: string,
  nameEn: string,
  type: UnitType,
  successor: string,
): ProvinceUnit {
  return {
    set: 'vn-63',
    gso,
    iso,
    name,
    fullName: fullNameFor(name, type),
    nameEn,
    types: [{ type, ...VN63_IN_FORCE }],
    successor,
  };
}

const HUE: ProvinceUnit = {
  set: 'vn-63',
  gso: '46',
  iso: 'VN-26',
  name: 'Huế',
  fullName: fullNameFor('Huế', 'city'),
  nameEn: 'Hue',
  formerNames: [{ name: 'Thừa Thiên Huế', until: '2024-12-31' }],
  types: [
    { type: 'province', ...VN63_IN_FORCE },
    { type: 'city', ...HUE_BECOMES_CITY },
  ],
  successor: '46',
};

/** In GSO code order. The last argument is the GSO code of the vn-34 unit it became part of. */
export const UNITS_63: readonly ProvinceUnit[] = [
  unit63('01', 'VN-HN', 'Hà Nội', 'Hanoi', 'city', '01'),
  unit63('02', 'VN-03', 'Hà Giang', 'Ha Giang', 'province', '08'),
  unit63('04', 'VN-04', 'Cao Bằng', 'Cao Bang', 'province', '04'),
  unit63('06', 'VN-53', 'Bắc Kạn', 'Bac Kan', 'province', '19'),
  unit63('08', 'VN-07', 'Tuyên Quang', 'Tuyen Quang', 'province', '08'),
  unit63('10', 'VN-02', 'Lào Cai', 'Lao Cai', 'province', '15'),
  unit63('11', 'VN-71', 'Điện Biên', 'Dien Bien', 'province', '11'),
  unit63('12', 'VN-01', 'Lai Châu', 'Lai Chau', 'province', '12'),
  unit63('14', 'VN-05', 'Sơn La', 'Son La', 'province', '14'),
  unit63('15', 'VN-06', 'Yên Bái', 'Yen Bai', 'province', '15'),
  unit63('17', 'VN-14', 'Hòa Bình', 'Hoa Binh', 'province', '25'),
  unit63('19', 'VN-69', 'Thái Nguyên', 'Thai Nguyen', 'province', '19'),
  unit63('20', 'VN-09', 'Lạng Sơn', 'Lang Son', 'province', '20'),
  unit63('22', 'VN-13', 'Quảng Ninh', 'Quang Ninh', 'province', '22'),
  unit63('24', 'VN-54', 'Bắc Giang', 'Bac Giang', 'province', '24'),
  unit63('25', 'VN-68', 'Phú Thọ', 'Phu Tho', 'province', '25'),
  unit63('26', 'VN-70', 'Vĩnh Phúc', 'Vinh Phuc', 'province', '25'),
  unit63('27', 'VN-56', 'Bắc Ninh', 'Bac Ninh', 'province', '24'),
  unit63('30', 'VN-61', 'Hải Dương', 'Hai Duong', 'province', '31'),
  unit63('31', 'VN-HP', 'Hải Phòng', 'Hai Phong', 'city', '31'),
  unit63('33', 'VN-66', 'Hưng Yên', 'Hung Yen', 'province', '33'),
  unit63('34', 'VN-20', 'Thái Bình', 'Thai Binh', 'province', '33'),
  unit63('35', 'VN-63', 'Hà Nam', 'Ha Nam', 'province', '37'),
  unit63('36', 'VN-67', 'Nam Định', 'Nam Dinh', 'province', '37'),
  unit63('37', 'VN-18', 'Ninh Bình', 'Ninh Binh', 'province', '37'),
  unit63('38', 'VN-21', 'Thanh Hóa', 'Thanh Hoa', 'province', '38'),
  unit63('40', 'VN-22', 'Nghệ An', 'Nghe An', 'province', '40'),
  unit63('42', 'VN-23', 'Hà Tĩnh', 'Ha Tinh', 'province', '42'),
  unit63('44', 'VN-24', 'Quảng Bình', 'Quang Binh', 'province', '44'),
  unit63('45', 'VN-25', 'Quảng Trị', 'Quang Tri', 'province', '44'),
  HUE,
  unit63('48', 'VN-DN', 'Đà Nẵng', 'Da Nang', 'city', '48'),
  unit63('49', 'VN-27', 'Quảng Nam', 'Quang Nam', 'province', '48'),
  unit63('51', 'VN-29', 'Quảng Ngãi', 'Quang Ngai', 'province', '51'),
  unit63('52', 'VN-31', 'Bình Định', 'Binh Dinh', 'province', '52'),
  unit63('54', 'VN-32', 'Phú Yên', 'Phu Yen', 'province', '66'),
  unit63('56', 'VN-34', 'Khánh Hòa', 'Khanh Hoa', 'province', '56'),
  unit63('58', 'VN-36', 'Ninh Thuận', 'Ninh Thuan', 'province', '56'),
  unit63('60', 'VN-40', 'Bình Thuận', 'Binh Thuan', 'province', '68'),
  unit63('62', 'VN-28', 'Kon Tum', 'Kon Tum', 'province', '51'),
  unit63('64', 'VN-30', 'Gia Lai', 'Gia Lai', 'province', '52'),
  unit63('66', 'VN-33', 'Đắk Lắk', 'Dak Lak', 'province', '66'),
  unit63('67', 'VN-72', 'Đắk Nông', 'Dak Nong', 'province', '68'),
  unit63('68', 'VN-35', 'Lâm Đồng', 'Lam Dong', 'province', '68'),
  unit63('70', 'VN-58', 'Bình Phước', 'Binh Phuoc', 'province', '75'),
  unit63('72', 'VN-37', 'Tây Ninh', 'Tay Ninh', 'province', '80'),
  unit63('74', 'VN-57', 'Bình Dương', 'Binh Duong', 'province', '79'),
  unit63('75', 'VN-39', 'Đồng Nai', 'Dong Nai', 'province', '75'),
  unit63('77', 'VN-43', 'Bà Rịa - Vũng Tàu', 'Ba Ria - Vung Tau', 'province', '79'),
  unit63('79', 'VN-SG', 'TP. Hồ Chí Minh', 'Ho Chi Minh City', 'city', '79'),
  unit63('80', 'VN-41', 'Long An', 'Long An', 'province', '80'),
  unit63('82', 'VN-46', 'Tiền Giang', 'Tien Giang', 'province', '82'),
  unit63('83', 'VN-50', 'Bến Tre', 'Ben Tre', 'province', '86'),
  unit63('84', 'VN-51', 'Trà Vinh', 'Tra Vinh', 'province', '86'),
  unit63('86', 'VN-49', 'Vĩnh Long', 'Vinh Long', 'province', '86'),
  unit63('87', 'VN-45', 'Đồng Tháp', 'Dong Thap', 'province', '82'),
  unit63('89', 'VN-44', 'An Giang', 'An Giang', 'province', '91'),
  unit63('91', 'VN-47', 'Kiên Giang', 'Kien Giang', 'province', '91'),
  unit63('92', 'VN-CT', 'Cần Thơ', 'Can Tho', 'city', '92'),
  unit63('93', 'VN-73', 'Hậu Giang', 'Hau Giang', 'province', '92'),
  unit63('94', 'VN-52', 'Sóc Trăng', 'Soc Trang', 'province', '92'),
  unit63('95', 'VN-55', 'Bạc Liêu', 'Bac Lieu', 'province', '96'),
  unit63('96', 'VN-59', 'Cà Mau', 'Ca Mau', 'province', '96'),
];
