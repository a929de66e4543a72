import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './server.js';
import { ARTICLE } from './test-support/app.js';
import { defaultCacheDir } from '@vecsum/embeddings';

let server: RunningServer;
const big = Array.from(
  { length: 3000 },
  (_, i) => `Sentence ${i} says the river ${i % 2 === 0 ? 'flooded the valley' : 'fed the wetlands'} near farm ${i % 97}.`,
).join(' ');

beforeAll(async () => {
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    cacheDir: defaultCacheDir(),
    log: false,
    limits: { concurrency: 2, queueSize: 8, timeoutMs: 20_000 },
  });
});
afterAll(async () => {
  await server?.close();
});

const post = (body: unknown) =>
  fetch(new URL('v1/summarize', server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('a real server on 127.0.0.1 with the worker pool', () => {
  it('summarizes over HTTP through the workers, with request ids and problem+json errors', async () => {
    const res = await post({ text: ARTICLE, budget: { sentences: 2 }, selector: 'greedy' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBeTruthy();
    const body = (await res.json()) as { picked: number[]; meta: { selectorUsed: string } };
    expect(body.picked).toHaveLength(2);
    const bad = await post({ text: ARTICLE, budget: { ratio: 2 } });
    expect(bad.status).toBe(422);
    const empty = await post({ text: 'zzqx blorf.', selector: 'textrank' });
    expect(empty.status).toBe(422);
    const typed = await post({ text: ' ', budget: { sentences: 1 } });
    expect(((await typed.json()) as { code: string }).code).toBe('EMPTY_DOCUMENT');
  });

  it('answers /health quickly while large summarize requests keep the workers busy', async () => {
    const inflight = Array.from({ length: 6 }, () => post({ text: big, budget: { words: 100 }, selector: 'pca' }));
    await new Promise((r) => setTimeout(r, 50));
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const res = await fetch(new URL('health', server.url));
      times.push(performance.now() - t);
      expect(res.status).toBe(200);
    }
    const results = await Promise.all(inflight);
    for (const r of results) expect([200, 429]).toContain(r.status);
    expect(results.filter((r) => r.status === 200).length).toBeGreaterThan(0);
    times.sort((a, b) => a - b);
    // the median /health answer does not wait for the summarize work (runs on worker threads)
    expect(times[2]).toBeLessThan(250);
  });
});
