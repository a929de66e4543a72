import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postJson, testApp } from './test-support/app.js';

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
