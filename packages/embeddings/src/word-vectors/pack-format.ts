import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { EmbeddingError } from '../errors.js';
import { createPackedWordVectors } from './packed-word-vectors.js';
import { buildWordTable } from './word-hash.js';
import type { WordVectors } from './types.js';

/**
 * The vecsum word-vector pack: one binary file that loads with a single read and no parsing.
 *
 * ```
 * "VECSUMWV"        8 bytes magic
 * version           u32 LE (2)
 * headerBytes       u32 LE
 * header            UTF-8 JSON: PackHeader
 * padding           to a multiple of 4
 * wordOffsets       u32 x (size + 1)      byte offsets into wordBytes
 * table             i32 x tableSize       open-addressing lookup table (word-hash.ts)
 * norms             f32 x size            original L2 norm of each row
 * matrix            f32 x size x dim      unit rows, frequency order (row 0 most frequent)
 * wordBytes         UTF-8 words, concatenated
 * ```
 * All numbers little-endian (the loader checks the platform is too).
 */
export const PACK_MAGIC = 'VECSUMWV';
export const PACK_VERSION = 2;

export interface PackHeader {
  readonly name: string;
  readonly dimensions: number;
  readonly size: number;
  readonly tableSize: number;
  readonly wordBytes: number;
  /** Where the vectors came from (package, file). */
  readonly source: string;
  readonly license?: string;
}

const align4 = (n: number): number => (n + 3) & ~3;
const asBytes = (a: ArrayBufferView): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** Writes `vectors` as a pack file, atomically (a temp file renamed into place). */
export function writePack(path: string, vectors: WordVectors, meta: { source: string; license?: string }): void {
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
  };
  const headerBuf = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(16);
  prefix.write(PACK_MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(PACK_VERSION, 8);
  prefix.writeUInt32LE(headerBuf.length, 12);
  const pad = Buffer.alloc(align4(16 + headerBuf.length) - (16 + headerBuf.length));
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    for (const b of [prefix, headerBuf, pad]) writeSync(fd, b);
    for (const a of [wordOffsets, table, vectors.norms, vectors.matrix]) writeSync(fd, asBytes(a));
    for (const b of encoded) writeSync(fd, b);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

export interface ReadPackOptions {
  /** Put the data in a SharedArrayBuffer so worker threads can share it without copies. */
  shared?: boolean;
}

/** Reads only the header of a pack (cheap), e.g. to list installed models. */
export function readPackHeader(path: string): PackHeader {
  const fd = openPack(path);
  try {
    const prefix = Buffer.alloc(16);
    readSync(fd, prefix, 0, 16, 0);
    const headerBytes = checkPrefix(prefix, path);
    const headerBuf = Buffer.alloc(headerBytes);
    readSync(fd, headerBuf, 0, headerBytes, 16);
    return parseHeader(headerBuf, path);
  } finally {
    closeSync(fd);
  }
}

/** Loads a pack file: one read of the whole file into one buffer, then typed-array views. */
export function readPack(path: string, options: ReadPackOptions = {}): WordVectors {
  const fd = openPack(path);
  let backing: ArrayBuffer | SharedArrayBuffer;
  let total: number;
  try {
    total = fstatSync(fd).size;
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
  return packFromBuffer(backing, path);
}

/**
 * Views over a pack already in memory (e.g. a SharedArrayBuffer handed to a worker thread).
 * `label` names the source in errors.
 */
export function packFromBuffer(backing: ArrayBuffer | SharedArrayBuffer, label = 'pack'): WordVectors {
  if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) {
    throw new EmbeddingError('CACHE_CORRUPT', 'vecsum packs are little-endian; this platform is not');
  }
  const total = backing.byteLength;
  const headerBytes = checkPrefix(Buffer.from(new Uint8Array(backing, 0, Math.min(16, total))), label);
  const h = parseHeader(Buffer.from(new Uint8Array(backing, 16, headerBytes)), label);
  let off = align4(16 + headerBytes);
  const take = (n: number): number => {
    const at = off;
    off += n;
    return at;
  };
  const offsetsAt = take((h.size + 1) * 4);
  const tableAt = take(h.tableSize * 4);
  const normsAt = take(h.size * 4);
  const matrixAt = take(h.size * h.dimensions * 4);
  const wordsAt = take(h.wordBytes);
  if (off !== total) {
    throw new EmbeddingError('CACHE_CORRUPT', `${label}: expected ${off} bytes, found ${total}; rebuild the pack`);
  }
  return createPackedWordVectors({
    name: h.name,
    dimensions: h.dimensions,
    size: h.size,
    wordOffsets: new Uint32Array(backing, offsetsAt, h.size + 1),
    table: new Int32Array(backing, tableAt, h.tableSize),
    norms: new Float32Array(backing, normsAt, h.size),
    matrix: new Float32Array(backing, matrixAt, h.size * h.dimensions),
    wordBytes: new Uint8Array(backing, wordsAt, h.wordBytes),
  });
}

function openPack(path: string): number {
  try {
    return openSync(path, 'r');
  } catch (cause) {
    throw new EmbeddingError('MODEL_NOT_FOUND', `no word-vector pack at ${path}`, { cause });
  }
}

function checkPrefix(prefix: Buffer, label: string): number {
  if (prefix.length < 16 || prefix.toString('latin1', 0, 8) !== PACK_MAGIC) {
    throw new EmbeddingError('CACHE_CORRUPT', `${label} is not a vecsum word-vector pack`);
  }
  const version = prefix.readUInt32LE(8);
  if (version !== PACK_VERSION) {
    throw new EmbeddingError('CACHE_CORRUPT', `${label}: pack version ${version}, expected ${PACK_VERSION}; rebuild it`);
  }
  return prefix.readUInt32LE(12);
}

function parseHeader(buf: Buffer, label: string): PackHeader {
  try {
    const h = JSON.parse(buf.toString('utf8')) as PackHeader;
    const ok =
      typeof h.name === 'string' &&
      Number.isInteger(h.dimensions) && h.dimensions > 0 &&
      Number.isInteger(h.size) && h.size > 0 &&
      Number.isInteger(h.tableSize) && h.tableSize >= h.size &&
      Number.isInteger(h.wordBytes) && h.wordBytes >= 0;
    if (!ok) throw new Error('bad fields');
    return h;
  } catch (cause) {
    throw new EmbeddingError('CACHE_CORRUPT', `${label}: unreadable pack header`, { cause });
  }
}
