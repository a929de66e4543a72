import { createWordVectorEmbedder, type SentenceEmbedder, type WordVectors } from '@vecsum/embeddings';
import { ApiError } from './problem.js';

export type ModelState = 'unloaded' | 'loading' | 'ready' | 'failed';

export interface ModelInfo {
  readonly name: string;
  readonly kind: 'word-vectors' | 'transformers';
  readonly state: ModelState;
  readonly dimensions: number | null;
  readonly vectorFunctions: readonly string[];
  readonly default: boolean;
  /** Why a failed model failed, as a stable code and a message without paths (details go to the log). */
  readonly error?: { readonly code: 'MODEL_LOAD_FAILED'; readonly message: string };
}

/** Named embedders, loaded lazily (or eagerly with `warm`), with their load state. */
export interface ModelRegistry {
  list(): ModelInfo[];
  /** The embedder for a model and vector function; 422 for unknown names, 503 while loading or after a failed load. */
  get(name: string | undefined, vectorFunction: string | undefined): Promise<SentenceEmbedder>;
  /** Starts loading every model not yet tried; resolves when each is ready or failed. A failed load is not retried. */
  warm(): Promise<void>;
  /** The default model is ready (other models report their own state in `list`). */
  readonly ready: boolean;
}

export interface ModelSource {
  readonly name: string;
  readonly kind: 'word-vectors' | 'transformers';
  /** word-vectors: returns the table; transformers: returns the embedder. */
  load(): Promise<WordVectors | SentenceEmbedder>;
}

export interface RegistryOptions {
  readonly defaultModel?: string;
  /** One event per state change (loading, ready, failed with the full error). */
  readonly onEvent?: (event: Record<string, unknown>) => void;
}

const FUNCTIONS = ['mean', 'sif', 'arora'] as const;

interface Entry {
  source: ModelSource;
  state: ModelState;
  promise?: Promise<void>;
  value?: WordVectors | SentenceEmbedder;
  embedders: Map<string, SentenceEmbedder>;
}

export function createModelRegistry(sources: readonly ModelSource[], options: RegistryOptions = {}): ModelRegistry {
  const defaultModel = options.defaultModel ?? sources[0]?.name ?? 'glove';
  const onEvent = options.onEvent ?? (() => {});
  const entries = new Map<string, Entry>(sources.map((s) => [s.name, { source: s, state: 'unloaded', embedders: new Map() }]));
  return {
    list: () => [...entries.values()].map((e) => describe(e, defaultModel)),
    get ready() {
      return entries.get(defaultModel)?.state === 'ready';
    },
    async warm() {
      await Promise.all([...entries.values()].map((e) => start(e, onEvent)));
    },
    async get(name, vectorFunction) {
      const entry = entries.get(name ?? defaultModel);
      if (entry === undefined) throw unknownModel(name, [...entries.keys()]);
      return embedderOf(readyEntry(entry, onEvent), vectorFunction);
    },
  };
}

const failedMessage = (name: string) => `model ${name} failed to load; the server log has the reason (fix the model and restart the server)`;

function setState(e: Entry, state: ModelState, onEvent: (event: Record<string, unknown>) => void, extra: Record<string, unknown> = {}): void {
  e.state = state;
  onEvent({ msg: 'model state', model: e.source.name, state, ...extra });
}

/** Loads a model once (later calls share the first load); a failed load ends in state `failed`, not a rejection. */
function start(e: Entry, onEvent: (event: Record<string, unknown>) => void): Promise<void> {
  e.promise ??= (async () => {
    setState(e, 'loading', onEvent);
    try {
      e.value = await e.source.load();
      setState(e, 'ready', onEvent);
    } catch (err) {
      setState(e, 'failed', onEvent, { error: err instanceof Error ? err.message : String(err) });
    }
  })();
  return e.promise;
}

/** A model as `GET /v1/models` lists it. */
function describe(e: Entry, defaultModel: string): ModelInfo {
  return {
    name: e.source.name,
    kind: e.source.kind,
    state: e.state,
    dimensions: e.value === undefined ? null : 'dimensions' in e.value ? e.value.dimensions : null,
    vectorFunctions: e.source.kind === 'word-vectors' ? FUNCTIONS : ['transformer'],
    default: e.source.name === defaultModel,
    ...(e.state === 'failed' ? { error: { code: 'MODEL_LOAD_FAILED' as const, message: failedMessage(e.source.name) } } : {}),
  };
}

function unknownModel(name: string | undefined, known: readonly string[]): ApiError {
  return new ApiError(422, 'UNKNOWN_MODEL', `unknown model ${JSON.stringify(name)}; GET /v1/models lists them`, {
    errors: [{ field: 'model', message: `expected one of ${known.join(', ')}` }],
  });
}

/** The entry if its model is ready; otherwise 503 (failed, or loading: a load is started if none was). */
function readyEntry(entry: Entry, onEvent: (event: Record<string, unknown>) => void): Entry {
  if (entry.state === 'failed') throw new ApiError(503, 'MODEL_LOAD_FAILED', failedMessage(entry.source.name));
  if (entry.state !== 'ready') {
    void start(entry, onEvent);
    throw new ApiError(503, 'MODEL_LOADING', `model ${entry.source.name} is loading; retry in 2 s`, { headers: { 'retry-after': '2' } });
  }
  return entry;
}

/** A ready model's embedder: a transformer as is, word vectors under `vectorFunction` (default arora, one embedder per function). */
function embedderOf(entry: Entry, vectorFunction: string | undefined): SentenceEmbedder {
  const value = entry.value!;
  if (entry.source.kind === 'transformers') return value as SentenceEmbedder;
  const fn = vectorFunction ?? 'arora';
  let embedder = entry.embedders.get(fn);
  if (embedder === undefined) {
    embedder = createWordVectorEmbedder(value as WordVectors, { function: fn as (typeof FUNCTIONS)[number] });
    entry.embedders.set(fn, embedder);
  }
  return embedder;
}
