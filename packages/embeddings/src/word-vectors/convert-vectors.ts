import { closeSync, openSync, readSync, createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { EmbeddingError } from '../errors.js';
import { createWordVectors } from './in-memory.js';
import { writePack } from './pack-format.js';
import type { OnProgress } from './progress.js';
import type { WordVectors } from './types.js';

/** Text: GloVe (`word v1 .. vd` per line) or word2vec text (same, after a `count dim` line). Binary: word2vec. */
export type VectorFileFormat = 'text' | 'word2vec-binary';

export interface ConvertOptions {
  format: VectorFileFormat;
  name: string;
  /** Keep only the first `limit` words (files are frequency sorted; the paper used 200k). */
  limit?: number;
  /** Lower-case words, keeping the first (most frequent) row of each lower-cased form. */
  lowercase?: boolean;
  onProgress?: OnProgress;
}

/**
 * Reads GloVe/word2vec vectors (text or binary) into memory. Files must be sorted by
 * frequency (GloVe and word2vec releases are): the row order is the frequency rank that SIF
 * weights use.
 */
export async function readVectorFile(path: string, options: ConvertOptions): Promise<WordVectors> {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const rows = options.format === 'text' ? await readText(path, limit, options.onProgress) : readWord2vecBinary(path, limit, options.onProgress);
  let { words, values } = rows;
  const dim = rows.dimensions;
  if (options.lowercase === true) {
    const seen = new Set<string>();
    const keep: number[] = [];
    words = words.map((w) => w.toLowerCase());
    words.forEach((w, i) => {
      if (!seen.has(w)) {
        seen.add(w);
        keep.push(i);
      }
    });
    const v = new Float32Array(keep.length * dim);
    keep.forEach((r, k) => v.set(values.subarray(r * dim, (r + 1) * dim), k * dim));
    words = keep.map((r) => words[r]!);
    values = v;
  }
  return createWordVectors({ name: options.name, words, values, dimensions: dim });
}

/** Converts a GloVe/word2vec file into a vecsum pack at `outPath`. */
export async function convertVectorFile(inPath: string, outPath: string, options: ConvertOptions): Promise<WordVectors> {
  const vectors = await readVectorFile(inPath, options);
  writePack(outPath, vectors, { source: inPath });
  return vectors;
}

interface Rows {
  words: string[];
  values: Float32Array;
  dimensions: number;
}

async function readText(path: string, limit: number, onProgress?: OnProgress): Promise<Rows> {
  const words: string[] = [];
  const chunks: number[] = [];
  let dim = -1;
  let lineNo = 0;
  const stream = createReadStream(path, { encoding: 'utf8' });
  stream.on('error', () => {});
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const raw of rl) {
      lineNo++;
      const line = raw.trimEnd();
      if (line === '') continue;
      const parts = line.split(' ');
      if (lineNo === 1 && parts.length === 2 && /^\d+$/.test(parts[0]!) && /^\d+$/.test(parts[1]!)) {
        dim = Number(parts[1]); // word2vec text header
        continue;
      }
      if (dim === -1) dim = parts.length - 1;
      if (parts.length !== dim + 1) {
        throw new EmbeddingError('DIMENSION_MISMATCH', `${path}:${lineNo}: expected ${dim} values, found ${parts.length - 1}`);
      }
      words.push(parts[0]!);
      for (let j = 1; j <= dim; j++) {
        const x = Number(parts[j]);
        if (!Number.isFinite(x)) throw new EmbeddingError('INVALID_ARGUMENT', `${path}:${lineNo}: not a number: ${parts[j]}`);
        chunks.push(x);
      }
      if (words.length % 100_000 === 0) onProgress?.({ phase: 'convert', done: words.length, total: 0 });
      if (words.length >= limit) break;
    }
  } catch (cause) {
    if (cause instanceof EmbeddingError) throw cause;
    throw new EmbeddingError('MODEL_NOT_FOUND', `could not read vectors from ${path}`, { cause });
  } finally {
    rl.close();
    stream.destroy();
  }
  if (words.length === 0 || dim <= 0) throw new EmbeddingError('EMPTY_INPUT', `${path} holds no vectors`);
  return { words, values: Float32Array.from(chunks), dimensions: dim };
}

function readWord2vecBinary(path: string, limit: number, onProgress?: OnProgress): Rows {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (cause) {
    throw new EmbeddingError('MODEL_NOT_FOUND', `could not read vectors from ${path}`, { cause });
  }
  try {
    const reader = new ByteReader(fd);
    const header = reader.readToken('\n').trim().split(/\s+/);
    const count = Number(header[0]);
    const dim = Number(header[1]);
    if (!(Number.isInteger(count) && Number.isInteger(dim) && count > 0 && dim > 0)) {
      throw new EmbeddingError('INVALID_ARGUMENT', `${path}: bad word2vec header ${JSON.stringify(header.join(' '))}`);
    }
    const n = Math.min(count, limit);
    const words: string[] = [];
    const values = new Float32Array(n * dim);
    const rowBytes = Buffer.alloc(dim * 4);
    for (let r = 0; r < n; r++) {
      const word = reader.readToken(' ').replace(/^\n/, '');
      reader.readInto(rowBytes);
      for (let j = 0; j < dim; j++) values[r * dim + j] = rowBytes.readFloatLE(j * 4);
      words.push(word);
      if (r % 100_000 === 0) onProgress?.({ phase: 'convert', done: r, total: n });
    }
    return { words, values, dimensions: dim };
  } finally {
    closeSync(fd);
  }
}

/** Buffered sequential reader over a file descriptor. */
class ByteReader {
  readonly #fd: number;
  readonly #buf = Buffer.alloc(1 << 20);
  #len = 0;
  #pos = 0;
  #filePos = 0;
  constructor(fd: number) {
    this.#fd = fd;
  }
  #fill(): boolean {
    this.#len = readSync(this.#fd, this.#buf, 0, this.#buf.length, this.#filePos);
    this.#filePos += this.#len;
    this.#pos = 0;
    return this.#len > 0;
  }
  readToken(end: string): string {
    const code = end.charCodeAt(0);
    const parts: Buffer[] = [];
    for (;;) {
      if (this.#pos >= this.#len && !this.#fill()) {
        throw new EmbeddingError('CACHE_CORRUPT', 'unexpected end of word2vec file');
      }
      const i = this.#buf.indexOf(code, this.#pos);
      if (i >= 0 && i < this.#len) {
        parts.push(Buffer.from(this.#buf.subarray(this.#pos, i)));
        this.#pos = i + 1;
        return Buffer.concat(parts).toString('utf8');
      }
      parts.push(Buffer.from(this.#buf.subarray(this.#pos, this.#len)));
      this.#pos = this.#len;
    }
  }
  readInto(target: Buffer): void {
    let off = 0;
    while (off < target.length) {
      if (this.#pos >= this.#len && !this.#fill()) {
        throw new EmbeddingError('CACHE_CORRUPT', 'unexpected end of word2vec file');
      }
      const n = Math.min(target.length - off, this.#len - this.#pos);
      this.#buf.copy(target, off, this.#pos, this.#pos + n);
      this.#pos += n;
      off += n;
    }
  }
}
