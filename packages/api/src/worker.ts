import { parentPort, workerData } from 'node:worker_threads';
import { loadWordDictionary, type WordDictionary } from '@vecsum/analysis';
import { createWordVectorEmbedder, packFromBuffer, type SentenceEmbedder, type WordVectorFunction } from '@vecsum/embeddings';
import { ApiError } from './problem.js';
import { processJob, type WorkResources } from './work/execute.js';
import { DEFAULT_MODEL, type RawJob } from './work/job.js';
import type { WorkerData, WorkerReply } from './worker-pool.js';

// One worker of the pool: views the shared pack (no copy) and runs whole requests, from raw
// body bytes to response bytes, so the main thread only moves bytes.
const data = workerData as WorkerData;
const vectors = packFromBuffer(data.buffer, 'shared pack');
const embedders = new Map<string, SentenceEmbedder>();
let dictionary: WordDictionary | undefined;

const resources: WorkResources = {
  async embedder(model, vectorFunction) {
    if ((model ?? DEFAULT_MODEL) !== DEFAULT_MODEL) throw new ApiError(500, 'INTERNAL', 'model not on this worker');
    const fn = (vectorFunction ?? 'arora') as WordVectorFunction;
    let embedder = embedders.get(fn);
    if (embedder === undefined) {
      embedder = createWordVectorEmbedder(vectors, { function: fn });
      embedders.set(fn, embedder);
    }
    return embedder;
  },
  urls: data.urls,
  ...(data.cacheDir === undefined
    ? {}
    : { analysis: async () => ({ vectors, dictionary: (dictionary ??= loadWordDictionary(vectors, data.cacheDir as string)) }) }),
};

parentPort?.on('message', async ({ id, job }: { id: number; job: RawJob }) => {
  let reply: WorkerReply;
  try {
    const outcome = await processJob(job, data.limits, resources, (model) => model === DEFAULT_MODEL);
    reply = 'bytes' in outcome ? { id, ok: true, bytes: outcome.bytes } : { id, ok: true, delegate: outcome.delegate };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    const api = err instanceof ApiError ? { status: err.status, errors: err.errors, headers: err.headers } : {};
    reply = { id, ok: false, error: { name: err.name, code: (err as { code?: string }).code ?? 'INTERNAL', message: err.message, ...api } };
  }
  parentPort?.postMessage(reply, 'bytes' in reply ? [reply.bytes.buffer as ArrayBuffer] : []);
});
parentPort?.postMessage('ready');
