import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE, postJson, testApp } from './test-support/app.js';

const ROUTES = ['/v1/summarize', '/v1/embed', '/v1/analyze'];

const deep = (n: number): unknown => (n === 0 ? 'x' : { a: deep(n - 1), b: [deep(n - 1 > 3 ? 3 : n - 1)] });
const hostileValue = fc.oneof(
  fc.anything(),
  fc.string({ maxLength: 50 }).map((s) => `\u200b${s}\u200d\ufeff`),
  fc.constantFrom('__proto__', 'constructor', 'toString', '', '\u0000', '\ud800', 'null'),
  fc.integer({ min: 1, max: 2000 }).map((n) => deep(Math.min(n, 30))),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.constantFrom(Number.MAX_VALUE, -0, 1e308, 0.5, -1),
);
const hostileBody = fc.oneof(
  fc.dictionary(
    fc.constantFrom(
      'text',
      'documents',
      'budget',
      'selector',
      'texts',
      'order',
      'query',
      'model',
      'level',
      'encoding',
      '__proto__',
      'constructor',
      'explain',
      'top',
      'factor',
    ),
    hostileValue,
  ),
  fc.record({ text: fc.string({ unit: 'binary', maxLength: 300 }), budget: fc.record({ words: hostileValue }) }),
  fc.record({ texts: fc.array(fc.string({ unit: 'grapheme', maxLength: 80 }), { maxLength: 5 }), vectorFunction: hostileValue }),
  fc.record({
    documents: fc.array(hostileValue, { maxLength: 4 }),
    selector: fc.constantFrom('near', 'greedy', 'lexrank', 'cluster', 'brute-force', 'auto', 'nope'),
  }),
);

describe('hostile input', () => {
  it('never answers 500 and always answers with JSON, on every route', async () => {
    const app = await testApp({ limits: { maxBodyBytes: 200_000, maxTextChars: 50_000 } });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), hostileBody, async (route, body) => {
        const res = await app.request(route, postJson(body));
        expect(res.status).toBeLessThan(500);
        const parsed = (await res.json()) as { code?: string };
        if (res.status >= 400) expect(typeof parsed.code).toBe('string');
      }),
      { numRuns: 150 },
    );
  });

  it('handles raw junk bytes, huge strings and deep nesting without crashing', async () => {
    const app = await testApp({ limits: { maxBodyBytes: 300_000, maxTextChars: 100_000 } });
    const cases: (string | Uint8Array)[] = [
      new Uint8Array([0xc3, 0x28, 0xa0, 0xa1]),
      '['.repeat(50_000),
      JSON.stringify({ text: 'a'.repeat(250_000) }),
      JSON.stringify({ text: '\u200b'.repeat(10_000) }),
      JSON.stringify({ text: 'Hello.'.repeat(2000), budget: { sentences: 1e12 } }),
      JSON.stringify({ documents: Array.from({ length: 900 }, () => 'Short one.') }),
      JSON.stringify(deep(20)),
    ];
    for (const route of ROUTES) {
      for (const body of cases) {
        const res = await app.request(route, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        expect(res.status, `${route} ${String(body).slice(0, 30)}`).toBeLessThan(500);
      }
    }
  });
});

describe('hostile query strings: never read some other way than written, never silently dropped', () => {
  const plain = (query: string) => [`/v1/summarize?${query}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: ARTICLE }] as const;
  const problemOf = async (res: Response) => {
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    return (await res.json()) as { code: string; detail: string; errors?: { field: string; message: string }[] };
  };

  it('a number that is not decimal or a boolean that is not one is 422 naming the field', async () => {
    const app = await testApp();
    for (const [query, field] of [
      ['sentences=0x2', 'budget'],
      ['sentences=%203', 'budget'],
      ['words=', 'budget'],
      ['explain=maybe', 'explain'],
      ['truncate=yes', 'truncate'],
      ['seed=1e', 'seed'],
    ] as const) {
      const res = await app.request(...plain(query));
      expect(res.status, query).toBe(422);
      const p = await problemOf(res);
      expect(p.code).toBe('INVALID_PARAMETERS');
      expect(p.errors?.map((e) => e.field)).toContain(field);
    }
    const ok = await app.request(...plain('sentences=2&explain=false&truncate=0'));
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { picked: number[]; sentences?: unknown };
    expect(body.picked).toHaveLength(2);
    expect(body.sentences).toBeUndefined();
  });

  it('a parameter given twice is 422 naming it, not the first value taken', async () => {
    const app = await testApp();
    const p = await problemOf(await app.request(...plain('sentences=1&sentences=2&selector=near')));
    expect(p.code).toBe('INVALID_PARAMETERS');
    expect(p.errors).toEqual([{ field: 'sentences', message: 'given 2 times' }]);
    expect(p.detail).toMatch(/give each option once/);
  });

  it('options in the query string next to a JSON body are 422, not ignored', async () => {
    const app = await testApp();
    const res = await app.request('/v1/summarize?sentences=1&explain=false', postJson({ text: ARTICLE }));
    expect(res.status).toBe(422);
    const p = await problemOf(res);
    expect(p.errors?.map((e) => e.field)).toEqual(['sentences', 'explain']);
    expect(p.detail).toMatch(/With a JSON body the options go in the body/);
    const inBody = await app.request('/v1/summarize', postJson({ text: ARTICLE, budget: { sentences: 1 }, explain: false }));
    expect(((await inBody.json()) as { picked: number[] }).picked).toHaveLength(1);
  });
});

describe('every refusal says what to do', () => {
  it('malformed JSON, bad UTF-8, a body or text over the limit, an unknown route: each detail names the way out', async () => {
    const app = await testApp({ limits: { maxBodyBytes: 4000, maxTextChars: 1000 } });
    const cases: [string, RequestInit, string][] = [
      ['/v1/summarize', postJson('{"text": '), 'MALFORMED_JSON'],
      ['/v1/summarize', { method: 'POST', headers: { 'content-type': 'application/json' }, body: new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]) }, 'INVALID_UTF8'],
      ['/v1/summarize', postJson({ text: `${ARTICLE} `.repeat(10) }), 'PAYLOAD_TOO_LARGE'],
      ['/v1/summarize', postJson({ text: `${ARTICLE} `.repeat(3) }), 'TEXT_TOO_LARGE'],
      ['/v1/summarise', postJson({ text: ARTICLE }), 'NOT_FOUND'],
    ];
    for (const [path, init, code] of cases) {
      const p = (await (await app.request(path, init)).json()) as { code: string; detail: string };
      expect(p.code).toBe(code);
      expect(p.detail, code).toMatch(/[;.] (send|the routes are) /i);
    }
  });
});
