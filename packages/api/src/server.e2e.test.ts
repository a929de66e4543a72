import { connect } from 'node:net';
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

/** Sends raw bytes to the server and resolves with everything it answers before it closes. */
function raw(bytes: string): Promise<string> {
  const { port, hostname } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(bytes));
    let answer = '';
    socket.setEncoding('utf8').on('data', (d: string) => (answer += d));
    socket.once('close', () => resolve(answer)).once('error', reject);
  });
}

describe('requests Node refuses before the app sees them', () => {
  it('a URL over the header limit, broken framing and non-HTTP bytes get coded problem+json, not a bare status line', async () => {
    const cases = [
      [`POST /v1/summarize?query=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 431, 'HEADERS_TOO_LARGE'],
      ['POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n', 400, 'MALFORMED_REQUEST'],
      ['POST /v1/summarize HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\ncontent-type: text/plain\r\n\r\nzz\r\n', 400, 'MALFORMED_REQUEST'],
      ['GARBAGE\r\n\r\n', 400, 'MALFORMED_REQUEST'],
    ] as const;
    for (const [request, status, code] of cases) {
      const answer = await raw(request);
      const [head = '', body = ''] = answer.split('\r\n\r\n');
      expect(head.split('\r\n')[0], code).toBe(`HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}`);
      expect(head.toLowerCase()).toContain('content-type: application/problem+json');
      expect(head.toLowerCase()).toContain('cache-control: no-store');
      const problem = JSON.parse(body) as { code: string; status: number; detail: string };
      expect(problem).toMatchObject({ code, status });
      expect(problem.detail).toMatch(/send /);
    }
    const res = await fetch(new URL('health', server.url));
    expect(res.status).toBe(200);
  });

  it('a second server on the same port fails to start with EADDRINUSE, promptly, instead of an uncaught error', async () => {
    const { port } = new URL(server.url);
    const again = startServer({ port: Number(port), host: '127.0.0.1', cacheDir: defaultCacheDir(), log: false, limits: { concurrency: 1 } });
    await expect(again).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
