import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientConnection, endQueue } from './connection.js';
import { startRedis, type TestRedis } from './test-support/redis.js';

let redis: TestRedis;
beforeAll(async () => {
  redis = await startRedis(false);
});
afterAll(async () => {
  await redis?.stop();
});

describe('endQueue', () => {
  it('ends a queue whose version check is still pending (a frozen Redis) without an unhandled rejection', async () => {
    const heard: unknown[] = [];
    const listen = (e: unknown) => heard.push(e);
    process.on('unhandledRejection', listen);
    redis.freeze();
    try {
      // the connection opens (the kernel accepts it) but Redis never answers: the queue's INFO stays pending
      const connection = createClientConnection({ url: redis.url, commandTimeoutMs: 500 });
      const queue = new Queue('frozen', { connection });
      queue.on('error', () => {});
      await new Promise((r) => setTimeout(r, 200));
      endQueue(queue, connection);
      // past the command timeout, the queue's pending check fails; and when Redis answers again, the connection closes
      await new Promise((r) => setTimeout(r, 1500));
      redis.thaw();
      await new Promise((r) => setTimeout(r, 1000));
      expect(heard).toEqual([]);
    } finally {
      redis.thaw();
      process.off('unhandledRejection', listen);
    }
  }, 20_000);
});
