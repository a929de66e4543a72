import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { EmbeddingError } from '../errors.js';
import { checkPackPrefix, packFromBuffer, parsePackHeader, type PackDtype, type PackFromBufferOptions, type PackHeader } from './pack-buffer.js';
import { chunksLength, encodePack, type PackMeta } from './pack-encode.js';
import type { WordVectors } from './types.js';

/** Node file I/O for packs; the layout and the in-memory reader live in pack-buffer.ts. */
export { PACK_VERSION, packFromBuffer } from './pack-buffer.js';
export type { PackHeader, PackDtype } from './pack-buffer.js';

/** Writes `vectors` as a pack file (f32 unless `dtype` says i8), atomically (a temp file renamed into place). */
export function writePack(path: string, vectors: WordVectors, meta: PackMeta, dtype: PackDtype = 'f32'): void {
  const chunks = encodePack(vectors, meta, dtype);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    for (const c of chunks) writeSync(fd, c);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

export interface ReadPackOptions extends PackFromBufferOptions {
  /**
   * Put the data in a SharedArrayBuffer so worker threads can share it without copies. An i8
   * pack is dequantized and re-laid out as an f32 pack in the shared buffer, so `matrix.buffer`
   * is always the whole shared pack (what `packFromBuffer` in a worker expects).
   */
  shared?: boolean;
}

/** Reads only the header of a pack (cheap), e.g. to list installed models. */
export function readPackHeader(path: string): PackHeader {
  const fd = openPack(path);
  try {
    const prefix = new Uint8Array(16);
    readSync(fd, prefix, 0, 16, 0);
    const headerBytes = checkPackPrefix(prefix, path);
    const headerBuf = new Uint8Array(headerBytes);
    readSync(fd, headerBuf, 0, headerBytes, 16);
    return parsePackHeader(headerBuf, path);
  } finally {
    closeSync(fd);
  }
}

/** Loads a pack file: one read of the whole file into one buffer, then typed-array views. */
export function readPack(path: string, options: ReadPackOptions = {}): WordVectors {
  const fd = openPack(path);
  let backing: ArrayBuffer | SharedArrayBuffer;
  try {
    const total = fstatSync(fd).size;
    backing = options.shared === true ? new SharedArrayBuffer(total) : new ArrayBuffer(total);
    const bytes = new Uint8Array(backing);
    let read = 0;
    while (read < total) {
      const n = readSync(fd, bytes, read, Math.min(total - read, 1 << 30), read);
      if (n === 0) break;
      read += n;
    }
    if (read !== total) throw new EmbeddingError('CACHE_CORRUPT', `${path}: short read (${read} of ${total} bytes)`);
  } finally {
    closeSync(fd);
  }
  const vectors = packFromBuffer(backing, path, options.dequantize === undefined ? {} : { dequantize: options.dequantize });
  if (options.shared !== true || vectors.matrix.buffer === backing) return vectors;
  return packFromBuffer(sharedCopy(encodePack(vectors, { source: path }, 'f32')), path);
}

function sharedCopy(chunks: readonly Uint8Array[]): SharedArrayBuffer {
  const shared = new SharedArrayBuffer(chunksLength(chunks));
  const bytes = new Uint8Array(shared);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return shared;
}

function openPack(path: string): number {
  try {
    return openSync(path, 'r');
  } catch (cause) {
    throw new EmbeddingError('MODEL_NOT_FOUND', `no word-vector pack at ${path}`, { cause });
  }
}
