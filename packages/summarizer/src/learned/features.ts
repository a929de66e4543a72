import { ENGLISH_STOPWORDS, tokenize, type Sentence, type Vector } from '@vecsum/embeddings';
import { dot } from '@vecsum/embeddings/math';
import { positionsInDocument } from '../select/position-prior.js';

/**
 * Feature names of the learned sentence model, in column order. Each is something a reader
 * can check by hand: where the sentence stands, how long it is, how close it is to the
 * document, how central it is among the other sentences, how many of the document's frequent
 * words it uses (and how that ranks among the candidates), and three descriptors of the document itself (so a tree model can learn that
 * position matters in a news article and not in a pile of reviews).
 */
export const FEATURE_NAMES = [
  'cosine', // cos(sentence, document) under the embedder's vector function
  'cosineRank', // rank of that cosine among the candidates, 0 (best) to 1
  'positionPrior', // 1 / sqrt(1 + p), p the position within its own document
  'firstSentence', // p = 0
  'secondSentence', // p = 1
  'thirdSentence', // p = 2
  'relativePosition', // p / (sentences in the document - 1)
  'logWords', // log(words)
  'forwardCentrality', // PacSum: similarity to the sentences after it (same document)
  'backwardCentrality', // PacSum: similarity to the sentences before it (same document)
  'degreeCentrality', // mean similarity to every other sentence
  'wordFrequency', // mean in-document frequency of its content words, relative to the most frequent
  'wordFrequencyRank', // rank of that frequency among the candidates, 0 (best) to 1
  'logSentences', // log(sentences in the input)
  'documents', // number of input documents, log
  'logMeanWords', // log(mean words per sentence in the input)
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** What the features are computed from: the selection context's sentences and unit vectors. */
export interface FeatureInput {
  readonly sentences: readonly Pick<Sentence, 'index' | 'docIndex' | 'words' | 'text'>[];
  /** Unit sentence vectors (all-zero for sentences without a vector). */
  readonly vectors: readonly Vector[];
  /** Unit target (document) vector. */
  readonly target: Vector;
  /** Candidates; ranks and centralities are computed among them. */
  readonly eligible: readonly boolean[];
}

/** PacSum's threshold: similarities below min + BETA (max - min) of the document count as 0. */
const PACSUM_BETA = 0.6;

/**
 * One feature row per sentence (rows of ineligible sentences are computed too, so indices line
 * up with the input). O(n^2) in the number of sentences for the centralities; callers cap n.
 */
export function sentenceFeatures(input: FeatureInput): number[][] {
  const { sentences, vectors, target, eligible } = input;
  const n = sentences.length;
  const positions = positionsInDocument(sentences as readonly Sentence[]);
  const docSize = new Map<number, number>();
  for (const s of sentences) docSize.set(s.docIndex, (docSize.get(s.docIndex) ?? 0) + 1);
  const cosines = vectors.map((v) => dot(v, target));
  const candidates = [...Array(n).keys()].filter((i) => eligible[i] === true);
  const rank = rankAmong(candidates, cosines, n);
  const { forward, backward, degree } = centralities(sentences, vectors, candidates);
  const frequency = wordFrequency(sentences);
  const frequencyRank = rankAmong(candidates, frequency, n);
  const meanWords = sentences.reduce((s, x) => s + x.words, 0) / Math.max(1, n);
  const documents = docSize.size;
  return sentences.map((s, i) => {
    const p = positions[i] as number;
    const size = docSize.get(s.docIndex) as number;
    return [
      cosines[i] as number,
      rank[i] as number,
      1 / Math.sqrt(1 + p),
      p === 0 ? 1 : 0,
      p === 1 ? 1 : 0,
      p === 2 ? 1 : 0,
      size > 1 ? p / (size - 1) : 0,
      Math.log(Math.max(1, s.words)),
      forward[i] as number,
      backward[i] as number,
      degree[i] as number,
      frequency[i] as number,
      frequencyRank[i] as number,
      Math.log(Math.max(1, n)),
      Math.log(documents),
      Math.log(Math.max(1, meanWords)),
    ];
  });
}

/** Each candidate's rank by `values` (largest first, ties by index) scaled to 0 (best) - 1; 1 for the rest. */
function rankAmong(candidates: readonly number[], values: readonly number[], n: number): number[] {
  const rank = new Array<number>(n).fill(1);
  [...candidates].sort((a, b) => (values[b] as number) - (values[a] as number) || a - b).forEach((i, r) => {
    rank[i] = candidates.length > 1 ? r / (candidates.length - 1) : 0;
  });
  return rank;
}

/** Above this many candidates, centralities are measured against an evenly spaced sample of them. */
export const CENTRALITY_SAMPLE = 600;

/**
 * Directed centrality as in PacSum (Zheng & Lapata 2019): within each document, the summed
 * thresholded similarity of a sentence to the sentences after it (forward) and before it
 * (backward), each divided by the number of candidates; and the mean similarity to every other
 * candidate (degree). With more than CENTRALITY_SAMPLE candidates the sums run over an evenly
 * spaced sample (scaled up) and the threshold comes from the sample's own pairs, which keeps
 * long inputs near-linear. (Every dev record has fewer candidates: training saw exact values.)
 */
function centralities(
  sentences: FeatureInput['sentences'],
  vectors: readonly Vector[],
  candidates: readonly number[],
): { forward: number[]; backward: number[]; degree: number[] } {
  const n = sentences.length;
  const forward = new Array<number>(n).fill(0);
  const backward = new Array<number>(n).fill(0);
  const degree = new Array<number>(n).fill(0);
  const m = candidates.length;
  if (m < 2) return { forward, backward, degree };
  const stride = Math.ceil(m / CENTRALITY_SAMPLE);
  const ref = candidates.filter((_, k) => k % stride === 0);
  // Up to CENTRALITY_SAMPLE candidates every pair is computed once (the matrix is symmetric,
  // at most 2.9 MB); above, the sums run over the sample and the threshold comes from the
  // sample's own pairs, so long inputs stay near-linear and need no matrix.
  const r = ref.length;
  const exact = stride === 1;
  const matrix = exact ? new Float64Array(m * m) : null;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let a = 0; a < r; a++) {
    const va = vectors[ref[a] as number] as Vector;
    for (let b = a + 1; b < r; b++) {
      const s = dot(va, vectors[ref[b] as number] as Vector);
      if (matrix !== null) matrix[a * m + b] = matrix[b * m + a] = s;
      if (s < lo) lo = s;
      if (s > hi) hi = s;
    }
  }
  const threshold = lo + PACSUM_BETA * (hi - lo);
  const norm = (m - 1) / stride;
  candidates.forEach((i, a) => {
    const doc = (sentences[i] as { docIndex: number }).docIndex;
    const vi = vectors[i] as Vector;
    let f = 0;
    let bw = 0;
    let d = 0;
    for (let b = 0; b < r; b++) {
      const j = ref[b] as number;
      if (j === i) continue;
      const s = matrix !== null ? (matrix[a * m + b] as number) : dot(vi, vectors[j] as Vector);
      d += s;
      if ((sentences[j] as { docIndex: number }).docIndex !== doc) continue;
      const t = Math.max(0, s - threshold);
      if (j > i) f += t;
      else bw += t;
    }
    forward[i] = f / norm;
    backward[i] = bw / norm;
    degree[i] = d / norm;
  });
  return { forward, backward, degree };
}

/** Mean in-input frequency of a sentence's content words, divided by the top frequency. */
function wordFrequency(sentences: FeatureInput['sentences']): number[] {
  const tokens = sentences.map((s) => tokenize(s.text).filter((t) => !ENGLISH_STOPWORDS.has(t) && /[a-z]/.test(t)));
  const tf = new Map<string, number>();
  for (const ts of tokens) for (const t of ts) tf.set(t, (tf.get(t) ?? 0) + 1);
  let top = 1;
  for (const c of tf.values()) if (c > top) top = c;
  return tokens.map((ts) => (ts.length === 0 ? 0 : ts.reduce((s, t) => s + (tf.get(t) as number), 0) / ts.length / top));
}
