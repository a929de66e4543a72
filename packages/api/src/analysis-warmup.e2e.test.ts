import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultCacheDir, locateGlovePack } from '@vecsum/embeddings';
import { buildDictionaryInWorker, type DictionaryBuilder } from './analysis-warmup.js';
import { ProblemSchema, ReadyResponseSchema } from './response-schemas.js';
import { startServer, type RunningServer, type ServerConfig } from './server.js';
import { ARTICLE } from './test-support/app.js';

// Servers with an empty cache folder of their own (the dictionary is not there) over the GloVe
// pack the test setup built (`packPath`: the 27 MB pack is read, never rebuilt).
const packPath = locateGlovePack({ cacheDir: defaultCacheDir() }).path;
const dirs: string[] = [];
const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function serve(config: Partial<ServerConfig>): Promise<{ server: RunningServer; cacheDir: string }> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'vecsum-warmup-'));
  dirs.push(cacheDir);
  const server = await startServer({ port: 0, host: '127.0.0.1', cacheDir, packPath, log: false, limits: { concurrency: 2, timeoutMs: 20_000 }, ...config });
  servers.push(server);
  return { server, cacheDir };
}

const post = (server: RunningServer, path: string, body: unknown) =>
  fetch(new URL(path, server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const analysisOf = async (server: RunningServer) => ReadyResponseSchema.parse(await (await fetch(new URL('ready', server.url))).json()).analysis;

/** Polls /ready until the analysis dictionary is no longer warming (bounded). */
async function settledState(server: RunningServer, withinMs: number): Promise<string | undefined> {
  const deadline = performance.now() + withinMs;
  let state = await analysisOf(server);
  while (state === 'warming' && performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    state = await analysisOf(server);
  }
  return state;
}

async function expectWarming(server: RunningServer): Promise<void> {
  const res = await post(server, 'v1/analyze', { text: ARTICLE });
  expect(res.status).toBe(503);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  expect(res.headers.get('retry-after')).toBe('5');
  const body = ProblemSchema.parse(await res.json());
  expect(body.code).toBe('ANALYSIS_WARMING_UP');
  expect(body.detail).toMatch(/retry in 5 s/);
}

async function expectFullReport(server: RunningServer): Promise<void> {
  const res = await post(server, 'v1/analyze', { text: ARTICLE, budget: { sentences: 2 } });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { document: { equation: { atoms: { word: string }[]; reconstructionCosine: number } } };
  expect(body.document.equation.atoms.length).toBeGreaterThan(0);
  expect(body.document.equation.reconstructionCosine).toBeGreaterThan(0.5);
}

async function expectSummary(server: RunningServer): Promise<void> {
  const res = await post(server, 'v1/summarize', { text: ARTICLE, budget: { sentences: 2 } });
  expect(res.status).toBe(200);
  expect(((await res.json()) as { picked: number[] }).picked).toHaveLength(2);
}

describe.each([
  { workers: true, where: 'on the worker threads' },
  { workers: false, where: 'in-process' },
])('the analysis dictionary warms up at start, off the request path ($where)', ({ workers }) => {
  it('/v1/analyze is 503 ANALYSIS_WARMING_UP + Retry-After while it builds, summarize and /health are served, then the full report', async () => {
    // a builder held open by the test: the server started, and answers, while it has not finished
    let open: () => void = () => {};
    const gate = new Promise<void>((r) => (open = r));
    const calls: string[] = [];
    const buildDictionary: DictionaryBuilder = async (vectors, dir, signal) => {
      calls.push(dir);
      await gate;
      return buildDictionaryInWorker(vectors, defaultCacheDir(), signal);
    };
    const { server, cacheDir } = await serve({ workers, buildDictionary });
    expect(await analysisOf(server)).toBe('warming');
    await expectWarming(server);
    expect((await fetch(new URL('health', server.url))).status).toBe(200);
    await expectSummary(server);
    expect(await analysisOf(server)).toBe('warming');
    open();
    expect(await settledState(server, 30_000)).toBe('ready');
    await expectFullReport(server);
    expect(calls).toEqual([cacheDir]);
  });
});

describe('when the dictionary cannot be built', () => {
  it('/v1/analyze is 503 ANALYSIS_UNAVAILABLE at once (no hang, no Retry-After); /ready stays ready and says failed', async () => {
    const buildDictionary: DictionaryBuilder = async () => {
      throw new Error("EACCES: permission denied, mkdir '/srv/cache'");
    };
    const { server } = await serve({ buildDictionary });
    expect(await settledState(server, 30_000)).toBe('failed');
    const ready = await fetch(new URL('ready', server.url));
    expect(ready.status).toBe(200);
    const res = await post(server, 'v1/analyze', { text: ARTICLE });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBeNull();
    const body = ProblemSchema.parse(await res.json());
    expect(body.code).toBe('ANALYSIS_UNAVAILABLE');
    expect(body.detail).not.toMatch(/EACCES|srv/);
    await expectSummary(server);
  });
});

describe('a server started on a warm cache folder', () => {
  it('has the dictionary when startServer resolves: the first /v1/analyze is the full report', async () => {
    const server = await startServer({ port: 0, host: '127.0.0.1', cacheDir: defaultCacheDir(), log: false, limits: { concurrency: 1 } });
    servers.push(server);
    expect(await analysisOf(server)).toBe('ready');
    await expectFullReport(server);
  });
});

describe('the real build, from an empty cache folder', () => {
  it('builds on its own thread (about 15 s) while /health and summarize are served, caches the file, then serves the full report', async () => {
    const { server, cacheDir } = await serve({ workers: true });
    await expectWarming(server);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      expect((await fetch(new URL('health', server.url))).status).toBe(200);
      times.push(performance.now() - t);
    }
    await expectSummary(server);
    expect(await analysisOf(server)).toBe('warming');
    // the build runs on no request worker and never on the main thread: /health does not wait for it
    // (the median: one answer may meet a scheduling gap on a loaded machine; a blocked main thread delays all)
    expect(times.sort((a, b) => a - b)[2]).toBeLessThan(2000);
    expect(await settledState(server, 240_000)).toBe('ready');
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.json'))).toEqual([expect.stringMatching(/-dictionary-v\d+-2000\.json$/)]);
    await expectFullReport(server);
  }, 300_000);
});
