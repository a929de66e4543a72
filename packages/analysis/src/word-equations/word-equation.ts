import { cosine, dot, normalize } from '@vecsum/embeddings/math';
import { lasso } from '../lasso/fista.js';
import type { WordDictionary } from './dictionary.js';

export interface Atom {
  readonly word: string;
  readonly weight: number;
}

/** A vector written as a sparse signed sum of basis words plus syntactic atoms. */
export interface WordEquation {
  /** Largest |weight| first. */
  readonly atoms: readonly Atom[];
  readonly syntactic: readonly { readonly name: string; readonly weight: number }[];
  /** cos(reconstruction, vector). */
  readonly reconstructionCosine: number;
  /** Non-zero semantic atoms. */
  readonly l0: number;
}

export interface WordEquationOptions {
  /** L1 weight (default 0.1: about 20 atoms, reconstruction cosine about 0.9 on GloVe words). */
  alpha?: number;
  /** Atoms listed (default 10; l0 counts all). */
  top?: number;
  /** A basis word excluded (when encoding that word's own vector). */
  excludeWord?: string;
}

/**
 * The word equation of a vector (paper 2): syntactic coefficients by projection on the
 * orthonormal syntactic atoms, then a FISTA lasso of the remainder over the basis words.
 * Weights are rescaled so the reconstruction has unit length, as the paper's code does.
 */
export function wordEquation(vector: ArrayLike<number>, dict: WordDictionary, options: WordEquationOptions = {}): WordEquation {
  const x = normalize(vector);
  const syn = dict.syntactic.map((s) => ({ name: s.name, weight: dot(x, s.vector) }));
  const rest = Float32Array.from(x);
  dict.syntactic.forEach((s, i) => {
    const w = (syn[i] as { weight: number }).weight;
    for (let j = 0; j < rest.length; j++) rest[j] = (rest[j] as number) - w * (s.vector[j] as number);
  });
  const exclude = options.excludeWord === undefined ? undefined : new Set([dict.words.indexOf(options.excludeWord)].filter((i) => i >= 0));
  const w = lasso(rest, dict, { alpha: options.alpha ?? 0.1, ...(exclude === undefined ? {} : { exclude }) });
  const recon = new Float32Array(dict.dimensions);
  dict.syntactic.forEach((s, i) => {
    const c = (syn[i] as { weight: number }).weight;
    for (let j = 0; j < recon.length; j++) recon[j] = (recon[j] as number) + c * (s.vector[j] as number);
  });
  for (let a = 0; a < dict.atoms; a++) {
    const c = w[a] as number;
    if (c === 0) continue;
    for (let j = 0; j < recon.length; j++) recon[j] = (recon[j] as number) + c * (dict.matrix[a * dict.dimensions + j] as number);
  }
  const n = Math.hypot(...recon) || 1;
  const atoms: Atom[] = [];
  for (let a = 0; a < dict.atoms; a++) if (w[a] !== 0) atoms.push({ word: dict.words[a] as string, weight: (w[a] as number) / n });
  atoms.sort((p, q) => Math.abs(q.weight) - Math.abs(p.weight));
  return {
    atoms: atoms.slice(0, options.top ?? 10),
    syntactic: syn.map((s) => ({ name: s.name, weight: s.weight / n })),
    reconstructionCosine: cosine(recon, x),
    l0: atoms.length,
  };
}
