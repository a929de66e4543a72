import { readFileSync } from 'node:fs';
import { batchResults, batchStatus, startWorker, submitRecords, type RedisSettings } from '@vecsum/batch';
import type { SentenceEmbedder } from '@vecsum/embeddings';
import { numberFlag, parse } from '../args.js';
import { createEmbedder } from '../config.js';
import { CliError, EXIT } from '../errors.js';
import { createProgress } from '../io/progress.js';
import { SUMMARY_FLAGS, summarizeOptionsFromFlags, type SummarizeFlags } from './summarize.js';

export const BATCH_HELP = `vecsum batch <submit|status|results> [options]   and   vecsum worker [options]

Batch summarization on a BullMQ queue in Redis, with workers on any number of machines.

  vecsum batch submit IN.jsonl --queue NAME [budget, selector and --model flags as in summarize]
  vecsum worker --queue NAME [--concurrency N]     (runs until SIGTERM/SIGINT)
  vecsum batch status --queue NAME [--format json] counts and the dead-letter list
  vecsum batch results --queue NAME                {"id","summary"} JSONL, in submission order
  --redis URL      Redis (default $VECSUM_REDIS_URL or redis://127.0.0.1:6379)
Jobs are idempotent by record id; failures retry 3 times with backoff; bad records (wrong
shape, empty text) go straight to the dead-letter list with their error code.
`;

const OPTIONS = {
  ...SUMMARY_FLAGS,
  queue: { type: 'string' },
  redis: { type: 'string' },
  model: { type: 'string' },
  concurrency: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const redisOf = (flag: string | undefined): RedisSettings => ({ url: flag ?? process.env['VECSUM_REDIS_URL'] ?? 'redis://127.0.0.1:6379' });
const queueOf = (q: string | undefined): string => {
  if (q === undefined || !/^[\w.-]{1,100}$/.test(q)) throw new CliError('USAGE', '--queue NAME is required (letters, digits, ".", "_", "-")');
  return q;
};

export async function runBatch(argv: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values: v, positionals } = parse(argv, OPTIONS);
  const [action, file] = positionals;
  if (v.help === true || action === undefined) {
    out.write(BATCH_HELP);
    return v.help === true ? 0 : EXIT.usage;
  }
  const redis = redisOf(v.redis);
  const queue = queueOf(v.queue);
  if (action === 'submit') {
    if (file === undefined) throw new CliError('USAGE', 'usage: vecsum batch submit IN.jsonl --queue NAME');
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (cause) {
      throw new CliError('INPUT_NOT_READABLE', `cannot read ${file}`, EXIT.input, { cause });
    }
    const records = text.split('\n').filter((l) => l.trim() !== '').map((l) => {
      try {
        return JSON.parse(l) as unknown;
      } catch {
        return { invalidJson: l.slice(0, 80) };
      }
    });
    const { budget, ...rest } = summarizeOptionsFromFlags(v as unknown as SummarizeFlags);
    const fn = (v['vector-function'] ?? 'arora') as 'mean' | 'sif' | 'arora';
    const progress = createProgress('submitting');
    const r = await submitRecords(records, { redis, queue, options: { budget, ...rest }, vectorFunction: fn, ...(v.model === undefined ? {} : { model: v.model }), onProgress: (done, total) => progress({ phase: 'records', done, total }) });
    progress.done();
    process.stderr.write(`vecsum: submitted ${r.submitted} records to queue ${queue}\n`);
    return 0;
  }
  if (action === 'status') {
    const s = await batchStatus(redis, queue);
    if (v.format === 'json') out.write(`${JSON.stringify(s)}\n`);
    else {
      out.write(`queue ${queue}: ${s.completed} completed, ${s.active} active, ${s.waiting} waiting, ${s.delayed} retrying, ${s.failed} failed\n`);
      for (const d of s.deadLetters) out.write(`dead: ${d.id} ${d.code} ${d.message}\n`);
    }
    return 0;
  }
  if (action === 'results') {
    const progress = createProgress('results');
    let n = 0;
    for await (const r of batchResults(redis, queue)) {
      out.write(`${JSON.stringify({ id: r.id, summary: r.summary })}\n`);
      if (++n % 500 === 0) progress({ phase: 'records', done: n, total: 0 });
    }
    progress({ phase: 'records', done: n, total: n });
    progress.done();
    return 0;
  }
  throw new CliError('USAGE', `unknown batch action ${JSON.stringify(action)}; expected submit, status or results`);
}

export async function runWorker(argv: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values: v } = parse(argv, OPTIONS);
  if (v.help === true) {
    out.write(BATCH_HELP);
    return 0;
  }
  const embedders = new Map<string, Promise<SentenceEmbedder>>();
  const embedderFor = (fn: 'mean' | 'sif' | 'arora', model?: string) => {
    const key = `${model ?? 'glove'}/${fn}`;
    let e = embedders.get(key);
    if (e === undefined) {
      e = createEmbedder({ model: model ?? v.model, vectorFunction: fn, cacheDir: v['cache-dir'] });
      embedders.set(key, e);
    }
    return e;
  };
  let done = 0;
  const worker = await startWorker({ redis: redisOf(v.redis), queue: queueOf(v.queue), concurrency: numberFlag('concurrency', v.concurrency, true) ?? 1, embedderFor, onCompleted: () => done++ });
  process.stderr.write(`vecsum: worker ${process.pid} on queue ${v.queue}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => void worker.close().then(resolve);
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  process.stderr.write(`vecsum: worker ${process.pid} stopped after ${done} records\n`);
  return 0;
}
