import { describe, expect, it } from 'vitest';
import { isSummarizerError } from '../errors.js';
import { checkSelectorInvariants, makeContext, runSelector } from '../test-support/context.js';
import { LEXRANK_DAMPING, lexrank, lexrankCentrality } from './lexrank.js';
import { near } from './near.js';

const cos95 = { c: 0.95, s: Math.sqrt(1 - 0.95 * 0.95) };

/**
 * One connected graph, two notions of centrality. Y (0) is the middle of a tight pair Y1, Y2
 * (cos 0.95 to each); X (3) is weakly similar (cos 0.285-0.3) to six sentences. Discrete
 * LexRank counts edges: X has 6, Y has 3. Continuous LexRank weighs them: Y's edges weigh
 * 0.75 + 0.75 + 0.1, X's six only 0.57 in all.
 */
const twoCentres = [
  [1, 0, 0, 0, 0, 0], // 0 Y
  [cos95.c, cos95.s, 0, 0, 0, 0], // 1 Y1
  [cos95.c, -cos95.s, 0, 0, 0, 0], // 2 Y2
  [0.3, 0, 0.3, 0.3, 0.3, 0.8], // 3 X
  [0, 0, 1, 0, 0, 0], // 4 X1
  [0, 0, 0, 1, 0, 0], // 5 X2
  [0, 0, 0, 0, 1, 0], // 6 X3
];

/** Reference: solve (I - d W^T) p = (1 - d)/n by Gaussian elimination. */
function referenceCentrality(vectors: number[][], variant: 'continuous' | 'discrete'): number[] {
  const n = vectors.length;
  const unit = vectors.map((v) => {
    const l = Math.hypot(...v);
    return v.map((x) => x / l);
  });
  const cos = (a: number[], b: number[]) => a.reduce((s, x, k) => s + x * b[k]!, 0);
  const w = unit.map((a, i) => unit.map((b, j) => (i === j ? 0 : variant === 'discrete' ? (cos(a, b) > 0.25 ? 1 : 0) : Math.max(cos(a, b) - 0.2, 0))));
  const rows = w.map((r) => {
    const s = r.reduce((x, y) => x + y, 0);
    return s > 0 ? r.map((x) => x / s) : r.map(() => 1 / n);
  });
  // A p = b with A[j][i] = delta - d * rows[i][j]
  const a = Array.from({ length: n }, (_, j) => [
    ...Array.from({ length: n }, (_, i) => (i === j ? 1 : 0) - LEXRANK_DAMPING * rows[i]![j]!),
    (1 - LEXRANK_DAMPING) / n,
  ]);
  for (let col = 0; col < n; col++) {
    let piv = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[piv]![col]!)) piv = r;
    [a[col], a[piv]] = [a[piv]!, a[col]!];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = a[r]![col]! / a[col]![col]!;
      for (let k = col; k <= n; k++) a[r]![k] = a[r]![k]! - f * a[col]![k]!;
    }
  }
  return a.map((r, i) => r[n]! / r[i]!);
}

function simMatrix(vectors: number[][]): Float64Array {
  const ctx = makeContext({ vectors });
  const n = vectors.length;
  const sim = new Float64Array(n * n);
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) sim[a * n + b] = ctx.vectors[a]!.reduce((s, x, k) => s + x * ctx.vectors[b]![k]!, 0);
  return sim;
}

describe('lexrank', () => {
  it('ranks first the sentence most similar to the others, not the one closest to the target', () => {
    // a hub (1,1,1) and three spokes around it, plus an outlier similar to nothing
    const vectors = [
      [1, 0.3, 0.3],
      [0.3, 1, 0.3],
      [1, 1, 1],
      [0.3, 0.3, 1],
      [-1, 0.1, -0.2],
    ];
    const ctx = makeContext({ vectors, target: [1, 0.3, 0.3] });
    expect(runSelector(near, ctx, { sentences: 1 }).picked).toEqual([0]);
    const r = runSelector(lexrank, ctx, { sentences: 2 });
    expect(r.picked[0]).toBe(2);
    expect(r.picks.get(2)?.reason).toBe('centrality');
    // the outlier, a dangling node, is the least central
    const all = runSelector(lexrank, ctx, { sentences: 5 });
    expect(all.picked[4]).toBe(4);
  });

  it('continuous weighs the edges, discrete counts them', () => {
    const ctx = makeContext({ vectors: twoCentres });
    const continuous = runSelector(lexrank, ctx, { sentences: 1 });
    const discrete = runSelector(lexrank, ctx, { sentences: 1 }, { lexrankVariant: 'discrete' });
    expect(continuous.picked).toEqual([0]);
    expect(discrete.picked).toEqual([3]);
    expect(runSelector(lexrank, ctx, { sentences: 1 }, { lexrankVariant: 'continuous' }).picked).toEqual([0]);
  });

  it('converges to the stationary distribution of the damped walk (also with dangling nodes)', () => {
    const withOutliers = [...twoCentres.map((v) => [...v, 0]), [0, 0, 0, 0, 0, 0, 1], [0, -1, 0, 0, 0, 0, 0.1]];
    for (const variant of ['continuous', 'discrete'] as const) {
      const n = withOutliers.length;
      const p = lexrankCentrality(n, simMatrix(withOutliers), variant);
      const ref = referenceCentrality(withOutliers, variant);
      expect([...p].reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
      p.forEach((x, i) => expect(x).toBeCloseTo(ref[i]!, 6));
    }
  });

  it('uses only eligible sentences as nodes', () => {
    // without the hub, the graph of spokes is symmetric; the hub must not count
    const vectors = [
      [1, 0.3, 0.3],
      [0.3, 1, 0.3],
      [1, 1, 1],
      [0.3, 0.3, 1],
    ];
    const ctx = makeContext({ vectors, eligible: [true, true, false, true] });
    const r = runSelector(lexrank, ctx, { sentences: 4 });
    expect(r.picked).toEqual([0, 1, 3]);
    const scores = r.picked.map((i) => r.picks.get(i)!.score);
    expect(scores[0]).toBeCloseTo(1 / 3, 6);
    expect(scores[2]).toBeCloseTo(1 / 3, 6);
  });

  it('refuses more candidates than maxSentences with INPUT_TOO_LARGE naming the cap', () => {
    const ctx = makeContext({ vectors: twoCentres });
    let error: unknown;
    try {
      runSelector(lexrank, ctx, { sentences: 2 }, { maxSentences: 5 });
    } catch (e) {
      error = e;
    }
    expect(isSummarizerError(error) && error.code).toBe('INPUT_TOO_LARGE');
    expect((error as Error).message).toContain('5');
    expect(runSelector(lexrank, ctx, { sentences: 2 }, { maxSentences: 7 }).picked).toHaveLength(2);
  });

  it('rejects an unknown variant with INVALID_OPTION', () => {
    const ctx = makeContext({ vectors: twoCentres });
    expect(() => runSelector(lexrank, ctx, { sentences: 2 }, { lexrankVariant: 'sparse' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
  });

  it('keeps the selector invariants on random inputs (continuous and discrete)', () => {
    checkSelectorInvariants(lexrank);
    checkSelectorInvariants(lexrank, { lexrankVariant: 'discrete' });
  });
});
