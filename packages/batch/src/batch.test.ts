import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWordVectorEmbedder, loadGloveVectors } from '@vecsum/embeddings';
import { summarize } from '@vecsum/summarizer';
import { checkRedis } from './connection.js';
import { isBatchError } from './errors.js';
import { batchResults, batchStatus } from './inspect.js';
import { submitRecords } from './submit.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** ../shared/data beside the repository (research data, never in git): the worker test skips without it. */
const DEV = new URL('../../../../shared/data/cnndm-dev.jsonl', import.meta.url);
const PORT = 20_000 + Math.floor(Math.random() * 20_000);
const redis = { url: `redis://127.0.0.1:${PORT}` };
let server: ChildProcess;
const workers: ChildProcess[] = [];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  server = spawn('redis-server', ['--port', String(PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    try {
      await checkRedis(redis, 500);
      return;
    } catch {
      await sleep(100);
    }
  }
  throw new Error('redis-server did not start (scripts/install-system-deps.sh installs it)');
});

afterAll(async () => {
  for (const w of workers) w.kill('SIGKILL');
  server?.kill('SIGTERM');
});

function startWorkerProcess(queue: string): ChildProcess {
  const p = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'packages/cli/src/bin.ts', 'worker', '--queue', queue, '--redis', redis.url, '--concurrency', '2'], {
    cwd: ROOT,
    env: { ...process.env },
    stdio: 'ignore',
  });
  workers.push(p);
  return p;
}

describe('batch summarization on BullMQ', () => {
  it('says clearly when Redis is unreachable', async () => {
    const err = await checkRedis({ url: 'redis://127.0.0.1:1' }, 500).catch((e: unknown) => e);
    expect(isBatchError(err) && err.code).toBe('REDIS_UNAVAILABLE');
  });

  it.skipIf(!existsSync(DEV))('three worker processes, one killed mid-run: every record summarized exactly once, same as in-process; bad records dead-lettered', async () => {
    const dev = readFileSync(DEV, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; documents: string[] });
    const records: unknown[] = [];
    for (let k = 0; k < 30; k++) for (const r of dev) records.push({ id: `${r.id}#${k}`, documents: r.documents });
    records.splice(100, 0, { id: 'bad-empty', documents: ['   '] }, { id: 'bad-shape', text: 5 });
    const queue = `test-${Date.now()}`;
    const options = { budget: { sentences: 2 }, selector: 'greedy' as const };
    await submitRecords(records, { redis, queue, options });
    // idempotent: submitting again adds nothing
    await submitRecords(records.slice(0, 50), { redis, queue, options });
    const [victim] = [startWorkerProcess(queue), startWorkerProcess(queue), startWorkerProcess(queue)];
    let killed = false;
    const deadline = Date.now() + 240_000;
    for (;;) {
      const s = await batchStatus(redis, queue);
      if (!killed && s.completed >= 300) {
        victim?.kill('SIGKILL');
        killed = true;
      }
      if (s.completed + s.deadLetters.length >= records.length) break;
      if (Date.now() > deadline) throw new Error(`timed out: ${JSON.stringify({ ...s, deadLetters: s.deadLetters.length })}`);
      await sleep(300);
    }
    expect(killed).toBe(true);
    const status = await batchStatus(redis, queue);
    expect(status.deadLetters.map((d) => [d.id, d.code])).toEqual([
      ['bad-empty', 'EMPTY_DOCUMENT'],
      ['bad-shape', 'BAD_RECORD'],
    ]);
    const results: { id: string; summary: string }[] = [];
    for await (const r of batchResults(redis, queue)) results.push(r);
    expect(results).toHaveLength(records.length - 2);
    expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
    const embedder = createWordVectorEmbedder(loadGloveVectors({ cacheDir: process.env['VECSUM_CACHE_DIR'] as string }), { function: 'arora' });
    const expected = new Map<string, string>();
    for (const r of dev) expected.set(r.id, (await summarize({ documents: r.documents }, embedder, options)).text);
    for (const r of results) expect(r.summary).toBe(expected.get(r.id.split('#')[0] as string));
  }, 300_000);
});
