import type { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { BatchError } from './errors.js';
import { stringsOf } from './json.js';
import { redactSecrets, redactUrl } from './redact.js';

/** Where Redis is: a redis:// URL (the composition root reads VECSUM_REDIS_URL). */
export interface RedisSettings {
  readonly url: string;
  /** Client commands (submit, status, results) fail after this long without an answer (default 5000 ms). */
  readonly commandTimeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 5000;

/**
 * A BullMQ worker connection: maxRetriesPerRequest null and no command timeout, as BullMQ's
 * blocking commands require; it reconnects forever (a worker outlives Redis restarts).
 */
export function createWorkerConnection(settings: RedisSettings): Redis {
  return new Redis(settings.url, { maxRetriesPerRequest: null, enableReadyCheck: true, connectTimeout: settings.commandTimeoutMs ?? DEFAULT_TIMEOUT_MS });
}

/**
 * A client connection for submit, status and results: every command times out, and a lost
 * connection is retried briefly, then commands fail (never a silent hang).
 */
export function createClientConnection(settings: RedisSettings): Redis {
  const timeout = settings.commandTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const r = new Redis(settings.url, {
    maxRetriesPerRequest: 1,
    commandTimeout: timeout,
    connectTimeout: timeout,
    enableOfflineQueue: true,
    retryStrategy: (times) => (times > 3 ? null : 200 * times),
  });
  r.on('error', () => {}); // surfaced through the failing command instead
  return r;
}

/** Rejects with `onTimeout()` if `p` does not settle within `ms`. */
export async function withTimeout<T>(p: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(onTimeout()), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

export const unavailable = (settings: RedisSettings, cause: unknown, detail = '', queued?: number): BatchError => {
  const why = cause instanceof Error ? redactSecrets(cause.message, settings.url) : '';
  return new BatchError('REDIS_UNAVAILABLE', `Redis is not reachable at ${redactUrl(settings.url)}${why === '' ? '' : ` (${why})`}${detail}`, {
    cause,
    ...(queued === undefined ? {} : { queued }),
  });
};

/**
 * Refuses what is not a Redis address (a redis:// or rediss:// URL, or a Unix socket path):
 * `notaurl` or `http://x` would otherwise read as an unreachable Redis.
 * @throws BatchError INVALID_ARGUMENT
 */
export function checkRedisUrl(settings: RedisSettings): void {
  if (settings.url.startsWith('/')) return;
  let protocol: string | undefined;
  try {
    protocol = new URL(settings.url).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol !== 'redis:' && protocol !== 'rediss:') {
    throw new BatchError(
      'INVALID_ARGUMENT',
      `${JSON.stringify(redactUrl(settings.url))} is not a Redis address; give redis://HOST:PORT (rediss:// for TLS) or a Unix socket path`,
    );
  }
}

/** Fails fast with REDIS_UNAVAILABLE (naming the URL, password redacted) when Redis does not answer a PING. */
export async function checkRedis(settings: RedisSettings, timeoutMs = settings.commandTimeoutMs ?? DEFAULT_TIMEOUT_MS): Promise<void> {
  checkRedisUrl(settings);
  const probe = new Redis(settings.url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  probe.on('error', () => {});
  try {
    await withTimeout(
      probe.connect().then(() => probe.ping()),
      timeoutMs,
      () => new Error(`no answer within ${timeoutMs} ms`),
    );
  } catch (cause) {
    throw unavailable(settings, cause);
  } finally {
    probe.disconnect();
  }
}

/** Redis persistence as CONFIG GET reports it; undefined when CONFIG is not allowed (managed Redis). */
export async function persistenceOf(r: Redis): Promise<{ appendonly: boolean; save: string } | undefined> {
  try {
    const a = stringsOf(await r.config('GET', 'appendonly'));
    const s = stringsOf(await r.config('GET', 'save'));
    return { appendonly: a?.[1] === 'yes', save: s?.[1] ?? '' };
  } catch {
    return undefined;
  }
}

/**
 * Ends a client queue and its connection without leaving BullMQ a rejection nobody hears. A queue on
 * a shared connection checks the connection and the Redis version (INFO) in the background; its
 * close() only removes listeners, among them the one that forwards that check's failure to the
 * queue, so a check still pending when the queue closed ("Connection is closed" on a slow Redis,
 * "Command timed out" on a frozen one) became an unhandled rejection. The queue is left open, its
 * error listener still in place, and only the connection ends.
 */
export function endQueue(queue: Queue, connection: Redis): void {
  if (queue.listenerCount('error') === 0) queue.on('error', () => {});
  connection.disconnect();
}
