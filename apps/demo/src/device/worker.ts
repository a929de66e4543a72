import type { SentenceEmbedder } from '@vecsum/embeddings';
import { summarize, type SummarizeOptions } from '@vecsum/summarizer';
import type { SummarizeRequest } from '../api-client.js';
import { loadModel } from './load-model.js';
import type { WorkerReply, WorkerRequest } from './protocol.js';

// The on-device summarizer: @vecsum/summarizer in a Web Worker, so the page never blocks.
// The model loads once, on the first request. The page reads pasted web pages before posting
// (DOMParser exists only on the main thread): the worker gets plain text or Markdown.

let model: Promise<SentenceEmbedder> | undefined;

/** The same options the API derives from a request body (packages/api schemas summarizeOptionsOf). */
function optionsOf(req: SummarizeRequest): SummarizeOptions {
  return {
    budget: req.budget as SummarizeOptions['budget'],
    selector: req.selector as NonNullable<SummarizeOptions['selector']>,
    order: req.order,
    ...(req.factor === undefined ? {} : { factor: req.factor }),
    ...(req.query === undefined ? {} : { query: req.query }),
  };
}

async function handle({ id, req, doubtful, modelUrl }: WorkerRequest): Promise<WorkerReply> {
  try {
    model ??= loadModel(modelUrl);
    const embedder = await model;
    const options = doubtful.length === 0 ? optionsOf(req) : { ...optionsOf(req), doubtfulLines: doubtful };
    return { id, ok: true, summary: await summarize(req.text, embedder, options) };
  } catch (e) {
    const code = e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : 'INTERNAL';
    if (code === 'DEVICE_MODEL_MISSING') model = undefined; // a failed load is retried on the next request
    return { id, ok: false, code, message: e instanceof Error ? e.message : String(e) };
  }
}

/** The worker's global scope, typed structurally (the project's lib is the DOM's, not the worker's). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (e: MessageEvent<WorkerRequest>) => void): void;
  postMessage(message: WorkerReply): void;
}
// in this module `self` is the worker's scope, not the DOM lib's Window (a declaration only: no code)
declare const self: WorkerScope;
self.addEventListener('message', (e) => {
  void handle(e.data).then((reply) => self.postMessage(reply));
});
