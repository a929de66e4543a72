import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commonComponentFor, type WordVectors } from '@vecsum/embeddings';
import { dot, normalize, removeProjection } from '@vecsum/embeddings/math';
import { AnalysisError } from '../errors.js';
import type { Dictionary } from '../lasso/fista.js';

/** A syntactic atom: a named unit direction, orthonormal to the other syntactic atoms. */
export interface SyntacticAtom {
  readonly name: string;
  readonly vector: Float32Array;
}

/** Basis words (semantic atoms, syntactic part projected out) plus the syntactic atoms. */
export interface WordDictionary extends Dictionary {
  readonly words: readonly string[];
  /** Row of each basis word in the word-vector table. */
  readonly rows: readonly number[];
  readonly syntactic: readonly SyntacticAtom[];
}

export interface DictionaryOptions {
  /** Basis words chosen (default 1,500). */
  size?: number;
  /** Candidates considered: alphabetic words of 3+ letters among the most frequent (default 8,000). */
  candidates?: number;
  /** Vocabulary sample whose coverage is maximised (default 2,000 words of the top 30,000). */
  sample?: number;
  /** The most frequent words skipped as candidates (function words; default 100). */
  skipTop?: number;
}

const ALPHA = /^[a-z]{3,}$/;

/**
 * Syntactic atoms (paper 2, section 2.2, with what a lower-cased GloVe table offers): C0, the
 * Arora common component of the table, and FUNCTION, the mean of the 100 most frequent words
 * (mostly function words); orthonormalised by Gram-Schmidt.
 */
export function syntacticAtoms(vectors: WordVectors): SyntacticAtom[] {
  const raw: { name: string; vector: Float32Array }[] = [];
  const c0 = commonComponentFor(vectors.name, vectors.dimensions);
  if (c0 !== undefined) raw.push({ name: 'C0', vector: c0 });
  const fn = new Float32Array(vectors.dimensions);
  for (let r = 0; r < Math.min(100, vectors.size); r++) {
    const row = vectors.row(r);
    for (let j = 0; j < fn.length; j++) fn[j] = (fn[j] as number) + (row[j] as number);
  }
  raw.push({ name: 'FUNCTION', vector: fn });
  const out: SyntacticAtom[] = [];
  for (const { name, vector } of raw) {
    const v = Float32Array.from(vector);
    for (const prev of out) removeProjection(v, prev.vector);
    const u = normalize(v);
    if (u.some((x) => x !== 0)) out.push({ name, vector: u });
  }
  return out;
}

function projectOut(row: Float32Array, syntactic: readonly SyntacticAtom[]): Float32Array {
  const v = Float32Array.from(row);
  for (const s of syntactic) removeProjection(v, s.vector);
  return normalize(v);
}

/** Max-heap of (score, index) for lazy greedy selection. */
class Heap {
  readonly #s: number[] = [];
  readonly #i: number[] = [];
  push(score: number, index: number): void {
    this.#s.push(score);
    this.#i.push(index);
    let k = this.#s.length - 1;
    while (k > 0) {
      const p = (k - 1) >> 1;
      if ((this.#s[p] as number) >= score) break;
      this.#swap(k, p);
      k = p;
    }
  }
  pop(): { score: number; index: number } | undefined {
    if (this.#s.length === 0) return undefined;
    const top = { score: this.#s[0] as number, index: this.#i[0] as number };
    const lastS = this.#s.pop() as number;
    const lastI = this.#i.pop() as number;
    if (this.#s.length > 0) {
      this.#s[0] = lastS;
      this.#i[0] = lastI;
      let k = 0;
      for (;;) {
        const l = 2 * k + 1;
        const r = l + 1;
        let m = k;
        if (l < this.#s.length && (this.#s[l] as number) > (this.#s[m] as number)) m = l;
        if (r < this.#s.length && (this.#s[r] as number) > (this.#s[m] as number)) m = r;
        if (m === k) break;
        this.#swap(k, m);
        k = m;
      }
    }
    return top;
  }
  peek(): number {
    return this.#s[0] ?? Number.NEGATIVE_INFINITY;
  }
  #swap(a: number, b: number): void {
    [this.#s[a], this.#s[b]] = [this.#s[b] as number, this.#s[a] as number];
    [this.#i[a], this.#i[b]] = [this.#i[b] as number, this.#i[a] as number];
  }
}

/**
 * Chooses basis words as paper 2 (section 2.3) describes: greedily, the candidate with the
 * highest mean |cosine| to a vocabulary sample, each sample word weighted by how poorly the
 * basis so far covers it (weight = min over chosen atoms of 1 - |cos|). Lazy evaluation (the
 * scores only fall) keeps it to seconds. No POS filter (we have no tagger for bare words):
 * candidates are alphabetic words of 3+ letters past the most frequent.
 */
export function chooseBasisWords(vectors: WordVectors, syntactic: readonly SyntacticAtom[], options: DictionaryOptions = {}): number[] {
  const size = options.size ?? 1500;
  const skip = options.skipTop ?? 100;
  const candidates: number[] = [];
  for (let r = skip; r < vectors.size && candidates.length < (options.candidates ?? 8000); r++) if (ALPHA.test(vectors.word(r))) candidates.push(r);
  const pool: number[] = [];
  for (let r = 0; r < Math.min(30_000, vectors.size); r++) if (ALPHA.test(vectors.word(r))) pool.push(r);
  const sampleSize = Math.min(options.sample ?? 2000, pool.length);
  const sample = Array.from({ length: sampleSize }, (_, i) => pool[Math.floor((i * pool.length) / sampleSize)] as number);
  if (candidates.length === 0 || sample.length === 0) throw new AnalysisError('EMPTY_INPUT', 'no candidate basis words');
  const sampleVecs = sample.map((r) => projectOut(vectors.row(r), syntactic));
  const candVecs = candidates.map((r) => projectOut(vectors.row(r), syntactic));
  const weight = new Float64Array(sample.length).fill(1);
  // |cos| of every candidate with every sample word, computed once (candidates x sample floats).
  const m = sample.length;
  const table = new Float32Array(candidates.length * m);
  candVecs.forEach((cv, c) => sampleVecs.forEach((sv, v) => (table[c * m + v] = Math.abs(dot(cv, sv)))));
  const sim = (c: number, v: number) => table[c * m + v] as number;
  const score = (c: number) => {
    let s = 0;
    for (let v = 0; v < sample.length; v++) s += (weight[v] as number) * sim(c, v);
    return s / sample.length;
  };
  const heap = new Heap();
  candidates.forEach((_, c) => heap.push(score(c), c));
  const chosen: number[] = [];
  while (chosen.length < Math.min(size, candidates.length)) {
    const top = heap.pop();
    if (top === undefined) break;
    const fresh = score(top.index);
    if (fresh >= heap.peek() - 1e-12) {
      chosen.push(candidates[top.index] as number);
      for (let v = 0; v < sample.length; v++) weight[v] = Math.min(weight[v] as number, 1 - sim(top.index, v));
    } else heap.push(fresh, top.index);
  }
  return chosen;
}

/** Assembles a dictionary from chosen rows (semantic atoms: unit rows with syntax projected out). */
export function dictionaryFromRows(vectors: WordVectors, rows: readonly number[], syntactic: readonly SyntacticAtom[]): WordDictionary {
  const d = vectors.dimensions;
  const matrix = new Float32Array(rows.length * d);
  rows.forEach((r, k) => matrix.set(projectOut(vectors.row(r), syntactic), k * d));
  return { atoms: rows.length, dimensions: d, matrix, words: rows.map((r) => vectors.word(r)), rows, syntactic };
}

/** The dictionary for a table, built once and cached as a small JSON file of basis words. */
export function loadWordDictionary(vectors: WordVectors, cacheDir: string, options: DictionaryOptions = {}): WordDictionary {
  const size = options.size ?? 1500;
  const path = join(cacheDir, `${vectors.name}-${vectors.size}-dictionary-${size}.json`);
  const syntactic = syntacticAtoms(vectors);
  if (existsSync(path)) {
    const saved = JSON.parse(readFileSync(path, 'utf8')) as { words: string[] };
    const rows = saved.words.map((w) => vectors.indexOf(w));
    if (rows.every((r) => r >= 0)) return dictionaryFromRows(vectors, rows, syntactic);
  }
  const rows = chooseBasisWords(vectors, syntactic, options);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(path, JSON.stringify({ name: vectors.name, size, words: rows.map((r) => vectors.word(r)) }));
  return dictionaryFromRows(vectors, rows, syntactic);
}
