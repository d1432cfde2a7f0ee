import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { textFigure } from '../src/format/index.js';
import { textFigure as fromPackage } from '../src/index.js';

describe('a figure given as text', () => {
  test('a dash alone is shown as an en dash and said in words, not read as "minus"', () => {
    // bc-2022-08: the six-month column prints "-" for two indicators.
    assert.deepEqual(textFigure('-', 'vi'), { shown: '–', spoken: 'không có số liệu' });
    assert.deepEqual(textFigure('-', 'en'), { shown: '–', spoken: 'no figure' });
    for (const dash of ['–', '—', '‐', '−', '‒', ' - ', '\u00a0—\u00a0', '--'])
      assert.deepEqual(textFigure(dash, 'vi'), { shown: '–', spoken: 'không có số liệu' }, dash);
    assert.equal(fromPackage, textFigure);
  });

  test('any other text is itself, shown and said', () => {
    for (const text of [
      '-5',
      '—5%',
      '5 -',
      '- 5',
      'hơn 1 tỷ',
      'khoảng 2,8 triệu',
      '',
      ' ',
      '…',
      'x',
    ])
      assert.deepEqual(textFigure(text, 'vi'), { shown: text, spoken: text }, JSON.stringify(text));
    assert.deepEqual(textFigure('over 1 billion', 'en'), {
      shown: 'over 1 billion',
      spoken: 'over 1 billion',
    });
  });
});
