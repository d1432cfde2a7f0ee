/**
 * Spellings in common use besides a unit's official name, full name, English name and former
 * names (which are matched anyway, with or without diacritics). Keyed by the official short name,
 * so a variant applies in both boundary sets wherever a unit bears that name.
 */
export const NAME_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  'TP. Hồ Chí Minh': ['Sài Gòn', 'Saigon', 'HCM', 'HCMC', 'TPHCM', 'Hochiminh'],
  'Hải Phòng': ['Haiphong'],
  'Đà Nẵng': ['Danang'],
  // Đắc Lắc was the usual spelling before Đắk Lắk was adopted, and is still common.
  'Đắk Lắk': ['Đắc Lắc', 'Daklak'],
  'Đắk Nông': ['Đắc Nông', 'Daknong'],
  // The official name is written with K; Bắc Cạn is a frequent variant.
  'Bắc Kạn': ['Bắc Cạn'],
  'Kon Tum': ['Kontum'],
  'Bà Rịa - Vũng Tàu': ['BRVT'],
};
