import { dot, norm } from '@vecsum/embeddings/math';
import type { PickNote, SelectionSession, Selector } from '../select/types.js';
import { buildDendrogram, completeLinkageMerges, type Dendrogram, dendrogramCuts } from './dendrogram.js';
import { candidateSimilarities } from './similarity-matrix.js';

/** The number of clusters the search starts at (the authors' code). */
export const INITIAL_CLUSTERS = 3;

interface Representative {
  readonly index: number;
  /** cos(member, cluster mean). */
  readonly score: number;
}

/**
 * The representative of a dendrogram node (memoized): the member with the largest cosine to
 * the cluster's mean (ties: the earliest sentence).
 */
function representatives(vectors: readonly Float32Array[], d: number, nodes: readonly number[], tree: Dendrogram): (node: number) => Representative {
  const centre = new Float64Array(d);
  const repCache = new Map<number, Representative>();
  return (node) => {
    const cached = repCache.get(node);
    if (cached !== undefined) return cached;
    const from = tree.start[node]!;
    const to = from + tree.size[node]!;
    centre.fill(0);
    for (let p = from; p < to; p++) {
      const v = vectors[nodes[tree.order[p]!]!]!;
      for (let j = 0; j < d; j++) centre[j] = centre[j]! + v[j]!;
    }
    const len = norm(centre); // the mean's direction: same argmax, score is a cosine
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let p = from; p < to; p++) {
      const i = nodes[tree.order[p]!]!;
      const s = len > 0 ? dot(vectors[i]!, centre) / len : 0;
      if (s > bestScore || (s === bestScore && i < best)) {
        bestScore = s;
        best = i;
      }
    }
    const rep = { index: best, score: bestScore };
    repCache.set(node, rep);
    return rep;
  };
}

/**
 * Picks the representatives in cluster order, each that fits (one that does not is refused,
 * and recorded as a budget skip).
 */
function pickAll(session: SelectionSession, reps: readonly Representative[]): void {
  for (const r of reps) {
    const note: PickNote = { reason: 'cluster', score: r.score };
    session.pick(r.index, note);
  }
}

/**
 * Cluster (`selector_cluster`): complete-linkage agglomerative clustering of the eligible
 * sentences on cosine distance. For each cluster, largest first (ties: the cluster with the
 * earliest sentence), the representative is the member with the largest inner product with
 * the cluster's mean vector (ties: the earliest sentence).
 *
 * The rule for the number of clusters n, as in the authors' code: start at n = 3 and take
 * the representatives in cluster order. If they do not all fit the remaining budget, or they
 * fit and no other candidate would fit beside them, the budget is exhausted and n is final;
 * otherwise n += 1 (up to one cluster per sentence). The summary is the representatives for
 * the final n only, each one that fits, in cluster order; since a session only appends, n is
 * settled first with `session.fitsSet` (exact, separators included; the dangling-context
 * option's extra picks are not foreseen) and the session is filled once. The dendrogram is
 * computed once and cut at each n (going from n to n + 1 splits one cluster, so only two
 * representatives are new); the authors re-clustered from scratch for every n, which gives
 * the same clusters.
 *
 * Deviations from the authors' code: their `range(max(labels))` skipped the last cluster at
 * every n (a bug); here every cluster has a representative. A representative that does not
 * fit is skipped and the later ones still tried (the authors overshot 100 words and
 * truncated; with `truncate`, the session's stop-at-first-overflow rule does just that).
 *
 * Cost over n candidates: O(n^2 d) cosines and O(n^2) time and memory for the dendrogram
 * (nearest-neighbour chain); then O(size d) per split cluster. Refused above
 * `options.maxSentences` (default 2000) with INPUT_TOO_LARGE.
 */
export const cluster: Selector = {
  name: 'cluster',
  select(ctx, session, options) {
    const { nodes, sim } = candidateSimilarities(ctx, options, 'cluster');
    const n = nodes.length;
    if (n === 0 || session.done) return;
    const tree = buildDendrogram(n, completeLinkageMerges(n, sim));
    const representative = representatives(ctx.vectors, ctx.target.length, nodes, tree);

    // Settle n. Candidates by cost, cheapest first: a set leaves room for another candidate
    // iff it leaves room for the cheapest one not in it.
    const open = session.candidates().sort((x, y) => session.cost(x) - session.cost(y) || x - y);
    const isRep = new Uint8Array(ctx.vectors.length);
    const isPicked = new Uint8Array(ctx.vectors.length);
    for (const i of session.picked) isPicked[i] = 1;
    const exhausted = (reps: readonly number[]): boolean => {
      if (!session.fitsSet(reps)) return true;
      for (const i of reps) isRep[i] = 1;
      let room = false;
      for (const c of open) {
        if (isRep[c] === 1) continue;
        room = session.fitsSet([...reps, c]);
        break;
      }
      for (const i of reps) isRep[i] = 0;
      return !room;
    };
    const first = Math.min(INITIAL_CLUSTERS, n);
    let chosen: Representative[] = [];
    let k = 0;
    for (const cut of dendrogramCuts(tree)) {
      k++;
      if (k < first) continue;
      chosen = cut.map(representative);
      if (k === n || exhausted(chosen.map((r) => r.index).filter((i) => isPicked[i] === 0))) break;
    }
    pickAll(session, chosen);
  },
};
