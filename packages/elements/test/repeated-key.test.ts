/**
 * A key given twice in one JSON object: JSON.parse keeps the last value without a word, so a
 * province or a value the author wrote would vanish. Every element shows it as an error at the
 * key's path, in the page's language, and fires `cds-error`.
 */
import { expect } from '@open-wc/testing';
import '../src/define-all.js';
import { errorOfMarkup } from './helpers.js';

describe('a key given twice in JSON', () => {
  for (const [what, markup, vi, en] of [
    [
      'a map’s data attribute',
      `<cds-province-map data='{"Hà Nội": 1, "Hải Phòng": 3, "Hà Nội": 2}'></cds-province-map>`,
      '["Hà Nội"]: có hai lần trong cùng một đối tượng: chỉ giá trị sau được đọc; xóa một',
      '["Hà Nội"]: given twice in one object: only the last value would be read; remove one',
    ],
    [
      'a gauge’s indicator attribute',
      `<cds-kpi-gauge indicator='{"name": "x", "value": 54.34, "target": 50, "value": 60}'></cds-kpi-gauge>`,
      'value: có hai lần trong cùng một đối tượng: chỉ giá trị sau được đọc; xóa một',
      'value: given twice in one object: only the last value would be read; remove one',
    ],
    [
      'a card’s inline JSON',
      `<cds-indicator-card><script type="application/json">{"name": "x", "unit": "%", "observations": [{"period": "2022", "value": 1, "period": "2023"}]}</script></cds-indicator-card>`,
      'observations[0].period: có hai lần trong cùng một đối tượng: chỉ giá trị sau được đọc; xóa một',
      'observations[0].period: given twice in one object: only the last value would be read; remove one',
    ],
  ] as const) {
    for (const [lang, message] of [
      ['vi', vi],
      ['en', en],
    ] as const) {
      it(`${what}, lang="${lang}": an error at the key, in the panel and cds-error`, async () => {
        expect(await errorOfMarkup(markup, lang)).to.deep.equal({ event: message, panel: message });
      });
    }
  }
});
