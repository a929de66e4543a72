import { describe, expect, it } from 'vitest';
import { checkSelectorInvariants, makeContext, runSelector } from '../test-support/context.js';
import { pca } from './pca.js';

/** Unit vectors (x, y, 2)/|.|: the spread is mostly along x, less along y. */
const spread = [
  [3, 0, 2], // 0: extreme on x
  [-2.5, 0, 2], // 1: the other end of x
  [1, 0.2, 2],
  [-1, -0.2, 2],
  [0, 1.2, 2], // 4: extreme on y
  [0, -1, 2],
  [0.5, 0, 2],
];

describe('pca', () => {
  it('picks the extreme sentence of each main axis in turn', () => {
    const ctx = makeContext({ vectors: spread });
    const r = runSelector(pca, ctx, { sentences: 2 });
    expect(r.picked).toEqual([0, 4]);
    expect(r.picks.get(0)).toMatchObject({ reason: 'component' });
    expect(r.picks.get(0)!.score).toBeCloseTo(3 / Math.sqrt(13), 1); // |v . c1| with c1 close to x
    expect(r.picks.get(4)!.score).toBeCloseTo(1.2 / Math.sqrt(5.44), 1);
  });

  it('passes over an extreme that does not fit for the best one that does', () => {
    const words = spread.map((_, i) => (i === 0 ? 10 : 1));
    const r = runSelector(pca, makeContext({ vectors: spread, words }), { words: 5 });
    expect(r.picked[0]).toBe(1);
    expect(r.picked).not.toContain(0);
  });

  it('fills in importance order when the components run out', () => {
    // 3 dimensions: at most 3 components, then importance
    const ctx = makeContext({ vectors: spread });
    const r = runSelector(pca, ctx, { sentences: 5 });
    const reasons = r.picked.map((i) => r.picks.get(i)!.reason);
    expect(reasons).toEqual(['component', 'component', 'component', 'importance', 'importance']);
    const rest = r.picked.slice(3);
    expect(ctx.importance[rest[0]!]!).toBeGreaterThanOrEqual(ctx.importance[rest[1]!]!);
  });

  it('uses no component of zero variance: 2 sentences span one axis', () => {
    const ctx = makeContext({
      vectors: [
        [1, 0, 0, 0],
        [0, 1, 0, 0],
        [0.6, 0.8, 0, 0],
      ],
      eligible: [true, true, false],
    });
    const r = runSelector(pca, ctx, { sentences: 2 });
    expect(r.picked.map((i) => r.picks.get(i)!.reason)).toEqual(['component', 'importance']);
  });

  it('identical vectors have no axis: importance order (ties by position)', () => {
    const ctx = makeContext({
      vectors: [
        [1, 1, 0],
        [1, 1, 0],
        [1, 1, 0],
      ],
    });
    const r = runSelector(pca, ctx, { sentences: 2 });
    expect(r.picked).toEqual([0, 1]);
    expect(r.picks.get(0)!.reason).toBe('importance');
  });

  it('keeps the selector invariants on random inputs', () => {
    checkSelectorInvariants(pca);
  });
});
