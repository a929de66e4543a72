import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '@vecsum/embeddings/math';
import { FEATURE_NAMES } from './features.js';
import { fitLogistic, fitTrees, type TrainingSet } from './fit.js';
import { contributions, scoreRow, topFactors, type LearnedModel } from './model.js';

const P = FEATURE_NAMES.length;

/** n rows of uniform features; the label is drawn from `truth(x)` (a probability). */
function synthetic(n: number, truth: (x: number[]) => number, seed = 7): TrainingSet {
  const random = createRandom(seed);
  const x = Array.from({ length: n }, () => Array.from({ length: P }, () => random() * 2 - 1));
  return { x, y: x.map((row) => (random() < truth(row) ? 1 : 0)) };
}

const accuracy = (model: LearnedModel, data: TrainingSet): number =>
  data.x.reduce((s, row, i) => s + ((scoreRow(model, row) > 0 ? 1 : 0) === data.y[i] ? 1 : 0), 0) / data.x.length;

describe('fitLogistic', () => {
  it('recovers the sign and the ranking of the informative features', () => {
    const data = synthetic(3000, (x) => 1 / (1 + Math.exp(-(3 * (x[0] as number) - 1.5 * (x[2] as number)))));
    const m = fitLogistic(data);
    expect(m.weights[0]).toBeGreaterThan(0.5);
    expect(m.weights[2]).toBeLessThan(-0.3);
    const others = m.weights.filter((_, k) => k !== 0 && k !== 2).map(Math.abs);
    expect(Math.max(...others)).toBeLessThan(Math.abs(m.weights[2] as number) / 2);
    expect(accuracy(m, synthetic(2000, (x) => 1 / (1 + Math.exp(-(3 * (x[0] as number) - 1.5 * (x[2] as number)))), 99))).toBeGreaterThan(0.7);
  });

  it('row weights count: a row with weight 2 is two rows', () => {
    const base = synthetic(400, (x) => ((x[1] as number) > 0 ? 0.8 : 0.2), 3);
    const doubled: TrainingSet = { x: [...base.x, ...base.x.slice(0, 100)], y: [...base.y, ...base.y.slice(0, 100)] };
    const weighted: TrainingSet = { ...base, w: base.x.map((_, i) => (i < 100 ? 2 : 1)) };
    const a = fitLogistic(doubled);
    const b = fitLogistic(weighted);
    a.weights.forEach((w, k) => expect(b.weights[k]).toBeCloseTo(w, 4));
  });
});

describe('fitTrees', () => {
  it('learns an interaction a linear model cannot (XOR of two features)', () => {
    // x[5] splits 70/30, so the first split (on x[3]) has a gain a greedy tree can see; a linear
    // model still cannot express the flip of x[5]'s effect with the sign of x[3]
    const xor = (x: number[]): number => (((x[3] as number) > 0) !== ((x[5] as number) > 0.4) ? 0.95 : 0.05);
    const train = synthetic(3000, xor);
    const test = synthetic(2000, xor, 11);
    const trees = fitTrees(train, { trees: 60, depth: 2 });
    expect(accuracy(trees, test)).toBeGreaterThan(0.85);
    expect(accuracy(fitLogistic(train), test)).toBeLessThan(0.72);
  });

  it('pairwise loss: learns the order within groups; its stumps never split on a feature that is constant within every group', () => {
    // 120 groups of 12 rows. x[0] is a group-level feature (the same for the whole group) that
    // sets how many rows of the group are positive (1 or 6): the logistic loss, which models the
    // base rate, splits on it; the pairwise loss only compares rows of one group, so a split of
    // whole groups on x[0] has zero gain. Within a group the positives are the rows with the largest x[1].
    const make = (groups: number, seed: number): TrainingSet => {
      const r = createRandom(seed);
      const x: number[][] = [];
      const y: number[] = [];
      const group: number[] = [];
      for (let g = 0; g < groups; g++) {
        const level = r() * 2 - 1;
        const positives = level > 0 ? 6 : 1;
        const rows = Array.from({ length: 12 }, () => Array.from({ length: P }, (_, k) => (k === 0 ? level : r() * 2 - 1)));
        const top = [...rows.keys()].sort((a, b) => ((rows[b] as number[])[1] as number) - ((rows[a] as number[])[1] as number)).slice(0, positives);
        rows.forEach((row, i) => {
          x.push(row);
          y.push(top.includes(i) ? 1 : 0);
          group.push(g);
        });
      }
      return { x, y, group };
    };
    const train = make(120, 21);
    const test = make(80, 22);
    /** Share of test groups whose best-scored row is a positive. */
    const topIsPositive = (model: LearnedModel): number => {
      let hits = 0;
      for (let g = 0; g < 80; g++) {
        const rows = [...Array(12).keys()].map((i) => g * 12 + i);
        const top = rows.reduce((a, b) => (scoreRow(model, test.x[b] as number[]) > scoreRow(model, test.x[a] as number[]) ? b : a));
        if (test.y[top] === 1) hits++;
      }
      return hits / 80;
    };
    const pairwise = fitTrees(train, { trees: 60, depth: 2, loss: 'pairwise' });
    const pointwise = fitTrees(train, { trees: 60, depth: 2 });
    expect(pairwise.loss).toBe('pairwise');
    expect(pointwise.loss).toBeUndefined();
    // a stump's split sees whole groups, whose pairwise gradients sum to zero: no gain on x[0]
    const stumps = (loss: 'pairwise' | 'logistic') => fitTrees(train, { trees: 40, depth: 1, loss });
    expect(stumps('pairwise').trees.some((t) => t.feature.includes(0))).toBe(false);
    expect(stumps('logistic').trees.some((t) => t.feature.includes(0))).toBe(true);
    expect(topIsPositive(pairwise)).toBeGreaterThan(0.8); // chance: about 0.3
    expect(() => fitTrees({ x: train.x, y: train.y }, { loss: 'pairwise' })).toThrow(RangeError);
  });

  it('is deterministic', () => {
    const data = synthetic(500, (x) => ((x[0] as number) > 0.2 ? 0.9 : 0.1));
    expect(fitTrees(data, { trees: 10 })).toEqual(fitTrees(data, { trees: 10 }));
  });
});

describe('contributions', () => {
  const data = synthetic(800, (x) => 1 / (1 + Math.exp(-(2 * (x[0] as number) + ((x[1] as number) > 0 && (x[4] as number) > 0 ? 2 : -1)))));
  const models: LearnedModel[] = [fitLogistic(data), fitTrees(data, { trees: 30, depth: 3 })];
  const row = fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: P, maxLength: P });

  it('add up to the score minus the baseline, for both model kinds (property)', () => {
    fc.assert(
      fc.property(row, fc.constantFrom(...models), (x, model) => {
        const { baseline, byFeature } = contributions(model, x);
        expect(baseline + byFeature.reduce((s, v) => s + v, 0)).toBeCloseTo(scoreRow(model, x), 6);
      }),
    );
  });

  it('topFactors lists the strongest features first, with their values', () => {
    const x = Array.from({ length: P }, (_, k) => (k === 0 ? 1.5 : 0));
    const top = topFactors(models[0] as LearnedModel, x, 3);
    expect(top[0]?.feature).toBe(FEATURE_NAMES[0]);
    expect(top[0]?.value).toBe(1.5);
    expect(Math.abs(top[0]?.contribution as number)).toBeGreaterThanOrEqual(Math.abs(top[1]?.contribution as number));
  });
});
