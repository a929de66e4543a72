import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startChildServer } from './test-support/child.js';

const DRAIN_MS = 3000;
const BIG = Array.from(
  { length: 3000 },
  (_, i) => `Sentence ${i} says the river ${i % 2 === 0 ? 'flooded the valley' : 'fed the wetlands'} near farm ${i % 97}.`,
).join(' ');

interface Answer {
  status: number;
  connection: string | undefined;
}

/** One GET over a keep-alive agent. */
const get = (url: URL, agent: Agent) =>
  new Promise<Answer>((resolve, reject) => {
    const req = request(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
    });
    req.on('error', reject);
    req.end();
  });

describe('SIGTERM on a real server process', () => {
  it(
    'ends within the drain deadline + 1 s despite a slow header sender and a busy keep-alive ' + 'client; answers after SIGTERM say Connection: close',
    async () => {
      const server = await startChildServer({ VECSUM_DRAIN_MS: String(DRAIN_MS), VECSUM_CONCURRENCY: '1' });
      const url = new URL(server.url);
      // a client that never finishes its headers
      const slow: Socket = connect(Number(url.port), url.hostname);
      slow.on('error', () => {});
      await new Promise<void>((r) => slow.once('connect', () => r()));
      slow.write('GET /health HTTP/1.1\r\nHost: x\r\n');
      const drip = setInterval(() => slow.write('X-Slow: 1\r\n'), 100);
      const slowClosed = new Promise<void>((r) => slow.once('close', () => r()));
      // a keep-alive client asking as fast as it can, until the server refuses it (bounded)
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const afterSigterm: (Answer & { at: number })[] = [];
      let signalled = 0;
      const keepAlive = (async () => {
        for (let i = 0; i < 20_000; i++) {
          try {
            const a = await get(new URL('health', url), agent);
            if (signalled > 0) afterSigterm.push({ ...a, at: performance.now() - signalled });
          } catch {
            return i;
          }
        }
        return -1;
      })();
      await new Promise((r) => setTimeout(r, 300));
      const work = fetch(new URL('v1/summarize', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: BIG, budget: { words: 100 }, selector: 'greedy' }),
      });
      await new Promise((r) => setTimeout(r, 30));
      const t = performance.now();
      signalled = t;
      server.child.kill('SIGTERM');
      const code = await server.exited;
      const elapsed = performance.now() - t;
      clearInterval(drip);
      await slowClosed;
      const served = await keepAlive;
      const res = await work;
      const inFlight = { status: res.status, connection: res.headers.get('connection') ?? undefined };
      agent.destroy();
      console.log(`shutdown took ${Math.round(elapsed)} ms (drain deadline ${DRAIN_MS} ms)`);
      expect(code).toBe(0);
      expect(server.output()).toContain('CLOSED');
      // The target is the deadline + 1 s (met on an idle machine: about 3.1 s); the bound here
      // leaves room for a CI box running other test files at once, and still fails a server
      // that waits for its clients (90 s before the drain deadline existed).
      expect(elapsed).toBeLessThan(DRAIN_MS + 8000);
      expect(served).toBeGreaterThan(0); // the keep-alive client was cut off, not served forever
      // answers already on their way when the signal landed may say keep-alive; every later one says close
      const late = afterSigterm.filter((a) => a.at > 200);
      for (const a of late) expect(a.connection).toBe('close');
      expect(afterSigterm.length).toBeLessThan(50);
      // the request in flight when the signal landed finished, and told its client to go
      expect(inFlight).toMatchObject({ status: 200, connection: 'close' });
    },
  );
});
