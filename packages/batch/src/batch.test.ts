import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWordVectorEmbedder, defaultCacheDir, loadGloveVectors } from '@vecsum/embeddings';
import { summarize } from '@vecsum/summarizer';
import { checkRedis } from './connection.js';
import { isBatchError } from './errors.js';
import { jobIdFor } from './ids.js';
import { batchResults, batchStatus } from './inspect.js';
import type { JobResult } from './jobs.js';
import { entriesOf, parseBatchLines, validRecord } from './records.js';
import { redactUrl } from './redact.js';
import { submitRecords } from './submit.js';
import { startRedis, until, type TestRedis } from './test-support/redis.js';
import { startWorker } from './worker.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DEV = new URL('../../../../shared/data/cnndm-dev.jsonl', import.meta.url);
const ARTICLE = readFileSync(new URL('../../../examples/river-restoration.txt', import.meta.url), 'utf8');
let redis: TestRedis;
const workers: ChildProcess[] = [];

beforeAll(async () => {
  redis = await startRedis(false);
});
afterAll(async () => {
  for (const w of workers) w.kill('SIGKILL');
  await redis?.stop();
});

describe('ids, records and secrets', () => {
  it('redacts the password of a Redis URL, and REDIS_UNAVAILABLE never shows it', async () => {
    expect(redactUrl('redis://user:pass@host:6379')).toBe('redis://user:***@host:6379');
    expect(redactUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-z]{6,20}$/), (pw) => !redactUrl(`redis://user:${pw}@127.0.0.1:6379/0`).includes(pw)));
    const err = await checkRedis({ url: 'redis://admin:s3cretPW@127.0.0.1:1' }, 500).catch((e: unknown) => e);
    expect(isBatchError(err) && err.code).toBe('REDIS_UNAVAILABLE');
    expect((err as Error).message).toContain('redis://admin:***@127.0.0.1:1');
    expect((err as Error).message).not.toContain('s3cretPW');
  });

  it('job ids are safe hex, distinct for distinct record ids (a:b vs a_b, numeric strings) and for distinct options', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (a, b, text) => {
        const ja = jobIdFor('opts', a, text);
        return /^[0-9a-f]{32}$/.test(ja) && (a === b) === (ja === jobIdFor('opts', b, text)) && ja !== jobIdFor('other', a, text);
      }),
    );
    expect(jobIdFor('o', 'a:b', 't')).not.toBe(jobIdFor('o', 'a_b', 't'));
  });

  it('a numeric id is a record id, as in summarize --jsonl (it was dead-lettered as BAD_RECORD); 7 and "7" are one id', () => {
    expect(validRecord({ id: 7, text: 'The river rose.' }, 1)).toEqual({ id: '7', documents: ['The river rose.'], format: 'text' });
    expect(parseBatchLines('{"id":7,"text":"A."}\n').map((e) => e.id)).toEqual(['7']);
    expect(() => parseBatchLines('{"id":7,"text":"A."}\n{"id":"7","text":"B."}\n')).toThrow(/DUPLICATE|used more than once/);
    expect(() => validRecord({ id: Number.NaN, text: 'A.' }, 3)).toThrow(/BAD_RECORD: line 3/);
    expect(() => validRecord({ id: true, text: 'A.' }, 3)).toThrow(/BAD_RECORD: line 3/);
  });

  it('a duplicate id refuses the file with every repeated id and its line numbers; invalid JSON stays in with its line', () => {
    const err = (() => {
      try {
        parseBatchLines('{"id":"x","text":"A."}\n{"id":"y","text":"B."}\n\n{"id":"x","text":"C."}\n{"id":"y","text":"D."}\n');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(isBatchError(err) && err.code).toBe('DUPLICATE_ID');
    expect((err as Error).message).toContain('"x" on lines 1, 4');
    expect((err as Error).message).toContain('"y" on lines 2, 5');
    const entries = parseBatchLines('{"id":"ok","text":"A."}\n{oops\n');
    expect(entries.map((e) => [e.id, e.line, e.invalidJson !== undefined])).toEqual([
      ['ok', 1, false],
      ['line 2', 2, true],
    ]);
  });

  it('a BOM before a record (a file saved on Windows, or two joined with cat) is not part of its JSON; lone CR ends a line', () => {
    const a = JSON.stringify({ id: 'a', text: ARTICLE });
    const b = JSON.stringify({ id: 'b', text: ARTICLE });
    const entries = parseBatchLines(`\uFEFF${a}\r\n\uFEFF${b}\r\n`);
    expect(entries.map((e) => [e.id, e.line, e.invalidJson])).toEqual([
      ['a', 1, undefined],
      ['b', 2, undefined],
    ]);
    const c = JSON.stringify({ id: 'c', text: ARTICLE });
    const oldMac = parseBatchLines(`${a}\r${b}\r\r${c}`);
    expect(oldMac.map((e) => [e.id, e.line, e.invalidJson])).toEqual([
      ['a', 1, undefined],
      ['b', 2, undefined],
      ['c', 4, undefined],
    ]);
  });
});

describe('batch summarization on BullMQ', () => {
  it('a:b, a_b and "12345" all get their own summary; {id, text} works; invalid JSON is ' +
    'dead-lettered as such; new options never return old summaries', async () => {
    const paras = ARTICLE.split(/\n\s*\n/);
    const recs = [
      { id: 'a:b', text: ARTICLE },
      { id: 'a_b', documents: [paras.slice(1).join('\n\n')] },
      { id: '12345', text: paras.slice(2).join('\n\n') },
    ];
    const text = `${recs.map((r) => JSON.stringify(r)).join('\n')}\n{"id": "cut", "text": "Half a li\n`;
    const warnings: string[] = [];
    const w = await startWorker({ redis, queue: 'ids', log: () => {} });
    try {
      const embedder = createWordVectorEmbedder(loadGloveVectors({ cacheDir: defaultCacheDir() }), { function: 'arora' });
      for (const sentences of [1, 3]) {
        const options = { budget: { sentences } };
        await submitRecords(parseBatchLines(text), { redis, queue: 'ids', options, onWarning: (m) => warnings.push(m) });
        await until(
          async () => {
            const s = await batchStatus(redis, 'ids');
            return s.completed + s.deadLetters.length === 4;
          },
          60_000,
          'the batch',
        );
        const results: JobResult[] = [];
        const s = await batchResults(redis, 'ids', (r) => results.push(r));
        expect(s.deadLetters).toEqual([{ id: 'line 4', line: 4, code: 'INVALID_JSON', message: expect.stringContaining('invalid JSON') }]);
        expect(results.map((r) => r.id)).toEqual(['a:b', 'a_b', '12345']);
        for (const [k, r] of results.entries()) {
          const rec = recs[k] as { text?: string; documents?: string[] };
          expect(r.summary).toBe((await summarize({ documents: rec.documents ?? [rec.text!] }, embedder, options)).text);
        }
      }
      expect(warnings[0]).toContain('appendonly yes');
    } finally {
      await w.close();
    }
  }, 120_000);

  it('an HTML record (format "html") gives the CLI summary of the same page (its doubtful lines not picked); a wrong format and ' +
    'unreadable HTML are dead-lettered with their codes', async () => {
    const byline = 'By Jane Doe for the Daily News | Published: 09:12, 14 March 2015';
    // a line the reader doubts: the CLI and batch both leave it out of the summary
    const note = 'A version of this story first appeared in our weekly river newsletter.';
    const paras = ARTICLE.split(/\n\s*\n/).filter((p) => p.trim() !== '');
    const page =
      `<!doctype html><html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>${paras[0]}</h1>` +
      `<p class="byline">${byline}</p>
<div class="share">Share this article: Facebook Twitter Email</div><p>${note}</p>${paras
        .slice(1)
        .map((p) => `<p>${p}</p>`)
        .join('\n')}</article><footer>Copyright Daily News</footer></body></html>`;
    const file = join(mkdtempSync(join(tmpdir(), 'vecsum-batch-html-')), 'page.html');
    writeFileSync(file, page);
    const cacheDir = defaultCacheDir();
    const cli = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--conditions=source', 'packages/cli/src/bin.ts', 'summarize', file, '--cache-dir', cacheDir],
      { cwd: ROOT },
    );
    const w = await startWorker({ redis, queue: 'html', log: () => {} });
    try {
      const records = [
        { id: 'page', text: page, format: 'html' },
        { id: 'auto', documents: [page], format: 'auto' },
        { id: 'bad-format', text: page, format: 'pdf' },
        { id: 'deep', text: '<div>'.repeat(5000), format: 'html' },
      ];
      await submitRecords(entriesOf(records), { redis, queue: 'html', options: { budget: { sentences: 3 } } });
      await until(
        async () => {
          const s = await batchStatus(redis, 'html');
          return s.completed + s.deadLetters.length === records.length;
        },
        60_000,
        'the batch',
      );
      const results: JobResult[] = [];
      const s = await batchResults(redis, 'html', (r) => results.push(r));
      expect(results.map((r) => [r.id, r.summary])).toEqual([
        ['page', cli.stdout.trimEnd()],
        ['auto', cli.stdout.trimEnd()],
      ]);
      expect(cli.stdout).not.toMatch(/Jane Doe|Share this|Copyright|newsletter/);
      expect(s.deadLetters.map((d) => [d.id, d.code])).toEqual([
        ['bad-format', 'BAD_RECORD'],
        ['deep', 'INVALID_HTML'],
      ]);
    } finally {
      await w.close();
    }
  }, 120_000);

  it('no persistence warning when Redis runs with AOF', async () => {
    const aof = await startRedis(true);
    try {
      const warnings: string[] = [];
      await submitRecords(entriesOf([{ id: 'one', text: ARTICLE }]), {
        redis: aof,
        queue: 'aof',
        options: { budget: { sentences: 1 } },
        onWarning: (m) => warnings.push(m),
      });
      expect(warnings).toEqual([]);
    } finally {
      await aof.stop();
    }
  });

  describe.skipIf(!existsSync(DEV))('on CNN/DM records (skipped: ../shared/data/cnndm-dev.jsonl is not there)', () => {
    it('three worker processes, one killed mid-run: every record summarized exactly once, same as in-process; bad records dead-lettered', async () => {
      const dev = readFileSync(DEV, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { id: string; documents: string[] });
      const records: unknown[] = [];
      for (let k = 0; k < 30; k++) for (const r of dev) records.push({ id: `${r.id}#${k}`, documents: r.documents });
      records.splice(100, 0, { id: 'bad-empty', documents: ['   '] }, { id: 'bad-shape', text: 5 });
      const queue = 'cnndm';
      const options = { budget: { sentences: 2 }, selector: 'greedy' as const };
      const entries = entriesOf(records);
      await submitRecords(entries, { redis, queue, options });
      const again = await submitRecords(entries, { redis, queue, options });
      expect(again.alreadyQueued).toBe(records.length);
      const start = () =>
        spawn(
          process.execPath,
          [
            '--import',
            'tsx',
            '--conditions=source',
            'packages/cli/src/bin.ts',
            'worker',
            '--queue',
            queue,
            '--redis',
            redis.url,
            '--concurrency',
            '2',
            '--lock-ms',
            '3000',
          ],
          { cwd: ROOT, stdio: 'ignore' },
        );
      workers.push(start(), start(), start());
      let killed = false;
      await until(
        async () => {
          const s = await batchStatus(redis, queue);
          if (!killed && s.completed >= 300) killed = workers[0]?.kill('SIGKILL') ?? false;
          return s.completed + s.deadLetters.length >= records.length;
        },
        240_000,
        'the batch',
        300,
      );
      expect(killed).toBe(true);
      const results: JobResult[] = [];
      const status = await batchResults(redis, queue, (r) => results.push(r));
      expect(status.deadLetters.map((d) => [d.id, d.code])).toEqual([
        ['bad-empty', 'EMPTY_DOCUMENT'],
        ['bad-shape', 'BAD_RECORD'],
      ]);
      expect(results).toHaveLength(records.length - 2);
      expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
      const embedder = createWordVectorEmbedder(loadGloveVectors({ cacheDir: defaultCacheDir() }), { function: 'arora' });
      const expected = new Map<string, string>();
      for (const r of dev) expected.set(r.id, (await summarize({ documents: r.documents }, embedder, options)).text);
      for (const r of results) expect(r.summary).toBe(expected.get(r.id.split('#')[0]!));
    }, 300_000);
  });
});
