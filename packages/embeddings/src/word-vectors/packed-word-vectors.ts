import { EmbeddingError } from '../errors.js';
import { hashWord } from './word-hash.js';
import type { QuantizedRows, WordVectors } from './types.js';

export interface PackedParts {
  readonly name: string;
  readonly dimensions: number;
  readonly size: number;
  /** UTF-8 bytes of all words, concatenated. */
  readonly wordBytes: Uint8Array;
  /** size + 1 byte offsets into `wordBytes`. */
  readonly wordOffsets: Uint32Array;
  /** Open-addressing table of rows (see word-hash.ts). */
  readonly table: Int32Array;
  readonly norms: Float32Array;
  /** Unit rows, or a source that makes them on first use (a lazily dequantized int8 pack). */
  readonly matrix: Float32Array | LazyRows;
  readonly quantized?: QuantizedRows;
}

/** Rows made on demand: `row` serves single rows until something asks for the whole matrix. */
export interface LazyRows {
  materialize(): Float32Array;
  row(index: number): Float32Array;
}

const decoder = new TextDecoder();

/**
 * `WordVectors` straight over the buffers of a pack: no per-word parsing at load time. Lookups
 * hash the query and compare it with the stored bytes (ASCII fast path; other words decoded).
 */
export function createPackedWordVectors(parts: PackedParts): WordVectors {
  const { wordBytes, wordOffsets, table, dimensions, size } = parts;
  const lazy = parts.matrix instanceof Float32Array ? undefined : parts.matrix;
  let matrix = parts.matrix instanceof Float32Array ? parts.matrix : undefined;
  const full = (): Float32Array => (matrix ??= lazy!.materialize());
  const mask = table.length - 1;
  const wordAt = (row: number): string => decoder.decode(wordBytes.subarray(wordOffsets[row]!, wordOffsets[row + 1]!));
  const equalsStored = (word: string, row: number): boolean => {
    const start = wordOffsets[row]!;
    const end = wordOffsets[row + 1]!;
    let ascii = true;
    for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) ascii = false;
    if (!ascii) return wordAt(row) === word;
    if (end - start !== word.length) return false;
    for (let i = 0; i < word.length; i++) if (wordBytes[start + i] !== word.charCodeAt(i)) return false;
    return true;
  };
  return {
    name: parts.name,
    dimensions,
    size,
    get matrix() {
      return full();
    },
    norms: parts.norms,
    ...(parts.quantized === undefined ? {} : { quantized: parts.quantized }),
    indexOf(word) {
      let slot = hashWord(word) & mask;
      for (;;) {
        const row = table[slot]!;
        if (row === -1) return -1;
        if (equalsStored(word, row)) return row;
        slot = (slot + 1) & mask;
      }
    },
    word(index) {
      if (!(index >= 0 && index < size)) throw new EmbeddingError('INVALID_ARGUMENT', `no word at row ${index} (size ${size})`);
      return wordAt(index);
    },
    row: (index) => (matrix === undefined && lazy !== undefined ? lazy.row(index) : full().subarray(index * dimensions, (index + 1) * dimensions)),
  };
}
