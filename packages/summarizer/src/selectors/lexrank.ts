import { pickInScoreOrder } from '../select/rank.js';
import type { Selector } from '../select/types.js';
import { candidateSimilarities } from './similarity-matrix.js';

const DAMPING = 0.85;
const TOLERANCE = 1e-8;
const MAX_ITERATIONS = 500;

/**
 * LexRank (Erkan & Radev 2004) over sentence vectors. Continuous (default): edge weight
 * max(cos - 0.2, 0); discrete: 1 when cos > 0.25 (the thresholds of the authors' code).
 * Rows are normalised and centrality found by power iteration with damping 0.85 and uniform
 * teleportation. Deviations from the authors' code, on purpose: damping (their undamped walk
 * need not converge on disconnected graphs) and a 1e-8 stopping tolerance (theirs, 0.1, stops
 * after a step or two). Quadratic: capped at `maxSentences` candidates (INPUT_TOO_LARGE).
 */
export const lexrank: Selector = {
  name: 'lexrank',
  select(ctx, session, options) {
    const { nodes, sim } = candidateSimilarities(ctx, options, 'lexrank');
    const n = nodes.length;
    if (n === 0) return;
    const discrete = options.lexrankVariant === 'discrete';
    const w = new Float64Array(n * n);
    for (let a = 0; a < n; a++) {
      let rowSum = 0;
      for (let b = 0; b < n; b++) {
        if (a === b) continue;
        const c = sim[a * n + b] as number;
        const weight = discrete ? (c > 0.25 ? 1 : 0) : Math.max(c - 0.2, 0);
        w[a * n + b] = weight;
        rowSum += weight;
      }
      for (let b = 0; b < n; b++) w[a * n + b] = rowSum > 0 ? (w[a * n + b] as number) / rowSum : 1 / n; // dangling row: uniform
    }
    let p = new Float64Array(n).fill(1 / n);
    for (let it = 0; it < MAX_ITERATIONS; it++) {
      const next = new Float64Array(n).fill((1 - DAMPING) / n);
      for (let a = 0; a < n; a++) {
        const pa = DAMPING * (p[a] as number);
        if (pa === 0) continue;
        for (let b = 0; b < n; b++) next[b] = (next[b] as number) + pa * (w[a * n + b] as number);
      }
      let change = 0;
      for (let k = 0; k < n; k++) change += Math.abs((next[k] as number) - (p[k] as number));
      p = next;
      if (change < TOLERANCE) break;
    }
    const scores = new Array<number>(ctx.vectors.length).fill(Number.NEGATIVE_INFINITY);
    nodes.forEach((i, k) => {
      scores[i] = p[k] as number;
    });
    pickInScoreOrder(ctx, session, scores, 'centrality');
  },
};
