import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { WordVectors } from '@vecsum/embeddings';
import type { AnalysisUpdate } from './analysis-state.js';
import type { BodyLimits } from './body.js';
import { createDeadlineTimer, type DeadlineTimer } from './deadline-timer.js';
import { ApiError } from './problem.js';
import type { JobOutcome } from './work/execute.js';
import type { RawJob } from './work/job.js';
import type { OutputLimits } from './work/output.js';
import type { UrlPolicy } from './work/read-input.js';
import { startWorker } from './worker-entry.js';
import { rebuild, type WorkerReply } from './worker-reply.js';

export type { WorkerReply } from './worker-reply.js';

/** What each worker gets at start. */
export interface WorkerData {
  readonly buffer: SharedArrayBuffer;
  readonly limits: BodyLimits & OutputLimits;
  /** The analysis word dictionary's state (its data once ready); without it /v1/analyze gives the short report. */
  readonly analysis?: AnalysisUpdate;
  /** URLs in request bodies are fetched only under this policy. */
  readonly urls?: UrlPolicy;
}

/** Whole requests (parse, validate, read documents, split, embed, select, serialize) on worker threads sharing one word-vector pack. */
export interface WorkerPool {
  readonly size: number;
  /** Runs a request; past `timeoutMs` its worker is terminated and replaced, and it fails with 504 TIMEOUT. */
  run(job: RawJob, timeoutMs: number): Promise<JobOutcome>;
  /** Tells every worker, and every worker started later, the analysis dictionary's new state. */
  setAnalysis(update: AnalysisUpdate): void;
  close(): Promise<void>;
}

export interface WorkerPoolOptions {
  readonly size?: number;
  readonly limits: BodyLimits & OutputLimits;
  /** The analysis word dictionary's state at start (`setAnalysis` changes it); without it /v1/analyze gives the short report. */
  readonly analysis?: AnalysisUpdate;
  /** URLs in request bodies are fetched only under this policy (`vecsum serve --allow-url`). */
  readonly urls?: UrlPolicy;
  /** Heap cap of each worker (MB); a request past it ends that worker with 503 WORKER_FAILED (default 1,024). */
  readonly maxHeapMb?: number;
  /** One event per state change (a worker cut at the deadline, crashed, replaced). */
  readonly onEvent?: (event: Record<string, unknown>) => void;
}

interface Slot {
  worker: Worker;
  job?: { id: number; resolve: (o: JobOutcome) => void; reject: (e: unknown) => void; deadline: number; timeoutMs: number };
}

/** The state every pool function shares. */
interface Pool {
  workerData: WorkerData;
  readonly resourceLimits: { readonly maxOldGenerationSizeMb: number };
  readonly onEvent: (event: Record<string, unknown>) => void;
  nextId: number;
  closed: boolean;
  readonly idle: Slot[];
  readonly busy: Set<Slot>;
  readonly slots: Set<Slot>;
  readonly waiting: ((s: Slot) => void)[];
  readonly deadlines: DeadlineTimer;
}

/**
 * A pool of `size` workers (default: the machine's cores). `vectors` must live in a
 * SharedArrayBuffer (`loadGloveVectors({ shared: true })`): every worker maps the same memory.
 */
export function createWorkerPool(vectors: WordVectors, options: WorkerPoolOptions): WorkerPool {
  const buffer = vectors.matrix.buffer;
  if (!(buffer instanceof SharedArrayBuffer)) throw new Error('createWorkerPool needs vectors loaded with { shared: true }');
  const size = options.size ?? Math.max(1, availableParallelism());
  const pool: Pool = {
    workerData: {
      buffer,
      limits: options.limits,
      ...(options.analysis === undefined ? {} : { analysis: options.analysis }),
      ...(options.urls === undefined ? {} : { urls: options.urls }),
    },
    resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 1024 },
    onEvent: options.onEvent ?? (() => {}),
    nextId: 0,
    closed: false,
    idle: [],
    busy: new Set(),
    slots: new Set(),
    waiting: [],
    deadlines: createDeadlineTimer((now) => expire(pool, now)),
  };
  for (let i = 0; i < size; i++) spawn(pool);
  return {
    size,
    run: (job, timeoutMs) => run(pool, job, timeoutMs),
    setAnalysis: (update) => {
      pool.workerData = { ...pool.workerData, analysis: update };
      for (const slot of pool.slots) slot.worker.postMessage({ analysis: update });
    },
    close: () => close(pool),
  };
}

/** A free worker goes to the longest waiting request, or back to the idle list. */
function release(pool: Pool, slot: Slot): void {
  const next = pool.waiting.shift();
  if (next !== undefined) next(slot);
  else pool.idle.push(slot);
}

/** A worker that failed or ran past its deadline is gone: its job fails, a fresh worker takes its place. */
function replace(pool: Pool, slot: Slot, error: ApiError, event: Record<string, unknown>): void {
  const job = slot.job;
  delete slot.job;
  pool.busy.delete(slot);
  pool.slots.delete(slot);
  slot.worker.removeAllListeners();
  void slot.worker.terminate();
  job?.reject(error);
  if (pool.closed) return;
  pool.onEvent({ msg: 'worker replaced', ...event });
  spawn(pool);
}

/** Starts a worker; it joins the pool's free workers once it has loaded. */
function spawn(pool: Pool): Slot {
  const { workerData, resourceLimits } = pool;
  const worker = startWorker('worker', { workerData, resourceLimits });
  const slot: Slot = { worker };
  pool.slots.add(slot);
  worker.on('message', (reply: WorkerReply | 'ready') => {
    // a worker takes jobs once it has loaded: a request's deadline is not spent on its start-up
    if (reply === 'ready') return release(pool, slot);
    settle(pool, slot, reply);
  });
  const failed = (reason: string) =>
    replace(
      pool,
      slot,
      new ApiError(503, 'WORKER_FAILED', 'The worker running this request failed (out of memory or crashed); retry, or send a smaller request.', {
        headers: { 'retry-after': '1' },
      }),
      { reason },
    );
  worker.on('error', (err) => failed(err instanceof Error ? ((err as { code?: string }).code ?? err.name) : 'error'));
  worker.on('exit', (code) => failed(`exit ${code}`));
  return slot;
}

/** A worker's reply to its current job: the job settles and the worker is free again. */
function settle(pool: Pool, slot: Slot, reply: WorkerReply): void {
  const job = slot.job;
  if (job === undefined || job.id !== reply.id) return;
  delete slot.job;
  pool.busy.delete(slot);
  release(pool, slot);
  if (!reply.ok) job.reject(rebuild(reply.error));
  else job.resolve('bytes' in reply ? { bytes: reply.bytes } : { delegate: reply.delegate });
}

/** Cuts every job past its deadline (504 TIMEOUT, its worker replaced); returns the next deadline. */
function expire(pool: Pool, now: number): number {
  let next = Number.POSITIVE_INFINITY;
  for (const slot of [...pool.busy]) {
    const job = slot.job;
    if (job === undefined) continue;
    if (job.deadline <= now)
      replace(
        pool,
        slot,
        new ApiError(
          504,
          'TIMEOUT',
          `The request took longer than ${job.timeoutMs} ms and was stopped; send a smaller document or budget, or use a faster selector (near, greedy).`,
        ),
        {
          reason: 'deadline',
          timeoutMs: job.timeoutMs,
        },
      );
    else next = Math.min(next, job.deadline);
  }
  return next;
}

/** A free worker, now or when one comes free. */
function acquire(pool: Pool): Promise<Slot> {
  const slot = pool.idle.pop();
  return slot !== undefined ? Promise.resolve(slot) : new Promise((r) => pool.waiting.push(r));
}

/** Runs a request on the next free worker, within `timeoutMs` counted from now (waiting included). */
async function run(pool: Pool, job: RawJob, timeoutMs: number): Promise<JobOutcome> {
  if (pool.closed)
    throw new ApiError(503, 'SHUTTING_DOWN', 'The server is shutting down; retry on another instance, or here in a moment.', {
      headers: { 'retry-after': '1' },
    });
  const deadline = performance.now() + timeoutMs;
  const slot = await acquire(pool);
  const left = Math.floor(deadline - performance.now());
  if (left <= 0) {
    release(pool, slot);
    throw new ApiError(504, 'TIMEOUT', `The request waited longer than ${timeoutMs} ms for a free worker; retry when the server is less busy.`);
  }
  const id = ++pool.nextId;
  return new Promise<JobOutcome>((resolve, reject) => {
    slot.job = { id, resolve, reject, deadline, timeoutMs };
    pool.busy.add(slot);
    pool.deadlines.arm(deadline);
    slot.worker.postMessage({ id, job }, [job.bytes.buffer as ArrayBuffer]);
  });
}

/** Stops taking requests, fails the ones in flight with 503 SHUTTING_DOWN, and ends every worker. */
async function close(pool: Pool): Promise<void> {
  pool.closed = true;
  const all = [...pool.slots];
  pool.idle.length = 0;
  for (const s of all) s.worker.removeAllListeners();
  pool.deadlines.stop();
  for (const s of pool.busy)
    s.job?.reject(
      new ApiError(503, 'SHUTTING_DOWN', 'The server shut down before this request finished; retry on another instance, or here in a moment.', {
        headers: { 'retry-after': '1' },
      }),
    );
  await Promise.all(all.map((s) => s.worker.terminate()));
}
