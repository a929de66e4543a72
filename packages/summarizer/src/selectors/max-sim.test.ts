import { describe, expect, it } from 'vitest';
import { checkSelectorInvariants, makeContext, makeSession, runSelector } from '../test-support/context.js';
import { bestCombination } from './brute-force.js';
import { greedy } from './greedy.js';
import { maxSim, meanVectorSimilarity } from './max-sim.js';

const deg = (a: number) => [Math.cos((a * Math.PI) / 180), Math.sin((a * Math.PI) / 180)];

describe('max-sim', () => {
  it('keeps brute force when its mean vector is closer to the target', () => {
    // greedy: A then B (15 degrees off); brute force: B and C (1 degree off)
    const ctx = makeContext({ vectors: [deg(0), deg(30), deg(-32), deg(90)], target: [1, 0] });
    const r = runSelector(maxSim, ctx, { sentences: 2 });
    expect(r.picked).toEqual([1, 2]);
    expect(r.picks.get(1)).toMatchObject({ reason: 'combination' });
    expect(meanVectorSimilarity(ctx, r.picked)).toBeGreaterThan(meanVectorSimilarity(ctx, runSelector(greedy, ctx, { sentences: 2 }).picked));
  });

  it('keeps greedy when its summary is closer: 8 orthogonal sentences, brute force stops at 6', () => {
    const vectors = Array.from({ length: 8 }, (_, i) => Array.from({ length: 8 }, (_, k) => (k === i ? 1 : 0)));
    const ctx = makeContext({ vectors }); // target: the mean of all 8
    const bf = bestCombination(ctx, makeSession(ctx, { sentences: 8 }));
    expect(bf.indices).toHaveLength(6);
    expect(bf.similarity).toBeCloseTo(Math.sqrt(6 / 8), 6);
    const r = runSelector(maxSim, ctx, { sentences: 8 });
    expect(r.picked).toEqual(runSelector(greedy, ctx, { sentences: 8 }).picked);
    expect(r.picked).toHaveLength(8);
    expect(r.picks.get(r.picked[0]!)).toMatchObject({ reason: 'importance' });
    expect(r.picked.slice(1).map((i) => r.picks.get(i)!.reason)).toEqual(Array(7).fill('gap'));
    expect(meanVectorSimilarity(ctx, r.picked)).toBeCloseTo(1, 6);
    // the greedy notes come through: gains add up to the summary's similarity
    const gains = r.picked.map((i) => r.picks.get(i)!.gain ?? 0);
    expect(gains.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });

  it('picks nothing when nothing fits', () => {
    const ctx = makeContext({ vectors: [deg(0), deg(30)], words: [3, 4] });
    expect(runSelector(maxSim, ctx, { words: 2 }).picked).toEqual([]);
  });

  it('keeps the selector invariants on random inputs (both greedy variants)', () => {
    checkSelectorInvariants(maxSim);
    checkSelectorInvariants(maxSim, { greedyVariant: 'mean' });
  });

  it('returns whichever of the two is closer, across budgets', () => {
    const vectors = Array.from({ length: 12 }, (_, i) => [Math.sin(i * 1.7), Math.cos(i * 2.3), Math.sin(i * 0.7 + 1)]);
    for (const budget of [{ sentences: 2 }, { sentences: 4 }, { words: 7 }, { words: 20 }]) {
      const ctx = makeContext({ vectors, words: vectors.map((_, i) => 1 + (i % 4)), target: [1, 0.2, 0.1] });
      const r = runSelector(maxSim, ctx, budget);
      const g = runSelector(greedy, ctx, budget).picked;
      const b = bestCombination(ctx, makeSession(ctx, budget)).indices;
      expect(meanVectorSimilarity(ctx, r.picked)).toBeCloseTo(Math.max(meanVectorSimilarity(ctx, g), meanVectorSimilarity(ctx, b)), 9);
    }
  });
});
