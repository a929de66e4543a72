import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WordVectors } from '@vecsum/embeddings';
import type { Dictionary } from '../lasso/operator.js';
import { basisCandidates, chooseBasisWords, DEFAULT_DICTIONARY_SIZE, type BasisOptions } from './basis-words.js';
import { projectOut, syntacticAtoms, type SyntacticAtom } from './syntactic-atoms.js';
import { DEFAULT_VOCABULARY } from './vocabulary.js';
import { tagVocabulary } from './word-tags.js';

// the build's parts, importable with the dictionary they make
export { DEFAULT_DICTIONARY_SIZE } from './basis-words.js';
export { tagVocabulary } from './word-tags.js';

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

export interface DictionaryOptions extends BasisOptions {
  /** POS filter and lemma de-duplication with compromise's tagger (default true). */
  posFilter?: boolean;
}

/** Bumped when the build changes, so old cache files are rebuilt. */
export const DICTIONARY_VERSION = 2;

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
  const vocabulary = options.vocabulary ?? DEFAULT_VOCABULARY;
  const tags = options.posFilter === false ? undefined : tagVocabulary(vectors, vocabulary);
  const syntactic = syntacticAtoms(vectors, tags ?? null, vocabulary);
  const candidates = basisCandidates(vectors, tags, vocabulary);
  const rows = chooseBasisWords(vectors, syntactic, candidates, options);
  const info: DictionaryInfo = {
    version: DICTIONARY_VERSION,
    vectors: vectors.name,
    vocabulary,
    candidates: candidates.length,
    filter:
      tags === undefined
        ? 'alphabetic, 3+ letters (no POS filter)'
        : 'alphabetic, 3+ letters; compromise POS noun/verb/adjective, no proper nouns; one word per lemma',
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

/** The dictionary for a table, built once (slow: the README's benchmark times it) and cached as a small JSON file beside the pack. */
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
    info: dict.info!,
    words: dict.words,
    syntactic: dict.syntactic.map((s) => ({
      name: s.name,
      ...(s.from === undefined ? {} : { from: s.from }),
      vector: Array.from(s.vector, (x) => Math.round(x * 1e7) / 1e7),
    })),
  };
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(saved));
  renameSync(tmp, path);
  return dict;
}
