/**
 * The API's side of the input sweep (the reader's cases are in packages/reader/src/hostile-*.test.ts):
 * a hostile body or URL gives the summary the CLI gives, or problem+json with a stable code, a
 * status (415 / 422 / 413 / 403 / 502 / 504) and a detail that says what to do.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordPdf, STORY, textPdf, utf32 } from '../../reader/src/test-support/hostile-files.js';
import { ARTICLE, postJson, testApp } from './test-support/app.js';
import type { UrlPolicy } from './work/read-input.js';

type App = Awaited<ReturnType<typeof testApp>>;
let app: App;
let site: Server;
let port = 0;
const drips = new Set<NodeJS.Timeout>();

const ROUTES: Record<string, (res: ServerResponse) => void> = {
  '/story': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><body><article><p>${ARTICLE}</p></article></body></html>`),
  '/bomb': (res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(16 * 1024 * 1024))),
  '/trickle': (res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    const t = setInterval(() => (res.destroyed ? clearInterval(t) : res.write('w')), 50);
    drips.add(t);
  },
  '/to-metadata': (res) => res.writeHead(307, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
};

beforeAll(async () => {
  app = await testApp({ limits: { maxBodyBytes: 1024 * 1024 } });
  site = createServer((req, res) => (ROUTES[req.url ?? ''] ?? ((r: ServerResponse) => r.writeHead(404).end()))(res));
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  port = (site.address() as AddressInfo).port;
});
afterAll(async () => {
  for (const t of drips) clearInterval(t);
  site.closeAllConnections();
  await new Promise((r) => site.close(r));
});

const post = (type: string, body: Uint8Array | string, on: App = app) =>
  on.request('/v1/summarize?sentences=2', { method: 'POST', headers: { 'content-type': type }, body });

async function problem(res: Response): Promise<[number, string, string, string]> {
  const body = (await res.json()) as { code: string; detail: string };
  return [res.status, res.headers.get('content-type') ?? '', body.code, body.detail];
}

/** A problem+json answer with this status and code, whose detail ends by saying what to do. */
async function expectProblem(res: Response, status: number, code: string, detail: RegExp): Promise<void> {
  const [s, type, c, d] = await problem(res);
  expect([s, type, c]).toEqual([status, 'application/problem+json', code]);
  expect(d).toMatch(detail);
  expect(d).toMatch(/; [a-z][^;]*\.$/);
}

const summaryOf = async (res: Response): Promise<[number, string]> => [res.status, ((await res.json()) as { text: string }).text];

describe('hostile bodies', () => {
  it('UTF-16 without a BOM, UTF-32 with one, and text full of zero-width and bidi characters give the UTF-8 summary', async () => {
    const plain = await summaryOf(await post('text/plain', ARTICLE));
    expect(plain[0]).toBe(200);
    expect(await summaryOf(await post('text/plain', Buffer.from(ARTICLE, 'utf16le')))).toEqual(plain);
    expect(await summaryOf(await post('application/octet-stream', utf32(`\ufeff${ARTICLE}`, true)))).toEqual(plain);
    expect(await summaryOf(await post('text/plain', ARTICLE.replace(/ /g, ' \u200b').replace('council', '\u202ecouncil\u202c')))).toEqual(plain);
  });

  it("the charset of a document body's Content-Type is honoured (a short Greek text is windows-1252 mojibake without it)", async () => {
    const greek = Buffer.from([0xca, 0xe1, 0xeb, 0xde, 0x20, 0xec, 0xdd, 0xf1, 0xe1, 0x2e]); // "Καλή μέρα." in ISO-8859-7
    expect(await summaryOf(await post('text/plain; charset=ISO-8859-7', greek))).toEqual([200, 'Καλή μέρα.']);
    expect(await summaryOf(await post('application/octet-stream', greek))).not.toEqual([200, 'Καλή μέρα.']);
  });

  it.each([
    ['JSON sent as a document', JSON.stringify({ text: STORY }), /JSON data/],
    ['an RSS feed', `<?xml version="1.0"?><rss><channel><item><description>${STORY}</description></item></channel></rss>`, /news feed/],
    ['a CSV table', 'name,age,city\nAlice,30,Paris\nBob,25,London\nAda,36,Rome\n', /a table/],
    ['a gzip file', gzipSync(STORY), /gzip archive/],
  ])('%s (application/octet-stream) is 415 UNSUPPORTED_INPUT', async (_name, body, what) => {
    await expectProblem(await post('application/octet-stream', body), 415, 'UNSUPPORTED_INPUT', what);
  });

  it('a truncated PDF and a locked PDF are 422 INVALID_PDF; a 10,000-deep page 422 INVALID_HTML; a PDF without text 422 EMPTY_DOCUMENT', async () => {
    await expectProblem(await post('application/pdf', (await textPdf(STORY)).slice(0, 300)), 422, 'INVALID_PDF', /cannot be opened/);
    await expectProblem(await post('application/octet-stream', await passwordPdf(STORY)), 422, 'INVALID_PDF', /without a password/);
    await expectProblem(await post('text/html', `<html><body>${'<div>'.repeat(10_000)}${STORY}</body></html>`), 422, 'INVALID_HTML', /levels deep/);
    await expectProblem(await post('application/pdf', await textPdf('')), 422, 'EMPTY_DOCUMENT', /no text/);
  }, 20_000);

  it('an empty or blank body is 422, never a 200 with an empty summary', async () => {
    for (const body of ['', ' \n\t \u00a0\u200b']) {
      const [status, type, code] = await problem(await post('text/plain', body));
      expect([status, type, code]).toEqual([422, 'application/problem+json', expect.stringMatching(/^EMPTY_(INPUT|DOCUMENT)$/)]);
    }
  });
});

describe('hostile URLs (the operator lists hosts)', () => {
  const OPEN: UrlPolicy = { allowHosts: ['localhost'], allowPrivate: ['localhost'], timeoutMs: 800 };
  const at = (path: string) => `http://localhost:${port}${path}`;

  it.each([
    'http://127.1/',
    'http://0x7f000001/',
    'http://2130706433/',
    'http://017700000001/',
    'http://[::1]/',
    'http://[::ffff:7f00:1]/',
    'http://localhost./',
  ])('%s is 403 URL_NOT_ALLOWED even with its host listed', async (url) => {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
    const listed = await testApp({ urls: { allowHosts: [host] } });
    await expectProblem(await listed.request('/v1/summarize', postJson({ url })), 403, 'URL_NOT_ALLOWED', /private, loopback or link-local/);
  });

  it('a redirect to the cloud metadata address is refused; credentials and file: are 422 INVALID_URL', async () => {
    const open = await testApp({ urls: OPEN });
    await expectProblem(await open.request('/v1/summarize', postJson({ url: at('/to-metadata') })), 403, 'URL_NOT_ALLOWED', /169\.254\.169\.254/);
    await expectProblem(
      await open.request('/v1/summarize', postJson({ url: `http://u:p@localhost:${port}/story` })),
      422,
      'INVALID_URL',
      /user name or password/,
    );
    await expectProblem(await open.request('/v1/summarize', postJson({ url: 'file:///etc/passwd' })), 422, 'INVALID_URL', /not file:/);
  });

  it('a gzip bomb is 413 INPUT_TOO_LARGE at the body limit; a trickling server 504 FETCH_TIMEOUT', async () => {
    const open = await testApp({ urls: OPEN, limits: { maxBodyBytes: 1024 * 1024 } });
    await expectProblem(await open.request('/v1/summarize', postJson({ url: at('/bomb') })), 413, 'INPUT_TOO_LARGE', /larger than 1048576 bytes/);
    await expectProblem(await open.request('/v1/summarize', postJson({ url: at('/trickle') })), 504, 'FETCH_TIMEOUT', /within 800 ms/);
  });
});
