import { afterAll, describe, expect, it } from 'vitest';
import { loadWordDictionary } from '@vecsum/analysis';
import { defaultCacheDir, loadGloveVectors } from '@vecsum/embeddings';
import { dictionaryData } from './analysis-state.js';
import { DEFAULT_LIMITS } from './deps.js';
import { isApiError } from './problem.js';
import { ARTICLE } from './test-support/app.js';
import type { RawJob } from './work/job.js';
import { createWorkerPool } from './worker-pool.js';

// The request workers never build the dictionary: they answer by the state the main thread
// sends them, and a worker started later (a replacement) starts with the latest state.
const vectors = loadGloveVectors({ cacheDir: defaultCacheDir(), shared: true });
const data = dictionaryData(loadWordDictionary(vectors, defaultCacheDir()));
const events: Record<string, unknown>[] = [];
const pool = createWorkerPool(vectors, { size: 1, limits: DEFAULT_LIMITS, analysis: { state: 'warming' }, onEvent: (e) => events.push(e) });
afterAll(() => pool.close());

const job = (body: object): RawJob => ({ route: 'analyze', kind: 'json', bytes: new TextEncoder().encode(JSON.stringify(body)), query: {} });
async function report(): Promise<{ document?: { equation: { atoms: unknown[] } } }> {
  const outcome = await pool.run(job({ text: ARTICLE, budget: { sentences: 2 } }), 30_000);
  if (!('bytes' in outcome)) throw new Error('expected response bytes');
  return JSON.parse(new TextDecoder().decode(outcome.bytes));
}
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'answered',
    (e: unknown) => (isApiError(e) ? `${e.status} ${e.code} retry-after=${e.headers['retry-after']}` : String(e)),
  );

describe('the worker pool and the analysis dictionary', () => {
  it('warming: 503 ANALYSIS_WARMING_UP; ready: the full report, also from a worker replaced after the update; failed: ANALYSIS_UNAVAILABLE', async () => {
    expect(await codeOf(report())).toBe('503 ANALYSIS_WARMING_UP retry-after=5');
    pool.setAnalysis({ state: 'ready', data });
    expect((await report()).document?.equation.atoms.length).toBeGreaterThan(0);
    // a request cut at its deadline replaces the only worker; the new one starts with the dictionary
    const huge = Array.from({ length: 20_000 }, (_, i) => `Sentence ${i} tells of the river near farm ${i % 97}.`).join(' ');
    expect(await codeOf(pool.run(job({ text: huge }), 50))).toBe('504 TIMEOUT retry-after=undefined');
    expect(events).toEqual([expect.objectContaining({ msg: 'worker replaced', reason: 'deadline' })]);
    expect((await report()).document?.equation.atoms.length).toBeGreaterThan(0);
    pool.setAnalysis({ state: 'failed' });
    expect(await codeOf(report())).toBe('503 ANALYSIS_UNAVAILABLE retry-after=undefined');
  });
});
