import { ENGLISH_STOPWORDS, tokenize, wordRows, type WordVectors } from '@vecsum/embeddings';
import { dictionaryFromRows, type WordDictionary } from './dictionary.js';

/** Where the basis words of a word equation come from. */
export type BasisKind = 'text' | 'vocab';
export const BASIS_KINDS: readonly BasisKind[] = ['text', 'vocab'];

/** The words of a text as the embedder reads them. */
export interface TextWords {
  /** Every word of the text that has a vector (rows as the embedder reads them, stopwords included). */
  readonly all: ReadonlySet<string>;
  /** Content words: rows of the vector table, first occurrence order, each once. */
  readonly rows: readonly number[];
  /** How often each content word occurs, parallel to `rows`. */
  readonly counts: readonly number[];
}

/** Letters (apostrophes and hyphens inside), at least two: no numbers, symbols or clitics. */
const CONTENT = /^\p{L}[\p{L}'-]*\p{L}$/u;

/**
 * The words of `texts` after the embedder's own reading (`tokenize`, then `wordRows`: the
 * rows the word-vector embedder sums), and among them the content words: not in
 * `ENGLISH_STOPWORDS`, letters only, two or more of them.
 */
export function textWords(texts: readonly string[], vectors: WordVectors): TextWords {
  const all = new Set<string>();
  const count = new Map<number, number>();
  for (const text of texts) {
    for (const r of wordRows(tokenize(text), vectors)) {
      const w = vectors.word(r);
      all.add(w);
      if (CONTENT.test(w) && !ENGLISH_STOPWORDS.has(w)) count.set(r, (count.get(r) ?? 0) + 1);
    }
  }
  return { all, rows: [...count.keys()], counts: [...count.values()] };
}

/**
 * A word dictionary whose basis words are the text's content words (`textWords`), with the
 * syntactic atoms of `syntacticFrom` (a loaded global dictionary), so a word equation over it
 * uses only words of the text. Same atom construction as the global dictionary: unit rows
 * with the syntactic part projected out.
 */
export function textDictionary(words: TextWords, vectors: WordVectors, syntacticFrom: WordDictionary): WordDictionary {
  return dictionaryFromRows(vectors, words.rows, syntacticFrom.syntactic);
}
