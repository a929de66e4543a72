/**
 * `pnpm --filter @vecsum/api bench:warmup`: a server's first start on an empty cache folder (the
 * GloVe pack given by `packPath`, the dictionary not there), as on a fresh machine. Times, from
 * this process over loopback: startServer, the first /v1/analyze, then every 500 ms during the
 * warm-up /health, /v1/analyze (503 expected) and a /v1/summarize of the example article, the
 * time until /ready says `analysis: "ready"`, the first full report; then a second server on the
 * now warm folder. Last, in this process: the cached file's size and load time, and the time a
 * request worker takes to rebuild the dictionary from the data it is sent (medians of 10). One
 * run; the machine's load average is printed with it.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dictionaryFile, loadWordDictionary } from '@vecsum/analysis';
import { defaultCacheDir, loadGloveVectors, locateGlovePack } from '@vecsum/embeddings';
import { dictionaryData, dictionaryOf } from '../src/analysis-state.js';
import { startServer, type RunningServer } from '../src/server.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const text = readFileSync(join(root, 'examples', 'river-restoration.txt'), 'utf8');
const packPath = locateGlovePack({ cacheDir: defaultCacheDir() }).path;
const cacheDir = mkdtempSync(join(tmpdir(), 'vecsum-warmup-bench-'));
const load = () => loadavg()[0]?.toFixed(1);

async function timed(server: RunningServer, path: string, body?: unknown): Promise<{ status: number; ms: number }> {
  const t = performance.now();
  const init = body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  const res = await fetch(new URL(path, server.url), init);
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - t };
}
const state = async (server: RunningServer) => ((await (await fetch(new URL('ready', server.url))).json()) as { analysis?: string }).analysis;
const summary = (xs: { status: number; ms: number }[]) => {
  const ms = xs.map((x) => x.ms).sort((a, b) => a - b);
  const statuses = [...new Set(xs.map((x) => x.status))].join('/');
  return `${xs.length} requests, status ${statuses}, p50 ${ms[Math.floor(ms.length / 2)]?.toFixed(1)} ms, max ${ms.at(-1)?.toFixed(1)} ms`;
};

console.log(`load average ${load()} at start; cache folder ${cacheDir} (empty); pack ${packPath}`);
const t0 = performance.now();
const server = await startServer({ port: 0, host: '127.0.0.1', cacheDir, packPath, log: false, limits: { concurrency: 2 } });
console.log(`startServer resolved after ${(performance.now() - t0).toFixed(0)} ms; /ready analysis: ${await state(server)}`);
const first = await timed(server, 'v1/analyze', { text });
console.log(`first /v1/analyze: ${first.status} in ${first.ms.toFixed(0)} ms (includes the request workers' own start)`);
const health: { status: number; ms: number }[] = [];
const analyze: { status: number; ms: number }[] = [];
const summarize: { status: number; ms: number }[] = [];
while ((await state(server)) === 'warming' && performance.now() - t0 < 300_000) {
  health.push(await timed(server, 'health'));
  analyze.push(await timed(server, 'v1/analyze', { text }));
  summarize.push(await timed(server, 'v1/summarize', { text, budget: { sentences: 3 } }));
  await new Promise((r) => setTimeout(r, 500));
}
console.log(`analysis ${await state(server)} after ${((performance.now() - t0) / 1000).toFixed(1)} s from start (load average ${load()})`);
console.log(`during the warm-up: /health ${summary(health)}`);
console.log(`during the warm-up: /v1/analyze ${summary(analyze)}`);
console.log(`during the warm-up: /v1/summarize ${summary(summarize)}`);
const after = await timed(server, 'v1/analyze', { text });
console.log(`first /v1/analyze after: ${after.status} in ${after.ms.toFixed(0)} ms`);
await server.close();
const t1 = performance.now();
const again = await startServer({ port: 0, host: '127.0.0.1', cacheDir, packPath, log: false, limits: { concurrency: 2 } });
console.log(`second start on the warm folder: startServer resolved after ${(performance.now() - t1).toFixed(0)} ms; /ready analysis: ${await state(again)}`);
const warm = await timed(again, 'v1/analyze', { text });
console.log(`its first /v1/analyze: ${warm.status} in ${warm.ms.toFixed(0)} ms`);
await again.close();

const vectors = loadGloveVectors({ cacheDir, packPath });
const median10 = (fn: () => unknown) => {
  const ms: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b)[5]?.toFixed(1);
};
const data = dictionaryData(loadWordDictionary(vectors, cacheDir));
const bytes = statSync(join(cacheDir, dictionaryFile(vectors))).size;
console.log(
  `cached file ${bytes} bytes: loads in ` +
    `${median10(() => loadWordDictionary(vectors, cacheDir))} ms; rebuilt from its data in ` +
    `${median10(() => dictionaryOf(vectors, data))} ms (medians of 10)`,
);
rmSync(cacheDir, { recursive: true, force: true });
