import { expect } from '@open-wc/testing';
import { divergingScale, sequentialScale, thresholds } from './color-scale.js';

describe('province-map colour scale', () => {
  const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('splits at quantiles: as many values in each bin', () => {
    expect(thresholds(values, 'quantile', 5)).to.deep.equal([3, 5, 7, 9]);
    const scale = sequentialScale(values, 'quantile', 5);
    const counts = [0, 0, 0, 0, 0];
    values.forEach((v) => counts[scale.binOf(v)]!++);
    expect(counts).to.deep.equal([2, 2, 2, 2, 2]);
  });

  it('splits at equal intervals of the range', () => {
    expect(thresholds([0, 10, 100], 'equal', 4)).to.deep.equal([25, 50, 75]);
    const scale = sequentialScale([0, 10, 100], 'equal', 4);
    expect([0, 10, 30, 99, 100].map(scale.binOf)).to.deep.equal([0, 0, 1, 3, 3]);
  });

  it('drops repeated thresholds rather than leave empty bins', () => {
    expect(thresholds([1, 1, 1, 1, 2], 'quantile', 4)).to.deep.equal([2]);
    expect(sequentialScale([5, 5, 5], 'quantile', 5).bins).to.have.length(1);
  });

  it('uses explicit breaks as given, open at both ends', () => {
    const scale = sequentialScale([0.4, 0.55, 0.9], 'quantile', 5, [0.5, 0.6]);
    expect(scale.bins.map((b) => b.open)).to.deep.equal(['below', undefined, 'above']);
    expect([0.4, 0.5, 0.55, 0.6, 0.9].map(scale.binOf)).to.deep.equal([0, 1, 1, 2, 2]);
  });

  it('takes ColorBrewer YlGnBu, lightest for the lowest bin, distinct per bin', () => {
    const colors = sequentialScale(values, 'quantile', 4).bins.map((b) => b.color);
    // Light scheme first, then the dark scheme's lifted variant of the same step.
    expect(colors).to.deep.equal([
      'light-dark(#edf8b1, #f1fcb5)',
      'light-dark(#7fcdbb, #96e4d2)',
      'light-dark(#225ea8, #5996e5)',
      'light-dark(#081d58, #4a68a9)',
    ]);
  });

  it('diverges around a target: orange short of it, purple meeting it, farther darker', () => {
    const scale = divergingScale([10, 30, 45, 50, 60, 90], 'equal', 4, { op: '>=', value: 50 });
    expect(scale.diverging).to.equal(true);
    const bin = (v: number) => scale.bins[scale.binOf(v)]!;
    expect(bin(45).meets).to.equal(false);
    expect(bin(50).meets).to.equal(true);
    expect(bin(90).meets).to.equal(true);
    // Farthest below the target is the darkest orange; farthest above the darkest purple.
    expect(bin(10).color).to.equal('#b35806');
    expect(bin(45).color).to.equal('#fee0b6');
    expect(bin(50).color).to.equal('light-dark(#d8daeb, #d8daeb)');
    expect(bin(90).color).to.equal('light-dark(#542788, #7d54b7)');
    // Bins run in value order: the legend reads like a number line.
    const froms = scale.bins.map((b) => b.from);
    expect(froms).to.deep.equal([...froms].sort((a, b) => a - b));
  });

  it('reads along the number line below the target too: no value claimed by two bins', () => {
    // Short of a target of 0: −3,2 and −0,5. Cut on distances, the bins read "−3,2 – −0,5"
    // and "−3,2", and −3,2 fell in the second. Each bin now reads as the value it holds.
    const scale = divergingScale([-3.2, -0.5, 1.5, 4.8], 'quantile', 5, { op: '>=', value: 0 });
    const short = scale.bins.filter((b) => !b.meets);
    expect(short.map((b) => [b.from, b.to])).to.deep.equal([
      [-3.2, -3.2],
      [-0.5, -0.5],
    ]);
    expect(scale.bins[scale.binOf(-3.2)]).to.equal(short[0]);
    expect(scale.bins[scale.binOf(-0.5)]).to.equal(short[1]);
    // Farther short of the target is darker: the first orange is the darkest.
    expect(short.map((b) => b.color)).to.deep.equal(['#b35806', '#fee0b6']);
  });

  it('reads each bin as the values it holds: no value in two labels, every value in its own', () => {
    // 63 shares with repeats, as a province table gives them.
    const values = Array.from({ length: 63 }, (_, i) => Math.round(((i * 37) % 63) * 1.45 + 20.1));
    for (const binning of ['quantile', 'equal'] as const) {
      const scale = sequentialScale(values, binning, 5);
      for (const [i, b] of scale.bins.entries()) {
        const held = values.filter((v) => scale.binOf(v) === i);
        expect([b.from, b.to], `${binning} bin ${i}`).to.deep.equal([
          Math.min(...held),
          Math.max(...held),
        ]);
        const next = scale.bins[i + 1];
        if (next) expect(b.to, `${binning} bin ${i}`).to.be.below(next.from);
      }
    }
    // The values of the quantile map story: its labels once shared 41,6 and 54,5.
    const story = sequentialScale(
      [20.1, 30, 41.2, 41.6, 50, 54.3, 54.5, 60, 62.8, 70, 79.7, 92.9],
      'quantile',
      4,
    );
    expect(story.bins.map((b) => [b.from, b.to])).to.deep.equal([
      [20.1, 41.2],
      [41.6, 54.3],
      [54.5, 62.8],
      [70, 92.9],
    ]);
  });

  it('keeps explicit breaks as the author drew them', () => {
    const scale = sequentialScale([12, 48, 51, 77, 95], 'quantile', 5, [50, 80]);
    expect(scale.bins.map((b) => [b.from, b.to, b.open])).to.deep.equal([
      [12, 50, 'below'],
      [50, 80, undefined],
      [80, 95, 'above'],
    ]);
  });

  it('diverges the other way when lower is better', () => {
    const scale = divergingScale([1, 4, 6, 9], 'equal', 2, { op: '<=', value: 5 });
    const bin = (v: number) => scale.bins[scale.binOf(v)]!;
    expect([1, 4].map((v) => bin(v).meets)).to.deep.equal([true, true]);
    expect([6, 9].map((v) => bin(v).meets)).to.deep.equal([false, false]);
  });
});
