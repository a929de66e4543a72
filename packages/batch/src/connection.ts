import { Redis } from 'ioredis';
import { BatchError } from './errors.js';

/** Where Redis is: a redis:// URL (the composition root reads VECSUM_REDIS_URL). */
export interface RedisSettings {
  readonly url: string;
}

/** A BullMQ-ready ioredis connection (maxRetriesPerRequest null, as BullMQ requires). */
export function createConnection(settings: RedisSettings): Redis {
  return new Redis(settings.url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
}

/** Fails fast with REDIS_UNAVAILABLE (naming the URL) when Redis does not answer a PING. */
export async function checkRedis(settings: RedisSettings, timeoutMs = 2000): Promise<void> {
  const probe = new Redis(settings.url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => {});
  try {
    await probe.connect();
    await probe.ping();
  } catch (cause) {
    throw new BatchError('REDIS_UNAVAILABLE', `Redis is not reachable at ${settings.url}`, { cause });
  } finally {
    probe.disconnect();
  }
}
