import { availableParallelism } from 'node:os';
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
import { feed, type Job, PER_WORKER, place, type Placement, type Slot, takeBack } from './worker-placement.js';

export type { WorkerJob } from './worker-placement.js';

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

/** What one worker gets at start: the pool's data and its own cell (`Slot.next`). */
export interface WorkerStart extends WorkerData {
  readonly next: SharedArrayBuffer;
}

/** Whole requests (parse, validate, read documents, split, embed, select, serialize) on worker threads sharing one word-vector pack. */
export interface WorkerPool {
  readonly size: number;
  /** Jobs the workers hold at most (running, and one queued behind each): the admission queue hands over this many. */
  readonly capacity: number;
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

/** The state every pool function shares. */
interface Pool extends Placement {
  workerData: WorkerData;
  readonly resourceLimits: { readonly maxOldGenerationSizeMb: number };
  readonly onEvent: (event: Record<string, unknown>) => void;
  nextId: number;
  closed: boolean;
  readonly deadlines: DeadlineTimer;
}

/**
 * A pool of `size` workers (default: the machine's cores). `vectors` must live in a
 * SharedArrayBuffer (`loadGloveVectors({ shared: true })`): every worker maps the same memory.
 * Each worker holds up to two jobs: the next starts as the last ends, without a round trip
 * through the main thread (which is busy with connections); a worker that comes free takes
 * back a job queued behind a slow one elsewhere, so none waits on another's long request.
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
    slots: new Set(),
    waiting: [],
    deadlines: createDeadlineTimer((now) => expire(pool, now)),
  };
  for (let i = 0; i < size; i++) spawn(pool);
  return {
    size,
    capacity: size * PER_WORKER,
    run: (job, timeoutMs) => run(pool, job, timeoutMs),
    setAnalysis: (update) => {
      pool.workerData = { ...pool.workerData, analysis: update };
      for (const slot of pool.slots) slot.worker.postMessage({ analysis: update });
    },
    close: () => close(pool),
  };
}

/** A worker that failed or ran past its deadline is gone: its running job fails, a job it had not started is placed again, a fresh worker takes its place. */
function replace(pool: Pool, slot: Slot, error: ApiError, event: Record<string, unknown>): void {
  pool.slots.delete(slot);
  slot.worker.removeAllListeners();
  void slot.worker.terminate();
  for (const job of slot.jobs.splice(0)) {
    if (!pool.closed && takeBack(slot, job)) place(pool, job, true);
    else job.reject(error);
  }
  if (pool.closed) return;
  pool.onEvent({ msg: 'worker replaced', ...event });
  spawn(pool);
}

/** Starts a worker; it joins the pool's free workers once it has loaded. */
function spawn(pool: Pool): Slot {
  const { resourceLimits } = pool;
  const next = new Int32Array(new SharedArrayBuffer(4));
  const worker = startWorker('worker', { workerData: { ...pool.workerData, next: next.buffer }, resourceLimits });
  const slot: Slot = { worker, next, ready: false, since: 0, jobs: [] };
  pool.slots.add(slot);
  worker.on('message', (reply: WorkerReply | 'ready') => {
    // a worker takes jobs once it has loaded: a request's deadline is not spent on its start-up
    if (reply !== 'ready') return settle(pool, slot, reply);
    slot.ready = true;
    feed(pool, slot);
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

/** A worker's reply: the worker gets its next job first, then the job settles. */
function settle(pool: Pool, slot: Slot, reply: WorkerReply): void {
  const at = slot.jobs.findIndex((j) => j.id === reply.id);
  if (at < 0) return;
  const job = slot.jobs.splice(at, 1)[0]!;
  feed(pool, slot);
  if (!reply.ok) job.reject(rebuild(reply.error));
  else job.resolve('bytes' in reply ? { bytes: reply.bytes } : { delegate: reply.delegate });
}

const waitedTooLong = (job: Job) =>
  new ApiError(504, 'TIMEOUT', `The request waited longer than ${job.timeoutMs} ms for a free worker; retry when the server is less busy.`);

/**
 * Past its deadline, a job that has not started fails (504 TIMEOUT) and a running one is cut
 * (504 TIMEOUT, its worker replaced); returns the next deadline.
 */
function expire(pool: Pool, now: number): number {
  let next = Number.POSITIVE_INFINITY;
  for (const job of pool.waiting.filter((j) => j.deadline <= now)) {
    pool.waiting.splice(pool.waiting.indexOf(job), 1);
    job.reject(waitedTooLong(job));
  }
  for (const job of pool.waiting) next = Math.min(next, job.deadline);
  for (const slot of [...pool.slots]) {
    const [running, queued] = slot.jobs;
    if (queued !== undefined && queued.deadline <= now && takeBack(slot, queued)) {
      slot.jobs.pop();
      queued.reject(waitedTooLong(queued));
    } else if (queued !== undefined) next = Math.min(next, queued.deadline); // started: it is cut once it runs first
    if (running === undefined) continue;
    if (running.deadline > now) next = Math.min(next, running.deadline);
    else if (takeBack(slot, running)) {
      slot.jobs.shift(); // it came first after the one before it ended, and had not started
      running.reject(waitedTooLong(running));
    } else replace(pool, slot, timedOut(running), { reason: 'deadline', timeoutMs: running.timeoutMs });
  }
  return next;
}

const timedOut = (job: Job) =>
  new ApiError(
    504,
    'TIMEOUT',
    `The request took longer than ${job.timeoutMs} ms and was stopped; send a smaller document or budget, or use a faster selector (near, greedy).`,
  );

/** Runs a request on the next free worker, within `timeoutMs` counted from now (waiting included). */
function run(pool: Pool, raw: RawJob, timeoutMs: number): Promise<JobOutcome> {
  if (pool.closed)
    return Promise.reject(
      new ApiError(503, 'SHUTTING_DOWN', 'The server is shutting down; retry on another instance, or here in a moment.', {
        headers: { 'retry-after': '1' },
      }),
    );
  const deadline = performance.now() + timeoutMs;
  pool.nextId = (pool.nextId % 0x7fffffff) + 1; // an Int32 id, never 0 (0 marks "none" in a worker's cell)
  const id = pool.nextId;
  return new Promise<JobOutcome>((resolve, reject) => {
    pool.deadlines.arm(deadline);
    place(pool, { id, raw, deadline, timeoutMs, resolve, reject, queued: false });
  });
}

/** Stops taking requests, fails the ones in flight or waiting with 503 SHUTTING_DOWN, and ends every worker. */
async function close(pool: Pool): Promise<void> {
  pool.closed = true;
  const all = [...pool.slots];
  for (const s of all) s.worker.removeAllListeners();
  pool.deadlines.stop();
  const error = new ApiError(503, 'SHUTTING_DOWN', 'The server shut down before this request finished; retry on another instance, or here in a moment.', {
    headers: { 'retry-after': '1' },
  });
  for (const job of [...pool.waiting.splice(0), ...all.flatMap((s) => s.jobs.splice(0))]) job.reject(error);
  await Promise.all(all.map((s) => s.worker.terminate()));
}
