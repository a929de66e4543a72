/**
 * `pnpm test:chaos`: batch under Redis killed, frozen and restarted without persistence, a worker
 * killed, and a slow job. Each scenario counts records: every good record has exactly one result
 * (and exactly one completed job), every bad one is a dead letter with its code, nothing is missing
 * unless the user is told exactly which records are. Each starts its own redis-server on loopback.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { isBatchError, type BatchError } from '../errors.js';
import { batchResults, batchStatus, type BatchStatus } from '../inspect.js';
import type { JobResult } from '../jobs.js';
import type { Manifest } from '../manifest.js';
import { parseBatchLines } from '../records.js';
import { submitRecords, type SubmitOptions } from '../submit.js';
import { chaosFile } from '../test-support/records.js';
import { startRedis, until, type TestRedis } from '../test-support/redis.js';
import { startWorker } from '../worker.js';

const OPTIONS = { budget: { sentences: 2 } };
const counts: Record<string, unknown>[] = [];
const cleanup: (() => Promise<unknown> | unknown)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
  console.log(`chaos record counts:\n${counts.map((c) => JSON.stringify(c)).join('\n')}`);
});

const submitOpts = (r: TestRedis, queue: string, extra: Partial<SubmitOptions> = {}): SubmitOptions => ({
  redis: { url: r.url, commandTimeoutMs: 1000 },
  queue,
  options: OPTIONS,
  chunk: 5,
  ...extra,
});
const settled = (r: TestRedis, queue: string, total: number) => async () => {
  const s = await batchStatus({ url: r.url }, queue).catch(() => undefined);
  return s !== undefined && s.completed + s.deadLetters.length === total;
};

/** Every good record exactly one result and one completed job; bad records dead; nothing missing or pending. */
async function account(
  scenario: string,
  r: TestRedis,
  queue: string,
  file: ReturnType<typeof chaosFile>,
  extra: Record<string, unknown> = {},
): Promise<BatchStatus> {
  const results: JobResult[] = [];
  const s = await batchResults({ url: r.url }, queue, (x) => results.push(x));
  const conn = new Redis(r.url);
  const q = new Queue(queue, { connection: conn });
  const jobs = await q.getJobCounts('completed', 'failed', 'waiting', 'active', 'delayed');
  await q.close();
  conn.disconnect();
  const row = {
    scenario,
    records: s.count,
    results: results.length,
    completedJobs: jobs['completed'],
    dead: s.deadLetters.length,
    missing: s.missing.length,
    pending: s.pending,
    ...extra,
  };
  counts.push(row);
  expect(results.map((x) => x.id).sort()).toEqual([...file.goodIds].sort());
  expect(jobs['completed']).toBe(file.goodIds.length); // no record summarized twice into two jobs
  expect(s.deadLetters.map((d) => [d.id, d.code])).toEqual([
    [file.badIds[0], 'INVALID_JSON'],
    [file.badIds[1], 'EMPTY_DOCUMENT'],
  ]);
  expect([s.missing.length, s.pending]).toEqual([0, 0]);
  return s;
}

function logSink(): { lines: string[]; sink: (l: string) => void } {
  const lines: string[] = [];
  return { lines, sink: (l) => lines.push(l) };
}

describe('batch chaos: every good record has exactly one result, or the user is told which do not', () => {
  it('Redis killed mid-submit and mid-run (AOF on): the submit reports what was queued, a rerun resumes without duplicates, workers carry on', async () => {
    const r = await startRedis(true);
    cleanup.push(() => r.stop());
    const file = chaosFile(60);
    const entries = parseBatchLines(file.text);
    const err = (await submitRecords(entries, submitOpts(r, 'killed', { onProgress: (d) => d === 10 && void r.kill() })).catch(
      (e: unknown) => e,
    )) as BatchError;
    expect(isBatchError(err) && err.code).toBe('REDIS_UNAVAILABLE');
    expect(err.queued).toBeGreaterThanOrEqual(10);
    expect(err.message).toContain(`${err.queued} of ${entries.length} records were queued`);
    await r.restart(true);
    const again = await submitRecords(entries, submitOpts(r, 'killed'));
    expect(again.alreadyQueued).toBeGreaterThanOrEqual(err.queued!);
    const log = logSink();
    const w = await startWorker({ redis: { url: r.url }, queue: 'killed', lockMs: 3000, busyMs: 100, log: log.sink });
    cleanup.push(() => w.close());
    await until(async () => ((await batchStatus({ url: r.url }, 'killed').catch(() => undefined))?.completed ?? 0) >= 15, 60_000, '15 results');
    const atOutage = (await batchStatus({ url: r.url }, 'killed')).completed;
    expect(atOutage).toBeLessThan(file.goodIds.length); // the outage hits a running batch
    await r.restart(true);
    await until(settled(r, 'killed', entries.length), 90_000, 'the batch to settle');
    const outage = log.lines.filter((l) => l.includes('redis.unavailable'));
    expect(log.lines.join('')).not.toMatch(/\n\s+at /); // no stack traces
    expect(outage.length).toBeLessThanOrEqual(3); // one line per state change, not one per retry
    await account('redis killed', r, 'killed', file, {
      queuedAtFailure: err.queued,
      resumedAlreadyQueued: again.alreadyQueued,
      completedAtOutage: atOutage,
      outageLogLines: outage.length,
    });
  }, 150_000);

  it('Redis frozen (SIGSTOP) mid-submit and mid-run: the submit times out with a count instead of hanging; after SIGCONT all records finish once', async () => {
    const r = await startRedis(false);
    cleanup.push(() => r.stop());
    const file = chaosFile(60);
    const entries = parseBatchLines(file.text);
    const t0 = Date.now();
    const err = (await submitRecords(entries, submitOpts(r, 'frozen', { onProgress: (d) => d === 10 && r.freeze() })).catch((e: unknown) => e)) as BatchError;
    const failedAfterMs = Date.now() - t0;
    expect(isBatchError(err) && err.code).toBe('REDIS_UNAVAILABLE');
    expect(err.message).toContain(`${err.queued} of ${entries.length} records were queued`);
    r.thaw();
    const again = await submitRecords(entries, submitOpts(r, 'frozen'));
    expect(again.alreadyQueued).toBeGreaterThanOrEqual(err.queued!);
    const w = await startWorker({ redis: { url: r.url }, queue: 'frozen', lockMs: 3000, busyMs: 100, log: () => {} });
    cleanup.push(() => w.close());
    await until(async () => ((await batchStatus({ url: r.url }, 'frozen').catch(() => undefined))?.completed ?? 0) >= 15, 60_000, '15 results');
    const atOutage = (await batchStatus({ url: r.url }, 'frozen')).completed;
    expect(atOutage).toBeLessThan(file.goodIds.length); // the freeze hits a running batch
    r.freeze();
    await new Promise((res) => setTimeout(res, 3000));
    r.thaw();
    await until(settled(r, 'frozen', entries.length), 90_000, 'the batch to settle');
    await account('redis frozen', r, 'frozen', file, { queuedAtFailure: err.queued, submitFailedAfterMs: failedAfterMs, completedAtOutage: atOutage });
  }, 150_000);

  it('Redis restarted without persistence: status names every lost record (exit-worthy BATCH_INCOMPLETE data), a resubmit recovers them all', async () => {
    const r = await startRedis(false);
    cleanup.push(() => r.stop());
    const file = chaosFile(60);
    const entries = parseBatchLines(file.text);
    let manifest: Manifest | undefined;
    await submitRecords(entries, submitOpts(r, 'amnesia', { onManifest: (m) => (manifest = m) }));
    const w = await startWorker({ redis: { url: r.url }, queue: 'amnesia', lockMs: 3000, log: () => {} });
    cleanup.push(() => w.close());
    await until(async () => ((await batchStatus({ url: r.url }, 'amnesia').catch(() => undefined))?.completed ?? 0) >= 15, 60_000, '15 results');
    await r.restart(false);
    const unknown = await batchStatus({ url: r.url }, 'amnesia').catch((e: unknown) => e);
    expect(isBatchError(unknown) && unknown.code).toBe('BATCH_UNKNOWN');
    const lost = await batchStatus({ url: r.url }, 'amnesia', { manifest: manifest! });
    expect(lost.missing.map((m) => m.id)).toEqual(entries.map((e) => e.id));
    const again = await submitRecords(entries, submitOpts(r, 'amnesia'));
    expect(again.alreadyQueued).toBe(0);
    await until(settled(r, 'amnesia', entries.length), 90_000, 'the batch to settle');
    await account('redis restarted without persistence', r, 'amnesia', file, { reportedMissingAfterRestart: lost.missing.length });
  }, 150_000);

  it('a worker process SIGKILLed mid-job: its jobs go back to the queue after the lock, every record once', async () => {
    const r = await startRedis(false);
    cleanup.push(() => r.stop());
    const file = chaosFile(30);
    const entries = parseBatchLines(file.text);
    await submitRecords(entries, submitOpts(r, 'workerkill'));
    const script = fileURLToPath(new URL('../test-support/worker-process.ts', import.meta.url));
    const procs: ChildProcess[] = [0, 1].map(() =>
      spawn(process.execPath, ['--import', 'tsx', '--conditions=source', script, r.url, 'workerkill', '2000', '150'], { stdio: ['ignore', 'pipe', 'ignore'] }),
    );
    cleanup.push(() => procs.forEach((p) => p.kill('SIGKILL')));
    await until(async () => ((await batchStatus({ url: r.url }, 'workerkill'))?.completed ?? 0) >= 6, 60_000, '6 results');
    procs[0]?.kill('SIGKILL');
    await until(settled(r, 'workerkill', entries.length), 90_000, 'the batch to settle');
    await account('worker killed', r, 'workerkill', file);
  }, 150_000);

  it('a job far longer than its lock (thread busy 4x the lock) completes exactly once: no stall, no lost lock', async () => {
    const r = await startRedis(false);
    cleanup.push(() => r.stop());
    const file = chaosFile(1);
    const entries = parseBatchLines(file.text);
    let manifest: Manifest | undefined;
    await submitRecords(entries, submitOpts(r, 'slow', { onManifest: (m) => (manifest = m) }));
    const log = logSink();
    let completions = 0;
    const w = await startWorker({ redis: { url: r.url }, queue: 'slow', lockMs: 1000, busyMs: 4000, log: log.sink, onCompleted: () => completions++ });
    cleanup.push(() => w.close());
    await until(settled(r, 'slow', entries.length), 60_000, 'the slow job');
    await new Promise((res) => setTimeout(res, 1500)); // a stalled re-run would show up here
    expect(completions).toBe(1);
    expect(log.lines.join('')).not.toMatch(/stalled|Missing lock|could not renew/i);
    const conn = new Redis(r.url);
    const q = new Queue('slow', { connection: conn });
    const job = await q.getJob(manifest!.entries[0]![0]);
    await q.close();
    conn.disconnect();
    expect([job?.attemptsMade, job?.stalledCounter]).toEqual([1, 0]); // ran once, never taken back as stalled
    await account('slow job (4 s of work, 1 s lock)', r, 'slow', file, { completions });
  }, 90_000);
});
