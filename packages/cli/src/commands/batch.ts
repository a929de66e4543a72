import {
  BatchError,
  batchResults,
  batchStatus,
  describeGaps,
  parseBatchLines,
  readManifestFile,
  startWorker,
  submitRecords,
  writeManifestFile,
  type BatchStatus,
  type RedisSettings,
} from '@vecsum/batch';
import { numberFlag, parse } from '../args.js';
import { resolveCacheDir, vectorFunctionFlag } from '../config.js';
import { CliError, EXIT, messageOf } from '../errors.js';
import { createProgress } from '../io/progress.js';
import { readBytesInput } from '../io/read-input.js';
import { SUMMARY_FLAGS, summarizeOptionsFromFlags } from './summarize.js';

export const BATCH_HELP = `vecsum batch <submit|status|results> [options]   and   vecsum worker [options]

Batch summarization on a BullMQ queue in Redis, with workers on any number of machines.

  vecsum batch submit IN.jsonl --queue NAME [--manifest FILE] [budget, selector and --model flags as in summarize]
  vecsum worker --queue NAME [--concurrency N] [--lock-ms N] [--job-timeout-ms N]   (runs until SIGTERM/SIGINT)
  vecsum batch status --queue NAME [--manifest FILE] [--format json]   counts, dead letters, missing records
  vecsum batch results --queue NAME [--manifest FILE]   {"id","summary"} JSONL, in file order
  --redis URL        Redis (default $VECSUM_REDIS_URL or redis://127.0.0.1:6379)
  --manifest FILE    submit writes the batch's manifest there; status and results compare against
                     it (default: the manifest stored in Redis), so lost work is counted even if
                     Redis lost everything
Records are {"id", "documents": [...]} or {"id", "text"}, one per line (at most 256 MiB a file: split
a bigger one; - reads standard input); the same id twice refuses
the file (DUPLICATE_ID, with line numbers). Rerunning a submit adds only what is not queued yet.
Failures retry 3 times with backoff; bad records (invalid JSON, wrong shape, empty text) go to the
dead letters with their code and line. status exits 3 when records are missing from Redis;
results exits 3 when any record has no result, and says which.
`;

const OPTIONS = {
  ...SUMMARY_FLAGS,
  queue: { type: 'string' },
  redis: { type: 'string' },
  model: { type: 'string' },
  manifest: { type: 'string' },
  concurrency: { type: 'string' },
  'lock-ms': { type: 'string' },
  'job-timeout-ms': { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Largest batch file submitted at once (256 MiB): the whole file is parsed before the first job is queued. */
const MAX_BATCH_FILE_BYTES = 256 * 1024 * 1024;

type Values = ReturnType<typeof parse<typeof OPTIONS>>['values'];

const redisOf = (flag: string | undefined): RedisSettings => ({ url: flag ?? process.env['VECSUM_REDIS_URL'] ?? 'redis://127.0.0.1:6379' });
const queueOf = (q: string | undefined): string => {
  if (q === undefined || !/^[\w.-]{1,100}$/.test(q)) throw new CliError('USAGE', '--queue NAME is required (letters, digits, ".", "_", "-")');
  return q;
};
/** Writes --manifest FILE before anything is queued; a path that cannot be written stops the submit there. */
function writeManifest(path: string, m: Parameters<typeof writeManifestFile>[1]): void {
  try {
    writeManifestFile(path, m);
  } catch (cause) {
    throw new CliError(
      'OUTPUT_NOT_WRITABLE',
      `cannot write the manifest to ${path} (${messageOf(cause)}); nothing was queued: give a writable --manifest FILE`,
      EXIT.input,
      {
        cause,
      },
    );
  }
}

const manifestOf = (v: Values) => (v.manifest === undefined ? {} : { manifest: readManifestFile(v.manifest) });
const incomplete = (s: BatchStatus, gaps: string): BatchError => new BatchError('BATCH_INCOMPLETE', `batch ${s.batchId}: ${gaps}`);

export async function runBatch(argv: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values: v, positionals } = parse(argv, OPTIONS);
  const [action, file] = positionals;
  if (v.help === true || action === undefined) {
    out.write(BATCH_HELP);
    return v.help === true ? 0 : EXIT.usage;
  }
  const redis = redisOf(v.redis);
  const queue = queueOf(v.queue);
  if (action === 'submit') return submit(v, file, redis, queue);
  if (action === 'status') return status(v, redis, queue, out);
  if (action === 'results') return results(v, redis, queue, out);
  throw new CliError('USAGE', `unknown batch action ${JSON.stringify(action)}; expected submit, status or results`);
}

async function submit(v: Values, file: string | undefined, redis: RedisSettings, queue: string): Promise<number> {
  if (file === undefined) throw new CliError('USAGE', 'usage: vecsum batch submit IN.jsonl --queue NAME');
  const text = (await readBytesInput(file, { maxBytes: MAX_BATCH_FILE_BYTES })).toString('utf8');
  const entries = parseBatchLines(text);
  const { budget, ...rest } = summarizeOptionsFromFlags(v);
  const fn = vectorFunctionFlag(v['vector-function']);
  const progress = createProgress('submitting');
  const r = await submitRecords(entries, {
    redis,
    queue,
    options: { budget, ...rest },
    vectorFunction: fn,
    ...(v.model === undefined ? {} : { model: v.model }),
    onManifest: (m) => v.manifest !== undefined && writeManifest(v.manifest, m),
    onWarning: (w) => process.stderr.write(`vecsum: warning: ${w}\n`),
    onProgress: (done, total) => progress({ phase: 'records', done, total }),
  }).finally(() => progress.done());
  const resumed = r.alreadyQueued > 0 ? ` (${r.alreadyQueued} were already queued, ${r.submitted - r.alreadyQueued} added)` : '';
  process.stderr.write(`vecsum: submitted ${r.submitted} records to queue ${queue}, batch ${r.batchId}${resumed}\n`);
  return 0;
}

async function status(v: Values, redis: RedisSettings, queue: string, out: NodeJS.WritableStream): Promise<number> {
  const s = await batchStatus(redis, queue, manifestOf(v));
  if (v.format === 'json') out.write(`${JSON.stringify(s)}\n`);
  else {
    out.write(
      `queue ${queue}, batch ${s.batchId}: ${s.count} records: ${s.completed} completed, ${s.pending} pending,` +
        ` ${s.deadLetters.length} dead, ${s.missing.length} missing\n`,
    );
    for (const d of s.deadLetters) out.write(`dead: ${d.id} (line ${d.line}) ${d.code} ${d.message}\n`);
    for (const m of s.missing.slice(0, 100)) out.write(`missing: ${m.id} (line ${m.line})\n`);
  }
  if (s.missing.length > 0) throw incomplete(s, describeGaps(s)!);
  return 0;
}

async function results(v: Values, redis: RedisSettings, queue: string, out: NodeJS.WritableStream): Promise<number> {
  const s = await batchResults(redis, queue, (r) => out.write(`${JSON.stringify({ id: r.id, summary: r.summary })}\n`), manifestOf(v));
  process.stderr.write(`vecsum: ${s.completed} of ${s.count} results\n`);
  const gaps = describeGaps(s);
  if (gaps !== undefined) throw incomplete(s, gaps);
  return 0;
}

export async function runWorker(argv: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values: v } = parse(argv, OPTIONS);
  if (v.help === true) {
    out.write(BATCH_HELP);
    return 0;
  }
  let done = 0;
  const config = new URL(import.meta.url.endsWith('.ts') ? '../config.ts' : '../config.js', import.meta.url).href;
  const lockMs = numberFlag('lock-ms', v['lock-ms'], true);
  const jobTimeoutMs = numberFlag('job-timeout-ms', v['job-timeout-ms'], true);
  const worker = await startWorker({
    redis: redisOf(v.redis),
    queue: queueOf(v.queue),
    concurrency: numberFlag('concurrency', v.concurrency, true) ?? 1,
    embedder: { module: config, exportName: 'createEmbedder', cacheDir: resolveCacheDir(v['cache-dir']) },
    ...(lockMs === undefined ? {} : { lockMs }),
    ...(jobTimeoutMs === undefined ? {} : { jobTimeoutMs }),
    onCompleted: () => done++,
  });
  await new Promise<void>((resolve) => {
    const stop = () => void worker.close().then(resolve);
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  process.stderr.write(`vecsum: worker ${process.pid} stopped after ${done} records\n`);
  return 0;
}
