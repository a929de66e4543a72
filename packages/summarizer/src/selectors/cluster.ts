import { addScaled, dot, normalize } from '@vecsum/embeddings/math';
import type { PickNote, SelectionContext, SelectionSession, Selector } from '../select/types.js';
import { candidateSimilarities } from './similarity-matrix.js';

/** The number of clusters the search starts at (the authors' code). */
export const INITIAL_CLUSTERS = 3;

/** One merge of the dendrogram: clusters named by a member node join at a distance. */
export interface Merge {
  /** Node naming the merged cluster (the smaller of the two names). */
  readonly a: number;
  /** Node naming the cluster absorbed into `a`. */
  readonly b: number;
  /** Complete-linkage distance between the two clusters: max cosine distance of their members. */
  readonly height: number;
}

/**
 * The complete-linkage dendrogram of `n` points on cosine distance 1 - sim, from their
 * pairwise cosines (`sim`, row-major n x n; overwritten). Uses the nearest-neighbour chain
 * algorithm, exact for complete linkage (a reducible linkage): O(n^2) time and memory instead
 * of the naive O(n^3). Returns the n - 1 merges sorted by height (stable, so a merge always
 * follows the merges that formed its clusters); applying the first n - k gives k clusters.
 */
export function completeLinkageMerges(n: number, sim: Float64Array): Merge[] {
  const dist = sim;
  for (let k = 0; k < n * n; k++) dist[k] = 1 - (dist[k] as number);
  const active = new Uint8Array(n).fill(1);
  const merges: Merge[] = [];
  const chain: number[] = [];
  let remaining = n;
  while (remaining > 1) {
    if (chain.length === 0) chain.push(active.indexOf(1));
    const top = chain[chain.length - 1] as number;
    const prev = chain.length > 1 ? (chain[chain.length - 2] as number) : -1;
    // Nearest active neighbour of `top`; on a tie prefer `prev` (so the chain cannot cycle),
    // then the lowest index.
    let nn = -1;
    let best = Number.POSITIVE_INFINITY;
    const row = top * n;
    for (let j = 0; j < n; j++) {
      if (j === top || active[j] === 0) continue;
      const d = dist[row + j] as number;
      if (d < best || (d === best && j === prev)) {
        best = d;
        nn = j;
      }
    }
    if (nn !== prev) {
      chain.push(nn);
      continue;
    }
    // top and prev are reciprocal nearest neighbours: merge them.
    chain.length -= 2;
    const a = Math.min(top, prev);
    const b = Math.max(top, prev);
    merges.push({ a, b, height: best });
    active[b] = 0;
    for (let j = 0; j < n; j++) {
      if (active[j] === 0 || j === a) continue;
      const d = Math.max(dist[a * n + j] as number, dist[b * n + j] as number); // complete linkage
      dist[a * n + j] = d;
      dist[j * n + a] = d;
    }
    remaining--;
  }
  return merges.sort((x, y) => x.height - y.height);
}

/**
 * The `k` clusters of the dendrogram cut after its first n - k merges: member nodes
 * ascending, clusters by size descending, ties by earliest member.
 */
export function cutDendrogram(n: number, merges: readonly Merge[], k: number): number[][] {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      const up = parent[parent[x] as number] as number;
      parent[x] = up;
      x = up;
    }
    return x;
  };
  const count = Math.max(0, Math.min(merges.length, n - k));
  for (let m = 0; m < count; m++) {
    const { a, b } = merges[m] as Merge;
    parent[find(b)] = find(a);
  }
  const groups = new Map<number, number[]>();
  for (let node = 0; node < n; node++) {
    const root = find(node);
    const g = groups.get(root);
    if (g === undefined) groups.set(root, [node]);
    else g.push(node);
  }
  return [...groups.values()].sort((x, y) => y.length - x.length || (x[0] as number) - (y[0] as number));
}

interface Representative {
  readonly index: number;
  /** cos(member, cluster mean). */
  readonly score: number;
}

/** Per cluster, the member (a sentence index) with the largest inner product with the cluster's mean. */
function representatives(ctx: SelectionContext, nodes: readonly number[], clusters: readonly number[][]): Representative[] {
  const centre = new Float32Array(ctx.target.length);
  return clusters.map((members) => {
    centre.fill(0);
    for (const m of members) addScaled(centre, ctx.vectors[nodes[m] as number] as Float32Array);
    normalize(centre, centre); // same argmax as the mean; the score becomes a cosine
    let best = nodes[members[0] as number] as number;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const m of members) {
      const i = nodes[m] as number;
      const s = dot(ctx.vectors[i] as Float32Array, centre);
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    return { index: best, score: bestScore };
  });
}

/**
 * Picks the representatives in cluster order, each that fits (one that does not is refused,
 * and recorded as a budget skip); true when the budget ran out.
 */
function pickAll(session: SelectionSession, reps: readonly Representative[]): boolean {
  let refused = false;
  for (const r of reps) {
    const note: PickNote = { reason: 'cluster', score: r.score };
    // false also for a sentence already in (as a dangling sentence's context): not a refusal
    if (!session.pick(r.index, note) && !session.picked.includes(r.index)) refused = true;
  }
  return refused || session.done;
}

/**
 * Cluster (`selector_cluster`): complete-linkage agglomerative clustering of the eligible
 * sentences on cosine distance. For each cluster, largest first (ties: the cluster with the
 * earliest sentence), the representative is the member with the largest inner product with
 * the cluster's mean vector.
 *
 * The rule for the number of clusters n, as in the authors' code: start at n = 3; take the
 * representatives in cluster order, each one that fits; if the budget is then exhausted (a
 * representative did not fit, or no candidate fits any more) n is final, otherwise n += 1
 * (up to one cluster per sentence). The summary is the representatives for the final n only.
 * Since a session only appends, the search runs on scratch copies of the session (`fork`,
 * replaying any picks already made, so separators, dangling context and the stopping rule
 * count exactly), and the real session is filled once for the final n. The dendrogram is
 * computed once and cut at each n; the authors re-clustered from scratch for every n, which
 * gives the same clusters.
 *
 * Deviations from the authors' code: their `range(max(labels))` skipped the last cluster at
 * every n (a bug); here every cluster has a representative. Representatives that do not fit
 * are skipped (the authors overshot the 100 words and truncated).
 *
 * Cost: O(n^2 d) cosines and O(n^2) for the dendrogram (nearest-neighbour chain), O(n d) per
 * cut, over n candidates; refused above `options.maxSentences` (default 2000) with
 * INPUT_TOO_LARGE.
 */
export const cluster: Selector = {
  name: 'cluster',
  select(ctx, session, options) {
    const { nodes, sim } = candidateSimilarities(ctx, options, 'cluster');
    const n = nodes.length;
    if (n === 0 || session.done) return;
    const merges = completeLinkageMerges(n, sim);
    const already = [...session.picked];
    const scratch = (): SelectionSession => {
      const s = session.fork();
      for (const i of already) s.pick(i, { reason: 'cluster', score: 0 });
      return s;
    };
    let k = Math.min(INITIAL_CLUSTERS, n);
    let reps = representatives(ctx, nodes, cutDendrogram(n, merges, k));
    while (k < n && !pickAll(scratch(), reps)) {
      k++;
      reps = representatives(ctx, nodes, cutDendrogram(n, merges, k));
    }
    pickAll(session, reps);
  },
};
