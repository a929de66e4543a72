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

/** A worker has room: waiting jobs first; a worker left free takes back a job queued behind a running one elsewhere. */
export function feed(pool: Placement, slot: Slot): void {
  while (pool.waiting.length > 0 && takes(slot)) send(slot, pool.waiting.shift()!);
  if (slot.jobs.length > 0) return;
  for (const other of pool.slots) {
    const queued = other.jobs[1];
    if (queued !== undefined && takeBack(other, queued)) {
      other.jobs.pop();
      send(slot, queued);
      return;
    }
  }
}
