import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { SummarizeOptions } from '@vecsum/summarizer';
import { checkSummarizeOptions } from './check-options.js';
import { checkRedis, createClientConnection, endQueue, persistenceOf, unavailable, type RedisSettings } from './connection.js';
import { isBatchError } from './errors.js';
import { batchIdFor, jobIdFor, optionsHash } from './ids.js';
import type { JobData, VectorFunction } from './jobs.js';
import { markQueued, storeManifest, type Manifest } from './manifest.js';
import type { BatchEntry } from './records.js';

export interface SubmitOptions {
  readonly redis: RedisSettings;
  readonly queue: string;
  readonly options: Omit<SummarizeOptions, 'signal'>;
  readonly vectorFunction?: VectorFunction;
  /** Model for the workers to use (as `vecsum summarize --model`); default GloVe. */
  readonly model?: string;
  /** Jobs added per round trip (default 500). */
  readonly chunk?: number;
  /** Attempts per record before it is dead (default 3; backoff exponential from 500 ms). */
  readonly attempts?: number;
  /** Called with the manifest before anything is queued (the CLI writes it to --manifest FILE). */
  readonly onManifest?: (m: Manifest) => void;
  /** Called once when Redis keeps no data across a restart (appendonly no and no save points). */
  readonly onWarning?: (message: string) => void;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface SubmitReport {
  readonly batchId: string;
  readonly submitted: number;
  /** Records that were already queued (a rerun after an interrupted submit adds only the rest). */
  readonly alreadyQueued: number;
}

/** Builds the manifest of a batch: job ids from the options, record ids and record texts. */
export function manifestOf(entries: readonly BatchEntry[], o: SubmitOptions): Manifest {
  const opts = optionsHash({ options: o.options, vectorFunction: o.vectorFunction ?? 'arora', model: o.model ?? null });
  const list = entries.map((e) => [jobIdFor(opts, e.id, e.text), e.id, e.line] as const);
  return {
    version: 1,
    queue: o.queue,
    batchId: batchIdFor(
      o.queue,
      opts,
      list.map((l) => l[0]),
    ),
    optionsHash: opts,
    count: list.length,
    createdAt: new Date().toISOString(),
    entries: list,
  };
}

/**
 * Enqueues a batch: stores its manifest, then adds one job per record in chunks. Job ids are
 * hashes (see ids.ts), so a rerun of the same submit resumes: records already queued are not
 * added twice. If Redis stops answering, the error is REDIS_UNAVAILABLE with `queued` set to the
 * records safely queued so far, and says to rerun.
 */
export async function submitRecords(entries: readonly BatchEntry[], o: SubmitOptions): Promise<SubmitReport> {
  checkSummarizeOptions(o.options);
  await checkRedis(o.redis);
  const manifest = manifestOf(entries, o);
  o.onManifest?.(manifest);
  const connection = createClientConnection(o.redis);
  const queue = new Queue<JobData>(o.queue, { connection });
  queue.on('error', () => {}); // failures surface through the failing command, once
  let queued = 0;
  let already = 0;
  try {
    const p = await persistenceOf(connection);
    if (p !== undefined && !p.appendonly && p.save.trim() === '') {
      o.onWarning?.(
        'Redis persistence is off (appendonly no, no save points): a Redis restart loses this ' +
          'batch. Run Redis with "appendonly yes" (see the @vecsum/batch README).',
      );
    }
    await storeManifest(connection, manifest);
    const chunk = o.chunk ?? 500;
    for (let start = 0; start < entries.length; start += chunk) {
      const slice = entries.slice(start, start + chunk);
      const ids = manifest.entries.slice(start, start + chunk).map((e) => e[0]);
      const fresh = await freshJobs(connection, queue, ids);
      const jobs = slice.flatMap((e, k) => (fresh[k] ? [jobOf(e, ids[k]!, o)] : []));
      if (jobs.length > 0) await queue.addBulk(jobs);
      already += slice.length - jobs.length;
      queued = start + slice.length;
      await markQueued(connection, o.queue, queued);
      o.onProgress?.(queued, entries.length);
    }
    return { batchId: manifest.batchId, submitted: entries.length, alreadyQueued: already };
  } catch (cause) {
    if (isBatchError(cause)) throw cause;
    throw unavailable(
      o.redis,
      cause,
      `: ${queued} of ${entries.length} records were queued before it failed; run the same submit again to queue the rest (records` +
        ` already queued are not added twice)`,
      queued,
    );
  } finally {
    endQueue(queue, connection);
  }
}

async function freshJobs(r: Redis, queue: Queue<JobData>, ids: readonly string[]): Promise<boolean[]> {
  const p = r.pipeline();
  for (const id of ids) p.exists(queue.toKey(id));
  const res = (await p.exec()) ?? [];
  return res.map(([err, n]) => {
    if (err !== null) throw err;
    return n === 0;
  });
}

function jobOf(e: BatchEntry, jobId: string, o: SubmitOptions) {
  const data: JobData = {
    line: e.line,
    id: e.id,
    record: e.record,
    ...(e.invalidJson === undefined ? {} : { invalidJson: e.invalidJson }),
    options: o.options,
    vectorFunction: o.vectorFunction ?? 'arora',
    ...(o.model === undefined ? {} : { model: o.model }),
  };
  return {
    name: 'summarize',
    data,
    opts: { jobId, attempts: o.attempts ?? 3, backoff: { type: 'exponential', delay: 500 }, removeOnComplete: false, removeOnFail: false },
  };
}
