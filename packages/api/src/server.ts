import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { loadWordDictionary, type WordDictionary } from '@vecsum/analysis';
import { loadGloveVectors } from '@vecsum/embeddings';
import { createApp } from './app.js';
import { DEFAULT_LIMITS, type AppLimits } from './deps.js';
import { createJsonLogger, silentLogger, type Logger } from './middleware/request-context.js';
import { createModelRegistry, type ModelSource } from './models.js';
import { createJobQueue } from './runner.js';
import { createWorkerPool, type WorkerPool } from './worker-pool.js';

export interface ServerConfig {
  port: number;
  host: string;
  cacheDir: string;
  /** Folder of transformers.js model folders, each served under its folder name. */
  modelDirs?: readonly string[];
  apiKeys?: readonly string[];
  corsOrigins?: readonly string[];
  limits?: Partial<AppLimits>;
  demoDir?: string;
  /** JSON request logs on stdout (default true). */
  log?: boolean;
  /** Summarize on worker threads sharing the pack (default true; size = limits.concurrency). */
  workers?: boolean;
}

export interface RunningServer {
  readonly url: string;
  /** Stops accepting connections, lets in-flight requests finish, then resolves. */
  close(): Promise<void>;
}

/** Reads the server configuration from the environment (the composition root's job). */
export function configFromEnv(env: NodeJS.ProcessEnv, defaults: Partial<ServerConfig> = {}): Partial<ServerConfig> {
  const list = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.split(',').map((s) => s.trim()).filter(Boolean));
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
  const out: Partial<ServerConfig> = { ...defaults, limits };
  const port = num(env['PORT']);
  if (port !== undefined) out.port = port;
  if (env['HOST'] !== undefined) out.host = env['HOST'];
  const keys = list(env['VECSUM_API_KEYS']);
  if (keys !== undefined) out.apiKeys = keys;
  const origins = list(env['VECSUM_CORS_ORIGINS']);
  if (origins !== undefined) out.corsOrigins = origins;
  const models = list(env['VECSUM_MODEL_DIRS']);
  if (models !== undefined) out.modelDirs = models;
  return out;
}

/** Starts the HTTP server; the GloVe pack loads in the background (/ready says when). */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const limits: AppLimits = { ...DEFAULT_LIMITS, concurrency: Math.max(1, availableParallelism()), ...config.limits };
  const logger: Logger = config.log === false ? silentLogger : createJsonLogger();
  const useWorkers = config.workers !== false;
  // One pack in a SharedArrayBuffer: the main thread and every worker map the same memory.
  const glove = loadGloveVectors({ cacheDir: config.cacheDir, shared: useWorkers });
  const pool: WorkerPool | undefined = useWorkers ? createWorkerPool(glove, limits.concurrency) : undefined;
  const sources: ModelSource[] = [{ name: 'glove', kind: 'word-vectors', load: async () => glove }];
  for (const dir of config.modelDirs ?? []) {
    const name = dir.replace(/\/+$/, '').split('/').pop() ?? dir;
    sources.push({
      name,
      kind: 'transformers',
      load: async () => {
        const { loadTransformersEmbedder } = await import('@vecsum/embeddings/transformers');
        return loadTransformersEmbedder({ model: dir, cacheDir: join(config.cacheDir, 'transformers') });
      },
    });
  }
  const models = createModelRegistry(sources);
  let dictionary: Promise<WordDictionary> | undefined;
  const analysis = async () => {
    dictionary ??= Promise.resolve().then(() => loadWordDictionary(glove, config.cacheDir));
    return { vectors: glove, dictionary: await dictionary };
  };
  void models.warm();
  const app = createApp({
    models,
    queue: createJobQueue(limits),
    limits,
    logger,
    ...(pool === undefined ? {} : { pool }),
    analysis,
    ...(config.apiKeys === undefined ? {} : { apiKeys: config.apiKeys }),
    ...(config.corsOrigins === undefined ? {} : { corsOrigins: config.corsOrigins }),
    ...(config.demoDir === undefined ? {} : { demoDir: config.demoDir }),
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  logger.info({ msg: 'listening', url: `http://${config.host}:${port}` });
  await models.warm();
  return {
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          void (pool?.close() ?? Promise.resolve()).then(() => resolve());
        });
        (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      }),
  };
}
