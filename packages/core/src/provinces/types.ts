/**
 * The shape of a provincial-level unit (đơn vị hành chính cấp tỉnh) in one of the two
 * boundary sets Vietnam has used since 2008.
 */

/** 'vn-63': the 63 units in force 1 Aug 2008 – 30 Jun 2025. 'vn-34': the 34 from 1 Jul 2025. */
export type BoundarySet = 'vn-63' | 'vn-34';

/** 'city' = thành phố trực thuộc trung ương (centrally-run city), not a provincial city. */
export type UnitType = 'province' | 'city';

export interface UnitTypeChange {
  readonly type: UnitType;
  /** ISO date 'YYYY-MM-DD' on which this type took legal effect. */
  readonly from: string;
  /** The legal act behind it. */
  readonly basis: string;
}

export interface ProvinceUnit {
  readonly set: BoundarySet;
  /** General Statistics Office two-digit code, e.g. '01'. */
  readonly gso: string;
  /** ISO 3166-2 code, e.g. 'VN-HN' (vn-63 only: ISO has published none for the 34). */
  readonly iso?: string;
  /** Current official short name, NFC, e.g. 'Hà Nội'. */
  readonly name: string;
  /** Current official full name with its prefix, e.g. 'Thành phố Hà Nội'. */
  readonly fullName: string;
  /** English name, ASCII, e.g. 'Hanoi'. */
  readonly nameEn: string;
  /** Earlier official short names, e.g. Thừa Thiên Huế until 2024-12-31. */
  readonly formerNames?: readonly { readonly name: string; readonly until: string }[];
  /** Type history, oldest first. */
  readonly types: readonly UnitTypeChange[];
  /** vn-63 only: GSO code of the vn-34 unit it became part of. */
  readonly successor?: string;
  /** vn-34 only: GSO codes of the vn-63 units merged into it. */
  readonly predecessors?: readonly string[];
}
