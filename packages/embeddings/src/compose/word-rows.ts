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

/** Row of a token, -1 when unknown, or the rows of an out-of-vocabulary compound's parts. */
export type TokenRows = number | Int32Array;

/** Cached lookups are dropped (and made again) past this many distinct tokens. */
const CACHE_LIMIT = 1 << 17;

/**
 * `wordRows` for one token at a time, memoised: a token's rows are looked up (hashed and
 * compared with the pack's bytes) once, then read from a Map. Same rows, same order.
 */
export function createTokenRows(vectors: WordVectors): (token: string) => TokenRows {
  const cache = new Map<string, TokenRows>();
  return (token) => {
    let rows = cache.get(token);
    if (rows === undefined) {
      const found = wordRows([token], vectors);
      rows = found.length === 1 ? found[0]! : found.length === 0 ? -1 : Int32Array.from(found);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(token, rows);
    }
    return rows;
  };
}
