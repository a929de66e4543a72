import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { EmbeddingError, type WordVectors } from '@vecsum/embeddings';
import { ReaderError } from '@vecsum/reader';
import { SummarizerError } from '@vecsum/summarizer';
import type { BodyLimits } from './body.js';
import { ApiError, type FieldError } from './problem.js';
import type { JobOutcome } from './work/execute.js';
import type { ParsedJob, RawJob } from './work/job.js';
import type { OutputLimits } from './work/output.js';
import type { UrlPolicy } from './work/read-input.js';

/** What each worker gets at start. */
export interface WorkerData {
  readonly buffer: SharedArrayBuffer;
  readonly limits: BodyLimits & OutputLimits;
  /** Where the analysis word dictionary is cached; without it /v1/analyze gives the short report. */
  readonly cacheDir?: string;
  /** URLs in request bodies are fetched only under this policy. */
  readonly urls?: UrlPolicy;
}

interface WireError {
  name: string;
  code: string;
  message: string;
  status?: number;
  errors?: readonly FieldError[] | undefined;
  headers?: Readonly<Record<string, string>>;
}

export type WorkerReply = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: true; delegate: ParsedJob } | { id: number; ok: false; error: WireError };

/** Whole requests (parse, validate, read documents, split, embed, select, serialize) on worker threads sharing one word-vector pack. */
export interface WorkerPool {
  readonly size: number;
  /** Runs a request; past `timeoutMs` its worker is terminated and replaced, and it fails with 504 TIMEOUT. */
  run(job: RawJob, timeoutMs: number): Promise<JobOutcome>;
  close(): Promise<void>;
}

export interface WorkerPoolOptions {
  readonly size?: number;
  readonly limits: BodyLimits & OutputLimits;
  readonly cacheDir?: string;
  /** URLs in request bodies are fetched only under this policy (`vecsum serve --allow-url`). */
  readonly urls?: UrlPolicy;
  /** Heap cap of each worker (MB); a request past it ends that worker with 503 WORKER_FAILED (default 1,024). */
  readonly maxHeapMb?: number;
  /** One event per state change (a worker cut at the deadline, crashed, replaced). */
  readonly onEvent?: (event: Record<string, unknown>) => void;
}

const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './worker.ts' : './worker.js', import.meta.url);
// Running from TypeScript sources (tests, `pnpm vecsum`): the worker registers tsx, then
// imports the .ts entry; built JavaScript runs directly.
const BOOTSTRAP = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;

function rebuild(error: WireError): Error {
  if (error.name === 'SummarizerError') return new SummarizerError(error.code as never, error.message);
  if (error.name === 'EmbeddingError') return new EmbeddingError(error.code as never, error.message);
  if (error.name === 'ReaderError') return new ReaderError(error.code as never, error.message);
  if (error.name === 'ApiError') return new ApiError(error.status ?? 500, error.code, error.message, { ...(error.errors === undefined ? {} : { errors: error.errors }), headers: { ...error.headers } });
  return new Error(error.message);
}

interface Slot {
  worker: Worker;
  job?: { id: number; resolve: (o: JobOutcome) => void; reject: (e: unknown) => void; deadline: number; timeoutMs: number };
}

/**
 * A pool of `size` workers (default: the machine's cores). `vectors` must live in a
 * SharedArrayBuffer (`loadGloveVectors({ shared: true })`): every worker maps the same memory.
 * (Over 60 lines: spawn, release, replace and acquire share the pool's slot state in one closure.)
 */
export function createWorkerPool(vectors: WordVectors, options: WorkerPoolOptions): WorkerPool {
  const buffer = vectors.matrix.buffer;
  if (!(buffer instanceof SharedArrayBuffer)) throw new Error('createWorkerPool needs vectors loaded with { shared: true }');
  const size = options.size ?? Math.max(1, availableParallelism());
  const workerData: WorkerData = { buffer, limits: options.limits, ...(options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir }), ...(options.urls === undefined ? {} : { urls: options.urls }) };
  const resourceLimits = { maxOldGenerationSizeMb: options.maxHeapMb ?? 1024 };
  const onEvent = options.onEvent ?? (() => {});
  let nextId = 0;
  let closed = false;
  const idle: Slot[] = [];
  const busy = new Set<Slot>();
  const slots = new Set<Slot>();
  const waiting: ((s: Slot) => void)[] = [];

  const release = (slot: Slot) => {
    const next = waiting.shift();
    if (next !== undefined) next(slot);
    else idle.push(slot);
  };
  // a worker that failed or ran past its deadline is gone: its job fails, a fresh worker takes its place
  const replace = (slot: Slot, error: ApiError, event: Record<string, unknown>) => {
    const job = slot.job;
    delete slot.job;
    busy.delete(slot);
    slots.delete(slot);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    job?.reject(error);
    if (closed) return;
    onEvent({ msg: 'worker replaced', ...event });
    spawn();
  };
  const spawn = (): Slot => {
    const worker = FROM_SOURCE
      ? new Worker(BOOTSTRAP, { eval: true, workerData, execArgv: ['--conditions=source'], resourceLimits })
      : new Worker(WORKER_URL, { workerData, resourceLimits });
    const slot: Slot = { worker };
    slots.add(slot);
    worker.on('message', (reply: WorkerReply | 'ready') => {
      // a worker takes jobs once it has loaded: a request's deadline is not spent on its start-up
      if (reply === 'ready') return release(slot);
      const job = slot.job;
      if (job === undefined || job.id !== reply.id) return;
      delete slot.job;
      busy.delete(slot);
      release(slot);
      if (!reply.ok) job.reject(rebuild(reply.error));
      else job.resolve('bytes' in reply ? { bytes: reply.bytes } : { delegate: reply.delegate });
    });
    const failed = (reason: string) =>
      replace(slot, new ApiError(503, 'WORKER_FAILED', 'The worker running this request failed (out of memory or crashed); retry, or send a smaller request.', { headers: { 'retry-after': '1' } }), { reason });
    worker.on('error', (err) => failed(err instanceof Error ? (err as { code?: string }).code ?? err.name : 'error'));
    worker.on('exit', (code) => failed(`exit ${code}`));
    return slot;
  };
  for (let i = 0; i < size; i++) spawn();

  // One timer for every deadline, armed for the earliest: a timer per job, each of its own
  // duration, costs the main thread a timer list per request (measured: a tenth of its time).
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt = Number.POSITIVE_INFINITY;
  const arm = (at: number) => {
    if (at >= timerAt) return;
    clearTimeout(timer);
    timerAt = at;
    // unref: a job in flight keeps the process alive through its connection and its worker
    timer = setTimeout(expire, Math.max(1, Math.ceil(at - performance.now()))).unref();
  };
  const expire = () => {
    timerAt = Number.POSITIVE_INFINITY;
    const now = performance.now();
    let next = Number.POSITIVE_INFINITY;
    for (const slot of [...busy]) {
      const job = slot.job;
      if (job === undefined) continue;
      if (job.deadline <= now) replace(slot, new ApiError(504, 'TIMEOUT', `The request took longer than ${job.timeoutMs} ms and was stopped.`), { reason: 'deadline', timeoutMs: job.timeoutMs });
      else next = Math.min(next, job.deadline);
    }
    if (next < Number.POSITIVE_INFINITY) arm(next);
  };

  const acquire = (): Promise<Slot> => {
    const slot = idle.pop();
    return slot !== undefined ? Promise.resolve(slot) : new Promise((r) => waiting.push(r));
  };

  return {
    size,
    async run(job, timeoutMs) {
      if (closed) throw new ApiError(503, 'SHUTTING_DOWN', 'The server is shutting down.', { headers: { 'retry-after': '1' } });
      const deadline = performance.now() + timeoutMs;
      const slot = await acquire();
      const left = Math.floor(deadline - performance.now());
      if (left <= 0) {
        release(slot);
        throw new ApiError(504, 'TIMEOUT', `The request waited longer than ${timeoutMs} ms for a free worker.`);
      }
      const id = ++nextId;
      return new Promise<JobOutcome>((resolve, reject) => {
        slot.job = { id, resolve, reject, deadline, timeoutMs };
        busy.add(slot);
        arm(deadline);
        slot.worker.postMessage({ id, job }, [job.bytes.buffer as ArrayBuffer]);
      });
    },
    async close() {
      closed = true;
      const all = [...slots];
      idle.length = 0;
      for (const s of all) s.worker.removeAllListeners();
      clearTimeout(timer);
      for (const s of busy) s.job?.reject(new ApiError(503, 'SHUTTING_DOWN', 'The server shut down before this request finished.', { headers: { 'retry-after': '1' } }));
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
