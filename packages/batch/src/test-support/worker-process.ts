// A batch worker in its own process for the chaos suite (so it can be SIGKILLed):
// argv: redis URL, queue, lock ms, busy ms. Prints "ready" once it takes jobs.
import { startWorker } from '../worker.js';

const [url, queue, lockMs, busyMs] = process.argv.slice(2) as [string, string, string, string];
await startWorker({ redis: { url }, queue, lockMs: Number(lockMs), busyMs: Number(busyMs), log: (l) => process.stderr.write(l) });
process.stdout.write('ready\n');
