import type { WordVectors } from '@vecsum/embeddings';
import { dot } from '@vecsum/embeddings/math';
import { AnalysisError } from '../errors.js';
import { MaxHeap } from './max-heap.js';
import { projectOut, type SyntacticAtom } from './syntactic-atoms.js';
import { alphabeticRows, DEFAULT_VOCABULARY } from './vocabulary.js';
import type { WordTag } from './word-tags.js';

export const DEFAULT_DICTIONARY_SIZE = 2000;

export interface BasisOptions {
  /** Basis words chosen (default 2,000). */
  size?: number;
  /** Candidates come from the alphabetic words among this many most frequent (default 30,000). */
  vocabulary?: number;
  /** Vocabulary sample whose coverage the greedy rule maximises (default 2,000, spread over the frequency ranks). */
  sample?: number;
}

/**
 * Basis-word candidates (paper 2, section 2.3, as far as Node allows): alphabetic lower-case
 * words of 3+ letters among the `vocabulary` most frequent; with tags, only nouns, verbs and
 * adjectives (compromise: no proper nouns, pronouns, determiners, prepositions, auxiliaries,
 * numbers or adverbs), and one word per lemma (the most frequent form). There is no
 * "standard English dictionary" check: compromise guesses unknown words as nouns, so
 * frequent non-words and unlisted names can remain.
 */
export function basisCandidates(vectors: WordVectors, tags: ReadonlyMap<number, WordTag> | undefined, vocabulary = DEFAULT_VOCABULARY): number[] {
  const out: number[] = [];
  const lemmas = new Set<string>();
  for (const r of alphabeticRows(vectors, vocabulary)) {
    if (tags !== undefined) {
      const t = tags.get(r);
      if (t === undefined || (t.pos !== 'NOUN' && t.pos !== 'VERB' && t.pos !== 'ADJ')) continue;
      if (lemmas.has(t.root)) continue;
      lemmas.add(t.root);
    }
    out.push(r);
  }
  return out;
}

/**
 * Chooses basis words by paper 2's greedy coverage rule (its code, section 2.3): each
 * vocabulary-sample word v has weight[v] = min over chosen atoms b of (1 - |cos(v, b)|),
 * starting from the syntactic atoms; pick the candidate with the highest mean
 * weight[v]·|cos(c, v)|, then lower the weights. All vectors have the syntactic part projected
 * out. Lazy evaluation (scores only fall) rescores only the candidate on top of the heap.
 */
export function chooseBasisWords(
  vectors: WordVectors,
  syntactic: readonly SyntacticAtom[],
  candidates: readonly number[],
  options: BasisOptions = {},
): number[] {
  const size = options.size ?? DEFAULT_DICTIONARY_SIZE;
  const pool = alphabeticRows(vectors, options.vocabulary ?? DEFAULT_VOCABULARY);
  const sampleSize = Math.min(options.sample ?? 2000, pool.length);
  const sample = Array.from({ length: sampleSize }, (_, i) => pool[Math.floor((i * pool.length) / sampleSize)]!);
  if (candidates.length === 0 || sample.length === 0) throw new AnalysisError('EMPTY_INPUT', 'no candidate basis words');
  const m = sample.length;
  const d = vectors.dimensions;
  const sampleVecs = new Float32Array(m * d);
  sample.forEach((r, v) => sampleVecs.set(projectOut(vectors.row(r), syntactic), v * d));
  // weights start from the coverage the syntactic atoms already give
  const weight = new Float64Array(m).fill(1);
  for (const s of syntactic) for (let v = 0; v < m; v++) weight[v] = Math.min(weight[v]!, 1 - Math.abs(dot(s.vector, vectors.row(sample[v]!))));
  // |cos| of every candidate with every sample word, computed once
  const table = new Float32Array(candidates.length * m);
  candidates.forEach((r, c) => {
    const cv = Float64Array.from(projectOut(vectors.row(r), syntactic));
    for (let v = 0; v < m; v++) {
      let s = 0;
      const base = v * d;
      for (let j = 0; j < d; j++) s += cv[j]! * sampleVecs[base + j]!;
      table[c * m + v] = Math.abs(s);
    }
  });
  const score = (c: number) => {
    let s = 0;
    const base = c * m;
    for (let v = 0; v < m; v++) s += weight[v]! * table[base + v]!;
    return s / m;
  };
  const heap = new MaxHeap();
  candidates.forEach((_, c) => heap.push(score(c), c));
  const chosen: number[] = [];
  while (chosen.length < Math.min(size, candidates.length)) {
    const top = heap.pop();
    if (top === undefined) break;
    const fresh = score(top.index);
    if (fresh >= heap.peek() - 1e-12) {
      chosen.push(candidates[top.index]!);
      const base = top.index * m;
      for (let v = 0; v < m; v++) weight[v] = Math.min(weight[v]!, 1 - table[base + v]!);
    } else heap.push(fresh, top.index);
  }
  return chosen;
}
