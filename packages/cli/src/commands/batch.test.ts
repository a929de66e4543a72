import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchStatus, startWorker } from '@vecsum/batch';
import { startRedis, type TestRedis } from '@vecsum/batch/test-support/redis';
import { runCli } from '../test-support/run-cli.js';

const ARTICLE = readFileSync(new URL('../../../../examples/river-restoration.txt', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'vecsum-cli-batch-'));
/** The batch package's test server: a random port, another one when that port is taken. */
let redis: TestRedis;
let url = '';

beforeAll(async () => {
  redis = await startRedis(false);
  url = redis.url;
});
afterAll(async () => {
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const file = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};

describe('vecsum batch', () => {
  it('a --redis that is not a Redis address is a usage error; a --manifest that cannot be written stops the submit, nothing queued', async () => {
    const path = file('addr.jsonl', [JSON.stringify({ id: 'x', text: ARTICLE })]);
    for (const redis of ['notaurl', 'http://127.0.0.1:6379']) {
      const r = await runCli('batch', 'submit', path, '--queue', 'addr', '--redis', redis);
      expect(r.code, redis).toBe(2);
      expect(r.stderr).toBe(`vecsum: INVALID_ARGUMENT: "${redis}" is not a Redis address; give redis://HOST:PORT (rediss:// for TLS) or a Unix socket path\n`);
    }
    const m = await runCli('batch', 'submit', path, '--queue', 'addr', '--redis', url, '--manifest', join(dir, 'no-such-folder', 'm.json'));
    expect(m.code).toBe(3);
    expect(m.stderr).toMatch(/^vecsum: OUTPUT_NOT_WRITABLE: cannot write the manifest to .*no-such-folder.*nothing was queued/m);
    await expect(batchStatus({ url }, 'addr')).rejects.toMatchObject({ code: 'BATCH_UNKNOWN' });
  });

  it('refuses a bad budget or selector before queueing anything, and bad worker settings before starting', async () => {
    const path = file('options.jsonl', [JSON.stringify({ id: 'x', text: ARTICLE })]);
    const budget = await runCli('batch', 'submit', path, '--queue', 'opts', '--redis', url, '--sentences', '0');
    expect(budget.code).toBe(2);
    expect(budget.stderr).toBe('vecsum: INVALID_BUDGET: budget sentences must be a positive integer, got 0\n');
    const selector = await runCli('batch', 'submit', path, '--queue', 'opts', '--redis', url, '--selector', 'textrank');
    expect(selector.code).toBe(2);
    expect(selector.stderr).toMatch(/^vecsum: UNKNOWN_SELECTOR: unknown selector "textrank"; expected one of near,/);
    await expect(batchStatus({ url }, 'opts')).rejects.toMatchObject({ code: 'BATCH_UNKNOWN' });
    for (const [flag, value, says] of [
      ['--concurrency', '0', 'concurrency must be an integer from 1 to 256'],
      ['--concurrency', '1e9', 'concurrency must be an integer from 1 to 256'],
      ['--lock-ms', '-5', 'lockMs must be an integer of at least 100'],
    ] as const) {
      const r = await runCli('worker', '--queue', 'opts', '--redis', url, flag, value);
      expect(r.code, `${flag} ${value}`).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^vecsum: INVALID_ARGUMENT: ${says}`));
    }
  });

  it('refuses a device as the batch file at once (exit 3), queueing nothing', async () => {
    const r = await runCli('batch', 'submit', '/dev/zero', '--queue', 'device', '--redis', url);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^vecsum: INPUT_NOT_READABLE: cannot read \/dev\/zero: it is a device/);
    await expect(batchStatus({ url }, 'device')).rejects.toMatchObject({ code: 'BATCH_UNKNOWN' });
  });

  it('refuses a file with a repeated id, naming the id and its lines, and queues nothing', async () => {
    const path = file('dup.jsonl', [
      JSON.stringify({ id: 'x', text: ARTICLE }),
      JSON.stringify({ id: 'y', text: ARTICLE }),
      JSON.stringify({ id: 'x', text: 'Another text.' }),
    ]);
    const r = await runCli('batch', 'submit', path, '--queue', 'dup', '--redis', url);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('DUPLICATE_ID');
    expect(r.stderr).toContain('"x" on lines 1, 3');
    expect((await runCli('batch', 'status', '--queue', 'dup', '--redis', url)).stderr).toContain('BATCH_UNKNOWN');
  });

  it('never prints a Redis password (exit 4, user:***@)', async () => {
    const r = await runCli('batch', 'status', '--queue', 'q', '--redis', 'redis://ops:hunter22x@127.0.0.1:1');
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('REDIS_UNAVAILABLE');
    expect(r.stderr).toContain('redis://ops:***@127.0.0.1:1');
    expect(r.stderr).not.toContain('hunter22x');
  });

  it('results say which records have none (exit 3); after Redis loses its data, status and results count the missing records from --manifest', async () => {
    const path = file('in.jsonl', [
      JSON.stringify({ id: 'a:b', text: ARTICLE }),
      '{"id": "cut", ',
      JSON.stringify({ id: 'a_b', documents: [ARTICLE.slice(400)] }),
    ]);
    const manifest = join(dir, 'in.manifest.json');
    expect((await runCli('batch', 'submit', path, '--queue', 'flow', '--redis', url, '--sentences', '2', '--manifest', manifest)).code).toBe(0);
    const w = await startWorker({ redis: { url }, queue: 'flow', log: () => {} });
    try {
      for (let i = 0; i < 300; i++) {
        const s = await batchStatus({ url }, 'flow');
        if (s.completed + s.deadLetters.length === 3) break;
        await new Promise((r) => setTimeout(r, 200));
      }
    } finally {
      await w.close();
    }
    const status = await runCli('batch', 'status', '--queue', 'flow', '--redis', url);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('3 records: 2 completed, 0 pending, 1 dead, 0 missing');
    expect(status.stdout).toContain('INVALID_JSON');
    const results = await runCli('batch', 'results', '--queue', 'flow', '--redis', url);
    expect(results.code).toBe(3);
    expect(
      results.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { id: string }).id),
    ).toEqual(['a:b', 'a_b']);
    expect(results.stderr).toContain('1 of 3 records have no result: 1 dead-lettered: "line 2" (line 2)');

    await redis.restart(false); // no persistence: everything is gone
    const unknown = await runCli('batch', 'status', '--queue', 'flow', '--redis', url);
    expect([unknown.code, unknown.stderr.includes('BATCH_UNKNOWN')]).toEqual([3, true]);
    const lost = await runCli('batch', 'status', '--queue', 'flow', '--redis', url, '--manifest', manifest);
    expect(lost.code).toBe(3);
    expect(lost.stderr).toContain('3 of 3 records have no result: 3 missing from Redis');
    const none = await runCli('batch', 'results', '--queue', 'flow', '--redis', url, '--manifest', manifest);
    expect([none.code, none.stdout]).toEqual([3, '']);
    expect(none.stderr).toContain('"a:b" (line 1), "line 2" (line 2), "a_b" (line 3)');
  }, 120_000);

  it('a frozen Redis (SIGSTOP) makes submit fail with REDIS_UNAVAILABLE instead of hanging', async () => {
    const path = file('frozen.jsonl', [JSON.stringify({ id: 'one', text: ARTICLE })]);
    redis.freeze();
    try {
      const r = await runCli('batch', 'submit', path, '--queue', 'frozen', '--redis', url);
      expect(r.code).toBe(4);
      expect(r.stderr).toContain('REDIS_UNAVAILABLE');
    } finally {
      redis.thaw();
    }
  }, 60_000);
});
