import { dictionaryFromRows, type DictionaryInfo, type SyntacticAtom, type WordDictionary } from '@vecsum/analysis';
import type { WordVectors } from '@vecsum/embeddings';
import { ApiError } from './problem.js';

/**
 * The analysis word dictionary's state, shared by the main thread and the workers: built (or
 * loaded from the cache folder) once at server start, off the request path.
 */
export type AnalysisState = 'warming' | 'ready' | 'failed';

/** A dictionary as it crosses between threads: its basis words and syntactic atoms (about 40 KB). */
export interface DictionaryData {
  readonly words: readonly string[];
  readonly syntactic: readonly SyntacticAtom[];
  readonly info?: DictionaryInfo | undefined;
}

/** What a worker is told about the dictionary: at its start (workerData) and on every change. */
export type AnalysisUpdate = { readonly state: 'warming' } | { readonly state: 'failed' } | { readonly state: 'ready'; readonly data: DictionaryData };

/** Seconds a client is asked to wait (Retry-After of 503 ANALYSIS_WARMING_UP). */
export const ANALYSIS_RETRY_AFTER_S = 5;

export const analysisWarmingUp = (): ApiError =>
  new ApiError(
    503,
    'ANALYSIS_WARMING_UP',
    `The analysis word dictionary is still being built (once per cache folder, about 15 s ` +
      `after a first start); retry in ${ANALYSIS_RETRY_AFTER_S} s. /v1/summarize and /v1/embed ` +
      `are served meanwhile.`,
    { headers: { 'retry-after': String(ANALYSIS_RETRY_AFTER_S) } },
  );

export const analysisUnavailable = (): ApiError =>
  new ApiError(
    503,
    'ANALYSIS_UNAVAILABLE',
    'The analysis word dictionary could not be built on this server (its log says why; a ' +
      'writable cache folder fixes the usual cause), so /v1/analyze is unavailable until it ' +
      'restarts. /v1/summarize and /v1/embed still work.',
  );

/** The part of a dictionary that crosses threads. */
export const dictionaryData = (d: WordDictionary): DictionaryData => ({ words: d.words, syntactic: d.syntactic, info: d.info });

/** The dictionary again, on the thread that holds `vectors` (about 20 ms for 2,000 words). */
export function dictionaryOf(vectors: WordVectors, data: DictionaryData): WordDictionary {
  const rows = data.words.map((w) => vectors.indexOf(w));
  if (rows.some((r) => r < 0)) throw new Error('the dictionary names words that are not in this pack');
  return dictionaryFromRows(vectors, rows, data.syntactic, data.info);
}

/**
 * A thread's view of the dictionary: `set` takes each update; `get` gives the dictionary (made
 * from the update's data on first use, then kept) or throws the coded 503 a request gets instead
 * (ANALYSIS_WARMING_UP with Retry-After, or ANALYSIS_UNAVAILABLE).
 */
export function analysisHolder(vectors: WordVectors, initial: AnalysisUpdate = { state: 'warming' }) {
  let update = initial;
  let dictionary: WordDictionary | undefined;
  return {
    set(next: AnalysisUpdate): void {
      update = next;
      dictionary = undefined;
    },
    get(): WordDictionary {
      if (update.state === 'warming') throw analysisWarmingUp();
      if (update.state === 'failed') throw analysisUnavailable();
      dictionary ??= dictionaryOf(vectors, update.data);
      return dictionary;
    },
  };
}
