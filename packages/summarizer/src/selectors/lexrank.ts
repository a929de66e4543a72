import { SummarizerError } from '../errors.js';
import { pickInScoreOrder } from '../select/rank.js';
import type { Selector } from '../select/types.js';
import { candidateSimilarities } from './similarity-matrix.js';

/** Probability of following an edge (Erkan & Radev's d = 0.85; the rest teleports uniformly). */
export const LEXRANK_DAMPING = 0.85;
/** Power iteration stops when the L1 change of the centrality vector falls below this. */
export const LEXRANK_TOLERANCE = 1e-6;
/** ...or after this many steps (with damping 0.85 about 90 steps reach 1e-6). */
export const LEXRANK_MAX_ITERATIONS = 200;
/** Continuous edge weight: max(cos - threshold, 0) (the authors' code). */
export const CONTINUOUS_THRESHOLD = 0.2;
/** Discrete edge: 1 when cos > threshold, else 0 (the authors' code). */
export const DISCRETE_THRESHOLD = 0.25;

/**
 * LexRank centrality of `n` nodes from their pairwise cosines (`sim`, row-major n x n; the
 * buffer is overwritten with the transition matrix). Returns the stationary distribution of
 * the damped random walk: p' = (1 - d)/n + d * p W, W row-normalised, zero rows uniform.
 */
export function lexrankCentrality(n: number, sim: Float64Array, variant: 'continuous' | 'discrete'): Float64Array {
  const w = sim;
  for (let a = 0; a < n; a++) {
    let rowSum = 0;
    for (let b = 0; b < n; b++) {
      const c = w[a * n + b]!;
      const weight = a === b ? 0 : variant === 'discrete' ? (c > DISCRETE_THRESHOLD ? 1 : 0) : Math.max(c - CONTINUOUS_THRESHOLD, 0);
      w[a * n + b] = weight;
      rowSum += weight;
    }
    // A sentence similar to no other (a dangling node) jumps anywhere with equal probability.
    for (let b = 0; b < n; b++) w[a * n + b] = rowSum > 0 ? w[a * n + b]! / rowSum : 1 / n;
  }
  let p = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let it = 0; it < LEXRANK_MAX_ITERATIONS; it++) {
    next.fill((1 - LEXRANK_DAMPING) / n);
    for (let a = 0; a < n; a++) {
      const pa = LEXRANK_DAMPING * p[a]!;
      if (pa === 0) continue;
      const row = a * n;
      for (let b = 0; b < n; b++) next[b] = next[b]! + pa * w[row + b]!;
    }
    let change = 0;
    for (let k = 0; k < n; k++) change += Math.abs(next[k]! - p[k]!);
    [p, next] = [next, p];
    if (change < LEXRANK_TOLERANCE) break;
  }
  return p;
}

/**
 * LexRank (Erkan & Radev 2004) over sentence vectors (`selector_lexrank_continuous` and
 * `selector_lexrank_discrete`, adapted by the authors from sumy). The eligible sentences are
 * the nodes; edge weights are max(cos - 0.2, 0) (`continuous`, the default) or 1 when
 * cos > 0.25 (`discrete`), with no self-loops; rows are normalised, and the centrality is the
 * stationary distribution found by power iteration from the uniform vector. Sentences are
 * then picked in descending centrality (ties by position), each one that fits.
 *
 * Deviations from the authors' code, on purpose:
 * - Damping 0.85 with uniform teleportation, as in Erkan & Radev's paper. The authors'
 *   undamped walk need not converge (a disconnected or periodic similarity graph has no
 *   unique stationary distribution, and a sentence similar to no other gives a zero row).
 *   Zero rows jump uniformly.
 * - Stopping tolerance 1e-6 on the L1 change, or 200 iterations. The authors stopped when the
 *   L2 change was at most 0.1, a tolerance so loose that the iteration ends after a step or
 *   two, close to plain degree centrality.
 *
 * Cost: O(n^2 d) for the cosines plus O(n^2) per iteration, over n candidates. Inputs with
 * more than `options.maxSentences` (default 2000) candidates are refused with
 * INPUT_TOO_LARGE naming the cap (2000 sentences of 100 dimensions take about half a second).
 */
export const lexrank: Selector = {
  name: 'lexrank',
  select(ctx, session, options) {
    const variant = options.lexrankVariant ?? 'continuous';
    if (variant !== 'continuous' && variant !== 'discrete') {
      throw new SummarizerError('INVALID_OPTION', `lexrankVariant must be continuous or discrete, got ${JSON.stringify(variant)}`);
    }
    const { nodes, sim } = candidateSimilarities(ctx, options, 'lexrank');
    const n = nodes.length;
    if (n === 0) return;
    const p = lexrankCentrality(n, sim, variant);
    const scores = new Array<number>(ctx.vectors.length).fill(Number.NEGATIVE_INFINITY);
    nodes.forEach((i, k) => {
      scores[i] = p[k]!;
    });
    pickInScoreOrder(ctx, session, scores, 'centrality');
  },
};
