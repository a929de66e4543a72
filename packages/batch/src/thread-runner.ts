import { Worker } from 'node:worker_threads';
import type { SummarizeOptions } from '@vecsum/summarizer';
import type { VectorFunction } from './jobs.js';
import type { RecordFormat } from './records.js';

/**
 * Where summarizing threads get their embedder: `module` (a file URL) exports `exportName`, a
 * function of `{model, vectorFunction, cacheDir}` (the CLI passes its createEmbedder).
 */
export interface EmbedderSpec {
  readonly module: string;
  readonly exportName: string;
  readonly cacheDir?: string;
}

export interface ThreadTask {
  readonly documents: readonly string[];
  /** How the documents are read by @vecsum/reader on the thread (default "text"). */
  readonly format?: RecordFormat;
  readonly options: Omit<SummarizeOptions, 'signal'>;
  readonly vectorFunction: VectorFunction;
  readonly model?: string;
  /** Tests only: the thread blocks its own event loop this long first (a deterministic slow job). */
  readonly busyMs?: number;
}

export type ThreadReply = { id: number; ok: true; summary: string } | { id: number; ok: false; error: { name: string; code: string; message: string } };

/** Thrown when a task runs past its time limit (its thread is replaced). */
export class TaskTimeout extends Error {
  override readonly name = 'TaskTimeout';
}

const FROM_SOURCE = import.meta.url.endsWith('.ts');
const THREAD_URL = new URL(FROM_SOURCE ? './job-thread.ts' : './job-thread.js', import.meta.url);
// From TypeScript sources (tests, `pnpm vecsum`) the thread registers tsx first.
const BOOTSTRAP = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(THREAD_URL.href)}); })`;

/**
 * One summarizing thread per concurrency slot, so a long summary never blocks the worker's event
 * loop (BullMQ renews job locks there). A task past `timeoutMs` gets TaskTimeout and its thread is
 * terminated and replaced.
 */
export class ThreadRunner {
  private readonly idle: Worker[] = [];
  private readonly waiting: (() => void)[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly spec: EmbedderSpec,
    size: number,
  ) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  private spawn(): Worker {
    const w = FROM_SOURCE
      ? new Worker(BOOTSTRAP, { eval: true, workerData: this.spec, execArgv: ['--conditions=source'] })
      : new Worker(THREAD_URL, { workerData: this.spec });
    w.unref();
    return w;
  }

  private release(w: Worker): void {
    this.idle.push(w);
    this.waiting.shift()?.();
  }

  async run(task: ThreadTask, timeoutMs: number): Promise<ThreadReply> {
    let w: Worker | undefined;
    while ((w = this.idle.pop()) === undefined) await new Promise<void>((r) => this.waiting.push(r));
    const worker = w;
    const id = ++this.nextId;
    return new Promise<ThreadReply>((resolve, reject) => {
      const done = (replace: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        if (replace || this.closed) void worker.terminate();
        if (!this.closed) this.release(replace ? this.spawn() : worker);
      };
      const onMessage = (reply: ThreadReply) => {
        if (reply.id !== id) return;
        done(false);
        resolve(reply);
      };
      const onError = (err: Error) => {
        done(true);
        reject(err);
      };
      const timer = setTimeout(() => {
        done(true);
        reject(new TaskTimeout(`the summary took longer than ${timeoutMs} ms`));
      }, timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ id, task });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.idle.splice(0).map((w) => w.terminate()));
  }
}
