import type { WordVectors } from '@vecsum/embeddings';
import { norm } from '@vecsum/embeddings/math';
import { dimensionWords } from '../report/dimensions.js';
import type { WordDictionary } from '../word-equations/dictionary.js';
import { sparseCode } from '../word-equations/word-equation.js';
import type { FeatureColumns } from './lasso-fit.js';

/** The raw dimensions of the sentence - document vectors as columns, labelled with their words. */
export function dimensionColumns(differences: readonly Float32Array[], vectors: WordVectors): FeatureColumns {
  const columns = Array.from({ length: vectors.dimensions }, (_, j) => Float64Array.from(differences, (v) => v[j]!));
  return { columns, names: columns.map((_, j) => `dim ${j}`), label: (j) => dimensionWords(vectors, j) };
}

/** The word-equation codes of a set of vectors, each scaled back by the vector's norm so they add up to it. */
export interface DifferenceCodes {
  /** Samples coded. */
  readonly samples: number;
  /** Per syntactic atom of the dictionary, its weight in each sample. */
  readonly syntactic: readonly Float64Array[];
  /** Per basis atom used at all: sample -> weight. */
  readonly used: ReadonlyMap<number, ReadonlyMap<number, number>>;
}

/** Sparse-codes each sentence - document vector over the dictionary (the slow step: one word equation each). */
export function codeDifferences(
  differences: readonly Float32Array[],
  dict: WordDictionary,
  alpha: number,
  onProgress?: (phase: string, done: number, total: number) => void,
): DifferenceCodes {
  const n = differences.length;
  const syntactic = dict.syntactic.map(() => new Float64Array(n));
  const used = new Map<number, Map<number, number>>();
  differences.forEach((v, i) => {
    const scale = norm(v);
    if (scale === 0) return;
    const code = sparseCode(v, dict, { alpha });
    for (let s = 0; s < syntactic.length; s++) (syntactic[s] as Float64Array)[i] = code.syntactic[s]! * scale;
    code.weights.forEach((w, a) => {
      if (w === 0) return;
      let m = used.get(a);
      if (m === undefined) used.set(a, (m = new Map()));
      m.set(i, w * scale);
    });
    if (i % 50 === 0) onProgress?.('word equations', i + 1, n);
  });
  return { samples: n, syntactic, used };
}

/**
 * The atoms offered to the lasso as columns: the syntactic atoms whose weights are more than
 * float noise, then the basis words used by at least `minShare` of the samples (and at least 10).
 */
export function atomColumns(codes: DifferenceCodes, dict: WordDictionary, minShare: number): FeatureColumns {
  const n = codes.samples;
  const columns: Float64Array[] = [];
  const names: string[] = [];
  // a syntactic atom the vectors are built orthogonal to (C0 for arora) leaves float noise
  // (~1e-8) that standardising would blow up into a spurious feature: offered only when real
  const rms = (c: Float64Array) => Math.sqrt(c.reduce((a, x) => a + x * x, 0) / (c.length || 1));
  codes.syntactic.forEach((c, k) => {
    if (rms(c) < 1e-4) return;
    columns.push(c);
    names.push(dict.syntactic[k]!.name);
  });
  const offered = [...codes.used.entries()]
    .filter(([, m]) => m.size >= Math.max(10, minShare * n))
    .map(([a]) => a)
    .sort((a, b) => a - b);
  for (const a of offered) {
    const col = new Float64Array(n);
    for (const [i, w] of codes.used.get(a) ?? []) col[i] = w;
    columns.push(col);
    names.push(dict.words[a]!);
  }
  return { columns, names };
}
