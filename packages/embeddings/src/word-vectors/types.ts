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
  /** The original (pre-normalisation) L2 norm of each row. */
  readonly norms: Float32Array;
  /** Row of a word, or -1 when out of vocabulary. Words are stored as given (GloVe: lower case). */
  indexOf(word: string): number;
  /** The word at a row. */
  word(index: number): string;
  /** Unit vector of a row (a view into `matrix`, not a copy). */
  row(index: number): Float32Array;
}
