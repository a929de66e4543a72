import { addScaled, dot } from '@vecsum/embeddings/math';
import type { Selector } from '../select/types.js';
import { candidateSimilarities } from './similarity-matrix.js';

/**
 * Complete-linkage merges of the candidates on cosine distance, by the nearest-neighbour
 * chain algorithm (O(n^2) time and memory), sorted by height: merge k joins two clusters.
 */
function completeLinkageMerges(n: number, sim: Float64Array): [number, number][] {
  const dist = new Float64Array(n * n);
  for (let k = 0; k < n * n; k++) dist[k] = 1 - (sim[k] as number);
  const active = new Uint8Array(n).fill(1);
  const merges: { a: number; b: number; h: number }[] = [];
  const chain: number[] = [];
  let remaining = n;
  while (remaining > 1) {
    if (chain.length === 0) chain.push(active.indexOf(1));
    const top = chain[chain.length - 1] as number;
    const prev = chain.length > 1 ? (chain[chain.length - 2] as number) : -1;
    let nn = -1;
    let best = Number.POSITIVE_INFINITY;
    for (let j = 0; j < n; j++) {
      if (j === top || active[j] === 0) continue;
      const d = dist[top * n + j] as number;
      if (d < best || (d === best && j === prev)) {
        best = d;
        nn = j;
      }
    }
    if (nn === prev) {
      chain.pop();
      chain.pop();
      const [a, b] = top < prev ? [top, prev] : [prev, top];
      merges.push({ a, b, h: best });
      active[b] = 0;
      for (let j = 0; j < n; j++) {
        if (active[j] === 0 || j === a) continue;
        const d = Math.max(dist[a * n + j] as number, dist[b * n + j] as number); // complete linkage
        dist[a * n + j] = d;
        dist[j * n + a] = d;
      }
      remaining--;
    } else chain.push(nn);
  }
  return merges.sort((x, y) => x.h - y.h).map((m) => [m.a, m.b]);
}

/** Cluster labels (representative node id) after applying the first `count` merges. */
function labelsAfter(n: number, merges: readonly [number, number][], count: number): Int32Array {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x] as number] as number;
      x = parent[x] as number;
    }
    return x;
  };
  for (let k = 0; k < count; k++) {
    const [a, b] = merges[k] as [number, number];
    parent[find(b)] = find(a);
  }
  return parent.map((_, i) => find(i));
}

/**
 * Cluster (`selector_cluster`): complete-linkage agglomerative clustering of the candidates on
 * cosine distance, starting at 3 clusters. For each cluster (largest first, ties by earliest
 * member) the representative is the member with the largest inner product with the cluster's
 * mean vector. While all representatives fit the budget, add a cluster (n += 1); the final
 * summary is the representatives of the first n whose total overshoots, taken in cluster
 * order while they fit. The dendrogram is computed once and cut at each n. Fixes the authors'
 * `range(max(labels))`, which skipped the last cluster. Capped at `maxSentences` candidates.
 */
export const cluster: Selector = {
  name: 'cluster',
  select(ctx, session, options) {
    const { nodes, sim } = candidateSimilarities(ctx, options, 'cluster');
    const n = nodes.length;
    if (n === 0) return;
    const merges = completeLinkageMerges(n, sim);
    const representatives = (k: number): number[] => {
      const labels = labelsAfter(n, merges, n - k);
      const groups = new Map<number, number[]>();
      labels.forEach((l, node) => {
        const g = groups.get(l);
        if (g === undefined) groups.set(l, [node]);
        else g.push(node);
      });
      const ordered = [...groups.values()].sort((x, y) => y.length - x.length || (x[0] as number) - (y[0] as number));
      return ordered.map((members) => {
        const centre = new Float32Array(ctx.target.length);
        for (const m of members) addScaled(centre, ctx.vectors[nodes[m] as number] as Float32Array);
        let best = members[0] as number;
        let bestScore = Number.NEGATIVE_INFINITY;
        for (const m of members) {
          const s = dot(ctx.vectors[nodes[m] as number] as Float32Array, centre);
          if (s > bestScore) {
            bestScore = s;
            best = m;
          }
        }
        return nodes[best] as number;
      });
    };
    let k = Math.min(3, n);
    let reps = representatives(k);
    while (k < n && session.fitsSet(reps)) {
      k++;
      reps = representatives(k);
    }
    for (const i of reps) {
      if (session.done) return;
      session.pick(i, { reason: 'cluster', score: ctx.importance[i] as number });
    }
  },
};
