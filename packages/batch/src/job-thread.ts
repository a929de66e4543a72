import { parentPort, workerData } from 'node:worker_threads';
import type { SentenceEmbedder } from '@vecsum/embeddings';
import { readDocument } from '@vecsum/reader';
import { summarize } from '@vecsum/summarizer';
import type { EmbedderSpec, ThreadReply, ThreadTask } from './thread-runner.js';

// One summarizing thread of a batch worker: builds embedders with the factory module it was
// given (once per model and vector function) and answers one task at a time.
const spec = workerData as EmbedderSpec;
const embedders = new Map<string, Promise<SentenceEmbedder>>();

async function embedderFor(task: ThreadTask): Promise<SentenceEmbedder> {
  const key = `${task.model ?? ''}/${task.vectorFunction}`;
  let e = embedders.get(key);
  if (e === undefined) {
    e = import(spec.module).then((m: Record<string, (flags: unknown) => SentenceEmbedder | Promise<SentenceEmbedder>>) => {
      const factory = m[spec.exportName];
      if (typeof factory !== 'function') throw new Error(`${spec.module} has no export ${spec.exportName}`);
      return factory({ model: task.model, vectorFunction: task.vectorFunction, cacheDir: spec.cacheDir });
    });
    embedders.set(key, e);
  }
  return e;
}

/** The record's documents read as the CLI and the API read them (web pages as their article, with the lines not to pick). */
async function readDocuments(task: ThreadTask): Promise<{ texts: string[]; doubtful: string[] }> {
  const type = task.format === undefined ? 'text' : task.format === 'auto' ? undefined : task.format;
  const [texts, doubtful]: [string[], string[]] = [[], []];
  for (const d of task.documents) {
    const doc = await readDocument(d, type === undefined ? {} : { type });
    texts.push(doc.text);
    doubtful.push(...(doc.doubtful ?? []));
  }
  return { texts, doubtful };
}

parentPort?.on('message', async ({ id, task }: { id: number; task: ThreadTask }) => {
  let reply: ThreadReply;
  try {
    if (task.busyMs !== undefined) for (const end = Date.now() + task.busyMs; Date.now() < end; );
    const { texts, doubtful } = await readDocuments(task);
    const options = doubtful.length === 0 ? task.options : { ...task.options, doubtfulLines: doubtful };
    const summary = await summarize({ documents: texts }, await embedderFor(task), options);
    reply = { id, ok: true, summary: summary.text };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    const code = 'code' in err && typeof err.code === 'string' ? err.code : 'INTERNAL';
    reply = { id, ok: false, error: { name: err.name, code, message: err.message } };
  }
  parentPort?.postMessage(reply);
});
