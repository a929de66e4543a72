import { Queue } from 'bullmq';
import { checkRedis, createConnection, type RedisSettings } from './connection.js';
import { deadLetterKey, type DeadLetter, type JobData, type JobResult } from './jobs.js';

export interface BatchStatus {
  readonly waiting: number;
  readonly active: number;
  readonly delayed: number;
  readonly completed: number;
  readonly failed: number;
  readonly deadLetters: readonly DeadLetter[];
}

/** Counts per state and the dead-letter list of a queue. */
export async function batchStatus(redis: RedisSettings, name: string): Promise<BatchStatus> {
  await checkRedis(redis);
  const connection = createConnection(redis);
  const queue = new Queue<JobData, JobResult>(name, { connection });
  try {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
    const letters = (await connection.lrange(deadLetterKey(name), 0, -1)).map((l) => JSON.parse(l) as DeadLetter);
    const unique = new Map(letters.map((l) => [l.id, l]));
    return { waiting: counts['waiting'] ?? 0, active: counts['active'] ?? 0, delayed: counts['delayed'] ?? 0, completed: counts['completed'] ?? 0, failed: counts['failed'] ?? 0, deadLetters: [...unique.values()].sort((a, b) => a.seq - b.seq) };
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

/** Completed results in submission order (read from Redis in pages, sorted by submission position). */
export async function* batchResults(redis: RedisSettings, name: string, page = 1000): AsyncGenerator<JobResult & { seq: number }> {
  await checkRedis(redis);
  const connection = createConnection(redis);
  const queue = new Queue<JobData, JobResult>(name, { connection });
  try {
    const total = await queue.getCompletedCount();
    const all: (JobResult & { seq: number })[] = [];
    for (let start = 0; start < total; start += page) {
      const jobs = await queue.getCompleted(start, start + page - 1);
      for (const j of jobs) if (j.returnvalue !== undefined && j.returnvalue !== null) all.push({ ...j.returnvalue, seq: j.data.seq });
    }
    all.sort((a, b) => a.seq - b.seq);
    yield* all;
  } finally {
    await queue.close();
    connection.disconnect();
  }
}
