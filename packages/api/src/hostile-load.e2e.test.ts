import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE } from './test-support/app.js';
import { startChildServer, type ChildServer } from './test-support/child.js';
import { HOSTILE_HTML, seventyThousandSentences } from './test-support/hostile-inputs.js';

// A real server in its own process on loopback with a short deadline: the hostile requests of
// issue 18 run on the worker threads and are cut at the deadline, while /health keeps answering.
const TIMEOUT_MS = 2000;
let server: ChildServer;

beforeAll(async () => {
  server = await startChildServer({ VECSUM_TIMEOUT_MS: String(TIMEOUT_MS), VECSUM_CONCURRENCY: '2', VECSUM_QUEUE_SIZE: '16' });
  await (await fetch(new URL('health', server.url))).text(); // the connection is open before timing starts
});
afterAll(async () => {
  server?.child.kill('SIGKILL');
  await server?.exited;
});

const post = (path: string, body: string, type = 'application/json') =>
  fetch(new URL(path, server.url), { method: 'POST', headers: { 'content-type': type }, body });

/** /health latencies sampled every 25 ms until `done` settles (bounded by the number of samples). */
async function sampleHealth(done: Promise<unknown>, maxSamples = 2000): Promise<number[]> {
  let finished = false;
  void done.finally(() => (finished = true));
  const times: number[] = [];
  while (!finished && times.length < maxSamples) {
    const t = performance.now();
    const res = await fetch(new URL('health', server.url));
    await res.text();
    times.push(performance.now() - t);
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 25));
  }
  return times;
}

describe('hostile requests under a deadline, /health answering throughout', () => {
  it('quadratic HTML and a 70k-sentence ratio-1 summary never block /health, and each gets a coded answer', async () => {
    const long = seventyThousandSentences();
    const requests = [
      post('v1/summarize', HOSTILE_HTML.selfClosingDivs, 'text/html'),
      post('v1/summarize', HOSTILE_HTML.bodies, 'text/html'),
      post('v1/summarize', JSON.stringify({ text: HOSTILE_HTML.spanAttrs, format: 'html' })),
      post('v1/summarize', JSON.stringify({ text: long, budget: { ratio: 1 }, selector: 'lead' })),
      post('v1/analyze', JSON.stringify({ text: long, budget: { ratio: 1 } })),
      post('v1/embed', JSON.stringify({ texts: [long], level: 'sentence' })),
    ].map(async (p) => {
      const res = await p;
      return { status: res.status, body: (await res.json()) as { code?: string } };
    });
    const all = Promise.all(requests);
    const health = await sampleHealth(all);
    const answers = await all;
    // every answer is a success or a coded problem; the ratio-1 summary cannot finish in 2 s
    for (const a of answers) if (a.status !== 200) expect(typeof a.body.code).toBe('string');
    expect(answers[3]).toMatchObject({ status: 504, body: { code: 'TIMEOUT' } });
    // the sentence-level embed is refused by the vector cap, or its deadline passed while it queued
    expect([422, 504]).toContain(answers[5]?.status);
    expect(health.length).toBeGreaterThan(5);
    // the target is 100 ms (measured by `pnpm bench:api`); this bound stays robust on a loaded box (703 ms was seen with two
    // test runs and a page survey sharing 2 cores), and half the 2 s deadline that a blocked event loop would hold /health for
    expect(Math.max(...health)).toBeLessThan(1000);
    // the workers cut at the deadline were replaced: an ordinary request is served (a
    // replacement still loading on a busy box can outlast the 2 s deadline: a few tries, bounded)
    let ok = 0;
    for (let i = 0; i < 5 && ok !== 200; i++)
      ok = (await post('v1/summarize', JSON.stringify({ text: ARTICLE, budget: { sentences: 2 }, selector: 'greedy' }))).status;
    expect(ok).toBe(200);
  });

  it('VECSUM_TIMEOUT_MS applies to /v1/embed and /v1/analyze too', async () => {
    // analysis of 70k sentences at ratio 1 runs far past 2 s: cut at the deadline
    const long = seventyThousandSentences();
    const t = performance.now();
    const res = await post('v1/analyze', JSON.stringify({ text: long, budget: { ratio: 1 }, selector: 'lead' }));
    const body = (await res.json()) as { code?: string };
    expect(res.status).toBe(504);
    expect(body.code).toBe('TIMEOUT');
    expect(performance.now() - t).toBeLessThan(TIMEOUT_MS + 3000);
  });
});
