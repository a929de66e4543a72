import type { WordVectors } from '@vecsum/embeddings';

/** Words loading most on a dimension, positive end then negative end. */
export interface DimensionWords {
  readonly positive: readonly string[];
  readonly negative: readonly string[];
}

export interface DimensionShare {
  readonly dimension: number;
  readonly value: number;
  /** Words loading most on this dimension (only when word vectors were given to label it). */
  readonly words?: DimensionWords;
}

const ALPHA = /^[a-z]{3,}$/;
const labelCache = new WeakMap<WordVectors, Map<number, DimensionWords>>();

/** The words whose unit vectors load most (either sign) on a raw dimension (paper 1's method). */
export function dimensionWords(vectors: WordVectors, dimension: number, top = 5, pool = 20_000): DimensionWords {
  let cache = labelCache.get(vectors);
  if (cache === undefined) {
    cache = new Map();
    labelCache.set(vectors, cache);
  }
  const hit = cache.get(dimension);
  if (hit !== undefined) return hit;
  const scored: [string, number][] = [];
  for (let r = 100; r < Math.min(pool, vectors.size); r++) {
    const w = vectors.word(r);
    if (ALPHA.test(w)) scored.push([w, vectors.matrix[r * vectors.dimensions + dimension] as number]);
  }
  scored.sort((a, b) => b[1] - a[1]);
  const words = { positive: scored.slice(0, top).map(([w]) => w), negative: scored.slice(-top).reverse().map(([w]) => w) };
  cache.set(dimension, words);
  return words;
}

/**
 * Top dimensions (by |value|) of the element-wise product a_i * b_i: for unit vectors, the terms
 * that add up to cos(a, b). `vectors` labels each dimension with its words.
 */
export function topContributions(a: ArrayLike<number>, b: ArrayLike<number>, top: number, vectors?: WordVectors): DimensionShare[] {
  return rank(Array.from({ length: a.length }, (_, i) => (a[i] as number) * (b[i] as number)), top, vectors);
}

/** Top dimensions of a vector by |value|. */
export function topDimensions(v: ArrayLike<number>, top: number, vectors?: WordVectors): DimensionShare[] {
  return rank(Array.from(v as ArrayLike<number>), top, vectors);
}

function rank(values: number[], top: number, vectors?: WordVectors): DimensionShare[] {
  return values
    .map((value, dimension) => ({ dimension, value }))
    .sort((x, y) => Math.abs(y.value) - Math.abs(x.value))
    .slice(0, top)
    .map((d) => (vectors === undefined ? d : { ...d, words: dimensionWords(vectors, d.dimension) }));
}
