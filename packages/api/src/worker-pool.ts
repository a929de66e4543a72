import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SummarizeInput, SummarizeOptions, Summary } from '@vecsum/summarizer';
import { EmbeddingError, type WordVectors } from '@vecsum/embeddings';
import { SummarizerError } from '@vecsum/summarizer';
import { ApiError } from './problem.js';

export interface SummarizeJob {
  readonly input: SummarizeInput;
  readonly options: SummarizeOptions;
  readonly vectorFunction: 'mean' | 'sif' | 'arora';
}

/** Summarize jobs on worker threads that share one word-vector pack (SharedArrayBuffer). */
export interface WorkerPool {
  readonly size: number;
  summarize(job: SummarizeJob, timeoutMs: number): Promise<Summary>;
  close(): Promise<void>;
}

interface Pending {
  resolve: (s: Summary) => void;
  reject: (e: unknown) => void;
  timer: ReturnType<typeof setTimeout>;
}

type Reply = { id: number; ok: true; summary: Summary } | { id: number; ok: false; error: { name: string; code: string; message: string } };

const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './worker.ts' : './worker.js', import.meta.url);
// Running from TypeScript sources (tests, `pnpm vecsum`): the worker registers tsx, then
// imports the .ts entry; built JavaScript runs directly.
const BOOTSTRAP = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
const spawnWorker = (workerData: unknown): Worker =>
  FROM_SOURCE
    ? new Worker(BOOTSTRAP, { eval: true, workerData, execArgv: ['--conditions=source'] })
    : new Worker(WORKER_URL, { workerData });

function rebuild(error: { name: string; code: string; message: string }): Error {
  if (error.name === 'SummarizerError') return new SummarizerError(error.code as never, error.message);
  if (error.name === 'EmbeddingError') return new EmbeddingError(error.code as never, error.message);
  if (error.name === 'ApiError') return new ApiError(422, error.code, error.message);
  return new Error(error.message);
}

/**
 * A pool of `size` workers (default: the machine's cores). `vectors` must live in a
 * SharedArrayBuffer (`loadGloveVectors({ shared: true })`): every worker maps the same
 * memory. A job past its timeout is answered with 504 and its worker replaced, so a huge
 * request cannot stall the others.
 */
export function createWorkerPool(vectors: WordVectors, size = Math.max(1, availableParallelism())): WorkerPool {
  const buffer = vectors.matrix.buffer;
  if (!(buffer instanceof SharedArrayBuffer)) throw new Error('createWorkerPool needs vectors loaded with { shared: true }');
  let nextId = 0;
  const idle: Worker[] = [];
  const waiting: (() => void)[] = [];
  const pending = new Map<number, Pending>();
  const byWorker = new Map<Worker, number>();
  let closed = false;

  const spawn = (): Worker => {
    const w = spawnWorker({ buffer });
    w.on('message', (reply: Reply) => {
      const p = pending.get(reply.id);
      if (p === undefined) return;
      pending.delete(reply.id);
      clearTimeout(p.timer);
      byWorker.delete(w);
      release(w);
      if (reply.ok) p.resolve(reply.summary);
      else p.reject(rebuild(reply.error));
    });
    w.on('error', (err) => {
      const id = byWorker.get(w);
      byWorker.delete(w);
      if (id !== undefined) {
        const p = pending.get(id);
        pending.delete(id);
        if (p !== undefined) {
          clearTimeout(p.timer);
          p.reject(err);
        }
      }
      if (!closed) release(spawn());
    });
    return w;
  };
  const release = (w: Worker) => {
    const next = waiting.shift();
    idle.push(w);
    next?.();
  };
  for (let i = 0; i < size; i++) idle.push(spawn());

  const acquire = async (): Promise<Worker> => {
    for (;;) {
      const w = idle.pop();
      if (w !== undefined) return w;
      await new Promise<void>((r) => waiting.push(r));
    }
  };

  return {
    size,
    async summarize(job, timeoutMs) {
      const w = await acquire();
      const id = ++nextId;
      return new Promise<Summary>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          byWorker.delete(w);
          void w.terminate();
          if (!closed) release(spawn());
          reject(new ApiError(504, 'TIMEOUT', `The request took longer than ${timeoutMs} ms.`));
        }, timeoutMs);
        pending.set(id, { resolve, reject, timer });
        byWorker.set(w, id);
        w.postMessage({ id, job });
      });
    },
    async close() {
      closed = true;
      const all = [...idle, ...byWorker.keys()];
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
