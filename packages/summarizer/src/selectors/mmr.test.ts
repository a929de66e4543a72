import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSelectorInvariants, makeContext, randomCase, runSelector } from '../test-support/context.js';
import { mmr } from './mmr.js';
import { near } from './near.js';

/** B (0) is relevant and different; A2 (1) is a near-duplicate of A (3), the most relevant. */
const dupes = {
  vectors: [
    [0.6, 0.8, 0], // 0 B
    [1, 0.08, 0.02], // 1 A2
    [0, 0, 1], // 2 off-topic
    [1, 0.1, 0], // 3 A
  ],
  target: [1, 0.3, 0],
};

describe('mmr', () => {
  it('with lambda 1 picks exactly what near picks, on random inputs', () => {
    fc.assert(
      fc.property(randomCase, (c) => {
        const ctx = makeContext({ vectors: c.vectors, words: c.words, eligible: c.vectors.map((v, i) => c.eligible[i]! && v.some((x) => x !== 0)) });
        const sessionOptions = { stopAtFirstOverflow: c.stopAtFirstOverflow && !('sentences' in c.budget) };
        const m = runSelector(mmr, ctx, c.budget, { lambda: 1 }, sessionOptions);
        const n = runSelector(near, ctx, c.budget, {}, sessionOptions);
        expect(m.picked).toEqual(n.picked);
        expect(m.rejects.size).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('with lambda 0.3 skips a near-duplicate and records it as redundant with its original', () => {
    const ctx = makeContext({ ...dupes, eligible: [true, true, false, true] });
    expect(ctx.importance[3]! > ctx.importance[1]! && ctx.importance[1]! > ctx.importance[0]!).toBe(true);
    expect(runSelector(near, ctx, { sentences: 2 }).picked).toEqual([3, 1]);
    const r = runSelector(mmr, ctx, { sentences: 2 }, { lambda: 0.3 });
    expect(r.picked).toEqual([3, 0]);
    expect(r.picks.get(3)).toMatchObject({ reason: 'importance' });
    expect(r.picks.get(0)).toMatchObject({ reason: 'diversity' });
    const reject = r.rejects.get(1);
    expect(reject).toMatchObject({ reason: 'redundant', redundantWith: 3 });
    // score = 0.3 * importance - 0.7 * cos(A2, A), below B's
    expect(reject!.score).toBeLessThan(r.picks.get(0)!.score);

    // With the off-topic sentence a candidate, lambda 0.3 prefers it to both; both more
    // important sentences are then recorded as redundant with A.
    const all = runSelector(mmr, makeContext(dupes), { sentences: 2 }, { lambda: 0.3 });
    expect(all.picked).toEqual([3, 2]);
    expect(all.rejects.get(0)).toMatchObject({ redundantWith: 3 });
    expect(all.rejects.get(1)).toMatchObject({ redundantWith: 3 });
  });

  it('with the default lambda 0.7 still takes the near-duplicate here (relevance wins)', () => {
    const ctx = makeContext(dupes);
    // step 2: A2 scores 0.7 * 0.978 - 0.3 * 1.000 = 0.384; B scores 0.7 * 0.805 - 0.3 * 0.677 = 0.360
    const r = runSelector(mmr, ctx, { sentences: 2 });
    expect(r.picked).toEqual([3, 1]);
    expect(r.picks.get(1)!.score).toBeCloseTo(0.384, 2);
    expect(r.rejects.size).toBe(0);
  });

  it('with lambda 0 starts from the most important sentence, then goes for novelty', () => {
    const ctx = makeContext(dupes);
    const r = runSelector(mmr, ctx, { sentences: 2 }, { lambda: 0 });
    expect(r.picked).toEqual([3, 2]);
  });

  it('rejects lambda outside [0, 1] with INVALID_OPTION', () => {
    const ctx = makeContext(dupes);
    for (const lambda of [-0.1, 1.5, Number.NaN]) {
      expect(() => runSelector(mmr, ctx, { sentences: 2 }, { lambda })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    }
  });

  it('keeps the selector invariants on random inputs', () => {
    checkSelectorInvariants(mmr);
    checkSelectorInvariants(mmr, { lambda: 0.3 });
  });
});
