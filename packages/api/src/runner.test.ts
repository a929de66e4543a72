import { describe, expect, it } from 'vitest';
import { isApiError } from './problem.js';
import { createJobQueue } from './runner.js';

/** Starts `n` jobs that hold until released; returns how each settled and the releases. */
function hold(queue: ReturnType<typeof createJobQueue>, n: number) {
  const started: number[] = [];
  const releases: (() => void)[] = [];
  const settled = Array.from({ length: n }, (_, i) =>
    queue
      .run(
        () =>
          new Promise<void>((r) => {
            started.push(i);
            releases.push(r);
          }),
        { selfTimed: true },
      )
      .then(
        () => 'done',
        (e: unknown) => (isApiError(e) ? e.code : String(e)),
      ),
  );
  return { started, releases, settled };
}

describe('the job queue hands jobs over beyond its concurrency out of its waiting places', () => {
  it('with handOver 1, two jobs start at once, one waits, the fourth is refused: concurrency + queueSize admitted in all', async () => {
    const queue = createJobQueue({ concurrency: 1, queueSize: 2, timeoutMs: 5000 }, { handOver: 1 });
    const { started, releases, settled } = hold(queue, 4);
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1]);
    expect({ active: queue.active, waiting: queue.waiting, full: queue.full }).toEqual({ active: 2, waiting: 1, full: true });
    expect(await settled[3]).toBe('QUEUE_FULL');
    releases[0]?.();
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1, 2]);
    for (const r of releases) r();
    expect(await Promise.all(settled.slice(0, 3))).toEqual(['done', 'done', 'done']);
  });

  it('hands over no more than the waiting places: with queueSize 0 the second job is refused', async () => {
    const queue = createJobQueue({ concurrency: 1, queueSize: 0, timeoutMs: 5000 }, { handOver: 4 });
    const { releases, settled } = hold(queue, 2);
    expect(await settled[1]).toBe('QUEUE_FULL');
    await new Promise((r) => setImmediate(r));
    for (const r of releases) r();
    expect(await settled[0]).toBe('done');
  });
});
