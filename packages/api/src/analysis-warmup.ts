import type { WordDictionary } from '@vecsum/analysis';
import type { WordVectors } from '@vecsum/embeddings';
import { analysisHolder, type AnalysisState, type AnalysisUpdate, type DictionaryData } from './analysis-state.js';
import type { Logger } from './middleware/request-context.js';
import { startWorker } from './worker-entry.js';

/** A finished warm-up: the dictionary, how long it took, and whether it was built (not found in the cache folder). */
export interface DictionaryBuild {
  readonly data: DictionaryData;
  readonly ms: number;
  readonly built: boolean;
}

/** Loads the dictionary of `vectors` from `cacheDir`, or builds and caches it there; off the main thread; `signal` stops it. */
export type DictionaryBuilder = (vectors: WordVectors, cacheDir: string, signal: AbortSignal) => Promise<DictionaryBuild>;

/**
 * The default builder: a one-shot worker thread (dictionary-worker.ts) that maps the shared
 * pack, loads or builds the dictionary, sends it back and ends. It is not one of the request
 * workers, so no request waits behind it.
 */
export const buildDictionaryInWorker: DictionaryBuilder = (vectors, cacheDir, signal) =>
  new Promise((resolve, reject) => {
    const buffer = vectors.matrix.buffer;
    if (!(buffer instanceof SharedArrayBuffer)) return reject(new Error('the dictionary warm-up needs vectors loaded with { shared: true }'));
    const worker = startWorker('dictionary-worker', { workerData: { buffer, cacheDir } });
    const stop = () => {
      void worker.terminate();
      reject(new Error('the dictionary warm-up was stopped'));
    };
    signal.addEventListener('abort', stop, { once: true });
    worker.once('message', (build: DictionaryBuild) => resolve(build));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      signal.removeEventListener('abort', stop);
      reject(new Error(`the dictionary worker ended (exit ${code}) without a dictionary`));
    });
  });

export interface AnalysisWarmup {
  readonly state: AnalysisState;
  /** Settles (never rejects) once the dictionary is ready or has failed, or the warm-up was stopped. */
  readonly settled: Promise<void>;
  /** The full analysis' inputs for requests run on the main thread: coded 503 until ready. */
  analysis(): Promise<{ vectors: WordVectors; dictionary: WordDictionary }>;
  /** Stops a warm-up still running (server shutdown). */
  stop(): void;
}

export interface AnalysisWarmupOptions {
  readonly build?: DictionaryBuilder;
  readonly logger: Logger;
  /** Called once, when the dictionary is ready or has failed (the worker pool passes it on). */
  readonly onUpdate?: (update: AnalysisUpdate) => void;
}

/**
 * Starts the dictionary warm-up at server start, off the request path; one log line per state
 * change (`analysis state`: warming, then ready or failed; a failure is not retried).
 */
export function startAnalysisWarmup(vectors: WordVectors, cacheDir: string, options: AnalysisWarmupOptions): AnalysisWarmup {
  const { logger } = options;
  const abort = new AbortController();
  const local = analysisHolder(vectors);
  let state: AnalysisState = 'warming';
  const change = (update: AnalysisUpdate, event: Record<string, unknown>) => {
    state = update.state;
    local.set(update);
    if (update.state === 'failed') logger.error({ msg: 'analysis state', state: update.state, ...event });
    else logger.info({ msg: 'analysis state', state: update.state, ...event });
    options.onUpdate?.(update);
  };
  logger.info({ msg: 'analysis state', state });
  const settled = (options.build ?? buildDictionaryInWorker)(vectors, cacheDir, abort.signal).then(
    ({ data, ms, built }) => {
      if (!abort.signal.aborted) change({ state: 'ready', data }, { ms, built, words: data.words.length });
    },
    (err: unknown) => {
      if (!abort.signal.aborted) change({ state: 'failed' }, { error: err instanceof Error ? err.message : String(err) });
    },
  );
  return {
    get state() {
      return state;
    },
    settled,
    analysis: async () => ({ vectors, dictionary: local.get() }),
    stop: () => abort.abort(),
  };
}
