import { readFileSync, writeFileSync } from 'node:fs';
import type { Redis } from 'ioredis';
import { BatchError } from './errors.js';
import { isJsonObject, isManifestEntryLike, isString } from './json.js';

/** One record of a batch: its job id, its record id and its line in the submitted file. */
export type ManifestEntry = readonly [jobId: string, id: string, line: number];

/** What a batch submitted: status and results compare what Redis holds against it. */
export interface Manifest {
  readonly version: 1;
  readonly queue: string;
  readonly batchId: string;
  readonly optionsHash: string;
  readonly count: number;
  readonly createdAt: string;
  readonly entries: readonly ManifestEntry[];
}

/** A parsed manifest file with every field of a version 1 manifest. */
function isManifest(v: unknown): v is Manifest {
  if (!isJsonObject(v) || v['version'] !== 1 || !Array.isArray(v['entries']) || !v['entries'].every(isManifestEntryLike)) return false;
  const { queue, batchId, optionsHash, count, createdAt } = v;
  return isString(queue) && isString(batchId) && isString(optionsHash) && typeof count === 'number' && isString(createdAt);
}

/** One manifest entry read back from Redis (written by storeManifest). */
function entryOf(line: string, queue: string): ManifestEntry {
  const e: unknown = JSON.parse(line);
  if (!isManifestEntryLike(e)) throw new BatchError('MANIFEST_NOT_READABLE', `the manifest of queue ${queue} in Redis has a bad entry: ${line.slice(0, 80)}`);
  return e;
}

const metaKey = (queue: string) => `vecsum:batch:${queue}`;
const entriesKey = (queue: string) => `vecsum:batch:${queue}:entries`;

/**
 * Stores the manifest in Redis (a hash and a list), replacing the queue's previous batch. The
 * `complete` flag is set last, so a manifest cut short by a Redis failure is rewritten on rerun.
 */
export async function storeManifest(r: Redis, m: Manifest, chunk = 2000): Promise<void> {
  const meta = await r.hgetall(metaKey(m.queue));
  if (meta['batchId'] === m.batchId && meta['complete'] === '1') return;
  await r
    .multi()
    .del(entriesKey(m.queue))
    .del(metaKey(m.queue))
    .hset(metaKey(m.queue), { batchId: m.batchId, optionsHash: m.optionsHash, count: m.count, createdAt: m.createdAt, complete: 0, queued: 0 })
    .exec();
  for (let i = 0; i < m.entries.length; i += chunk) {
    await r.rpush(entriesKey(m.queue), ...m.entries.slice(i, i + chunk).map((e) => JSON.stringify(e)));
  }
  await r.hset(metaKey(m.queue), 'complete', 1);
}

/** Records how many of the batch's records are queued (for a resumed submit's report). */
export const markQueued = (r: Redis, queue: string, n: number): Promise<number> => r.hset(metaKey(queue), 'queued', n);

/** The queue's current manifest from Redis, or undefined when Redis has none (never submitted, or data lost). */
export async function loadManifest(r: Redis, queue: string): Promise<Manifest | undefined> {
  const meta = await r.hgetall(metaKey(queue));
  if (meta['batchId'] === undefined || meta['complete'] !== '1') return undefined;
  const entries = (await r.lrange(entriesKey(queue), 0, -1)).map((l) => entryOf(l, queue));
  return {
    version: 1,
    queue,
    batchId: meta['batchId'],
    optionsHash: meta['optionsHash'] ?? '',
    count: Number(meta['count']),
    createdAt: meta['createdAt'] ?? '',
    entries,
  };
}

/** Writes the manifest to a local file, so missing work can be counted even if Redis loses everything. */
export function writeManifestFile(path: string, m: Manifest): void {
  writeFileSync(path, `${JSON.stringify(m)}\n`);
}

export function readManifestFile(path: string): Manifest {
  let m: unknown;
  try {
    m = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new BatchError('MANIFEST_NOT_READABLE', `cannot read the batch manifest ${path} (written by "vecsum batch submit --manifest FILE")`, { cause });
  }
  if (!isManifest(m)) throw new BatchError('MANIFEST_NOT_READABLE', `${path} is not a vecsum batch manifest`);
  return m;
}
