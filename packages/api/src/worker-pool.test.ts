import { afterAll, describe, expect, it } from 'vitest';
import { defaultCacheDir, loadGloveVectors } from '@vecsum/embeddings';
import { DEFAULT_LIMITS } from './deps.js';
import { isApiError } from './problem.js';
import { ARTICLE } from './test-support/app.js';
import type { RawJob } from './work/job.js';
import { createWorkerPool, type WorkerPool } from './worker-pool.js';

// Each worker holds a running job and the next one; a job queued behind a slow one is taken back
// by a worker that comes free, and one queued on a worker that dies is placed again, not failed.
const vectors = loadGloveVectors({ cacheDir: defaultCacheDir(), shared: true });
const pools: WorkerPool[] = [];
afterAll(() => Promise.all(pools.map((p) => p.close())));

const job = (text: string): RawJob => ({
  route: 'summarize',
  kind: 'json',
  bytes: new TextEncoder().encode(JSON.stringify({ text, budget: { sentences: 1 }, selector: 'greedy', explain: false })),
  query: {},
});
const slowText = Array.from({ length: 20_000 }, (_, i) => `Sentence ${i} tells of the river near farm ${i % 97}.`).join(' ');
const outcome = (p: Promise<unknown>) =>
  p.then(
    (o) => (typeof o === 'object' && o !== null && 'bytes' in o ? 'answered' : 'delegated'),
    (e: unknown) => (isApiError(e) ? `${e.status} ${e.code}` : String(e)),
  );

/** A pool whose `size` workers have loaded (one small job each answered). */
async function loadedPool(size: number): Promise<WorkerPool> {
  const pool = createWorkerPool(vectors, { size, limits: DEFAULT_LIMITS });
  pools.push(pool);
  await Promise.all(Array.from({ length: size }, () => pool.run(job(ARTICLE), 60_000)));
  return pool;
}

describe('the worker pool keeps each worker fed', () => {
  it('holds two jobs per worker (capacity), and a job queued behind a slow one is run by the worker that comes free', async () => {
    const pool = await loadedPool(2);
    expect(pool.capacity).toBe(4);
    const order: string[] = [];
    const track = (name: string, p: Promise<unknown>) => outcome(p).then((o) => order.push(`${name} ${o}`));
    // slow on the first worker, quick on the second; then one queued behind each
    const all = [track('slow', pool.run(job(slowText), 60_000)), track('b', pool.run(job(ARTICLE), 60_000))];
    all.push(track('c', pool.run(job(ARTICLE), 60_000)), track('d', pool.run(job(ARTICLE), 60_000)));
    await Promise.all(all);
    expect(order).toHaveLength(4);
    expect(order.at(-1)).toBe('slow answered'); // c did not wait for it
    expect(order).toEqual(expect.arrayContaining(['b answered', 'c answered', 'd answered']));
  });

  it('a job queued on a worker cut at its deadline is placed again and answered; the running one gets 504', async () => {
    const pool = await loadedPool(1);
    // the slow job takes about 275 ms on a 2-core CI machine; its deadline is far below that so a
    // faster machine cannot answer it in time (300 ms did, once)
    const slow = outcome(pool.run(job(slowText), 40));
    const queued = outcome(pool.run(job(ARTICLE), 60_000));
    expect(await slow).toBe('504 TIMEOUT');
    expect(await queued).toBe('answered');
  });
});
