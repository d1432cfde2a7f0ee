import type { UnitType } from './types.js';

/**
 * Official full name: the short name after its type prefix ('Tỉnh Lào Cai', 'Thành phố Huế');
 * a short name that carries its prefix ('TP. Hồ Chí Minh') spells it out.
 */
export function fullNameFor(name: string, type: UnitType): string {
  return `${type === 'city' ? 'Thành phố' : 'Tỉnh'} ${name.replace(/^TP\. /, '')}`;
}
