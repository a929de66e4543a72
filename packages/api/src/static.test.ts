import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from './test-support/app.js';

// demo/ is served; demo-secret/ sits next to it and must never be reachable
const root = mkdtempSync(join(tmpdir(), 'vecsum-static-'));
const demo = join(root, 'demo');
mkdirSync(demo);
mkdirSync(join(root, 'demo-secret'));
writeFileSync(join(demo, 'index.html'), '<!doctype html><title>demo</title><p>the demo page</p>');
writeFileSync(join(demo, 'app.js'), 'console.log(1);');
writeFileSync(join(root, 'demo-secret', 'secret.txt'), 'TOP-SECRET');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A raw GET over a real socket, so the path reaches the server byte for byte. */
const rawGet = (port: number, path: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });

describe('the demo page through serveStatic', () => {
  it('serves the demo files and refuses traversal with encoded separators and bad escapes', async () => {
    const app = await testApp({ demoDir: demo });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((r) => server.once('listening', () => r()));
    const port = (server.address() as AddressInfo).port;
    try {
      const index = await rawGet(port, '/');
      expect(index.status).toBe(200);
      expect(index.body).toContain('the demo page');
      expect((await rawGet(port, '/app.js')).body).toContain('console.log');
      for (const path of [
        '/..%2fdemo-secret%2fsecret.txt',
        '/..%2Fdemo-secret%2Fsecret.txt',
        '/%2e%2e/demo-secret/secret.txt',
        '/..%5cdemo-secret%5csecret.txt',
        '/../demo-secret/secret.txt',
        '/%2e%2e%2fdemo-secret%2fsecret.txt',
      ]) {
        const res = await rawGet(port, path);
        expect(res.body, path).not.toContain('TOP-SECRET');
        expect(res.status, path).toBeLessThan(500);
      }
      const bad = await rawGet(port, '/%ff');
      expect(bad.status).toBe(404);
      expect(JSON.parse(bad.body)).toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('without a built demo, GET / is a short HTML page saying how to build it', async () => {
    for (const demoDir of [undefined, join(root, 'demo-secret')]) {
      const app = await testApp(demoDir === undefined ? {} : { demoDir });
      const res = await app.request('/');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      const html = await res.text();
      expect(html).toContain('pnpm --filter @vecsum/demo build');
      expect(html).not.toContain('TOP-SECRET');
    }
  });
});
