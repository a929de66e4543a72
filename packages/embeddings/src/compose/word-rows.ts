import type { WordVectors } from '../word-vectors/types.js';
import { splitCompound } from '../segment/tokenize.js';

/** Clitics that carry a word of their own once expanded (GloVe has "not", not "n't"). */
const CLITIC_WORDS: ReadonlyMap<string, string> = new Map([["n't", 'not']]);

/**
 * Rows of the vector table for a token list. Out-of-vocabulary hyphenated compounds fall back
 * to their parts ("cross-border" -> "cross", "border"); other unknown tokens are skipped.
 */
export function wordRows(tokens: readonly string[], vectors: WordVectors): number[] {
  const rows: number[] = [];
  for (const token of tokens) {
    const t = CLITIC_WORDS.get(token) ?? token;
    const r = vectors.indexOf(t);
    if (r >= 0) {
      rows.push(r);
      continue;
    }
    if (t.includes('-')) {
      for (const part of splitCompound(t)) {
        const pr = vectors.indexOf(part);
        if (pr >= 0) rows.push(pr);
      }
    }
  }
  return rows;
}
