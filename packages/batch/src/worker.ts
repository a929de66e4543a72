import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { checkWorkerSettings } from './check-options.js';
import { checkRedis, createWorkerConnection, type RedisSettings } from './connection.js';
import type { JobData, JobResult } from './jobs.js';
import { createStateLog, messageOf, type LogSink, type StateLog } from './log.js';
import { validRecord } from './records.js';
import { TaskTimeout, ThreadRunner, type EmbedderSpec } from './thread-runner.js';

export interface WorkerOptions {
  readonly redis: RedisSettings;
  readonly queue: string;
  /** Jobs at once, each on its own thread (default 1). */
  readonly concurrency?: number;
  /** Embedder factory for the threads (default: this package's GloVe factory). */
  readonly embedder?: Partial<EmbedderSpec>;
  /**
   * How long a job's lock lasts (default 30 s, renewed every half of it while the job runs on its
   * thread): a dead worker's jobs go back to the queue after at most this plus the stall check.
   */
  readonly lockMs?: number;
  /** A job running longer than this is dead-lettered as JOB_TIMEOUT (default 10 minutes). */
  readonly jobTimeoutMs?: number;
  /** Tests only: each job first blocks its thread this long (a deterministic slow job). */
  readonly busyMs?: number;
  /** Where structured log lines go (default stderr). */
  readonly log?: LogSink;
  readonly onCompleted?: (result: JobResult) => void;
}

const DEFAULT_EMBEDDER: EmbedderSpec = {
  module: new URL(import.meta.url.endsWith('.ts') ? './default-embedder.ts' : './default-embedder.js', import.meta.url).href,
  exportName: 'createEmbedder',
};

/**
 * A BullMQ worker that summarizes records on worker threads. Input errors (bad shape, invalid
 * JSON, empty text, invalid options) are unrecoverable: no retry, straight to the dead letters
 * with their code and line; other failures are retried with backoff, then dead-lettered.
 */
export async function startWorker(o: WorkerOptions): Promise<{ close(): Promise<void> }> {
  checkWorkerSettings(o);
  await checkRedis(o.redis);
  const log = createStateLog(o.redis.url, o.log);
  const concurrency = o.concurrency ?? 1;
  const runner = new ThreadRunner({ ...DEFAULT_EMBEDDER, ...o.embedder }, concurrency);
  const lockMs = o.lockMs ?? 30_000;
  const connection = createWorkerConnection(o.redis);
  const worker = new Worker<JobData, JobResult>(o.queue, jobProcessor(runner, o.jobTimeoutMs ?? 600_000, o.busyMs), {
    connection,
    concurrency,
    lockDuration: lockMs,
    stalledInterval: lockMs,
    maxStalledCount: 3,
    autorun: false,
  });
  logEvents(worker, connection, log, o);
  void worker.run().catch((err: unknown) => log.event('worker.error', { error: messageOf(err) }));
  await worker.waitUntilReady().catch(async (e: unknown) => {
    // the threads and the connection would keep the process alive after a failed start
    await Promise.allSettled([worker.close(true), runner.close()]);
    connection.disconnect();
    throw e;
  });
  log.event('worker.started', { queue: o.queue, concurrency, lockMs });
  return {
    async close() {
      await worker.close();
      await runner.close();
      connection.disconnect();
      log.event('worker.stopped', { queue: o.queue });
    },
  };
}

/** Runs one job's record on a thread; input errors and timeouts are unrecoverable, other failures retried. */
function jobProcessor(runner: ThreadRunner, timeoutMs: number, busyMs: number | undefined) {
  return async (job: Job<JobData, JobResult>): Promise<JobResult> => {
    const { line } = job.data;
    if (job.data.invalidJson !== undefined) throw new UnrecoverableError(`INVALID_JSON: line ${line}: invalid JSON (${job.data.invalidJson})`);
    const record = validRecord(job.data.record, line);
    const reply = await runner
      .run(
        {
          documents: record.documents,
          format: record.format,
          options: job.data.options,
          vectorFunction: job.data.vectorFunction,
          ...(job.data.model === undefined ? {} : { model: job.data.model }),
          ...(busyMs === undefined ? {} : { busyMs }),
        },
        timeoutMs,
      )
      .catch((e: unknown) => {
        if (e instanceof TaskTimeout) throw new UnrecoverableError(`JOB_TIMEOUT: line ${line}: ${e.message}`);
        throw e;
      });
    if (reply.ok) return { id: record.id, line, summary: reply.summary };
    if (isInputError(reply.error)) throw new UnrecoverableError(`${reply.error.code}: line ${line}: ${reply.error.message}`);
    throw new Error(`${reply.error.code}: ${reply.error.message}`);
  };
}

/** A thread's error that retrying cannot fix: bad input, not a missing or failed model. */
function isInputError(error: { name: string; code: string }): boolean {
  return (
    error.name === 'SummarizerError' ||
    error.name === 'ReaderError' ||
    (error.name === 'EmbeddingError' && error.code !== 'MODEL_NOT_FOUND' && error.code !== 'MODEL_LOAD_FAILED')
  );
}

/** Logs the worker's job outcomes and the Redis connection's state. */
function logEvents(worker: Worker<JobData, JobResult>, connection: Redis, log: StateLog, o: WorkerOptions): void {
  worker.on('completed', (_job, result) => o.onCompleted?.(result));
  worker.on('failed', (job, err) => {
    if (job === undefined) return;
    const final = err instanceof UnrecoverableError || err.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
    log.event(final ? 'job.dead' : 'job.retry', { id: job.data.id, line: job.data.line, error: err.message });
  });
  worker.on('stalled', (jobId) => log.event('job.stalled', { jobId }));
  worker.on('error', (err) => log.state('redis', 'unavailable', { queue: o.queue, error: messageOf(err) }));
  connection.on('ready', () => log.state('redis', 'ready', { queue: o.queue }));
}
