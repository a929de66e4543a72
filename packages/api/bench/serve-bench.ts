/**
 * The load bench's server process: the API (configured from the environment like `vecsum
 * serve`, without request logs) and, in the same process, a bare node:http route answering a
 * fixed JSON body, the baseline the bench measures the API against. Prints
 * `READY <api url> <baseline url>`; SIGTERM closes both.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { configFromEnv, startServer } from '@vecsum/api';
import { defaultCacheDir } from '@vecsum/embeddings';

const api = await startServer({ port: 0, host: '127.0.0.1', cacheDir: defaultCacheDir(), log: false, ...configFromEnv(process.env) });
const bare = createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}'));
});
await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
process.stdout.write(`READY ${api.url} http://127.0.0.1:${(bare.address() as AddressInfo).port}/\n`);
process.once('SIGTERM', () => {
  bare.closeAllConnections();
  bare.close();
  void api.close();
});
