import { EmbeddingError } from '../errors.js';
import { norm } from '../math/vector.js';
import type { WordVectors } from './types.js';

export interface WordVectorsInit {
  readonly name: string;
  /** Words in frequency order (most frequent first). Duplicates keep their first row. */
  readonly words: readonly string[];
  /** size x dimensions row-major values, not necessarily unit length. */
  readonly values: Float32Array;
  readonly dimensions: number;
  /** Original norms when `values` are already unit rows (as stored in a pack). */
  readonly norms?: Float32Array;
}

/**
 * Builds a `WordVectors` from words and row values: rows are normalised to unit length
 * (zero rows stay zero), and the original norms are kept.
 */
export function createWordVectors(init: WordVectorsInit): WordVectors {
  const { words, values, dimensions, name } = init;
  if (!Number.isInteger(dimensions) || dimensions <= 0) {
    throw new EmbeddingError('INVALID_ARGUMENT', `dimensions must be a positive integer, got ${dimensions}`);
  }
  if (values.length !== words.length * dimensions) {
    throw new EmbeddingError('DIMENSION_MISMATCH', `expected ${words.length} x ${dimensions} = ${words.length * dimensions} values, got ${values.length}`);
  }
  const size = words.length;
  let matrix = values;
  let norms = init.norms;
  if (norms === undefined) {
    matrix = new Float32Array(values.length);
    norms = new Float32Array(size);
    for (let r = 0; r < size; r++) {
      const row = values.subarray(r * dimensions, (r + 1) * dimensions);
      const n = norm(row);
      norms[r] = n;
      if (n > 0) for (let j = 0; j < dimensions; j++) matrix[r * dimensions + j] = row[j]! / n;
    }
  } else if (norms.length !== size) {
    throw new EmbeddingError('DIMENSION_MISMATCH', `expected ${size} norms, got ${norms.length}`);
  }
  const lookup = new Map<string, number>();
  for (let r = 0; r < size; r++) {
    const w = words[r]!;
    if (!lookup.has(w)) lookup.set(w, r);
  }
  return {
    name,
    dimensions,
    size,
    matrix,
    norms,
    indexOf: (word) => lookup.get(word) ?? -1,
    word: (index) => {
      const w = words[index];
      if (w === undefined) throw new EmbeddingError('INVALID_ARGUMENT', `no word at row ${index} (size ${size})`);
      return w;
    },
    row: (index) => matrix.subarray(index * dimensions, (index + 1) * dimensions),
  };
}
