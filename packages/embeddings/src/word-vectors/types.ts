/**
 * A loaded word-vector table: a vocabulary sorted by corpus frequency (row 0 = most frequent)
 * and a row-major Float32 matrix of unit-length rows.
 */
export interface WordVectors {
  /** Short name, e.g. "glove-6b-100d". */
  readonly name: string;
  readonly dimensions: number;
  /** Number of words (rows). */
  readonly size: number;
  /** size x dimensions, row-major, each row unit length (L2). May live in a SharedArrayBuffer. */
  readonly matrix: Float32Array;
  /**
   * Int8 packs only: the rows as int8 values times a per-row factor, `row r = values[r*d + j] *
   * factors[r]` (unit length). Composers that read this never need `matrix`, which such packs
   * make (as Math.fround of the same products) only when first asked for.
   */
  readonly quantized?: QuantizedRows;
  /** The original (pre-normalisation) L2 norm of each row. */
  readonly norms: Float32Array;
  /** Row of a word, or -1 when out of vocabulary. Words are stored as given (GloVe: lower case). */
  indexOf(word: string): number;
  /** The word at a row. */
  word(index: number): string;
  /** Unit vector of a row (a view into `matrix`, not a copy). */
  row(index: number): Float32Array;
}

/** Int8 rows with a per-row factor to unit length (see `WordVectors.quantized`). */
export interface QuantizedRows {
  readonly values: Int8Array;
  readonly factors: Float32Array;
}
