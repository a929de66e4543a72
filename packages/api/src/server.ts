import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createServer, type RequestListener, type Server } from 'node:http';
import { basename, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { getRequestListener } from '@hono/node-server';
import { dictionaryFile } from '@vecsum/analysis';
import { defaultCacheDir, loadGloveVectors, type WordVectors } from '@vecsum/embeddings';
import { startAnalysisWarmup, type AnalysisWarmup, type DictionaryBuilder } from './analysis-warmup.js';
import { createApp } from './app.js';
import { createAdmissionGate } from './admission-gate.js';
import { DEFAULT_LIMITS, QUEUE_PER_WORKER, type AppDeps, type AppLimits } from './deps.js';
import { isJobRequest } from './dispatch.js';
import { createKeyCheck } from './middleware/api-keys.js';
import { createJsonLogger, silentLogger, type Logger } from './middleware/request-context.js';
import { createModelRegistry, type ModelSource } from './models.js';
import { QUEUE_RETRY_AFTER_S, createJobQueue } from './runner.js';
import { answerClientError } from './client-error.js';
import { nodeJobs } from './node-jobs.js';
import { fastRefusal } from './refusal.js';
import { staticHeaders } from './headers.js';
import { createWorkerPool, type WorkerPool } from './worker-pool.js';
import type { UrlPolicy } from './work/read-input.js';

export interface ServerConfig {
  port: number;
  host: string;
  cacheDir: string;
  /** The word-vector pack of the default model "glove" (default: the shipped 200k int8 pack, see loadGloveVectors). */
  packPath?: string;
  /** Folder of transformers.js model folders, each served under its folder name. */
  modelDirs?: readonly string[];
  apiKeys?: readonly string[];
  corsOrigins?: readonly string[];
  limits?: Partial<AppLimits>;
  demoDir?: string;
  /** JSON request logs on stdout (default true). */
  log?: boolean;
  /** Run requests on worker threads sharing the pack (default true; size = limits.concurrency). */
  workers?: boolean;
  /** How long `close()` lets in-flight requests finish before it cuts every connection (default 10 s). */
  drainMs?: number;
  /** A client must finish sending its headers within this (default 10 s), closing or not. */
  headersTimeoutMs?: number;
  /** A client must finish sending its whole request within this (default 30 s), closing or not. */
  requestTimeoutMs?: number;
  /**
   * Fetch `{url}` inputs from these hosts only (`vecsum serve --allow-url`); private, loopback
   * and link-local addresses are never fetched, redirects included. Off when absent.
   */
  urls?: UrlPolicy;
  /**
   * Builds (or loads from `cacheDir`) the analysis word dictionary at start, off the request
   * path (default: a one-shot worker thread). Tests inject a slow or failing one.
   */
  buildDictionary?: DictionaryBuilder;
}

/**
 * How long at most `startServer` waits for the analysis dictionary when its cache file exists (a
 * load: about a second with the warm-up thread's start, more on a loaded machine), so a server
 * started on a warm cache answers /v1/analyze at once; a build (no cache file) is never waited
 * for, and a stale file (rebuilt) only up to this.
 */
const CACHED_DICTIONARY_WAIT_MS = 20_000;

export interface RunningServer {
  readonly url: string;
  /**
   * Stops accepting connections; in-flight requests finish and are answered with
   * `Connection: close`; after the drain deadline every connection is cut. Resolves when done.
   */
  close(): Promise<void>;
}

/** Reads the server configuration from the environment (the composition root's job). */
export function configFromEnv(env: NodeJS.ProcessEnv, defaults: Partial<ServerConfig> = {}): Partial<ServerConfig> {
  const list = (v: string | undefined) =>
    v === undefined || v.trim() === ''
      ? undefined
      : v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
  const num = (v: string | undefined) => (v === undefined || v === '' ? undefined : Number(v));
  const limits: Partial<AppLimits> = {};
  const set = (k: keyof AppLimits, v: number | undefined) => {
    if (v !== undefined && Number.isFinite(v) && v > 0) (limits as Record<string, number>)[k] = v;
  };
  set('maxBodyBytes', num(env['VECSUM_MAX_BODY_BYTES']));
  set('maxTextChars', num(env['VECSUM_MAX_TEXT_CHARS']));
  set('concurrency', num(env['VECSUM_CONCURRENCY']));
  set('queueSize', num(env['VECSUM_QUEUE_SIZE']));
  set('timeoutMs', num(env['VECSUM_TIMEOUT_MS']));
  set('maxVectors', num(env['VECSUM_MAX_VECTORS']));
  set('maxResponseBytes', num(env['VECSUM_MAX_RESPONSE_BYTES']));
  const out: Partial<ServerConfig> = { cacheDir: defaultCacheDir(env), ...defaults, limits };
  const drain = num(env['VECSUM_DRAIN_MS']);
  if (drain !== undefined && Number.isFinite(drain) && drain >= 0) out.drainMs = drain;
  const port = num(env['PORT']);
  if (port !== undefined) out.port = port;
  if (env['HOST'] !== undefined) out.host = env['HOST'];
  const keys = list(env['VECSUM_API_KEYS']);
  if (keys !== undefined) out.apiKeys = keys;
  const origins = list(env['VECSUM_CORS_ORIGINS']);
  if (origins !== undefined) out.corsOrigins = origins;
  const hosts = list(env['VECSUM_ALLOW_URL']);
  if (hosts !== undefined) out.urls = { allowHosts: hosts.map((h) => h.toLowerCase()) };
  const models = list(env['VECSUM_MODEL_DIRS']);
  if (models !== undefined) out.modelDirs = models;
  return out;
}

/** Registry sources: the default GloVe pack, then one transformers.js model per folder, named by the folder (never its path). */
function modelSources(glove: WordVectors, config: ServerConfig): ModelSource[] {
  const sources: ModelSource[] = [{ name: 'glove', kind: 'word-vectors', load: async () => glove }];
  for (const dir of config.modelDirs ?? []) {
    sources.push({
      name: basename(dir.replace(/[/\\]+$/, '')) || 'model',
      kind: 'transformers',
      load: async () => {
        const { loadTransformersEmbedder } = await import('@vecsum/embeddings/transformers');
        return loadTransformersEmbedder({ model: dir, cacheDir: join(config.cacheDir, 'transformers') });
      },
    });
  }
  return sources;
}

/** Starts the HTTP server; the GloVe pack loads first, other models in the background (/v1/models says when). */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const limits = resolveLimits(config);
  const logger: Logger = config.log === false ? silentLogger : createJsonLogger();
  const useWorkers = config.workers !== false;
  // One pack in a SharedArrayBuffer: the main thread and every worker (the dictionary's warm-up one too) map the same memory.
  const glove = loadGloveVectors({ cacheDir: config.cacheDir, shared: true, ...(config.packPath === undefined ? {} : { packPath: config.packPath }) });
  const pool = useWorkers ? startPool(glove, limits, config, logger) : undefined;
  const models = createModelRegistry(modelSources(glove, config), { onEvent: (e) => (e['state'] === 'failed' ? logger.error(e) : logger.info(e)) });
  const warmup = startAnalysisWarmup(glove, config.cacheDir, {
    logger,
    ...(config.buildDictionary === undefined ? {} : { build: config.buildDictionary }),
    onUpdate: (update) => pool?.setAnalysis(update),
  });
  void models.warm();
  const lifecycle = { closing: false };
  const queue = createJobQueue(limits, { handOver: pool === undefined ? 0 : pool.capacity - pool.size });
  const fixedHeaders = await staticHeaders();
  const core = {
    models,
    queue,
    limits,
    logger,
    lifecycle,
    analysis: warmup.analysis,
    analysisState: () => warmup.state,
    ...(pool === undefined ? {} : { pool }),
  };
  const serverOptions = {
    headersTimeout: config.headersTimeoutMs ?? 10_000,
    requestTimeout: config.requestTimeoutMs ?? 30_000,
    connectionsCheckingInterval: 1000,
  };
  const server = createServer(serverOptions, requestListener(core, config, fixedHeaders)).on('clientError', answerClientError(fixedHeaders, logger));
  const port = await listen(server, config, logger).catch(async (e: unknown) => {
    // nothing may keep the process alive after a failed start (a port in use, say)
    warmup.stop();
    await pool?.close();
    throw e;
  });
  await models.warm();
  if (existsSync(join(config.cacheDir, dictionaryFile(glove)))) await within(warmup.settled, CACHED_DICTIONARY_WAIT_MS);
  let closing: Promise<void> | undefined;
  return {
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}/`,
    close: () => (closing ??= drain(server, pool, warmup, lifecycle, config.drainMs ?? 10_000, logger)),
  };
}

/**
 * The server's request listener: the admission gate; behind it, job requests served on Node
 * directly (node-jobs.ts) unless CORS needs the app's middleware, and the app for everything
 * else. The API-key check is built here, once, for both.
 */
function requestListener(core: Omit<AppDeps, 'gate'>, config: ServerConfig, fixedHeaders: Readonly<Record<string, string>>): RequestListener {
  const cors = (config.corsOrigins ?? []).length > 0;
  // the fast refusal carries no CORS headers: with CORS configured, the app answers refusals
  const refuse = cors ? undefined : fastRefusal(fixedHeaders, core.logger, core.lifecycle ?? { closing: false });
  const gate = createAdmissionGate({
    isJob: isJobRequest,
    full: () => core.queue.full,
    retryAfterS: QUEUE_RETRY_AFTER_S,
    ...(refuse === undefined ? {} : { refuse }),
  });
  const deps: AppDeps = {
    ...core,
    gate,
    ...(config.apiKeys === undefined ? {} : { apiKeys: config.apiKeys, keyCheck: createKeyCheck(config.apiKeys) }),
    ...(config.corsOrigins === undefined ? {} : { corsOrigins: config.corsOrigins }),
    ...(config.demoDir === undefined ? {} : { demoDir: config.demoDir }),
    ...(config.urls === undefined ? {} : { urls: config.urls }),
  };
  const app = getRequestListener(createApp(deps).fetch);
  return gate.wrap(cors ? app : nodeJobs(deps, fixedHeaders, app));
}

/** The app's limits: the defaults, the queue sized by the concurrency (default: the cores), then the configured ones. */
function resolveLimits(config: ServerConfig): AppLimits {
  const concurrency = config.limits?.concurrency ?? Math.max(1, availableParallelism());
  return { ...DEFAULT_LIMITS, concurrency, queueSize: concurrency * QUEUE_PER_WORKER, ...config.limits };
}

/** The worker threads that run requests, one per unit of concurrency, sharing the pack. */
function startPool(glove: WordVectors, limits: AppLimits, config: ServerConfig, logger: Logger): WorkerPool {
  return createWorkerPool(glove, {
    size: limits.concurrency,
    limits,
    analysis: { state: 'warming' },
    ...(config.urls === undefined ? {} : { urls: config.urls }),
    onEvent: (e) => logger.info(e),
  });
}

/** Waits for `settled`, at most `ms`; the timer is cleared either way. */
async function within(settled: Promise<void>, ms: number): Promise<void> {
  const timer = new AbortController();
  await Promise.race([settled, delay(ms, undefined, { signal: timer.signal }).catch(() => {})]);
  timer.abort();
}

/**
 * Listens on the configured host and port; resolves with the port bound (the configured one, or
 * the one picked for 0); rejects with Node's error (EADDRINUSE, EACCES, EADDRNOTAVAIL...).
 */
async function listen(server: Server, config: ServerConfig, logger: Logger): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  logger.info({ msg: 'listening', url: `http://${config.host}:${port}` });
  return port;
}

/**
 * Graceful stop with a deadline: no new connections; idle keep-alive connections closed now
 * and as they go idle; answers carry `Connection: close`; at `drainMs` every remaining
 * connection (slow senders included) is cut and the workers stop.
 */
function drain(
  server: Server,
  pool: WorkerPool | undefined,
  warmup: AnalysisWarmup,
  lifecycle: { closing: boolean },
  drainMs: number,
  logger: Logger,
): Promise<void> {
  const started = performance.now();
  lifecycle.closing = true;
  warmup.stop();
  logger.info({ msg: 'draining', drainMs });
  return new Promise<void>((resolve) => {
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const deadline = setTimeout(() => {
      logger.info({ msg: 'drain deadline reached; closing every connection' });
      server.closeAllConnections();
    }, drainMs);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(deadline);
      void (pool?.close() ?? Promise.resolve()).then(() => {
        logger.info({ msg: 'stopped', ms: Math.round(performance.now() - started) });
        resolve();
      });
    });
    server.closeIdleConnections();
  });
}
