import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { checkRedis, createClientConnection, endQueue, unavailable, type RedisSettings } from './connection.js';
import { BatchError, isBatchError } from './errors.js';
import type { DeadLetter, JobData, JobResult } from './jobs.js';
import { loadManifest, type Manifest, type ManifestEntry } from './manifest.js';
import { isJsonObject, isString, stringsOf } from './json.js';
import { redactUrl } from './redact.js';

/** A record of the manifest with no job in Redis (lost: Redis restarted without persistence, or flushed). */
export interface MissingRecord {
  readonly id: string;
  readonly line: number;
}

export interface BatchStatus {
  readonly batchId: string;
  /** Records in the batch's manifest. */
  readonly count: number;
  readonly completed: number;
  /** Queued, running or waiting for a retry. */
  readonly pending: number;
  readonly deadLetters: readonly DeadLetter[];
  readonly missing: readonly MissingRecord[];
}

export interface InspectOptions {
  /** The manifest to compare against (from `submit --manifest FILE`); default the one stored in Redis. */
  readonly manifest?: Manifest;
  /** Records read per round trip (default 1000). */
  readonly page?: number;
  /** Called with each completed result, in the order of the submitted file. */
  readonly onResult?: (r: JobResult) => void;
}

type State = { kind: 'done'; result: JobResult } | { kind: 'dead'; letter: DeadLetter } | { kind: 'pending' } | { kind: 'missing' };

type Fields = [returnvalue: string | null, finishedOn: string | null, failedReason: string | null, timestamp: string | null];

/** A job's result as the worker stored it in Redis (`returnvalue`). */
function resultOf(returnvalue: string): JobResult {
  const r: unknown = JSON.parse(returnvalue);
  if (isJsonObject(r) && isString(r['id']) && typeof r['line'] === 'number' && isString(r['summary']))
    return { id: r['id'], line: r['line'], summary: r['summary'] };
  throw new Error(`a job's result in Redis is not {id, line, summary}: ${returnvalue.slice(0, 80)}`);
}

/** The HMGET reply for one job's hash. */
function fieldsOf(reply: unknown): Fields {
  const f = stringsOf(reply);
  if (f === undefined || f.length !== 4) throw new Error('Redis answered HMGET with something other than 4 fields');
  const [returnvalue = null, finishedOn = null, failedReason = null, timestamp = null] = f;
  return [returnvalue, finishedOn, failedReason, timestamp];
}

function stateOf(entry: ManifestEntry, fields: Fields): State {
  const [, id, line] = entry;
  const [returnvalue, finishedOn, failedReason, timestamp] = fields;
  if (timestamp === null && finishedOn === null && returnvalue === null) return { kind: 'missing' };
  if (finishedOn !== null && returnvalue !== null && returnvalue !== 'null') return { kind: 'done', result: resultOf(returnvalue) };
  if (finishedOn !== null && failedReason !== null) {
    const m = /^([A-Z_]+): (?:line \d+: )?([\s\S]*)$/.exec(failedReason);
    return { kind: 'dead', letter: { id, line, code: m?.[1] ?? 'FAILED', message: m?.[2] ?? failedReason } };
  }
  return { kind: 'pending' };
}

/**
 * Walks the batch's manifest and reads each record's job from Redis: completed, dead-lettered,
 * pending, or missing (the manifest has it, Redis does not). Results go to `onResult` in file order.
 */
export async function inspectBatch(redis: RedisSettings, name: string, o: InspectOptions = {}): Promise<BatchStatus> {
  await checkRedis(redis);
  const connection = createClientConnection(redis);
  const queue = new Queue<JobData, JobResult>(name, { connection });
  queue.on('error', () => {}); // failures surface through the failing command, once
  try {
    const manifest = o.manifest ?? (await loadManifest(connection, name));
    if (manifest === undefined) {
      throw new BatchError(
        'BATCH_UNKNOWN',
        `Redis at ${redactUrl(redis.url)} has no batch manifest for queue ${name}: nothing was submitted to it, or Redis lost its` +
          ` data (a restart without persistence). Pass --manifest FILE (written by "batch submit --manifest FILE") to list the records that` +
          ` are missing, or submit the file again.`,
      );
    }
    return await walk(connection, queue, manifest, o);
  } catch (e) {
    if (isBatchError(e)) throw e;
    throw unavailable(redis, e);
  } finally {
    endQueue(queue, connection);
  }
}

async function walk(r: Redis, queue: Queue<JobData, JobResult>, m: Manifest, o: InspectOptions): Promise<BatchStatus> {
  const page = o.page ?? 1000;
  let completed = 0;
  let pending = 0;
  const dead: DeadLetter[] = [];
  const missing: MissingRecord[] = [];
  for (let start = 0; start < m.entries.length; start += page) {
    const slice = m.entries.slice(start, start + page);
    const p = r.pipeline();
    for (const [jobId] of slice) p.hmget(queue.toKey(jobId), 'returnvalue', 'finishedOn', 'failedReason', 'timestamp');
    const rows = (await p.exec()) ?? [];
    slice.forEach((entry, k) => {
      const [err, fields] = rows[k] ?? [new Error('no reply'), null];
      if (err !== null) throw err;
      const s = stateOf(entry, fieldsOf(fields));
      if (s.kind === 'done') {
        completed++;
        o.onResult?.(s.result);
      } else if (s.kind === 'dead') dead.push(s.letter);
      else if (s.kind === 'pending') pending++;
      else missing.push({ id: entry[1], line: entry[2] });
    });
  }
  return { batchId: m.batchId, count: m.entries.length, completed, pending, deadLetters: dead, missing };
}

/** Counts of the batch (see inspectBatch). */
export const batchStatus = (redis: RedisSettings, name: string, o: Omit<InspectOptions, 'onResult'> = {}): Promise<BatchStatus> => inspectBatch(redis, name, o);

/** Every completed result in file order, then the status (so the caller can report what has none). */
export const batchResults = (
  redis: RedisSettings,
  name: string,
  onResult: (r: JobResult) => void,
  o: Omit<InspectOptions, 'onResult'> = {},
): Promise<BatchStatus> => inspectBatch(redis, name, { ...o, onResult });

/** One sentence saying which records of a batch have no result, or undefined when all have one. */
export function describeGaps(s: BatchStatus, show = 20): string | undefined {
  const parts: string[] = [];
  const list = (xs: readonly { id: string; line: number }[]) =>
    `${xs
      .slice(0, show)
      .map((x) => `${JSON.stringify(x.id)} (line ${x.line})`)
      .join(', ')}${xs.length > show ? `, and ${xs.length - show} more` : ''}`;
  if (s.missing.length > 0)
    parts.push(
      `${s.missing.length} missing from Redis (lost: Redis restarted without persistence?; submit the same file again to queue them): ${list(s.missing)}`,
    );
  if (s.deadLetters.length > 0) parts.push(`${s.deadLetters.length} dead-lettered: ${list(s.deadLetters)}`);
  if (s.pending > 0) parts.push(`${s.pending} still pending`);
  return parts.length === 0 ? undefined : `${s.count - s.completed} of ${s.count} records have no result: ${parts.join('; ')}`;
}
