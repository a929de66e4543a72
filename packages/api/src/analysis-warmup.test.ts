import { afterAll, describe, expect, it } from 'vitest';
import { loadWordDictionary } from '@vecsum/analysis';
import { defaultCacheDir, loadGloveVectors } from '@vecsum/embeddings';
import { dictionaryData, type AnalysisUpdate } from './analysis-state.js';
import { buildDictionaryInWorker, startAnalysisWarmup, type DictionaryBuild, type DictionaryBuilder } from './analysis-warmup.js';
import { DEFAULT_LIMITS } from './deps.js';
import { openApiDocument } from './openapi.js';
import { isApiError, type ApiError } from './problem.js';

// the GloVe pack and its dictionary, as the test setup built them in the cache folder
const vectors = loadGloveVectors({ cacheDir: defaultCacheDir(), shared: true });
const built: DictionaryBuild = { data: dictionaryData(loadWordDictionary(vectors, defaultCacheDir())), ms: 1, built: false };

/** A builder the test finishes: `finish` resolves it, `fail` rejects it; it records the signal it got. */
function controlledBuilder() {
  const control = { signal: undefined as AbortSignal | undefined, finish: (_: DictionaryBuild) => {}, fail: (_: Error) => {} };
  const build: DictionaryBuilder = (_vectors, _dir, signal) =>
    new Promise((resolve, reject) => {
      control.signal = signal;
      control.finish = resolve;
      control.fail = reject;
    });
  return { build, control };
}

function capture() {
  const lines: { level: string; event: Record<string, unknown> }[] = [];
  const logger = {
    info: (event: Record<string, unknown>) => lines.push({ level: 'info', event }),
    error: (event: Record<string, unknown>) => lines.push({ level: 'error', event }),
  };
  const states = () => lines.filter((l) => l.event['msg'] === 'analysis state').map((l) => `${l.level}:${String(l.event['state'])}`);
  return { logger, states, lines };
}

const rejection = async (p: Promise<unknown>): Promise<ApiError> => {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!isApiError(e)) throw new Error(`expected an ApiError, got ${String(e)}`);
  return e;
};

describe('the analysis dictionary warm-up (main thread side)', () => {
  const warmups: { stop(): void }[] = [];
  afterAll(() => {
    for (const w of warmups) w.stop();
  });

  it('is warming (503 ANALYSIS_WARMING_UP + Retry-After) until its builder finishes, then serves the dictionary; one log line per state', async () => {
    const { build, control } = controlledBuilder();
    const log = capture();
    const updates: AnalysisUpdate[] = [];
    const warmup = startAnalysisWarmup(vectors, '/unused', { build, logger: log.logger, onUpdate: (u) => updates.push(u) });
    warmups.push(warmup);
    expect(warmup.state).toBe('warming');
    const early = await rejection(warmup.analysis());
    expect([early.status, early.code, early.headers['retry-after']]).toEqual([503, 'ANALYSIS_WARMING_UP', '5']);
    expect(early.message).toMatch(/retry in 5 s/);
    control.finish(built);
    await warmup.settled;
    expect(warmup.state).toBe('ready');
    const { dictionary } = await warmup.analysis();
    expect(dictionary.words).toEqual(built.data.words);
    expect(dictionary.atoms).toBe(built.data.words.length);
    expect(updates.map((u) => u.state)).toEqual(['ready']);
    expect(log.states()).toEqual(['info:warming', 'info:ready']);
  });

  it('a failed build is 503 ANALYSIS_UNAVAILABLE (no Retry-After), logged once as an error with its reason, never retried', async () => {
    const { build, control } = controlledBuilder();
    const log = capture();
    let calls = 0;
    const counted: DictionaryBuilder = (...args) => {
      calls++;
      return build(...args);
    };
    const warmup = startAnalysisWarmup(vectors, '/unused', { build: counted, logger: log.logger });
    warmups.push(warmup);
    control.fail(new Error("EACCES: permission denied, mkdir '/cache'"));
    await warmup.settled;
    expect(warmup.state).toBe('failed');
    for (let i = 0; i < 3; i++) {
      const e = await rejection(warmup.analysis());
      expect([e.status, e.code, e.headers['retry-after']]).toEqual([503, 'ANALYSIS_UNAVAILABLE', undefined]);
      expect(e.message).not.toMatch(/EACCES|\/cache/); // the reason is in the log, not in the answer
    }
    expect(calls).toBe(1);
    expect(log.states()).toEqual(['info:warming', 'error:failed']);
    expect(log.lines.at(-1)?.event['error']).toMatch(/EACCES/);
  });

  it('stop() aborts a running warm-up: its builder sees the signal and no later state is logged', async () => {
    const { build, control } = controlledBuilder();
    const log = capture();
    const warmup = startAnalysisWarmup(vectors, '/unused', { build, logger: log.logger });
    warmup.stop();
    expect(control.signal?.aborted).toBe(true);
    control.fail(new Error('stopped'));
    await warmup.settled;
    expect(warmup.state).toBe('warming');
    expect(log.states()).toEqual(['info:warming']);
  });
});

describe('the default builder: a one-shot worker thread', () => {
  it('loads the cached dictionary off the main thread and sends it back whole', async () => {
    const got = await buildDictionaryInWorker(vectors, defaultCacheDir(), new AbortController().signal);
    expect(got.built).toBe(false);
    expect(got.data.words).toEqual(built.data.words);
    expect(got.data.syntactic.map((s) => Array.from(s.vector))).toEqual(built.data.syntactic.map((s) => Array.from(s.vector)));
  });

  it('rejects (never hangs) when the worker fails: a buffer that is no pack, or one that is not shared', async () => {
    const junk = { ...vectors, matrix: new Float32Array(new SharedArrayBuffer(64)) };
    await expect(buildDictionaryInWorker(junk, defaultCacheDir(), new AbortController().signal)).rejects.toThrow(/pack|magic|header|bytes/i);
    const unshared = { ...vectors, matrix: new Float32Array(16) };
    await expect(buildDictionaryInWorker(unshared, defaultCacheDir(), new AbortController().signal)).rejects.toThrow(/shared: true/);
  });
});

describe('/openapi.json', () => {
  it("documents /v1/analyze's warm-up 503s with Retry-After, and /ready's analysis state", () => {
    const doc = openApiDocument(DEFAULT_LIMITS) as {
      paths: Record<
        string,
        Record<
          string,
          {
            responses: Record<
              string,
              { description: string; headers?: object; content?: Record<string, { schema: { properties?: Record<string, { enum?: string[] }> } }> }
            >;
          }
        >
      >;
    };
    const unavailable = doc.paths['/v1/analyze']?.['post']?.responses['503'];
    expect(unavailable?.description).toMatch(/ANALYSIS_WARMING_UP \(Retry-After: 5\).*ANALYSIS_UNAVAILABLE/);
    expect(unavailable?.headers).toHaveProperty('Retry-After');
    const ready = doc.paths['/ready']?.['get']?.responses['200']?.content?.['application/json']?.schema;
    expect(ready?.properties?.['analysis']?.enum).toEqual(['warming', 'ready', 'failed']);
  });
});
