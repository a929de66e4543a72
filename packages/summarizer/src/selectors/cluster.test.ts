import fc from 'fast-check';
import { createRandom } from '@vecsum/embeddings/math';
import { describe, expect, it } from 'vitest';
import { isSummarizerError } from '../errors.js';
import { checkSelectorInvariants, makeContext, runSelector } from '../test-support/context.js';
import { cluster } from './cluster.js';
import { buildDendrogram, completeLinkageMerges, cutDendrogram, dendrogramCuts } from './dendrogram.js';

const unit = (v: number[]) => {
  const l = Math.hypot(...v);
  return v.map((x) => x / l);
};
const cos = (a: number[], b: number[]) => a.reduce((s, x, k) => s + x * b[k]!, 0);

/** Naive O(n^3) complete linkage: merge the two clusters with the smallest max distance. */
function naivePartitions(vectors: number[][]): string[] {
  const u = vectors.map(unit);
  let clusters = u.map((_, i) => [i]);
  const linkage = (x: number[], y: number[]) => Math.max(...x.flatMap((i) => y.map((j) => 1 - cos(u[i]!, u[j]!))));
  const out = [key(clusters)];
  while (clusters.length > 1) {
    let best = [0, 1];
    let bestD = Infinity;
    for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        const d = linkage(clusters[a]!, clusters[b]!);
        if (d < bestD) {
          bestD = d;
          best = [a, b];
        }
      }
    }
    const [a, b] = best as [number, number];
    clusters = [...clusters.filter((_, k) => k !== a && k !== b), [...clusters[a]!, ...clusters[b]!]];
    out.push(key(clusters));
  }
  return out;
}
function key(clusters: number[][]): string {
  return JSON.stringify(clusters.map((c) => [...c].sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!));
}
function fastPartitions(vectors: number[][]): string[] {
  const u = vectors.map(unit);
  const n = u.length;
  const sim = new Float64Array(n * n);
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) sim[a * n + b] = cos(u[a]!, u[b]!);
  const merges = completeLinkageMerges(n, sim);
  return Array.from({ length: n }, (_, m) => key(cutDendrogram(n, merges, n - m)));
}

/** Groups around the axes of R^dims, members interleaved in document order; the exact axis is the centre. */
function groups(count: number, dims = count) {
  const vectors: number[][] = [];
  const group: number[] = [];
  for (const offset of [0.2, 0, -0.2]) {
    for (let g = 0; g < count; g++) {
      const v: number[] = Array.from({ length: dims }, (_, k) => (k === g ? 1 : 0));
      v[(g + 1) % dims] = offset;
      vectors.push(v);
      group.push(g);
    }
  }
  return { vectors, group };
}

describe('cluster', () => {
  it('complete linkage by nearest-neighbour chain matches the naive algorithm at every cut', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 25 }), fc.integer({ min: 3, max: 6 }), fc.integer(), (n, dims, seed) => {
        // continuous random vectors: ties (where several dendrograms are valid) have probability 0
        const random = createRandom(seed);
        const vectors = Array.from({ length: n }, () => Array.from({ length: dims }, () => random() * 2 - 1));
        const u = vectors.map(unit);
        const d = u.flatMap((a, i) => u.slice(i + 1).map((b) => cos(a, b))).sort((x, y) => x - y);
        fc.pre(d.every((x, k) => k === 0 || x - d[k - 1]! > 1e-9));
        expect(fastPartitions(vectors)).toEqual(naivePartitions(vectors));
      }),
      { numRuns: 200 },
    );
  });

  it('incremental cuts (one split per step) equal direct cuts, in cluster order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer(), (n, seed) => {
        // integer vectors: ties included, the two must agree on any dendrogram
        const random = createRandom(seed);
        const vectors = Array.from({ length: n }, () => Array.from({ length: 3 }, () => Math.floor(random() * 5) - 2 || 1));
        const u = vectors.map(unit);
        const sim = new Float64Array(n * n);
        for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) sim[a * n + b] = cos(u[a]!, u[b]!);
        const merges = completeLinkageMerges(n, sim);
        const tree = buildDendrogram(n, merges);
        let k = 0;
        for (const cut of dendrogramCuts(tree)) {
          k++;
          const members = cut.map((node) => [...tree.order.slice(tree.start[node]!, tree.start[node]! + tree.size[node]!)].sort((x, y) => x - y));
          expect(members).toEqual(cutDendrogram(n, merges, k));
        }
        expect(k).toBe(n);
      }),
      { numRuns: 200 },
    );
  });

  it('orders clusters by size, then by earliest member', () => {
    const merges = [
      { a: 3, b: 4, height: 0.1 },
      { a: 0, b: 2, height: 0.2 },
      { a: 0, b: 1, height: 0.3 },
      { a: 0, b: 3, height: 0.4 },
    ];
    expect(cutDendrogram(5, merges, 3)).toEqual([[0, 2], [3, 4], [1]]);
    expect(cutDendrogram(5, merges, 4)).toEqual([[3, 4], [0], [1], [2]]);
    expect(cutDendrogram(5, merges, 1)).toEqual([[0, 1, 2, 3, 4]]);
  });

  it('picks the central member of each of 3 well-separated groups (the last cluster included)', () => {
    const g = groups(3);
    const r = runSelector(cluster, makeContext({ vectors: g.vectors }), { sentences: 3 });
    expect([...r.picked].sort((a, b) => a - b)).toEqual([3, 4, 5]);
    for (const i of r.picked) expect(r.picks.get(i)?.reason).toBe('cluster');
  });

  it('adds clusters while the representatives leave budget: 4 groups, 4 sentences', () => {
    const g = groups(4);
    const r = runSelector(cluster, makeContext({ vectors: g.vectors }), { sentences: 4 });
    expect(new Set(r.picked.map((i) => g.group[i]))).toEqual(new Set([0, 1, 2, 3]));
    expect([...r.picked].sort((a, b) => a - b)).toEqual([4, 5, 6, 7]);
  });

  it('stops at the first n whose representatives exhaust a words budget', () => {
    // 3 groups of 3; centres cost 5 words, others 1. Budget 15 takes the 3 centres exactly.
    const g = groups(3);
    const words = g.vectors.map((_, i) => (i >= 3 && i < 6 ? 5 : 1));
    const r = runSelector(cluster, makeContext({ vectors: g.vectors, words }), { words: 15 });
    expect([...r.picked].sort((a, b) => a - b)).toEqual([3, 4, 5]);
    expect(r.used).toBe(15);
    // Budget 14: the third centre does not fit, so n = 3 is final (the authors stopped at
    // the first representative that overshot); the 4 words left stay unused.
    const r14 = runSelector(cluster, makeContext({ vectors: g.vectors, words }), { words: 14 });
    expect(r14.picked).toEqual([3, 4]);
    expect(r14.refused).toEqual([5]);
    // Budget 16: the 3 centres leave a word that a 1-word sentence could use, so n grows
    // until the representatives exhaust the budget.
    const r16 = runSelector(cluster, makeContext({ vectors: g.vectors, words }), { words: 16 });
    expect(r16.used).toBe(16);
    expect(r16.picked.length).toBeGreaterThan(3);
    expect(new Set(r16.picked.map((i) => g.group[i]))).toEqual(new Set([0, 1, 2]));
  });

  it('refuses more candidates than maxSentences with INPUT_TOO_LARGE naming the cap', () => {
    const g = groups(3);
    let error: unknown;
    try {
      runSelector(cluster, makeContext({ vectors: g.vectors }), { sentences: 3 }, { maxSentences: 8 });
    } catch (e) {
      error = e;
    }
    expect(isSummarizerError(error) && error.code).toBe('INPUT_TOO_LARGE');
    expect((error as Error).message).toContain('8');
    expect(
      runSelector(cluster, makeContext({ vectors: g.vectors, eligible: g.vectors.map((_, i) => i > 0) }), { sentences: 3 }, { maxSentences: 8 }).picked,
    ).toHaveLength(3);
  });

  it('keeps the selector invariants on random inputs', () => {
    checkSelectorInvariants(cluster);
  });
});
