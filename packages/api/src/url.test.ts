import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWordVectorEmbedder, defaultCacheDir, loadGloveVectors } from '@vecsum/embeddings';
import { readDocument } from '@vecsum/reader';
import { summarize } from '@vecsum/summarizer';
import { configFromEnv, startServer, type RunningServer } from './server.js';
import { ARTICLE, postJson, testApp } from './test-support/app.js';
import type { UrlPolicy } from './work/read-input.js';

const BYLINE = 'By Jane Doe for the Daily News | Published: 09:12, 14 March 2015';
const PAGE = `<!doctype html><html><body><nav><a href="/">Home</a></nav><article><h1>Council votes to free the river</h1><p class="byline">${BYLINE}</p>
${ARTICLE.split(/(?<=\.)\s+/)
  .map((s) => `<p>${s}</p>`)
  .join('\n')}</article></body></html>`;

let site: Server;
let port = 0;
beforeAll(async () => {
  site = createServer((req, res) => {
    if (req.url === '/story') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    else if (req.url === '/to-loopback') res.writeHead(302, { location: `http://127.0.0.1:${port}/story` }).end();
    else res.writeHead(404).end('not here');
  });
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  port = (site.address() as AddressInfo).port;
});
afterAll(async () => {
  site.closeAllConnections();
  await new Promise((r) => site.close(r));
});

const at = (host: string, path: string) => `http://${host}:${port}${path}`;
// the test site is on loopback: only `allowPrivate` lets a test reach it; operators get allowHosts alone
const OPEN: UrlPolicy = { allowHosts: ['localhost'], allowPrivate: ['localhost'], timeoutMs: 5000 };

async function problem(res: Response): Promise<[number, string, string]> {
  const body = (await res.json()) as { code: string; detail: string };
  return [res.status, body.code, body.detail];
}

describe('{url} inputs (a loopback site)', () => {
  it('are refused with 403 URL_NOT_ALLOWED and a sentence unless the operator lists hosts', async () => {
    const app = await testApp();
    const [status, code, detail] = await problem(await app.request('/v1/summarize', postJson({ url: at('localhost', '/story') })));
    expect([status, code]).toEqual([403, 'URL_NOT_ALLOWED']);
    expect(detail).toMatch(/--allow-url HOST.*; send the document itself/);
  });

  it('are off unless VECSUM_ALLOW_URL (or serve --allow-url) lists hosts', () => {
    expect(configFromEnv({}).urls).toBeUndefined();
    expect(configFromEnv({ VECSUM_ALLOW_URL: 'Example.org, docs.example.org' }).urls).toEqual({ allowHosts: ['example.org', 'docs.example.org'] });
  });

  it('are fetched from a listed host and read as the CLI reads the page: same summary, no byline', async () => {
    const app = await testApp({ urls: OPEN });
    const res = await app.request('/v1/summarize', postJson({ url: at('localhost', '/story'), budget: { sentences: 2 } }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { text: string; sentences: { text: string }[] };
    const embedder = createWordVectorEmbedder(loadGloveVectors({ cacheDir: defaultCacheDir() }), { function: 'arora' });
    expect(body.text).toBe((await summarize((await readDocument(PAGE)).text, embedder, { budget: { sentences: 2 } })).text);
    expect(body.sentences.map((s) => s.text).join(' ')).not.toContain('Jane Doe');
  });

  it('never reach a private or loopback address, a host off the list, or one a redirect leads to', async () => {
    const cases: [UrlPolicy, string, RegExp][] = [
      // listed, but it resolves to loopback: refused before connecting
      [{ allowHosts: ['localhost'] }, at('localhost', '/story'), /resolves to a private, loopback or link-local address/],
      [{ allowHosts: ['127.0.0.1'] }, at('127.0.0.1', '/story'), /private, loopback or link-local/],
      // not on the list: refused without a DNS lookup
      [OPEN, 'https://example.org/story', /not on the list of hosts/],
      // a redirect from a listed host to 127.0.0.1: refused, listed or not
      [OPEN, at('localhost', '/to-loopback'), /127\.0\.0\.1 is not on the list/],
      [
        { ...OPEN, allowHosts: ['localhost', '127.0.0.1'] },
        at('localhost', '/to-loopback'),
        /resolves to a private, loopback or link-local address \(127\.0\.0\.1\)/,
      ],
    ];
    for (const [urls, url, why] of cases) {
      const app = await testApp({ urls });
      const [status, code, detail] = await problem(await app.request('/v1/summarize', postJson({ url })));
      expect([status, code, detail], url).toEqual([403, 'URL_NOT_ALLOWED', expect.stringMatching(why)]);
    }
    const app = await testApp({ urls: OPEN });
    expect(await problem(await app.request('/v1/summarize', postJson({ url: 'ftp://localhost/a.txt' })))).toEqual([422, 'INVALID_URL', expect.any(String)]);
    expect(await problem(await app.request('/v1/summarize', postJson({ url: at('localhost', '/missing') })))).toEqual([
      502,
      'FETCH_FAILED',
      expect.stringMatching(/answered 404/),
    ]);
  });
});

describe('through the worker pool (a real server on 127.0.0.1)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      port: 0,
      host: '127.0.0.1',
      cacheDir: defaultCacheDir(),
      log: false,
      limits: { concurrency: 1, queueSize: 8, timeoutMs: 20_000 },
      urls: OPEN,
    });
  });
  afterAll(async () => {
    await server?.close();
  });
  const post = (path: string, type: string, body: string | Uint8Array) =>
    fetch(new URL(path, server.url), { method: 'POST', headers: { 'content-type': type }, body });

  it('reads pages and URLs on the workers; reader errors cross the thread with their code and status', async () => {
    const page = await post('v1/summarize?sentences=2', 'text/html', PAGE);
    expect(page.status).toBe(200);
    const fetched = await post('v1/summarize', 'application/json', JSON.stringify({ url: at('localhost', '/story'), budget: { sentences: 2 } }));
    expect(fetched.status).toBe(200);
    expect(((await fetched.json()) as { text: string }).text).toBe(((await page.json()) as { text: string }).text);
    const redirected = await post('v1/summarize', 'application/json', JSON.stringify({ url: at('localhost', '/to-loopback') }));
    expect((await problem(redirected)).slice(0, 2)).toEqual([403, 'URL_NOT_ALLOWED']);
    const program = new Uint8Array(readFileSync(process.execPath).subarray(0, 64 * 1024));
    expect((await problem(await post('v1/summarize', 'application/octet-stream', program))).slice(0, 2)).toEqual([415, 'UNSUPPORTED_INPUT']);
  });
});
