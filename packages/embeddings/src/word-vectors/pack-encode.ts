import { align4, PACK_MAGIC, PACK_VERSION, type PackDtype, type PackHeader } from './pack-buffer.js';
import { quantizeRow, unitFactors } from './quantize.js';
import { buildWordTable } from './word-hash.js';
import type { WordVectors } from './types.js';

export interface PackMeta {
  /** Where the vectors came from (package, file). */
  source: string;
  license?: string;
  /** Words in the source before trimming. */
  sourceSize?: number;
}

const asBytes = (a: ArrayBufferView): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/**
 * The bytes of a pack (layout in pack-buffer.ts) as consecutive chunks, views over `vectors`
 * where possible, so a writer can stream them without one big copy. `i8` quantizes each unit
 * row with its own scale.
 */
export function encodePack(vectors: WordVectors, meta: PackMeta, dtype: PackDtype = 'f32'): Uint8Array[] {
  const encoder = new TextEncoder();
  const encoded: Uint8Array[] = [];
  const wordOffsets = new Uint32Array(vectors.size + 1);
  let total = 0;
  for (let i = 0; i < vectors.size; i++) {
    const bytes = encoder.encode(vectors.word(i));
    encoded.push(bytes);
    total += bytes.length;
    wordOffsets[i + 1] = total;
  }
  const table = buildWordTable(vectors.size, (row) => vectors.word(row));
  const header: PackHeader = {
    name: vectors.name,
    dimensions: vectors.dimensions,
    size: vectors.size,
    tableSize: table.length,
    wordBytes: total,
    source: meta.source,
    ...(meta.license === undefined ? {} : { license: meta.license }),
    dtype,
    ...(meta.sourceSize === undefined ? {} : { sourceSize: meta.sourceSize }),
  };
  const headerBytes = encoder.encode(JSON.stringify(header));
  const prefix = new Uint8Array(align4(16 + headerBytes.length));
  for (let i = 0; i < 8; i++) prefix[i] = PACK_MAGIC.charCodeAt(i);
  const view = new DataView(prefix.buffer);
  view.setUint32(8, PACK_VERSION, true);
  view.setUint32(12, headerBytes.length, true);
  prefix.set(headerBytes, 16);
  const numbers = [wordOffsets, table, vectors.norms].map(asBytes);
  return [prefix, ...numbers, ...matrixChunks(vectors, dtype), ...encoded];
}

function matrixChunks(vectors: WordVectors, dtype: PackDtype): Uint8Array[] {
  if (dtype === 'f32') return [asBytes(vectors.matrix)];
  const d = vectors.dimensions;
  const scales = new Float32Array(vectors.size);
  const q = new Int8Array(vectors.size * d);
  for (let r = 0; r < vectors.size; r++) scales[r] = quantizeRow(vectors.row(r), q.subarray(r * d, (r + 1) * d));
  return [asBytes(scales), asBytes(unitFactors(q, d)), asBytes(q)];
}

/** Total byte length of chunks. */
export const chunksLength = (chunks: readonly Uint8Array[]): number => chunks.reduce((n, c) => n + c.length, 0);
