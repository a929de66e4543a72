import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './server.js';
import { ARTICLE } from './test-support/app.js';
import { defaultCacheDir } from '@vecsum/embeddings';

let backends: RunningServer[] = [];
let proxy: Server;
let proxyUrl = '';
const hits = [0, 0];

beforeAll(async () => {
  const config = { port: 0, host: '127.0.0.1', cacheDir: defaultCacheDir(), log: false, workers: false };
  backends = await Promise.all([startServer(config), startServer(config)]);
  let next = 0;
  // a tiny round-robin load balancer on loopback
  proxy = createServer((req, res) => {
    const k = next++ % backends.length;
    hits[k] = (hits[k] ?? 0) + 1;
    const target = new URL(req.url ?? '/', backends[k]?.url);
    const upstream = httpRequest(target, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', () => r()));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise((r) => proxy?.close(r));
  await Promise.all(backends.map((b) => b.close()));
});

describe('scaling out', () => {
  it('two stateless servers behind a round-robin give the same answers', async () => {
    const body = JSON.stringify({ text: ARTICLE, budget: { sentences: 2 }, selector: 'greedy', explain: false });
    const texts: string[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await fetch(new URL('v1/summarize', proxyUrl), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(res.status).toBe(200);
      texts.push(((await res.json()) as { text: string }).text);
    }
    expect(hits).toEqual([5, 5]);
    expect(new Set(texts).size).toBe(1);
  });
});
