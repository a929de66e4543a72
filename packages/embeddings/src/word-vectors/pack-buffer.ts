import { EmbeddingError } from '../errors.js';
import { createPackedWordVectors, type LazyRows } from './packed-word-vectors.js';
import { dequantizeUnitMatrix } from './quantize.js';
import type { QuantizedRows } from './types.js';
import type { WordVectors } from './types.js';

/**
 * The vecsum word-vector pack: one binary file that loads with a single read and no parsing.
 * This module only reads packs from memory and imports nothing from Node, so a browser can
 * `fetch` a pack and call `packFromBuffer(await res.arrayBuffer())`.
 *
 * ```
 * "VECSUMWV"        8 bytes magic
 * version           u32 LE (3; version 2 files, always f32, still load)
 * headerBytes       u32 LE
 * header            UTF-8 JSON: PackHeader
 * padding           to a multiple of 4
 * wordOffsets       u32 x (size + 1)      byte offsets into wordBytes
 * table             i32 x tableSize       open-addressing lookup table (word-hash.ts)
 * norms             f32 x size            original L2 norm of each row
 * scales            f32 x size            (i8 only) per-row quantization scale s: q * s ≈ unit row, error <= s / 2
 * factors           f32 x size            (i8 only) 1 / |q| per row: q * factor is exactly unit length (quantize.ts)
 * matrix            f32 x size x dim      unit rows, frequency order (row 0 most frequent)
 *                   | i8 x size x dim     (i8) unit rows quantized, q * scale
 * wordBytes         UTF-8 words, concatenated
 * ```
 * All numbers little-endian (the loader checks the platform is too). Row r is the word's
 * frequency rank (0 = most frequent): SIF weights are computed from it.
 */
export const PACK_MAGIC = 'VECSUMWV';
export const PACK_VERSION = 3;
const READABLE_VERSIONS: readonly number[] = [2, 3];

/** How matrix components are stored. */
export type PackDtype = 'f32' | 'i8';

export interface PackHeader {
  readonly name: string;
  readonly dimensions: number;
  readonly size: number;
  readonly tableSize: number;
  readonly wordBytes: number;
  /** Where the vectors came from (package, file). */
  readonly source: string;
  readonly license?: string;
  /** Storage of the matrix; absent in version 2 files (f32). */
  readonly dtype?: PackDtype;
  /** Words in the source the rows were trimmed from (the kept rows are its most frequent). */
  readonly sourceSize?: number;
}

export interface PackFromBufferOptions {
  /**
   * i8 packs: `lazy` (default) keeps the int8 rows (`WordVectors.quantized`, what the word-vector
   * embedder reads), dequantizes a row per `row()` call, and makes the float32 `matrix` only when
   * it is first read; `load` dequantizes every row into `matrix` up front and drops the int8 rows.
   */
  dequantize?: 'load' | 'lazy';
}

export const align4 = (n: number): number => (n + 3) & ~3;

/** Checks magic and version of the first 16 bytes; returns the header's byte length. */
export function checkPackPrefix(prefix: Uint8Array, label: string): number {
  const magic = String.fromCharCode(...prefix.subarray(0, 8));
  if (prefix.length < 16 || magic !== PACK_MAGIC) {
    throw new EmbeddingError('CACHE_CORRUPT', `${label} is not a vecsum word-vector pack`);
  }
  const view = new DataView(prefix.buffer, prefix.byteOffset, 16);
  const version = view.getUint32(8, true);
  if (!READABLE_VERSIONS.includes(version)) {
    throw new EmbeddingError('CACHE_CORRUPT', `${label}: pack version ${version}, expected ${PACK_VERSION}; rebuild it`);
  }
  return view.getUint32(12, true);
}

/** Parses and validates the JSON header. */
export function parsePackHeader(bytes: Uint8Array, label: string): PackHeader {
  try {
    const h = JSON.parse(new TextDecoder().decode(bytes.slice())) as PackHeader;
    const ok =
      typeof h.name === 'string' &&
      Number.isInteger(h.dimensions) &&
      h.dimensions > 0 &&
      Number.isInteger(h.size) &&
      h.size > 0 &&
      Number.isInteger(h.tableSize) &&
      h.tableSize >= h.size &&
      Number.isInteger(h.wordBytes) &&
      h.wordBytes >= 0 &&
      (h.dtype === undefined || h.dtype === 'f32' || h.dtype === 'i8');
    if (!ok) throw new Error('bad fields');
    return h;
  } catch (cause) {
    throw new EmbeddingError('CACHE_CORRUPT', `${label}: unreadable pack header`, { cause });
  }
}

/**
 * Views over a pack already in memory (a file read, a `fetch`ed ArrayBuffer, or a
 * SharedArrayBuffer handed to a worker thread). `label` names the source in errors.
 */
export function packFromBuffer(backing: ArrayBuffer | SharedArrayBuffer, label = 'pack', options: PackFromBufferOptions = {}): WordVectors {
  if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) {
    throw new EmbeddingError('CACHE_CORRUPT', 'vecsum packs are little-endian; this platform is not');
  }
  const total = backing.byteLength;
  const headerBytes = checkPackPrefix(new Uint8Array(backing, 0, Math.min(16, total)), label);
  if (16 + headerBytes > total) throw new EmbeddingError('CACHE_CORRUPT', `${label}: truncated header`);
  const h = parsePackHeader(new Uint8Array(backing, 16, headerBytes), label);
  const i8 = h.dtype === 'i8';
  let off = align4(16 + headerBytes);
  const take = (n: number): number => {
    const at = off;
    off += n;
    return at;
  };
  const offsetsAt = take((h.size + 1) * 4);
  const tableAt = take(h.tableSize * 4);
  const normsAt = take(h.size * 4);
  take(i8 ? h.size * 4 : 0); // scales: kept for the error bound and tools, not needed to read rows
  const factorsAt = take(i8 ? h.size * 4 : 0);
  const matrixAt = take(h.size * h.dimensions * (i8 ? 1 : 4));
  const wordsAt = take(h.wordBytes);
  if (off !== total) {
    throw new EmbeddingError('CACHE_CORRUPT', `${label}: expected ${off} bytes, found ${total}; rebuild the pack`);
  }
  const cells = h.size * h.dimensions;
  let matrix: Float32Array | LazyRows;
  let quantized: QuantizedRows | undefined;
  if (i8) {
    const values = new Int8Array(backing, matrixAt, cells);
    const d = h.dimensions;
    const factors = new Float32Array(backing, factorsAt, h.size);
    if (options.dequantize === 'load') {
      matrix = dequantizeUnitMatrix(values, factors, d);
    } else {
      quantized = { values, factors };
      matrix = {
        materialize: () => dequantizeUnitMatrix(values, factors, d),
        row: (r) => (r >= 0 && r < h.size ? dequantizeUnitMatrix(values.subarray(r * d, (r + 1) * d), factors.subarray(r, r + 1), d) : new Float32Array(d)),
      };
    }
  } else {
    matrix = new Float32Array(backing, matrixAt, cells);
  }
  // Dequantized on load, the int8 rows are dead weight: copy the small sections out so the
  // whole backing buffer (mostly int8 rows) can be collected.
  const own = i8 && options.dequantize === 'load';
  const view = <T extends Uint32Array | Int32Array | Float32Array | Uint8Array>(a: T): T => (own ? (a.slice() as T) : a);
  return createPackedWordVectors({
    name: h.name,
    dimensions: h.dimensions,
    size: h.size,
    wordOffsets: view(new Uint32Array(backing, offsetsAt, h.size + 1)),
    table: view(new Int32Array(backing, tableAt, h.tableSize)),
    norms: view(new Float32Array(backing, normsAt, h.size)),
    matrix,
    ...(quantized === undefined ? {} : { quantized }),
    wordBytes: view(new Uint8Array(backing, wordsAt, h.wordBytes)),
  });
}
