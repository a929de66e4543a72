import type { Summary } from '@vecsum/summarizer';
import { DemoError, type SummarizeRequest } from '../api-client.js';
import type { Engine } from '../engine.js';
import { ERROR_TEXT } from '../messages.js';
import type { WorkerReply } from './protocol.js';

let engine: Engine | undefined;

/** The "runs on your device" engine: one Web Worker running @vecsum/summarizer, no server. */
export function deviceEngine(): Engine {
  engine ??= createDeviceEngine();
  return engine;
}

function createDeviceEngine(): Engine {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, { resolve: (s: Summary) => void; reject: (e: Error) => void }>();
  let next = 0;
  worker.addEventListener('message', (e: MessageEvent<WorkerReply>) => {
    const reply = e.data;
    const job = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (job === undefined) return;
    if (reply.ok) job.resolve(reply.summary);
    else job.reject(new DemoError(reply.code, ERROR_TEXT[reply.code] ?? reply.message));
  });
  worker.addEventListener('error', () => {
    for (const job of waiting.values()) job.reject(new DemoError('DEVICE_FAILED', 'The summarizer could not start on this device. Switch “Runs on” back to the server.'));
    waiting.clear();
    engine = undefined; // a dead worker answers nothing: the next request starts a new one
  });
  return {
    summarize(req: SummarizeRequest, signal: AbortSignal): Promise<Summary> {
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        signal.addEventListener('abort', () => {
          waiting.delete(id);
          reject(new DOMException('aborted', 'AbortError'));
        });
        worker.postMessage({ id, req });
      });
    },
    analyze: () => Promise.resolve(null),
  };
}
