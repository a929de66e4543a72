import { createWordVectorEmbedder, type SentenceEmbedder, type WordVectors } from '@vecsum/embeddings';
import { ApiError } from './problem.js';

export type ModelState = 'unloaded' | 'loading' | 'ready' | 'failed';

export interface ModelInfo {
  readonly name: string;
  readonly kind: 'word-vectors' | 'transformers';
  readonly state: ModelState;
  readonly dimensions: number | null;
  readonly vectorFunctions: readonly string[];
  readonly error?: string;
}

/** Named embedders, loaded lazily (or eagerly with `warm`), with their load state. */
export interface ModelRegistry {
  list(): ModelInfo[];
  /** The embedder for a model and vector function; 404-like ApiError for unknown names, 503 while loading. */
  get(name: string | undefined, vectorFunction: string | undefined): Promise<SentenceEmbedder>;
  /** Starts loading every model; resolves when all are ready or failed. */
  warm(): Promise<void>;
  readonly ready: boolean;
}

export interface ModelSource {
  readonly name: string;
  readonly kind: 'word-vectors' | 'transformers';
  /** word-vectors: returns the table; transformers: returns the embedder. */
  load(): Promise<WordVectors | SentenceEmbedder>;
}

const FUNCTIONS = ['mean', 'sif', 'arora'] as const;

export function createModelRegistry(sources: readonly ModelSource[], defaultModel = sources[0]?.name ?? 'glove'): ModelRegistry {
  interface Entry {
    source: ModelSource;
    state: ModelState;
    promise?: Promise<WordVectors | SentenceEmbedder>;
    value?: WordVectors | SentenceEmbedder;
    error?: string;
    embedders: Map<string, SentenceEmbedder>;
  }
  const entries = new Map<string, Entry>(sources.map((s) => [s.name, { source: s, state: 'unloaded', embedders: new Map() }]));
  const start = (e: Entry): Promise<WordVectors | SentenceEmbedder> => {
    if (e.promise === undefined) {
      e.state = 'loading';
      e.promise = e.source.load().then(
        (v) => {
          e.state = 'ready';
          e.value = v;
          return v;
        },
        (err: unknown) => {
          e.state = 'failed';
          e.error = err instanceof Error ? err.message : String(err);
          delete e.promise;
          throw err;
        },
      );
      e.promise.catch(() => {});
    }
    return e.promise;
  };
  return {
    list: () =>
      [...entries.values()].map((e) => ({
        name: e.source.name,
        kind: e.source.kind,
        state: e.state,
        dimensions: e.value === undefined ? null : 'dimensions' in e.value ? e.value.dimensions : null,
        vectorFunctions: e.source.kind === 'word-vectors' ? FUNCTIONS : ['transformer'],
        ...(e.error === undefined ? {} : { error: e.error }),
      })),
    get ready() {
      return [...entries.values()].every((e) => e.state === 'ready');
    },
    async warm() {
      await Promise.allSettled([...entries.values()].map((e) => start(e)));
    },
    async get(name, vectorFunction) {
      const entry = entries.get(name ?? defaultModel);
      if (entry === undefined) {
        throw new ApiError(422, 'UNKNOWN_MODEL', `unknown model ${JSON.stringify(name)}; GET /v1/models lists them`, {
          errors: [{ field: 'model', message: `expected one of ${[...entries.keys()].join(', ')}` }],
        });
      }
      if (entry.state !== 'ready') {
        void start(entry);
        throw new ApiError(503, 'MODEL_LOADING', `model ${entry.source.name} is ${entry.state === 'failed' ? 'retrying after a failed load' : 'loading'}`, { headers: { 'retry-after': '2' } });
      }
      const value = entry.value as WordVectors | SentenceEmbedder;
      if (entry.source.kind === 'transformers') return value as SentenceEmbedder;
      const fn = vectorFunction ?? 'arora';
      let embedder = entry.embedders.get(fn);
      if (embedder === undefined) {
        embedder = createWordVectorEmbedder(value as WordVectors, { function: fn as (typeof FUNCTIONS)[number] });
        entry.embedders.set(fn, embedder);
      }
      return embedder;
    },
  };
}
