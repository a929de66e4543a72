import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSelectorInvariants, makeContext, makeSession, randomCase, runSelector } from '../test-support/context.js';
import type { SelectionContext, SelectionSession } from '../select/types.js';
import { bestCombination, bruteForce, combinationCount, MAX_COMBINATIONS, topKForBound } from './brute-force.js';
import { greedy } from './greedy.js';

const deg = (a: number) => [Math.cos((a * Math.PI) / 180), Math.sin((a * Math.PI) / 180)];

/**
 * Target along x. A (0) is the target itself; B (+30 degrees) and C (-32 degrees) straddle
 * it; D is off-topic. Greedy starts from A, and any pair with A is 15+ degrees off, while the
 * pair B, C averages to 1 degree off.
 */
const straddle = { vectors: [deg(0), deg(30), deg(-32), deg(90)], target: [1, 0] };

/** Reference: every subset of 1..6 eligible sentences that fits and uses the budget; the best cos of its mean. */
function exhaustive(ctx: SelectionContext, session: SelectionSession): number | null {
  const pool = ctx.eligible.flatMap((e, i) => (e && session.fits(i) ? [i] : []));
  let best: number | null = null;
  for (let mask = 1; mask < 1 << pool.length; mask++) {
    const set = pool.filter((_, k) => (mask >> k) & 1);
    if (set.length > 6 || !session.fitsSet(set)) continue;
    const full = set.length === 6 || pool.every((i) => set.includes(i) || !session.fitsSet([...set, i]));
    if (!full) continue;
    const sum = [0, 0, 0, 0, 0, 0, 0, 0].slice(0, ctx.target.length);
    for (const i of set) ctx.vectors[i]!.forEach((x, k) => (sum[k] = sum[k]! + x));
    const l = Math.hypot(...sum);
    const sim = l === 0 ? 0 : sum.reduce((s, x, k) => s + x * ctx.target[k]!, 0) / l;
    if (best === null || sim > best) best = sim;
  }
  return best;
}

describe('brute-force', () => {
  it('bounds the pool so the combinations stay under 200,000', () => {
    expect(combinationCount(35)).toBe(2_007_327); // the authors' pool
    expect(topKForBound()).toBe(24);
    expect(combinationCount(24)).toBe(190_050);
    expect(combinationCount(25)).toBeGreaterThan(MAX_COMBINATIONS);
  });

  it('finds the optimal pair where greedy does not', () => {
    const ctx = makeContext(straddle);
    const g = runSelector(greedy, ctx, { sentences: 2 }, { greedyVariant: 'mean' });
    expect(g.picked).toEqual([0, 1]);
    const r = runSelector(bruteForce, ctx, { sentences: 2 });
    expect(r.picked).toEqual([1, 2]); // importance order
    expect(r.picks.get(1)).toMatchObject({ reason: 'combination' });
    expect(r.picks.get(1)!.score).toBeCloseTo(Math.cos(Math.PI / 180), 6);
    expect(r.picks.get(2)!.score).toBe(r.picks.get(1)!.score);
    // a single sentence (A alone has cos 1) does not count: it leaves room for another
    expect(bestCombination(ctx, makeSession(ctx, { sentences: 2 })).indices).toHaveLength(2);
  });

  it('respects the budget', () => {
    // B + C take 11 words; the best pair that fits in 10 is A + B
    const ctx = makeContext({ ...straddle, vectors: straddle.vectors.slice(0, 3), words: [3, 5, 6] });
    const r = runSelector(bruteForce, ctx, { words: 10 });
    expect(r.picked).toEqual([0, 1]);
    expect(r.used).toBe(8);
    expect(runSelector(bruteForce, ctx, { words: 11 }).picked).toEqual([1, 2]);
  });

  it('takes at most 6 sentences', () => {
    const vectors = Array.from({ length: 9 }, (_, i) => deg(i * 7 - 28));
    const r = runSelector(bruteForce, makeContext({ vectors, target: [1, 0] }), { sentences: 9 });
    expect(r.picked).toHaveLength(6);
  });

  it('picks nothing when nothing fits', () => {
    const ctx = makeContext({ ...straddle, words: [3, 3, 3, 3] });
    expect(runSelector(bruteForce, ctx, { words: 2 }).picked).toEqual([]);
    expect(bestCombination(ctx, makeSession(ctx, { words: 2 }))).toEqual({ indices: [], similarity: 0 });
  });

  it('matches an exhaustive search on small random inputs', () => {
    fc.assert(
      fc.property(randomCase, (c) => {
        const vectors = c.vectors.slice(0, 10);
        const ctx = makeContext({ vectors, words: c.words, eligible: vectors.map((v, i) => c.eligible[i]! && v.some((x) => x !== 0)) });
        const session = makeSession(ctx, c.budget);
        const best = bestCombination(ctx, session);
        const ref = exhaustive(ctx, session);
        if (ref === null) expect(best.indices).toEqual([]);
        else {
          expect(best.similarity).toBeCloseTo(ref, 5);
          expect(session.fitsSet(best.indices)).toBe(true);
          const imp = best.indices.map((i) => ctx.importance[i]!);
          expect(imp).toEqual([...imp].sort((a, b) => b - a));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the selector invariants on random inputs', () => {
    checkSelectorInvariants(bruteForce);
  });
});
