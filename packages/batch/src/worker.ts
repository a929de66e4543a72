import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { SentenceEmbedder } from '@vecsum/embeddings';
import { isSummarizerError, summarize } from '@vecsum/summarizer';
import { checkRedis, createConnection, type RedisSettings } from './connection.js';
import { deadLetterKey, type BatchRecord, type DeadLetter, type JobData, type JobResult } from './jobs.js';

export interface WorkerOptions {
  readonly redis: RedisSettings;
  readonly queue: string;
  readonly concurrency?: number;
  /** Embedders by vector function and model (built once per worker process). */
  readonly embedderFor: (vectorFunction: 'mean' | 'sif' | 'arora', model?: string) => SentenceEmbedder | Promise<SentenceEmbedder>;
  /** How fast a dead worker's jobs are taken back (lock duration; default 5 s). */
  readonly lockMs?: number;
  readonly onCompleted?: (result: JobResult) => void;
}

function validRecord(raw: unknown): BatchRecord {
  const r = raw as Partial<BatchRecord> | null;
  if (r === null || typeof r !== 'object' || typeof r.id !== 'string' || !Array.isArray(r.documents) || r.documents.some((d) => typeof d !== 'string')) {
    throw new UnrecoverableError('BAD_RECORD: expected {"id": string, "documents": string[]}');
  }
  return r as BatchRecord;
}

/**
 * A BullMQ worker that summarizes records. Input errors (bad shape, empty text, invalid
 * options) are unrecoverable: no retry, straight to the dead-letter list with their code;
 * other failures are retried with backoff and dead-lettered after the last attempt.
 */
export async function startWorker(options: WorkerOptions): Promise<{ close(): Promise<void> }> {
  await checkRedis(options.redis);
  const connection = createConnection(options.redis);
  const dlq = createConnection(options.redis);
  const worker = new Worker<JobData, JobResult>(
    options.queue,
    async (job: Job<JobData, JobResult>) => {
      const record = validRecord(job.data.record);
      try {
        const s = await summarize({ documents: record.documents }, await options.embedderFor(job.data.vectorFunction, job.data.model), job.data.options);
        return { id: record.id, summary: s.text };
      } catch (e) {
        if (isSummarizerError(e)) throw new UnrecoverableError(`${e.code}: ${e.message}`);
        throw e;
      }
    },
    { connection, concurrency: options.concurrency ?? 1, lockDuration: options.lockMs ?? 5000, stalledInterval: options.lockMs ?? 5000, maxStalledCount: 3 },
  );
  worker.on('completed', (_job, result) => options.onCompleted?.(result));
  worker.on('failed', (job, err) => {
    if (job === undefined) return;
    const final = err instanceof UnrecoverableError || err.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (!final) return;
    const [code, ...rest] = err.message.split(': ');
    const letter: DeadLetter = { id: String(job.id), seq: job.data.seq, code: rest.length > 0 && /^[A-Z_]+$/.test(code ?? '') ? (code as string) : 'FAILED', message: rest.length > 0 ? rest.join(': ') : err.message };
    void dlq.rpush(deadLetterKey(options.queue), JSON.stringify(letter));
  });
  await worker.waitUntilReady();
  return {
    async close() {
      await worker.close();
      connection.disconnect();
      dlq.disconnect();
    },
  };
}
