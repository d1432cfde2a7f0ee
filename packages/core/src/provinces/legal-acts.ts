/**
 * The legal acts that change a provincial unit's type, with the date each took effect.
 * Both data files cite these, so a date or a resolution number is written once.
 */

export interface DatedAct {
  /** ISO date 'YYYY-MM-DD' on which the act took effect. */
  readonly from: string;
  readonly basis: string;
}

/**
 * The registry begins here: Resolution 15/2008/QH12 (29 May 2008) merged Hà Tây into Hà Nội
 * from 1 Aug 2008, leaving the 63 units. A unit's first recorded type is the one it held on that
 * day; earlier history (e.g. Cần Thơ city since 2004) is out of scope.
 */
export const VN63_IN_FORCE: DatedAct = {
  from: '2008-08-01',
  basis:
    'Type held when the 63-unit configuration took effect (Nghị quyết 15/2008/QH12 of the National Assembly, 29 May 2008)',
};

/** Resolution 175/2024/QH15 (30 Nov 2024): Thừa Thiên Huế province became Huế, a centrally-run city. */
export const HUE_BECOMES_CITY: DatedAct = {
  from: '2025-01-01',
  basis: 'Nghị quyết 175/2024/QH15 of the National Assembly (30 Nov 2024), establishing Huế city',
};

/**
 * Resolution 202/2025/QH15 (12 Jun 2025) was in force on adoption, but the merged units' authorities
 * started on 1 Jul 2025, which is when the 34 replace the 63.
 */
export const VN34_IN_FORCE: DatedAct = {
  from: '2025-07-01',
  basis:
    'Nghị quyết 202/2025/QH15 of the National Assembly (12 Jun 2025) on the arrangement of provincial-level units',
};

/*
 * 2026 upgrades to centrally-run city. Checked, not against the resolutions' own text (not reachable
 * from here), but against: a capture of GSO's register of administrative acts
 * (danhmuchanhchinh.nso.gov.vn/NghiDinh.aspx) listing all three with issue and effective dates;
 * several independent public datasets citing the Government portals (vanban.chinhphu.vn,
 * xaydungchinhsach.chinhphu.vn) with the same numbers and dates; and Đồng Nai's own portal.
 */

/** Resolution 30/2026/QH16 (24 Apr 2026): Đồng Nai province became Đồng Nai city. */
export const DONG_NAI_BECOMES_CITY: DatedAct = {
  from: '2026-04-30',
  basis: 'Nghị quyết 30/2026/QH16 of the National Assembly, establishing Đồng Nai city',
};

/** Resolution 36/2026/QH16 (24 Aug 2026): Quảng Ninh province became Quảng Ninh city. */
export const QUANG_NINH_BECOMES_CITY: DatedAct = {
  from: '2026-09-01',
  basis: 'Nghị quyết 36/2026/QH16 of the National Assembly, establishing Quảng Ninh city',
};

/** Resolution 39/2026/QH16 (24 Aug 2026): Bắc Ninh province became Bắc Ninh city. */
export const BAC_NINH_BECOMES_CITY: DatedAct = {
  from: '2026-09-20',
  basis: 'Nghị quyết 39/2026/QH16 of the National Assembly, establishing Bắc Ninh city',
};
