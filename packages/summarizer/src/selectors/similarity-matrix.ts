import { dot } from '@vecsum/embeddings/math';
import { SummarizerError } from '../errors.js';
import type { SelectionContext, SelectorOptions } from '../select/types.js';

/** Default cap on candidates for the quadratic selectors (lexrank, cluster). */
export const DEFAULT_MAX_SENTENCES = 2000;

/**
 * Eligible indices and their pairwise cosines (unit vectors: a dot product), for the
 * quadratic selectors. Refuses more than `maxSentences` candidates with INPUT_TOO_LARGE:
 * 2,000 sentences need 4M cosines and a 32 MB matrix; beyond that use near, greedy or mmr.
 */
export function candidateSimilarities(ctx: SelectionContext, options: SelectorOptions, selector: string): { nodes: number[]; sim: Float64Array } {
  const nodes: number[] = [];
  ctx.eligible.forEach((e, i) => {
    if (e) nodes.push(i);
  });
  const cap = options.maxSentences ?? DEFAULT_MAX_SENTENCES;
  if (nodes.length > cap) {
    throw new SummarizerError(
      'INPUT_TOO_LARGE',
      `${selector} compares every pair of sentences and is capped at ${cap} candidate sentences; this input has ${nodes.length} (use near, greedy or mmr)`,
    );
  }
  const n = nodes.length;
  const sim = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    sim[a * n + a] = 1;
    for (let b = a + 1; b < n; b++) {
      const c = dot(ctx.vectors[nodes[a]!]!, ctx.vectors[nodes[b]!]!);
      sim[a * n + b] = c;
      sim[b * n + a] = c;
    }
  }
  return { nodes, sim };
}
