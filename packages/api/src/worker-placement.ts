import type { Worker } from 'node:worker_threads';
import type { JobOutcome } from './work/execute.js';
import type { RawJob } from './work/job.js';

// Where the pool's jobs go: each worker holds the job it runs and the next one, so it starts the
// next as the last ends, without a round trip through the (busy) main thread; a worker that
// comes free takes back a job queued behind a slow one elsewhere.

/** A job message to a worker; a `queued` one starts only if the worker can swap its id out of its cell. */
export interface WorkerJob {
  readonly id: number;
  readonly job: RawJob;
  readonly queued: boolean;
}

/** A request in the pool: on no worker yet (`waiting`), or on one (`Slot.jobs`). */
export interface Job {
  readonly id: number;
  readonly raw: RawJob;
  readonly deadline: number;
  readonly timeoutMs: number;
  readonly resolve: (o: JobOutcome) => void;
  readonly reject: (e: unknown) => void;
  /** Sent behind another job: its bytes were copied, not moved, so it can be taken back until its worker starts it. */
  queued: boolean;
}

/**
 * A worker whose running job has run this long is slow (a big request, or the thread not
 * scheduled on a busy machine): a worker with room takes back the job queued behind it, so the
 * queued job's wait does not hang on one thread. Requests here take about 1 to 3 ms.
 */
const SLOW_MS = 10;

/** At most this many jobs on one worker: the running one and the next, which it starts without waiting for the main thread. */
export const PER_WORKER = 2;

export interface Slot {
  readonly worker: Worker;
  /**
   * One shared cell: the id of the job queued on this worker that it has not started (0: none).
   * The worker starts a queued job only by swapping its id for 0; the pool takes one back (to
   * give it to a worker that came free, or to place it again after a failure) the same way.
   */
  readonly next: Int32Array;
  /** Loaded: it takes jobs. */
  ready: boolean;
  /** When its running job started (`performance.now()`; the first job's send, or the reply before it). */
  since: number;
  /** Its jobs in order: the first runs (or is about to); a second waits behind it. */
  readonly jobs: Job[];
}

/** The pool's workers and the jobs none has taken yet. */
export interface Placement {
  readonly slots: Set<Slot>;
  /** Jobs no worker could take yet (every one full or starting), oldest first. */
  readonly waiting: Job[];
}

/** Sends a job to a worker: at once to a free one (its bytes moved), or queued behind its running job (copied). */
function send(slot: Slot, job: Job): void {
  job.queued = slot.jobs.length > 0;
  if (!job.queued) slot.since = performance.now();
  slot.jobs.push(job);
  const message: WorkerJob = { id: job.id, job: job.raw, queued: job.queued };
  if (job.queued) {
    Atomics.store(slot.next, 0, job.id);
    slot.worker.postMessage(message);
  } else slot.worker.postMessage(message, [job.raw.bytes.buffer as ArrayBuffer]);
}

/** Whether a job can go to this worker now: loaded, and free, or running one with none queued behind it. */
const takes = (slot: Slot): boolean => slot.ready && (slot.jobs.length === 0 || (slot.jobs.length < PER_WORKER && Atomics.load(slot.next, 0) === 0));

/** Takes back a job queued on a worker that has not started it; false when it has. */
export const takeBack = (slot: Slot, job: Job): boolean => job.queued && Atomics.compareExchange(slot.next, 0, job.id, 0) === job.id;

/** A job goes to a free worker, else behind a running one, else waits (oldest first when `first`). */
export function place(pool: Placement, job: Job, first = false): void {
  let behind: Slot | undefined;
  for (const slot of pool.slots) {
    if (!takes(slot)) continue;
    if (slot.jobs.length === 0) {
      send(slot, job);
      return;
    }
    behind ??= slot;
  }
  if (behind !== undefined) send(behind, job);
  else if (first) pool.waiting.unshift(job);
  else pool.waiting.push(job);
}

/** Takes back the job queued behind a slow worker's running job, or one behind any worker's when `any`. */
function takeQueued(pool: Placement, slot: Slot, any: boolean): Job | undefined {
  const now = performance.now();
  for (const other of pool.slots) {
    const queued = other.jobs[1];
    if (other === slot || queued === undefined || (!any && now - other.since < SLOW_MS) || !takeBack(other, queued)) continue;
    other.jobs.pop();
    return queued;
  }
  return undefined;
}

/**
 * A worker whose job ended (or that has loaded) gets work: a job queued behind a slow worker,
 * then waiting jobs; free with none waiting, it takes back a job queued behind any other worker.
 */
export function feed(pool: Placement, slot: Slot): void {
  if (slot.jobs.length > 0) slot.since = performance.now(); // its queued job starts now
  // free with nothing waiting, it takes any queued job; otherwise only one behind a slow worker (a
  // queued job is its worker's next, started without a round trip through this thread)
  const stolen = takes(slot) ? takeQueued(pool, slot, slot.jobs.length === 0 && pool.waiting.length === 0) : undefined;
  if (stolen !== undefined) send(slot, stolen);
  while (pool.waiting.length > 0 && takes(slot)) send(slot, pool.waiting.shift()!);
}
