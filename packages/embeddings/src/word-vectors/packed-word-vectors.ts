import { EmbeddingError } from '../errors.js';
import { hashWord } from './word-hash.js';
import type { WordVectors } from './types.js';

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
  readonly matrix: Float32Array;
}

const decoder = new TextDecoder();

/**
 * `WordVectors` straight over the buffers of a pack: no per-word parsing at load time. Lookups
 * hash the query and compare it with the stored bytes (ASCII fast path; other words decoded).
 */
export function createPackedWordVectors(parts: PackedParts): WordVectors {
  const { wordBytes, wordOffsets, table, matrix, dimensions, size } = parts;
  const mask = table.length - 1;
  const wordAt = (row: number): string =>
    decoder.decode(wordBytes.subarray(wordOffsets[row] as number, wordOffsets[row + 1] as number));
  const equalsStored = (word: string, row: number): boolean => {
    const start = wordOffsets[row] as number;
    const end = wordOffsets[row + 1] as number;
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
    matrix,
    norms: parts.norms,
    indexOf(word) {
      let slot = hashWord(word) & mask;
      for (;;) {
        const row = table[slot] as number;
        if (row === -1) return -1;
        if (equalsStored(word, row)) return row;
        slot = (slot + 1) & mask;
      }
    },
    word(index) {
      if (!(index >= 0 && index < size)) throw new EmbeddingError('INVALID_ARGUMENT', `no word at row ${index} (size ${size})`);
      return wordAt(index);
    },
    row: (index) => matrix.subarray(index * dimensions, (index + 1) * dimensions),
  };
}
