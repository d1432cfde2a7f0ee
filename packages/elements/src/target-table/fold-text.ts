/**
 * Text for diacritic-insensitive search: "Hồ sơ" and "ho so" fold to the same string. NFD splits
 * the tone and vowel marks off their letters; đ is its own letter in Unicode, so it is mapped
 * by hand.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
