/**
 * URLs as an attacker or a broken server would give them: SSRF address forms, redirects to
 * private hosts, loops, other schemes, credentials, slow and endless bodies, compression bombs,
 * wrong types and failures. The site binds to loopback; `allowPrivate: ['localhost']` lets a
 * test reach it (as the API's url.test.ts does), and everything else must stay refused.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReaderError } from '../errors.js';
import { passwordPdf, STORY, textPdf } from '../test-support/hostile-files.js';
import { expectRefusal, type Outcome } from '../test-support/hostile-outcome.js';
import { fetchDocument, type FetchOptions } from './fetch-document.js';

const PAGE = `<!doctype html><html><head><title>River</title></head><body><article><h1>River plan</h1><p>${STORY}</p></article></body></html>`;
const ZEROS = Buffer.alloc(16 * 1024 * 1024); // 16 MiB of zeros: gzip makes ~16 KB of them
let pdf: Uint8Array;
let locked: Uint8Array;
let site: Server;
let port = 0;
const timers = new Set<NodeJS.Timeout>();

/** Writes `chunk` every `ms` until the client goes away. */
function drip(res: ServerResponse, chunk: string, ms: number): void {
  const t = setInterval(() => (res.destroyed ? clearInterval(t) : res.write(chunk)), ms);
  timers.add(t);
  res.on('close', () => clearInterval(t));
}

const ROUTES: Record<string, (res: ServerResponse) => void> = {
  '/story': (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
  '/gzip-page': (res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(PAGE)),
  '/gzip-bomb': (res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync(ZEROS)),
  '/deflate-bomb': (res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'deflate' }).end(deflateSync(ZEROS)),
  '/compress': (res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'compress' }).end('x'),
  '/pdf-as-html': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end(pdf),
  '/locked-pdf': (res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end(locked),
  '/sjis': (res) =>
    res.writeHead(200, { 'content-type': 'text/plain; charset=Shift_JIS' }).end(Buffer.from('82b182ea82cd93fa967b8cea82cc95b68f9182c582b781420d0a', 'hex')),
  '/declared-huge': (res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(50 * 1024 * 1024) });
    drip(res, 'word ', 20);
  },
  '/endless': (res) => {
    res.writeHead(200, { 'content-type': 'text/plain' }); // chunked, no length
    drip(res, 'word '.repeat(2000), 2);
  },
  '/trickle': (res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    drip(res, 'w', 50);
  },
  '/loop': (res) => res.writeHead(302, { location: '/loop' }).end(),
  '/500': (res) => res.writeHead(500).end('broken'),
};

beforeAll(async () => {
  [pdf, locked] = await Promise.all([textPdf(STORY), passwordPdf(STORY)]);
  site = createServer((req, res) => {
    const path = req.url ?? '/';
    const hop = /^\/(30[1278])-to-loopback$/.exec(path)?.[1];
    const chain = /^\/chain\/(\d+)$/.exec(path)?.[1];
    if (hop !== undefined) res.writeHead(Number(hop), { location: `http://127.0.0.1:${port}/story` }).end();
    else if (chain !== undefined) res.writeHead(302, { location: Number(chain) < 4 ? `/chain/${Number(chain) + 1}` : '/story' }).end();
    else (ROUTES[path] ?? ((r: ServerResponse) => r.writeHead(404).end('not here')))(res);
  });
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  port = (site.address() as AddressInfo).port;
});
afterAll(async () => {
  for (const t of timers) clearInterval(t);
  site.closeAllConnections();
  await new Promise((r) => site.close(r));
});

const LOCAL: FetchOptions = { allowPrivate: ['localhost'], timeoutMs: 5000 };
const at = (path: string) => `http://localhost:${port}${path}`;

async function fetched(url: string, options: FetchOptions = {}): Promise<Outcome> {
  try {
    const doc = await fetchDocument(url, options);
    return { text: doc.text, format: doc.format };
  } catch (e) {
    if (isReaderError(e)) return { code: e.code, message: e.message };
    throw e;
  }
}

describe('URLs that must never reach a private address', () => {
  it.each([
    ['http://127.1/', '127.0.0.1'],
    ['http://0x7f000001/', '127.0.0.1'],
    ['http://2130706433/', '127.0.0.1'],
    ['http://017700000001/', '127.0.0.1'],
    ['http://[::1]/', '::1'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1'],
    ['http://[::ffff:7f00:1]/', '::ffff:7f00:1'],
    ['http://[::127.0.0.1]/', '::7f00:1'], // IPv4-compatible: was let through
    ['http://0.0.0.0/', '0.0.0.0'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['http://localhost./', '127.0.0.1'],
    ['http://localhost/', '127.0.0.1'], // a name that resolves to loopback
  ])('%s is refused before connecting (URL_NOT_ALLOWED, naming %s)', async (url, address) => {
    const got = await fetched(url, { timeoutMs: 5000 });
    expectRefusal(got, 'URL_NOT_ALLOWED', /private, loopback or link-local address .*; save the page and give the file instead/);
    expect('message' in got && got.message.includes(`(${address})`)).toBe(true);
  });

  it.each(['301', '302', '307', '308'])('a %s redirect from an allowed host to 127.0.0.1 is refused at the hop', async (status) => {
    expectRefusal(await fetched(at(`/${status}-to-loopback`), { ...LOCAL, allowHosts: ['localhost', '127.0.0.1'] }), 'URL_NOT_ALLOWED', /\(127\.0\.0\.1\)/);
    expectRefusal(await fetched(at(`/${status}-to-loopback`), { ...LOCAL, allowHosts: ['localhost'] }), 'URL_NOT_ALLOWED', /127\.0\.0\.1 is not on the list/);
  });

  it('a redirect loop and a chain over the limit are FETCH_FAILED naming the limit', async () => {
    expectRefusal(await fetched(at('/loop'), LOCAL), 'FETCH_FAILED', /redirects more than 5 times; give the final address/);
    expectRefusal(await fetched(at('/chain/0'), { ...LOCAL, maxRedirects: 4 }), 'FETCH_FAILED', /redirects more than 4 times/);
    expect(await fetched(at('/chain/0'), { ...LOCAL, maxRedirects: 5 })).toEqual({ text: `# River plan\n\n${STORY}`, format: 'html' }); // five hops are fine
  });

  it.each([
    'file:///etc/passwd',
    'ftp://example.org/a.txt',
    'data:text/plain,hello',
    'javascript:alert(1)',
    'gopher://example.org/',
    'not a url',
  ])('%s is INVALID_URL', async (url) => expectRefusal(await fetched(url), 'INVALID_URL', /give (an|a public) address/));

  it('an address with a user name or password is refused, never sent (INVALID_URL)', async () => {
    expectRefusal(
      await fetched(`http://user:secret@localhost:${port}/story`, LOCAL),
      'INVALID_URL',
      /user name or password.*; give a public address without them/,
    );
  });
});

describe('servers that misbehave', () => {
  it('a gzip page is read; gzip and deflate bombs stop at the size limit, an unknown encoding is named', async () => {
    expect(await fetched(at('/gzip-page'), LOCAL)).toEqual({ text: `# River plan\n\n${STORY}`, format: 'html' });
    for (const path of ['/gzip-bomb', '/deflate-bomb'])
      expectRefusal(await fetched(at(path), { ...LOCAL, maxBytes: 1024 * 1024 }), 'INPUT_TOO_LARGE', /larger than 1048576 bytes.*; save the part you need/);
    expectRefusal(await fetched(at('/compress'), LOCAL), 'FETCH_FAILED', /compressed as "compress", which is not read; save the page/);
  });

  it('a declared length over the limit, and an endless body with no length, are INPUT_TOO_LARGE', async () => {
    expectRefusal(await fetched(at('/declared-huge'), { ...LOCAL, maxBytes: 1024 * 1024 }), 'INPUT_TOO_LARGE', /larger than/);
    expectRefusal(await fetched(at('/endless'), { ...LOCAL, maxBytes: 1024 * 1024 }), 'INPUT_TOO_LARGE', /larger than/);
  });

  it('a server that trickles bytes is cut at the time limit (FETCH_TIMEOUT)', async () => {
    const t0 = performance.now();
    expectRefusal(await fetched(at('/trickle'), { ...LOCAL, timeoutMs: 600 }), 'FETCH_TIMEOUT', /within 600 ms; try again later/);
    expect(performance.now() - t0).toBeLessThan(4000);
  });

  it('PDF bytes served as text/html are read as a PDF; a locked PDF is INVALID_PDF; a Shift_JIS charset is honoured', async () => {
    expect(await fetched(at('/pdf-as-html'), LOCAL)).toMatchObject({ format: 'pdf', text: expect.stringContaining('Biologists expect fish') });
    expectRefusal(await fetched(at('/locked-pdf'), LOCAL), 'INVALID_PDF', /without a password/);
    expect(await fetched(at('/sjis'), LOCAL)).toEqual({ text: 'これは日本語の文書です。\n', format: 'text' });
  }, 20_000);

  it('a 404, a 500, a refused connection and a name that does not resolve are FETCH_FAILED with what to do', async () => {
    expectRefusal(await fetched(at('/missing'), LOCAL), 'FETCH_FAILED', /answered 404 .*; check the address/);
    expectRefusal(await fetched(at('/500'), LOCAL), 'FETCH_FAILED', /answered 500 .*; check the address/);
    expectRefusal(await fetched('http://127.0.0.1:1/', { allowPrivate: true, timeoutMs: 5000 }), 'FETCH_FAILED', /ECONNREFUSED.*; check the address/);
    expect(await fetched('http://no-such-host.invalid/', { timeoutMs: 5000 })).toMatchObject({
      code: expect.stringMatching(/^FETCH_(FAILED|TIMEOUT)$/),
      message: expect.stringMatching(/; (check the address|try again later)/),
    });
  });
});
