import type { BodyLimits } from './body.js';
import type { AdmissionGate } from './admission-gate.js';
import type { AnalysisState } from './analysis-state.js';
import type { AuthLimits, KeyCheck } from './middleware/api-keys.js';
import type { Logger } from './middleware/request-context.js';
import type { ModelRegistry } from './models.js';
import type { JobQueue, RunnerLimits } from './runner.js';
import type { OutputLimits } from './work/output.js';
import type { WorkerPool } from './worker-pool.js';
import type { UrlPolicy } from './work/read-input.js';
import type { WordDictionary } from '@vecsum/analysis';
import type { WordVectors } from '@vecsum/embeddings';

export interface AppLimits extends BodyLimits, RunnerLimits, OutputLimits {}

/**
 * Requests waiting per worker (the default queue is this times the workers): enough that the
 * workers never wait for work under overload, few enough that an admitted request's wait stays
 * short (8 per worker at 5 ms each: about 40 ms); the excess is refused at once.
 */
export const QUEUE_PER_WORKER = 8;

export const DEFAULT_LIMITS: AppLimits = {
  maxBodyBytes: 5 * 1024 * 1024,
  maxTextChars: 1_000_000,
  concurrency: 2,
  queueSize: 2 * QUEUE_PER_WORKER,
  timeoutMs: 30_000,
  maxVectors: 10_000,
  maxResponseBytes: 32 * 1024 * 1024,
};

/** Whether the server is draining: responses then carry `Connection: close`. */
export interface Lifecycle {
  readonly closing: boolean;
}

/** Everything the app needs, passed in: no env reads or I/O at import. */
export interface AppDeps {
  readonly models: ModelRegistry;
  readonly queue: JobQueue;
  readonly limits: AppLimits;
  readonly logger: Logger;
  readonly apiKeys?: readonly string[];
  /** Wrong-key rate limit per client address (default 10 at once, then 1 per second). */
  readonly authLimits?: AuthLimits;
  /**
   * The key check built from `apiKeys` and `authLimits`, when something besides the app must
   * share it (`startServer`: the job routes served on Node); built by the app otherwise.
   */
  readonly keyCheck?: KeyCheck;
  /** Allowed CORS origins ('*' for any); none by default. */
  readonly corsOrigins?: readonly string[];
  /** Worker threads that run whole requests on the default word-vector model; in-process when absent. */
  readonly pool?: WorkerPool;
  /**
   * The word vectors and basis-word dictionary of the default model, for the full analysis
   * report (word equations); without it /v1/analyze gives per-dimension contributions only.
   */
  readonly analysis?: () => Promise<{ vectors: WordVectors; dictionary: WordDictionary }>;
  /** The dictionary's warm-up state, reported by /ready (which never waits for it: summarizing does not need it). */
  readonly analysisState?: () => AnalysisState;
  /** Serves the demo page's built files at / when given (and a page saying how to build it otherwise). */
  readonly demoDir?: string;
  readonly lifecycle?: Lifecycle;
  /** Refused connections wait out their Retry-After before their next job request is read (set by `startServer`). */
  readonly gate?: AdmissionGate;
  /** URLs in request bodies (`{url}`) are fetched only under this policy; refused (403 URL_NOT_ALLOWED) without it. */
  readonly urls?: UrlPolicy;
}
