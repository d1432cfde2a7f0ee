import { expect } from '@open-wc/testing';
import { foldText } from './fold-text.js';
import { toRoman } from './roman.js';
import { toCsv } from './csv.js';
import { parseTableInput } from './parse-table-input.js';

describe('cds-target-table parts', () => {
  it('numbers sections as the reports do', () => {
    expect([1, 2, 3, 4, 5, 6, 9, 14, 40].map(toRoman)).to.deep.equal([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'IX',
      'XIV',
      'XL',
    ]);
  });

  it('folds Vietnamese for search: marks, đ, case and spacing', () => {
    expect(foldText('  Hồ sơ  ĐĂNG KÝ trực tuyến ')).to.equal('ho so dang ky truc tuyen');
    expect(foldText('Quốc gia')).to.equal(foldText('quoc gia'));
  });

  it('quotes CSV cells, keeps formulas out, ends lines with CRLF and starts with a BOM', () => {
    expect(toCsv([['a,b', 'say "hi"', '=SUM(A1)', '-', '+84', 'dòng\nhai']])).to.equal(
      '\uFEFF"a,b","say ""hi""",\'=SUM(A1),-,\'+84,"dòng\nhai"\r\n',
    );
  });

  it('keeps going past bad rows and marks a repeated id as one', () => {
    const r = parseTableInput([
      { id: 'a', name: 'A', value: 1, target: 2, period: '2022' },
      { id: 'a', name: 'A again', value: 1, target: 2, period: '2022' },
      { id: 'b', name: 'B', value: 'x', period: '2022' },
    ]);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.value.dataset.indicators.map((i) => i.id)).to.deep.equal(['a']);
    expect(r.value.rowErrors.map((e) => [e.code, e.path])).to.deep.equal([
      ['duplicate-id', '[1].id'],
      ['invalid-data', '[2].value'],
    ]);
    expect(r.value.slots.map((s) => s.rawName)).to.deep.equal(['A', 'A again', 'B']);
  });

  it('fails only on input that is not a table at all', () => {
    for (const bad of [42, 'x', null]) {
      const r = parseTableInput(bad);
      expect(r.ok, String(bad)).to.equal(false);
    }
    const broken = parseTableInput({ indicators: [], sources: 'nope' });
    expect(broken.ok).to.equal(false);
  });
});
