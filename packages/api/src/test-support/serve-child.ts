/**
 * A server in its own process, configured from the environment like `vecsum serve`
 * (VECSUM_TIMEOUT_MS, VECSUM_DRAIN_MS, …): prints `READY <url>` once listening; SIGTERM drains
 * it and the process then ends on its own (nothing may keep it alive).
 */
import { defaultCacheDir } from '@vecsum/embeddings';
import { configFromEnv, startServer } from '../server.js';

const env = configFromEnv(process.env);
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  cacheDir: defaultCacheDir(),
  log: process.env['VECSUM_CHILD_LOG'] === '1',
  ...env,
});
process.stdout.write(`READY ${server.url}\n`);
process.once('SIGTERM', () => {
  void server.close().then(() => process.stdout.write('CLOSED\n'));
});
