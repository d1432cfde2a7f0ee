/**
 * The key under which province names are compared, so that every common way of writing a name
 * gives the same key: 'TP. Hồ Chí Minh', 'Thành phố Hồ Chí Minh' and 'ho chi minh city' all
 * become 'ho chi minh'.
 */

// Tone marks and vowel diacritics: after NFD they are separate combining characters, whatever
// the input's normalisation form or tone placement (Hoà / Hòa both become 'hoa').
const COMBINING_MARKS = /[\u0300-\u036f]/g;

// Đ/đ have no decomposition, so NFD leaves them; Ð (U+00D0, eth) and the African Ɖ look identical
// and turn up in pasted, converted or OCR'd text.
const D_LOOKALIKES = /[\u0110\u0111\u00d0\u00f0\u0189\u0256]/g;

// Hyphens, en and em dashes, dots, commas and any unusual whitespace all separate words alike.
const NOT_LETTER_OR_DIGIT = /[^a-z0-9]+/g;

// Type prefixes ('Thành phố', 'TP.', 'T.P.', 'Tỉnh') and English suffixes ('… City', '… Province')
// are not part of the name. 'TPHCM' keeps its glued prefix and is listed as a name variant.
const TYPE_PREFIX = /^(?:thanh pho|tinh|tp|t p)\s+/;
const ENGLISH_SUFFIX = /\s+(?:city|province)$/;

export function normalizeProvinceName(name: string): string {
  let key = name
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(D_LOOKALIKES, 'd')
    .toLowerCase()
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim();
  // Repeat, since a prefix may be doubled ('TP. Thành phố Huế').
  for (;;) {
    const stripped = key.replace(TYPE_PREFIX, '').replace(ENGLISH_SUFFIX, '');
    if (stripped === key) return key;
    key = stripped;
  }
}
