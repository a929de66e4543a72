import type { WordVectors } from '@vecsum/embeddings';

/** Words considered by default: the alphabetic words among this many most frequent. */
export const DEFAULT_VOCABULARY = 30_000;
/** A dictionary word: alphabetic, lower case, 3+ letters. */
export const ALPHABETIC = /^[a-z]{3,}$/;

/** Rows of the alphabetic words among the `vocabulary` most frequent, most frequent first. */
export function alphabeticRows(vectors: WordVectors, vocabulary: number): number[] {
  const rows: number[] = [];
  for (let r = 0; r < Math.min(vocabulary, vectors.size); r++) if (ALPHABETIC.test(vectors.word(r))) rows.push(r);
  return rows;
}
