import { parentPort, workerData } from 'node:worker_threads';
import { createWordVectorEmbedder, packFromBuffer, type SentenceEmbedder, type WordVectorFunction } from '@vecsum/embeddings';
import { analysisHolder, type AnalysisUpdate } from './analysis-state.js';
import { ApiError } from './problem.js';
import { processJob, type WorkResources } from './work/execute.js';
import { DEFAULT_MODEL, type RawJob } from './work/job.js';
import type { WorkerJob, WorkerReply, WorkerStart } from './worker-pool.js';

// One worker of the pool: views the shared pack (no copy) and runs whole requests, from raw
// body bytes to response bytes, so the main thread only moves bytes.
const data = workerData as WorkerStart;
// the id of the job queued here that this worker may still start (see Slot.next in worker-pool.ts)
const queuedCell = new Int32Array(data.next);
const vectors = packFromBuffer(data.buffer, 'shared pack');
const embedders = new Map<string, SentenceEmbedder>();
// the analysis dictionary, as the main thread's warm-up reports it (never built here)
const analysis = data.analysis === undefined ? undefined : analysisHolder(vectors);

/** Takes a dictionary update; a ready one is made into the dictionary now (about 20 ms), not in a request. */
function updateAnalysis(update: AnalysisUpdate): void {
  analysis?.set(update);
  try {
    if (update.state === 'ready') analysis?.get();
  } catch {
    // a dictionary that cannot be made here fails each /v1/analyze with its error instead
  }
}
if (data.analysis !== undefined) updateAnalysis(data.analysis);

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
  ...(analysis === undefined ? {} : { analysis: async () => ({ vectors, dictionary: analysis.get() }) }),
};

/** Runs one request and posts its reply (the response bytes, a job for the main thread, or a coded error). */
async function runJob(id: number, job: RawJob): Promise<void> {
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
}

// one job at a time, in order: a queued job starts as the one before it ends, unless the pool took it back
let last: Promise<void> = Promise.resolve();
const start = (m: WorkerJob): Promise<void> =>
  !m.queued || Atomics.compareExchange(queuedCell, 0, m.id, 0) === m.id ? runJob(m.id, m.job) : Promise.resolve();
parentPort?.on('message', (message: WorkerJob | { analysis: AnalysisUpdate }) => {
  if ('analysis' in message) updateAnalysis(message.analysis);
  else last = last.then(() => start(message));
});
parentPort?.postMessage('ready');
