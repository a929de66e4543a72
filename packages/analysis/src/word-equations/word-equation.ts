import { addScaled, cosine, dot, norm, normalize } from '@vecsum/embeddings/math';
import { fista } from '../lasso/fista.js';
import type { WordDictionary } from './dictionary.js';

export interface Atom {
  readonly word: string;
  readonly weight: number;
  /** Whether the word occurs in the analysed text (set when `inText` is given). */
  readonly inText?: boolean;
}

/** A vector written as a sparse signed sum of basis words plus syntactic atoms. */
export interface WordEquation {
  /** Largest |weight| first (the top `top`; `l0` counts all). */
  readonly atoms: readonly Atom[];
  /** Coefficient of every syntactic atom (by projection). */
  readonly syntactic: readonly { readonly name: string; readonly weight: number }[];
  /** cos(reconstruction, vector). */
  readonly reconstructionCosine: number;
  /** Non-zero basis-word atoms. */
  readonly l0: number;
}

export interface WordEquationOptions {
  /**
   * L1 weight of min ½‖r − Bᵀw‖² + alpha‖w‖₁ on the unit input's non-syntactic part r
   * (default 0.1: about 20 atoms, reconstruction cosine about 0.9 for GloVe words).
   */
  alpha?: number;
  /** Atoms listed (default 10; l0 counts all). */
  top?: number;
  /** A basis word excluded (when encoding that word's own vector). */
  excludeWord?: string;
  /** The words of the analysed text: each atom then says whether it is one of them (`inText`). */
  inText?: ReadonlySet<string>;
  /** Warm start: the `weights` of a sparse code of a nearby vector. */
  initial?: ArrayLike<number>;
  maxIterations?: number;
  /** FISTA stops when no weight moves more than this in a step (default 1e-4; weights under 1e-3 are dropped anyway). */
  tolerance?: number;
}

/** The raw sparse code of a unit vector: syntactic coefficients and basis-word weights (not rescaled). */
export interface SparseCode {
  readonly syntactic: Float64Array;
  readonly weights: Float64Array;
  /** The reconstruction Σ syntactic + Σ weights·atoms. */
  readonly reconstruction: Float32Array;
  readonly iterations: number;
}

/**
 * Paper 2's encoding of a vector (normalised first): syntactic coefficients by projection on
 * the orthonormal syntactic atoms, then a FISTA lasso of the remainder over the basis words
 * (which have the syntactic part projected out).
 */
export function sparseCode(vector: ArrayLike<number>, dict: WordDictionary, options: WordEquationOptions = {}): SparseCode {
  const x = normalize(vector);
  const syntactic = Float64Array.from(dict.syntactic, (s) => dot(x, s.vector));
  const rest = Float32Array.from(x);
  dict.syntactic.forEach((s, i) => addScaled(rest, s.vector, -syntactic[i]!));
  const own = options.excludeWord === undefined ? -1 : dict.words.indexOf(options.excludeWord);
  const { weights, iterations } = fista(rest, dict, {
    alpha: options.alpha ?? 0.1,
    workingSet: 128,
    tolerance: options.tolerance ?? 1e-4,
    ...(own >= 0 ? { exclude: new Set([own]) } : {}),
    ...(options.initial === undefined ? {} : { initial: options.initial }),
    ...(options.maxIterations === undefined ? {} : { maxIterations: options.maxIterations }),
  });
  const reconstruction = new Float32Array(dict.dimensions);
  dict.syntactic.forEach((s, i) => addScaled(reconstruction, s.vector, syntactic[i]!));
  for (let a = 0; a < dict.atoms; a++) {
    const c = weights[a]!;
    if (c !== 0) addScaled(reconstruction, dict.matrix.subarray(a * dict.dimensions, (a + 1) * dict.dimensions), c);
  }
  return { syntactic, weights, reconstruction, iterations };
}

/**
 * The word equation of a vector (paper 2): `sparseCode`, then weights rescaled so the
 * reconstruction has unit length, as the paper's code does.
 */
export function wordEquation(vector: ArrayLike<number>, dict: WordDictionary, options: WordEquationOptions = {}): WordEquation {
  const code = sparseCode(vector, dict, options);
  const n = norm(code.reconstruction) || 1;
  const atoms: Atom[] = [];
  const text = options.inText;
  for (let a = 0; a < dict.atoms; a++) {
    const w = code.weights[a]!;
    const word = dict.words[a]!;
    if (w !== 0) atoms.push(text === undefined ? { word, weight: w / n } : { word, weight: w / n, inText: text.has(word) });
  }
  atoms.sort((p, q) => Math.abs(q.weight) - Math.abs(p.weight));
  return {
    atoms: atoms.slice(0, options.top ?? 10),
    syntactic: dict.syntactic.map((s, i) => ({ name: s.name, weight: code.syntactic[i]! / n })),
    reconstructionCosine: cosine(code.reconstruction, vector),
    l0: atoms.length,
  };
}
