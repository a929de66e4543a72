import type { JoinComposer, Sentence, Vector } from '@vecsum/embeddings';
import { dot, standardize } from '@vecsum/embeddings/math';
import { positionsInDocument } from '../select/position-prior.js';
import { contentWordIds, lexicalCentrality, wordFrequency } from './lexical.js';
import { FEATURES, type Feature } from './feature-names.js';
import { restCosines } from './rest.js';

export { FEATURES, FEATURE_TEXT, type Feature } from './feature-names.js';

/** One column per feature, indexed by sentence (non-candidates hold 0). */
export type FeatureColumns = Readonly<Record<Feature, Float64Array>>;

export interface FeatureInput {
  readonly sentences: readonly Sentence[];
  readonly vectors: readonly Vector[];
  /** Unit target vector (the document, query-biased when a query is given). */
  readonly target: Vector;
  readonly eligible: readonly boolean[];
  /**
   * The parts the document vector is composed from, for `rest`; absent (or with a query-biased
   * target) `rest` is the plain cosine to the target.
   */
  readonly join?: JoinComposer;
}

/**
 * The feature columns of every candidate. Linear in the input: the word-overlap centrality
 * compares each candidate with at most LEXICAL_SAMPLE others.
 *
 * - cosine: cos(sentence, target), the paper's importance;
 * - rest: cos(sentence, the document without it) (score/rest.ts);
 * - position: 1 / sqrt(1 + p), p the sentence's place in its own document (headings skipped);
 * - wordOverlap: TextRank's word-overlap centrality (score/lexical.ts);
 * - frequency: mean in-text frequency of its content words (SumBasic's signal);
 * - length: log of its word count.
 */
export function featureColumns(input: FeatureInput, needed: ReadonlySet<Feature> = new Set(FEATURES)): FeatureColumns {
  const { sentences, vectors, target, eligible } = input;
  const n = sentences.length;
  const candidates: number[] = [];
  for (let i = 0; i < n; i++) if (eligible[i] === true) candidates.push(i);
  // the lexical features cost most: they are computed only when the plan weighs them
  const lexical = needed.has('wordOverlap') || needed.has('frequency');
  const words = lexical ? contentWordIds(sentences.map((s) => (eligible[s.index] === true ? s.text : null))) : [];
  const positions = positionsInDocument(sentences);
  const cosine = new Float64Array(n);
  const position = new Float64Array(n);
  const length = new Float64Array(n);
  for (const i of candidates) {
    cosine[i] = dot(vectors[i]!, target);
    position[i] = 1 / Math.sqrt(1 + positions[i]!);
    length[i] = Math.log(Math.max(1, sentences[i]!.words));
  }
  const overlap = needed.has('wordOverlap') ? lexicalCentrality(words, candidates) : new Float64Array(n);
  const rest = !needed.has('rest') ? new Float64Array(n) : input.join === undefined ? Float64Array.from(cosine) : restCosines(vectors, input.join, candidates);
  const frequency = needed.has('frequency') ? wordFrequency(words).mean : new Float64Array(n);
  return {
    cosine: standardize(cosine, candidates),
    rest: standardize(rest, candidates),
    position,
    wordOverlap: standardize(overlap, candidates),
    frequency: standardize(frequency, candidates),
    length: standardize(length, candidates),
  };
}
