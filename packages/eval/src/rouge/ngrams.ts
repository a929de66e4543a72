/** Multiset of n-grams: n-gram (tokens joined by one space) to count. */
export interface NgramCounts {
  readonly counts: ReadonlyMap<string, number>;
  /** Number of n-grams in the text, `max(0, tokens - n + 1)` (ROUGE's `_cn_`). */
  readonly total: number;
}

/**
 * Counts the n-grams of a token sequence, as ROUGE-1.5.5's `createNGram` does (n-grams run
 * across sentence boundaries because ROUGE joins the sentences of a summary first).
 *
 * @param tokens ROUGE tokens (they never contain spaces)
 * @param n n-gram order, a positive integer
 */
export function countNgrams(tokens: readonly string[], n: number): NgramCounts {
  const counts = new Map<string, number>();
  const total = Math.max(0, tokens.length - n + 1);
  for (let i = 0; i < total; i++) {
    const gram = n === 1 ? (tokens[i] ?? '') : tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return { counts, total };
}

/**
 * Clipped n-gram matches between a reference (ROUGE's "model") and a peer: each reference
 * n-gram counts at most as often as it occurs in the peer, and vice versa
 * (`sum over grams of min(reference count, peer count)`).
 */
export function clippedMatches(reference: NgramCounts, peer: NgramCounts): number {
  const [small, large] = reference.counts.size <= peer.counts.size ? [reference.counts, peer.counts] : [peer.counts, reference.counts];
  let hits = 0;
  for (const [gram, count] of small) {
    const other = large.get(gram);
    if (other !== undefined) hits += Math.min(count, other);
  }
  return hits;
}
