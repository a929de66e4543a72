import { request } from 'node:http';
import { defaultCacheDir } from '@vecsum/embeddings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './server.js';
import { ARTICLE } from './test-support/app.js';

// A job request with a Content-Length is served on Node's request and response (node-jobs.ts);
// the same request sent chunked (no Content-Length) goes through the Hono app. Both must answer
// alike: status, headers, body (but for the request's own id and the timings).
// A server with API keys serves on Node the requests whose key passes; the app answers the rest.
const servers: Record<'plain' | 'keyed', RunningServer | undefined> = { plain: undefined, keyed: undefined };
beforeAll(async () => {
  const config = { port: 0, host: '127.0.0.1', cacheDir: defaultCacheDir(), log: false, limits: { concurrency: 1, timeoutMs: 20_000 } };
  servers.plain = await startServer(config);
  servers.keyed = await startServer({ ...config, apiKeys: ['s3cret'] });
});
afterAll(async () => {
  await Promise.all(Object.values(servers).map((s) => s?.close()));
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

type Extra = Readonly<Record<string, string | string[]>>;

/** POSTs `body` with a Content-Length (`chunked` false) or in two chunks without one; a header given as a list is sent once per value. */
const post = (server: RunningServer | undefined, path: string, type: string, body: string, chunked: boolean, extra: Extra = {}) =>
  new Promise<Answer>((resolve, reject) => {
    const headers: Record<string, string | string[]> = { 'content-type': type, 'x-request-id': chunked ? 'via-app' : 'via-node', ...extra };
    if (!chunked) headers['content-length'] = String(Buffer.byteLength(body));
    const req = request(new URL(path, server?.url), { method: 'POST', headers }, (res) => {
      let data = '';
      res.setEncoding('utf8').on('data', (d: string) => (data += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
    });
    req.on('error', reject);
    const half = Math.floor(body.length / 2);
    if (chunked) req.write(body.slice(0, half));
    req.end(chunked ? body.slice(half) : body);
  });

/** The answer without what differs by design: the request id, framing, date, timings. */
function comparable(a: Answer) {
  const { date: _d, 'x-request-id': id, 'content-length': _l, 'transfer-encoding': _t, ...headers } = a.headers;
  const body = a.body.replace(/"timings":\{[^}]*\}/, '"timings":{}').replaceAll(String(id), 'ID');
  return { status: a.status, headers, body };
}

const CASES: [string, string, string, string][] = [
  ['a summary', '/v1/summarize', 'application/json', JSON.stringify({ text: ARTICLE, budget: { sentences: 2 }, explain: false })],
  ['an explained summary', '/v1/summarize', 'application/json', JSON.stringify({ text: ARTICLE, budget: { words: 40 } })],
  ['a raw text with query options', '/v1/summarize?sentences=1&selector=greedy', 'text/plain', ARTICLE],
  ['a repeated query option (422)', '/v1/summarize?sentences=1&sentences=2', 'text/plain', ARTICLE],
  ['invalid parameters (422)', '/v1/summarize', 'application/json', JSON.stringify({ text: ARTICLE, budget: { ratio: 2 } })],
  ['malformed JSON (400)', '/v1/summarize', 'application/json', '{"text": '],
  ['an empty document (422)', '/v1/summarize', 'application/json', JSON.stringify({ text: ' ' })],
  ['an embedding', '/v1/embed', 'application/json', JSON.stringify({ texts: ['The river flooded.', 'Farms fed the town.'], encoding: 'base64' })],
  ['an analysis', '/v1/analyze', 'application/json', JSON.stringify({ text: ARTICLE, budget: { sentences: 1 }, top: 3 })],
];

describe.each([
  ['plain', {}],
  ['keyed', { 'x-api-key': 's3cret' }],
] as const)('job requests served on Node answer as the app does (%s server)', (name, key) => {
  it.each(CASES)('%s', async (_case, path, type, body) => {
    const direct = await post(servers[name], path, type, body, false, key);
    const viaApp = await post(servers[name], path, type, body, true, key);
    expect(direct.headers['x-request-id']).toBe('via-node');
    expect(viaApp.headers['x-request-id']).toBe('via-app');
    expect(Number(direct.headers['content-length'])).toBe(Buffer.byteLength(direct.body));
    expect(comparable(direct)).toEqual(comparable(viaApp));
  });
});

describe('API keys on job requests sent with a Content-Length', () => {
  const summarize = (extra: Extra) => post(servers.keyed, '/v1/summarize', 'application/json', JSON.stringify({ text: ARTICLE }), false, extra);
  const codeOf = (a: Answer) => (a.status === 200 ? 200 : `${a.status} ${(JSON.parse(a.body) as { code: string }).code}`);
  it("a right key passes (x-api-key or Bearer); a missing, wrong or doubled one gets the app's answer", async () => {
    expect(codeOf(await summarize({ authorization: 'Bearer s3cret' }))).toBe(200);
    expect(codeOf(await summarize({}))).toBe('401 UNAUTHENTICATED');
    expect(codeOf(await summarize({ 'x-api-key': 'wrong' }))).toBe('403 FORBIDDEN');
    // two Authorization headers: the app reads them joined, which is no key
    expect(codeOf(await summarize({ authorization: ['Bearer s3cret', 'Bearer s3cret'] }))).toBe('401 UNAUTHENTICATED');
  });
});
