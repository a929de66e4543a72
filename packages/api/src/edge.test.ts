import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createJsonLogger } from './middleware/request-context.js';
import { redact } from './redact.js';
import { createJobQueue } from './runner.js';
import { ARTICLE, postJson, testApp } from './test-support/app.js';

const codeOf = async (res: Response) => ((await res.json()) as { code: string }).code;

describe('secrets are redacted', () => {
  it('the password of any URL and key=value secrets never survive redact', () => {
    expect(redact('REDIS_UNAVAILABLE: connect ECONNREFUSED redis://:hunter2@10.0.0.5:6379/0')).toBe(
      'REDIS_UNAVAILABLE: connect ECONNREFUSED redis://:***@10.0.0.5:6379/0',
    );
    expect(redact('rediss://default:s3cr3t@cache.example:6380')).toBe('rediss://default:***@cache.example:6380');
    expect(redact('no secret in redis://localhost:6379')).toBe('no secret in redis://localhost:6379');
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_~!$*+-]{6,30}$/), fc.constantFrom('redis', 'rediss', 'https'), (password, scheme) => {
        const line = `failed: ${scheme}://user:${password}@host:1/x; retry`;
        expect(redact(line)).not.toContain(password);
        expect(redact(line)).toContain('host:1');
      }),
    );
  });

  it('log lines and problem details carry no password', async () => {
    const lines: string[] = [];
    const logger = createJsonLogger((l) => lines.push(l));
    logger.error({ msg: 'queue down', error: 'connect ECONNREFUSED redis://:hunter2@127.0.0.1:6390' });
    expect(lines.join('')).not.toContain('hunter2');
    expect(lines).toHaveLength(1);
    const models = {
      list: () => [],
      ready: true,
      warm: async () => {},
      get: async () => {
        throw Object.assign(new Error('x'), {
          name: 'ApiError',
          status: 503,
          code: 'REDIS_UNAVAILABLE',
          errors: undefined,
          headers: {},
          message: 'redis://:hunter2@h:1 down',
        });
      },
    };
    const app = await testApp({ models, logger });
    const res = await app.request('/v1/summarize', postJson({ text: ARTICLE }));
    expect(res.status).toBe(503);
    expect(await res.text()).not.toContain('hunter2');
  });
});

describe('the edge of the API', () => {
  it('?text= next to a posted body is a coded 400, not a silent override', async () => {
    const app = await testApp();
    const plain = await app.request('/v1/summarize?text=Other%20words.&sentences=1', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: ARTICLE,
    });
    expect(plain.status).toBe(400);
    expect(await codeOf(plain)).toBe('CONFLICTING_INPUT');
    expect(await codeOf(await app.request('/v1/summarize?text=x', postJson({ text: ARTICLE })))).toBe('CONFLICTING_INPUT');
  });

  it('the Bearer scheme is case-insensitive; wrong keys are rate limited per address with 429', async () => {
    const app = await testApp({ apiKeys: ['s3cret'], authLimits: { burst: 3, perSecond: 0.5 } });
    expect((await app.request('/v1/summarize', postJson({ text: ARTICLE }, { authorization: 'bearer s3cret' }))).status).toBe(200);
    expect((await app.request('/v1/summarize', postJson({ text: ARTICLE }, { authorization: 'BEARER s3cret' }))).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await app.request('/v1/summarize', postJson({ text: ARTICLE }, { authorization: `Bearer wrong${i}` }))).status);
    expect(statuses).toEqual([403, 403, 403, 429, 429]);
    // while blocked, even the right key waits: guessing gains nothing
    const blocked = await app.request('/v1/summarize', postJson({ text: ARTICLE }, { authorization: 'Bearer s3cret' }));
    expect(blocked.status).toBe(429);
    expect(await codeOf(blocked)).toBe('AUTH_RATE_LIMITED');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('every answer carries Cache-Control: no-store and a Permissions-Policy', async () => {
    const app = await testApp();
    for (const res of [await app.request('/health'), await app.request('/v1/summarize', postJson({ text: ARTICLE })), await app.request('/nope')]) {
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('permissions-policy')).toContain('camera=()');
    }
  });
});

describe('output limits', () => {
  it('sentence-level embed over the vector cap is a coded 422 naming the option; base64 and document level stay available', async () => {
    const app = await testApp({ limits: { maxVectors: 20 } });
    const many = Array.from({ length: 30 }, (_, i) => `The river rose ${i} feet.`).join(' ');
    const res = await app.request('/v1/embed', postJson({ texts: [many], level: 'sentence' }));
    expect(res.status).toBe(422);
    const body = (await res.json()) as { code: string; detail: string; errors: { field: string }[] };
    expect(body.code).toBe('OUTPUT_TOO_LARGE');
    expect(body.errors[0]?.field).toBe('level');
    expect(body.detail).toMatch(/31 vectors; the limit is 20/);
    expect((await app.request('/v1/embed', postJson({ texts: [many], level: 'document' }))).status).toBe(200);
  });

  it('a response over maxResponseBytes is refused with the option that shrinks it', async () => {
    const app = await testApp({ limits: { maxResponseBytes: 4000 } });
    const res = await app.request('/v1/summarize', postJson({ text: ARTICLE.repeat(4), budget: { sentences: 2 } }));
    expect(res.status).toBe(422);
    const body = (await res.json()) as { code: string; errors: { field: string }[] };
    expect(body).toMatchObject({ code: 'OUTPUT_TOO_LARGE', errors: [{ field: 'explain' }] });
    expect((await app.request('/v1/summarize', postJson({ text: ARTICLE.repeat(4), budget: { sentences: 2 }, explain: false }))).status).toBe(200);
  });
});

describe('admission before the body', () => {
  // a body that never ends: any route that waited for it would hang
  const endless = () => new ReadableStream<Uint8Array>({ pull: () => new Promise(() => {}) });
  const streaming = (headers: Record<string, string>): RequestInit =>
    ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: endless(), duplex: 'half' }) as RequestInit;

  it('a full queue answers 429 with Retry-After without reading the body', async () => {
    const queue = createJobQueue({ concurrency: 1, queueSize: 0, timeoutMs: 5000 });
    const app = await testApp({ queue });
    let release: () => void = () => {};
    const blocker = queue.run(() => new Promise<void>((r) => (release = r)));
    const res = await app.request('/v1/summarize', streaming({}));
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(await codeOf(res)).toBe('QUEUE_FULL');
    release();
    await blocker;
  });

  it('a declared Content-Length over the limit answers 413 without reading the body', async () => {
    const app = await testApp({ limits: { maxBodyBytes: 1000 } });
    const res = await app.request('/v1/embed', streaming({ 'content-length': '5000' }));
    expect(res.status).toBe(413);
    expect(await codeOf(res)).toBe('PAYLOAD_TOO_LARGE');
  });
});
