import { ApiError } from './problem.js';

export interface RunnerLimits {
  /** Jobs running at once (default: 2). */
  readonly concurrency: number;
  /** Jobs waiting beyond those; more get 429 (default 64). */
  readonly queueSize: number;
  /** A request's deadline, from its admission (default 30 s): past it, 504. */
  readonly timeoutMs: number;
}

export interface RunOptions {
  /**
   * The job enforces the deadline itself (a worker pool terminates the worker): it is given
   * the milliseconds left and no timer races it here.
   */
  readonly selfTimed?: boolean;
  /** Whether the client has left: a job whose client left while it waited is dropped, not run. */
  readonly gone?: () => boolean;
}

/**
 * Bounded admission for CPU work: at most `concurrency` jobs run, `queueSize` wait, the rest
 * are refused with 429 + Retry-After; a job past its deadline (`timeoutMs` from admission,
 * queueing included) is answered with 504.
 */
export interface JobQueue {
  run<T>(job: (remainingMs: number) => Promise<T>, options?: RunOptions): Promise<T>;
  /** True when a new job would be refused: check it before reading a request body. */
  readonly full: boolean;
  readonly active: number;
  readonly waiting: number;
}

/** Seconds a refused client is asked to wait (Retry-After of 429 QUEUE_FULL). */
export const QUEUE_RETRY_AFTER_S = 1;
export const queueFull = () =>
  new ApiError(429, 'QUEUE_FULL', 'The server is busy; retry shortly.', { headers: { 'retry-after': String(QUEUE_RETRY_AFTER_S) } });
const timeout = (ms: number, queued: boolean) =>
  new ApiError(
    504,
    'TIMEOUT',
    queued
      ? `The request waited longer than ${ms} ms for a free worker; retry when the server is less busy.`
      : `The request took longer than ${ms} ms; send a smaller document or budget, or use a faster selector (near, greedy).`,
  );

export interface QueueOptions {
  /**
   * Jobs handed over beyond `concurrency`, out of the `queueSize` waiting places (the jobs
   * admitted stay at most concurrency + queueSize): a worker pool holds each worker's next job,
   * so it starts as the one before ends (`WorkerPool.capacity - size`). Default 0.
   */
  readonly handOver?: number;
}

export function createJobQueue(limits: RunnerLimits, options: QueueOptions = {}): JobQueue {
  const ahead = Math.max(0, Math.min(options.handOver ?? 0, limits.queueSize));
  const running = limits.concurrency + ahead;
  const places = limits.queueSize - ahead;
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    active--;
    const next = waiting.shift();
    if (next !== undefined) {
      active++;
      next();
    }
  };
  return {
    get active() {
      return active;
    },
    get waiting() {
      return waiting.length;
    },
    get full() {
      return active >= running && waiting.length >= places;
    },
    async run(job, options = {}) {
      const deadline = performance.now() + limits.timeoutMs;
      if (active >= running) {
        if (waiting.length >= places) throw queueFull();
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else active++;
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        const remaining = Math.floor(deadline - performance.now());
        if (remaining <= 0) throw timeout(limits.timeoutMs, true);
        if (options.gone?.() === true) throw new ApiError(503, 'CLIENT_GONE', 'The client closed the connection before the request started.');
        if (options.selfTimed === true) return await job(remaining);
        return await Promise.race([
          job(remaining),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(timeout(limits.timeoutMs, false)), remaining);
          }),
        ]);
      } finally {
        clearTimeout(timer);
        release();
      }
    },
  };
}
