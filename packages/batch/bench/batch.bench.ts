/**
 * `pnpm --filter @vecsum/batch bench`: records/s through BullMQ with 1, 2 and 4 worker
 * processes (concurrency 2 each) on this machine, against `summarize` in one process on the
 * same records; starts its own redis-server on loopback.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWordVectorEmbedder, defaultCacheDir, loadGloveVectors } from '@vecsum/embeddings';
import { summarize } from '@vecsum/summarizer';
import { batchStatus, checkRedis, entriesOf, submitRecords } from '@vecsum/batch';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const port = 21_000 + Math.floor(Math.random() * 10_000);
const redis = { url: `redis://127.0.0.1:${port}` };
const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
for (let i = 0; i < 50; i++) {
  try {
    await checkRedis(redis, 500);
    break;
  } catch {
    await new Promise((r) => setTimeout(r, 100));
  }
}
const dev = readFileSync(join(root, '..', 'shared', 'data', 'cnndm-dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { id: string; documents: string[] });
const N = Number(process.env['BENCH_RECORDS'] ?? 3000);
const records = Array.from({ length: N }, (_, i) => ({
  id: `${(dev[i % dev.length] as { id: string }).id}#${i}`,
  documents: (dev[i % dev.length] as { documents: string[] }).documents,
}));
const options = { budget: { sentences: 3 } };

const embedder = createWordVectorEmbedder(loadGloveVectors({ cacheDir: defaultCacheDir() }), { function: 'arora' });
let t = performance.now();
for (const r of records) await summarize({ documents: r.documents }, embedder, options);
const inProcess = N / ((performance.now() - t) / 1000);
const rows: [string, string][] = [[`summarize in one process (${N} CNN/DM records, 3 sentences)`, `${inProcess.toFixed(0)} records/s`]];

for (const count of [1, 2, 4]) {
  const queue = `bench-${count}-${Date.now()}`;
  t = performance.now();
  await submitRecords(entriesOf(records), { redis, queue, options });
  const submitMs = performance.now() - t;
  const procs: ChildProcess[] = Array.from({ length: count }, () =>
    spawn(
      process.execPath,
      ['--import', 'tsx', '--conditions=source', 'packages/cli/src/bin.ts', 'worker', '--queue', queue, '--redis', redis.url, '--concurrency', '2'],
      { cwd: root, stdio: 'ignore' },
    ),
  );
  t = performance.now();
  for (;;) {
    const s = await batchStatus(redis, queue);
    if (s.completed >= N) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const rate = N / ((performance.now() - t) / 1000);
  for (const p of procs) p.kill('SIGTERM');
  rows.push([
    `BullMQ, ${count} worker process${count > 1 ? 'es' : ''} (submit ${submitMs.toFixed(0)} ms)`,
    `${rate.toFixed(0)} records/s (${(rate / inProcess).toFixed(2)}x in-process; includes worker start-up)`,
  ]);
}
server.kill('SIGTERM');
console.log('\n| measure | value |\n|---|---|');
for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
process.exit(0);
