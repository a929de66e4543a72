import { Queue } from 'bullmq';
import type { SummarizeOptions } from '@vecsum/summarizer';
import { checkRedis, createConnection, type RedisSettings } from './connection.js';
import type { JobData } from './jobs.js';

export interface SubmitOptions {
  readonly redis: RedisSettings;
  readonly queue: string;
  readonly options: Omit<SummarizeOptions, 'signal'>;
  readonly vectorFunction?: 'mean' | 'sif' | 'arora';
  /** Model for the workers to use (as `vecsum summarize --model`); default GloVe. */
  readonly model?: string;
  /** Jobs added per round trip (default 500). */
  readonly chunk?: number;
  /** Attempts per record before it is dead (default 3; backoff exponential from 500 ms). */
  readonly attempts?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Enqueues records in chunks. The job id is the record id, so submitting the same file twice
 * adds nothing new (idempotent); records without a usable id get `#seq`.
 */
export async function submitRecords(records: readonly unknown[], options: SubmitOptions): Promise<{ submitted: number }> {
  await checkRedis(options.redis);
  const connection = createConnection(options.redis);
  const queue = new Queue<JobData>(options.queue, { connection });
  try {
    const chunk = options.chunk ?? 500;
    for (let start = 0; start < records.length; start += chunk) {
      const slice = records.slice(start, start + chunk);
      await queue.addBulk(
        slice.map((record, k) => {
          const seq = start + k;
          const id = typeof (record as { id?: unknown })?.id === 'string' && (record as { id: string }).id !== '' ? (record as { id: string }).id : `#${seq}`;
          return {
            name: 'summarize',
            data: { seq, record, options: options.options, vectorFunction: options.vectorFunction ?? 'arora', ...(options.model === undefined ? {} : { model: options.model }) },
            opts: { jobId: id.replace(/:/g, '_'), attempts: options.attempts ?? 3, backoff: { type: 'exponential', delay: 500 }, removeOnComplete: false, removeOnFail: false },
          };
        }),
      );
      options.onProgress?.(Math.min(start + chunk, records.length), records.length);
    }
    return { submitted: records.length };
  } finally {
    await queue.close();
    connection.disconnect();
  }
}
