import { ApiError } from './problem.js';

export interface RunnerLimits {
  /** Jobs running at once (default: 2). */
  readonly concurrency: number;
  /** Jobs waiting beyond those; more get 429 (default 64). */
  readonly queueSize: number;
  /** A job taking longer gets 504 (default 30 s). */
  readonly timeoutMs: number;
}

/**
 * Bounded admission for CPU work: at most `concurrency` jobs run, `queueSize` wait, the rest
 * are refused with 429 + Retry-After; a job past `timeoutMs` is answered with 504.
 */
export interface JobQueue {
  run<T>(job: () => Promise<T>): Promise<T>;
  readonly active: number;
  readonly waiting: number;
}

export function createJobQueue(limits: RunnerLimits): JobQueue {
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
    async run(job) {
      if (active >= limits.concurrency) {
        if (waiting.length >= limits.queueSize) {
          throw new ApiError(429, 'QUEUE_FULL', 'The server is busy; retry shortly.', { headers: { 'retry-after': '1' } });
        }
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else active++;
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        return await Promise.race([
          job(),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new ApiError(504, 'TIMEOUT', `The request took longer than ${limits.timeoutMs} ms.`)), limits.timeoutMs);
          }),
        ]);
      } finally {
        clearTimeout(timer);
        release();
      }
    },
  };
}
