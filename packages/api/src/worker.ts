import { parentPort, workerData } from 'node:worker_threads';
import { createWordVectorEmbedder, packFromBuffer, type SentenceEmbedder } from '@vecsum/embeddings';
import { summarize } from '@vecsum/summarizer';
import type { SummarizeJob } from './worker-pool.js';

// One worker of the pool: views the shared pack (no copy) and runs summarize jobs.
const vectors = packFromBuffer((workerData as { buffer: SharedArrayBuffer }).buffer, 'shared pack');
const embedders = new Map<string, SentenceEmbedder>();

parentPort?.on('message', async ({ id, job }: { id: number; job: SummarizeJob }) => {
  try {
    let embedder = embedders.get(job.vectorFunction);
    if (embedder === undefined) {
      embedder = createWordVectorEmbedder(vectors, { function: job.vectorFunction });
      embedders.set(job.vectorFunction, embedder);
    }
    const summary = await summarize(job.input, embedder, job.options);
    parentPort?.postMessage({ id, ok: true, summary });
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    parentPort?.postMessage({ id, ok: false, error: { name: err.name, code: (err as { code?: string }).code ?? 'INTERNAL', message: err.message } });
  }
});
