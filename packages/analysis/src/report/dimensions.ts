import type { WordVectors } from '@vecsum/embeddings';

/** Words loading most on a dimension, positive end then negative end. */
export interface DimensionWords {
  readonly positive: readonly string[];
  readonly negative: readonly string[];
}

export interface DimensionShare {
  readonly dimension: number;
  readonly value: number;
  /** Words loading most on this dimension (only when word vectors or a labeller were given). */
  readonly words?: DimensionWords;
  /** The listed words that do not occur in the analysed text (present when labelled for a text). */
  readonly notInText?: readonly string[];
}

/** Labels a raw dimension with words. */
export type DimensionLabeller = (dimension: number) => { readonly words: DimensionWords; readonly notInText?: readonly string[] };

const ALPHA = /^[a-z]{3,}$/;
const labelCache = new WeakMap<WordVectors, Map<string, DimensionWords>>();

/** The `top` rows loading most on `dimension` at each end (unit rows: paper 1's method). */
export function wordsOnDimension(vectors: WordVectors, rows: readonly number[], dimension: number, top = 5): DimensionWords {
  const scored = rows.map((r) => [vectors.word(r), vectors.row(r)[dimension]!] as const).sort((a, b) => b[1] - a[1]);
  const n = Math.min(top, Math.floor(scored.length / 2));
  return {
    positive: scored.slice(0, n).map(([w]) => w),
    negative: scored
      .slice(scored.length - n)
      .reverse()
      .map(([w]) => w),
  };
}

/** The words among the `pool` most frequent (the 100 most frequent left out) loading most on a raw dimension. */
export function dimensionWords(vectors: WordVectors, dimension: number, top = 5, pool = 20_000): DimensionWords {
  let cache = labelCache.get(vectors);
  if (cache === undefined) {
    cache = new Map();
    labelCache.set(vectors, cache);
  }
  const key = `${dimension}/${top}/${pool}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const rows: number[] = [];
  for (let r = 100; r < Math.min(pool, vectors.size); r++) if (ALPHA.test(vectors.word(r))) rows.push(r);
  const words = wordsOnDimension(vectors, rows, dimension, top);
  cache.set(key, words);
  return words;
}

/**
 * Dimension labels for a text: with `rows` (the text's content words), the text's words that
 * load most on each dimension; without, the frequent vocabulary's (`dimensionWords`), with the
 * words that are not in `inText` listed in `notInText`.
 */
export function dimensionLabeller(vectors: WordVectors, inText: ReadonlySet<string>, rows?: readonly number[]): DimensionLabeller {
  return (dimension) => {
    const words = rows === undefined ? dimensionWords(vectors, dimension) : wordsOnDimension(vectors, rows, dimension);
    return { words, notInText: [...words.positive, ...words.negative].filter((w) => !inText.has(w)) };
  };
}

type Labels = WordVectors | DimensionLabeller | undefined;

/** Top dimensions of the element-wise product a_i * b_i (for unit vectors: what makes up cos(a, b)). */
export function topContributions(a: ArrayLike<number>, b: ArrayLike<number>, top: number, labels?: Labels): DimensionShare[] {
  return rank(
    Array.from({ length: a.length }, (_, i) => a[i]! * b[i]!),
    top,
    labels,
  );
}

/** Top dimensions of a vector by |value|. */
export function topDimensions(v: ArrayLike<number>, top: number, labels?: Labels): DimensionShare[] {
  return rank(Array.from(v as ArrayLike<number>), top, labels);
}

function rank(values: number[], top: number, labels: Labels): DimensionShare[] {
  const label: DimensionLabeller | undefined =
    labels === undefined ? undefined : typeof labels === 'function' ? labels : (d) => ({ words: dimensionWords(labels, d) });
  return values
    .map((value, dimension) => ({ dimension, value }))
    .sort((x, y) => Math.abs(y.value) - Math.abs(x.value))
    .slice(0, top)
    .map((d) => (label === undefined ? d : { ...d, ...label(d.dimension) }));
}
