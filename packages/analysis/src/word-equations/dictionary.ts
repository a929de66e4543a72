import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { commonComponentFor, type WordVectors } from '@vecsum/embeddings';
import { dot, norm, normalize, removeProjection } from '@vecsum/embeddings/math';
import { AnalysisError } from '../errors.js';
import type { Dictionary } from '../lasso/operator.js';

/** A syntactic atom: a named unit direction, orthonormal to the other syntactic atoms. */
export interface SyntacticAtom {
  readonly name: string;
  readonly vector: Float32Array;
  /** How it was made (for the report). */
  readonly from?: string;
}

/** How a dictionary was built. */
export interface DictionaryInfo {
  readonly version: number;
  readonly vectors: string;
  /** Words considered: the alphabetic words among the `vocabulary` most frequent. */
  readonly vocabulary: number;
  /** Candidates left after the filter. */
  readonly candidates: number;
  readonly filter: string;
  /** Build time of the dictionary when it was built (it is cached afterwards). */
  readonly buildMs: number;
}

/** Basis words (semantic atoms, syntactic part projected out) plus the syntactic atoms. */
export interface WordDictionary extends Dictionary {
  readonly words: readonly string[];
  /** Row of each basis word in the word-vector table. */
  readonly rows: readonly number[];
  readonly syntactic: readonly SyntacticAtom[];
  readonly info?: DictionaryInfo;
}

export interface DictionaryOptions {
  /** Basis words chosen (default 2,000). */
  size?: number;
  /** Candidates come from the alphabetic words among this many most frequent (default 30,000). */
  vocabulary?: number;
  /** Vocabulary sample whose coverage the greedy rule maximises (default 2,000, spread over the frequency ranks). */
  sample?: number;
  /** POS filter and lemma de-duplication with compromise's tagger (default true). */
  posFilter?: boolean;
}

/** Bumped when the build changes, so old cache files are rebuilt. */
export const DICTIONARY_VERSION = 2;
export const DEFAULT_DICTIONARY_SIZE = 2000;
const ALPHA = /^[a-z]{3,}$/;
const NUMBER = /^\d+(?:[.,]\d+)?$/;

/** Part of speech and lemma of a bare word, from compromise's tagger (no spaCy in Node). */
export interface WordTag {
  readonly pos: 'NOUN' | 'VERB' | 'ADJ' | 'ADV' | 'PROPN' | 'NUM' | 'FUNCTION' | 'OTHER';
  /** Inflection, when the tagger marks one. */
  readonly form?: 'PLURAL' | 'PAST' | 'GERUND';
  readonly root: string;
}

interface CompromiseTerm {
  readonly text: string;
  readonly tags: readonly string[];
  readonly root?: string;
}
interface CompromiseDoc {
  compute(method: string): unknown;
  json(options: object): { terms: CompromiseTerm[] }[];
}

const FUNCTION_TAGS = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Auxiliary', 'Copula', 'Modal', 'QuestionWord', 'Expression', 'Negative'];

function tagOf(t: CompromiseTerm): WordTag {
  const has = (tag: string) => t.tags.includes(tag);
  const root = t.root !== undefined && t.root !== '' ? t.root : t.text;
  const pos: WordTag['pos'] = has('Value')
    ? 'NUM'
    : FUNCTION_TAGS.some(has)
    ? 'FUNCTION'
    : has('ProperNoun') || has('Demonym') || has('Person') || has('Place') || has('Organization')
      ? 'PROPN'
      : has('Noun')
        ? 'NOUN'
        : has('Verb')
          ? 'VERB'
          : has('Adjective')
            ? 'ADJ'
            : has('Adverb')
              ? 'ADV'
              : 'OTHER';
  const form = pos === 'NOUN' && has('Plural') ? 'PLURAL' : pos === 'VERB' && has('PastTense') ? 'PAST' : pos === 'VERB' && has('Gerund') ? 'GERUND' : undefined;
  return form === undefined ? { pos, root } : { pos, form, root };
}

/**
 * Tags the alphabetic words among the `vocabulary` most frequent with compromise (each word
 * alone, as a one-word sentence, so the tag is the word's most likely reading). About 5 s for
 * 30,000 words; compromise is loaded only here.
 */
export function tagVocabulary(vectors: WordVectors, vocabulary = 30_000): Map<number, WordTag> {
  const nlp = createRequire(import.meta.url)('compromise') as (text: string) => CompromiseDoc;
  const rows: number[] = [];
  for (let r = 0; r < Math.min(vocabulary, vectors.size); r++) if (ALPHA.test(vectors.word(r))) rows.push(r);
  const tags = new Map<number, WordTag>();
  const CHUNK = 2000;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const doc = nlp(chunk.map((r) => vectors.word(r)).join('.\n'));
    doc.compute('root');
    const byWord = new Map<string, WordTag>();
    for (const s of doc.json({ terms: { tags: true, root: true, normal: true } })) {
      for (const t of s.terms) {
        const w = t.text.toLowerCase();
        if (!byWord.has(w)) byWord.set(w, tagOf({ ...t, text: w }));
      }
    }
    for (const r of chunk) {
      const tag = byWord.get(vectors.word(r));
      if (tag !== undefined) tags.set(r, tag);
    }
  }
  return tags;
}

const POS_NAMES = { NOUN: 'nouns', VERB: 'verbs', ADJ: 'adjectives', ADV: 'adverbs', PROPN: 'proper nouns', NUM: 'number words' } as const;

function meanOf(vectors: WordVectors, rows: readonly number[]): Float32Array {
  const m = new Float32Array(vectors.dimensions);
  for (const r of rows) {
    const v = vectors.row(r);
    for (let j = 0; j < m.length; j++) m[j] = (m[j] as number) + (v[j] as number) / rows.length;
  }
  return m;
}

function meanDifference(vectors: WordVectors, pairs: readonly (readonly [number, number])[]): Float32Array {
  const m = new Float32Array(vectors.dimensions);
  for (const [a, b] of pairs) {
    const va = vectors.row(a);
    const vb = vectors.row(b);
    for (let j = 0; j < m.length; j++) m[j] = (m[j] as number) + ((va[j] as number) - (vb[j] as number)) / pairs.length;
  }
  return m;
}

/** Gram-Schmidt: each atom minus its projections on the earlier ones, normalised; near-dependent atoms dropped. */
export function orthonormalise(raw: readonly { name: string; vector: ArrayLike<number>; from?: string }[]): SyntacticAtom[] {
  const out: SyntacticAtom[] = [];
  for (const { name, vector, from } of raw) {
    const v = Float32Array.from(vector);
    const before = norm(v);
    for (const prev of out) removeProjection(v, prev.vector);
    if (before === 0 || norm(v) < 1e-3 * before) continue;
    out.push({ name, vector: normalize(v), ...(from === undefined ? {} : { from }) });
  }
  return out;
}

/**
 * Syntactic atoms (paper 2, section 2.2) from what a lower-cased GloVe table and a tagger
 * offer: C0 (the Arora common component, paper 2's first principal component); POS means
 * (mean vector of the nouns, verbs, adjectives, adverbs, proper nouns and number words
 * among the tagged frequent words); mean pair differences for
 * PLURAL (plural - singular), PAST-TENSE (past - base) and PARTICIPLE (-ing form - base) over
 * the pairs the tagger finds. Gram-Schmidt in that order. CAPITALIZATION cannot be made: the
 * table is lower case. Without `tagged` the vocabulary is tagged here (about 4 s; the same
 * atoms as the dictionary build); prefer the atoms of a loaded dictionary.
 */
export function syntacticAtoms(vectors: WordVectors, tagged?: ReadonlyMap<number, WordTag> | null, vocabulary = 30_000): SyntacticAtom[] {
  // no tags given: tag here (deterministic, so the atoms equal those of `buildWordDictionary`); null: no POS atoms
  const tags = tagged === null ? undefined : (tagged ?? tagVocabulary(vectors, vocabulary));
  const raw: { name: string; vector: ArrayLike<number>; from: string }[] = [];
  const c0 = commonComponentFor(vectors.name, vectors.dimensions);
  if (c0 !== undefined) raw.push({ name: 'C0', vector: c0, from: 'Arora common component' });
  const top = Math.min(vocabulary, vectors.size);
  if (tags !== undefined && tags.size > 0) {
    const byPos = new Map<string, number[]>();
    for (const [r, t] of tags) {
      const list = byPos.get(t.pos) ?? [];
      list.push(r);
      byPos.set(t.pos, list);
    }
    for (const pos of ['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'NUM'] as const) {
      const rows = byPos.get(pos) ?? [];
      if (rows.length >= 20) raw.push({ name: `POS-${pos}`, vector: meanOf(vectors, rows), from: `mean of ${rows.length} ${POS_NAMES[pos]}` });
    }
  }
  if (tags === undefined || ![...tags.values()].some((t) => t.pos === 'NUM')) {
    // without tags: numerals in digits, where the table has them
    const numbers: number[] = [];
    for (let r = 0; r < top; r++) if (NUMBER.test(vectors.word(r))) numbers.push(r);
    if (numbers.length >= 20) raw.push({ name: 'POS-NUM', vector: meanOf(vectors, numbers), from: `mean of ${numbers.length} numbers` });
  }
  if (tags !== undefined) {
    const pairs: Record<'PLURAL' | 'PAST' | 'GERUND', [number, number][]> = { PLURAL: [], PAST: [], GERUND: [] };
    for (const [r, t] of tags) {
      if (t.form === undefined || t.root === vectors.word(r)) continue;
      const base = vectors.indexOf(t.root);
      if (base >= 0 && base < top && pairs[t.form].length < 300) pairs[t.form].push([r, base]);
    }
    const names = { PLURAL: 'PLURAL-NOUN', PAST: 'PAST-TENSE', GERUND: 'PARTICIPLE' } as const;
    for (const form of ['PLURAL', 'PAST', 'GERUND'] as const) {
      const p = pairs[form];
      if (p.length >= 20) raw.push({ name: names[form], vector: meanDifference(vectors, p), from: `mean difference of ${p.length} pairs` });
    }
  }
  return orthonormalise(raw);
}

function projectOut(row: ArrayLike<number>, syntactic: readonly SyntacticAtom[]): Float32Array {
  const v = Float32Array.from(row);
  for (const s of syntactic) removeProjection(v, s.vector);
  return normalize(v);
}

/**
 * Basis-word candidates (paper 2, section 2.3, as far as Node allows): alphabetic lower-case
 * words of 3+ letters among the `vocabulary` most frequent; with tags, only nouns, verbs and
 * adjectives (compromise: no proper nouns, pronouns, determiners, prepositions, auxiliaries,
 * numbers or adverbs), and one word per lemma (the most frequent form). There is no
 * "standard English dictionary" check: compromise guesses unknown words as nouns, so
 * frequent non-words and unlisted names can remain.
 */
export function basisCandidates(vectors: WordVectors, tags: ReadonlyMap<number, WordTag> | undefined, vocabulary = 30_000): number[] {
  const out: number[] = [];
  const lemmas = new Set<string>();
  for (let r = 0; r < Math.min(vocabulary, vectors.size); r++) {
    if (!ALPHA.test(vectors.word(r))) continue;
    if (tags !== undefined) {
      const t = tags.get(r);
      if (t === undefined || (t.pos !== 'NOUN' && t.pos !== 'VERB' && t.pos !== 'ADJ')) continue;
      if (lemmas.has(t.root)) continue;
      lemmas.add(t.root);
    }
    out.push(r);
  }
  return out;
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
 * Chooses basis words by paper 2's greedy coverage rule (its code, section 2.3): each
 * vocabulary-sample word v has weight[v] = min over chosen atoms b of (1 - |cos(v, b)|),
 * starting from the syntactic atoms; pick the candidate with the highest mean
 * weight[v]·|cos(c, v)|, then lower the weights. All vectors have the syntactic part projected
 * out. Lazy evaluation (scores only fall) keeps it to seconds.
 */
export function chooseBasisWords(vectors: WordVectors, syntactic: readonly SyntacticAtom[], candidates: readonly number[], options: DictionaryOptions = {}): number[] {
  const size = options.size ?? DEFAULT_DICTIONARY_SIZE;
  const pool: number[] = [];
  for (let r = 0; r < Math.min(options.vocabulary ?? 30_000, vectors.size); r++) if (ALPHA.test(vectors.word(r))) pool.push(r);
  const sampleSize = Math.min(options.sample ?? 2000, pool.length);
  const sample = Array.from({ length: sampleSize }, (_, i) => pool[Math.floor((i * pool.length) / sampleSize)] as number);
  if (candidates.length === 0 || sample.length === 0) throw new AnalysisError('EMPTY_INPUT', 'no candidate basis words');
  const m = sample.length;
  const d = vectors.dimensions;
  const sampleVecs = new Float32Array(m * d);
  sample.forEach((r, v) => sampleVecs.set(projectOut(vectors.row(r), syntactic), v * d));
  // weights start from the coverage the syntactic atoms already give
  const weight = new Float64Array(m).fill(1);
  for (const s of syntactic) for (let v = 0; v < m; v++) weight[v] = Math.min(weight[v] as number, 1 - Math.abs(dot(s.vector, vectors.row(sample[v] as number))));
  // |cos| of every candidate with every sample word, computed once
  const table = new Float32Array(candidates.length * m);
  candidates.forEach((r, c) => {
    const cv = Float64Array.from(projectOut(vectors.row(r), syntactic));
    for (let v = 0; v < m; v++) {
      let s = 0;
      const base = v * d;
      for (let j = 0; j < d; j++) s += (cv[j] as number) * (sampleVecs[base + j] as number);
      table[c * m + v] = Math.abs(s);
    }
  });
  const score = (c: number) => {
    let s = 0;
    const base = c * m;
    for (let v = 0; v < m; v++) s += (weight[v] as number) * (table[base + v] as number);
    return s / m;
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
      const base = top.index * m;
      for (let v = 0; v < m; v++) weight[v] = Math.min(weight[v] as number, 1 - (table[base + v] as number));
    } else heap.push(fresh, top.index);
  }
  return chosen;
}

/** Assembles a dictionary from chosen rows (semantic atoms: unit rows with syntax projected out). */
export function dictionaryFromRows(vectors: WordVectors, rows: readonly number[], syntactic: readonly SyntacticAtom[], info?: DictionaryInfo): WordDictionary {
  const d = vectors.dimensions;
  const matrix = new Float32Array(rows.length * d);
  rows.forEach((r, k) => matrix.set(projectOut(vectors.row(r), syntactic), k * d));
  return { atoms: rows.length, dimensions: d, matrix, words: rows.map((r) => vectors.word(r)), rows, syntactic, ...(info === undefined ? {} : { info }) };
}

/** Builds a dictionary from scratch (tagging, syntactic atoms, greedy selection); timed. */
export function buildWordDictionary(vectors: WordVectors, options: DictionaryOptions = {}): WordDictionary {
  const t0 = performance.now();
  const vocabulary = options.vocabulary ?? 30_000;
  const tags = options.posFilter === false ? undefined : tagVocabulary(vectors, vocabulary);
  const syntactic = syntacticAtoms(vectors, tags ?? null, vocabulary);
  const candidates = basisCandidates(vectors, tags, vocabulary);
  const rows = chooseBasisWords(vectors, syntactic, candidates, options);
  const info: DictionaryInfo = {
    version: DICTIONARY_VERSION,
    vectors: vectors.name,
    vocabulary,
    candidates: candidates.length,
    filter: tags === undefined ? 'alphabetic, 3+ letters (no POS filter)' : 'alphabetic, 3+ letters; compromise POS noun/verb/adjective, no proper nouns; one word per lemma',
    buildMs: Math.round(performance.now() - t0),
  };
  return dictionaryFromRows(vectors, rows, syntactic, info);
}

interface SavedDictionary {
  readonly info: DictionaryInfo;
  readonly words: readonly string[];
  readonly syntactic: readonly { name: string; from?: string; vector: number[] }[];
}

/** The cache file of a dictionary (JSON: info, basis words, syntactic atom vectors; about 40 KB). */
export function dictionaryFile(vectors: WordVectors, options: DictionaryOptions = {}): string {
  const size = options.size ?? DEFAULT_DICTIONARY_SIZE;
  const tag = options.posFilter === false ? '-nopos' : '';
  return `${vectors.name}-${vectors.size}-dictionary-v${DICTIONARY_VERSION}-${size}${tag}.json`;
}

/** The dictionary for a table, built once (about 10 s) and cached as a small JSON file beside the pack. */
export function loadWordDictionary(vectors: WordVectors, cacheDir: string, options: DictionaryOptions = {}): WordDictionary {
  const path = join(cacheDir, dictionaryFile(vectors, options));
  if (existsSync(path)) {
    try {
      const saved = JSON.parse(readFileSync(path, 'utf8')) as SavedDictionary;
      const rows = saved.words.map((w) => vectors.indexOf(w));
      const syntactic = saved.syntactic.map((s) => ({ name: s.name, vector: Float32Array.from(s.vector), ...(s.from === undefined ? {} : { from: s.from }) }));
      if (saved.info.version === DICTIONARY_VERSION && rows.every((r) => r >= 0) && syntactic.every((s) => s.vector.length === vectors.dimensions)) {
        return dictionaryFromRows(vectors, rows, syntactic, saved.info);
      }
    } catch {
      // a damaged cache file is rebuilt below
    }
  }
  const dict = buildWordDictionary(vectors, options);
  const saved: SavedDictionary = {
    info: dict.info as DictionaryInfo,
    words: dict.words,
    syntactic: dict.syntactic.map((s) => ({ name: s.name, ...(s.from === undefined ? {} : { from: s.from }), vector: Array.from(s.vector, (x) => Math.round(x * 1e7) / 1e7) })),
  };
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(saved));
  renameSync(tmp, path);
  return dict;
}
