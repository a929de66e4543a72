import type { WordDictionary } from '@vecsum/analysis';
import { embedDocument, splitSentences, type SentenceEmbedder, type WordVectors } from '@vecsum/embeddings';
import { summarize } from '@vecsum/summarizer';
import { describeWarning } from '@vecsum/summarizer/reasons';
import type { ReadWarning } from '@vecsum/reader';
import { summarizeOptionsOf } from '../schemas.js';
import { analyzeReport } from './analyze.js';
import type { BodyLimits } from '../body.js';
import { modelOf, parseJob, type ParsedJob, type RawJob } from './job.js';
import { encodeJson, outputTooLarge, type OutputLimits } from './output.js';
import { mergeWarnings, type UrlPolicy } from './read-input.js';

/** What the work needs from its host (a worker thread or the main thread). */
export interface WorkResources {
  /** The embedder of a model and vector function (errors are the registry's coded ones). */
  embedder(model: string | undefined, vectorFunction: string | undefined): Promise<SentenceEmbedder>;
  /** The default model's vectors and word dictionary, for the full analysis report. */
  analysis?: (() => Promise<{ vectors: WordVectors; dictionary: WordDictionary }>) | undefined;
  /** URLs in request bodies are fetched only under this policy (`vecsum serve --allow-url`). */
  urls?: UrlPolicy | undefined;
}

const encode = (v: Float32Array, encoding: 'float' | 'base64') =>
  encoding === 'base64' ? { vectorBase64: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') } : { vector: Array.from(v) };

async function embedJob(job: Extract<ParsedJob, { route: 'embed' }>, resources: WorkResources, limits: OutputLimits): Promise<Record<string, unknown>> {
  const { body, texts } = job;
  const embedder = await resources.embedder(body.model, body.vectorFunction);
  const encoding = body.encoding ?? 'float';
  const level = body.level ?? 'document';
  if (level === 'document') {
    const { vectors, empty, truncated } = await embedder.embed(texts);
    const items = vectors.map((v, i) => ({ index: i, empty: empty.includes(i), truncated: truncated.includes(i), ...encode(v, encoding) }));
    return { model: embedder.id, dimensions: embedder.dimensions, level, encoding, items };
  }
  // split everything first: the vector count is known before any embedding is paid for
  const split = texts.map((text) => splitSentences(text));
  const count = split.reduce((n, s) => n + s.length + (s.length > 0 ? 1 : 0), 0);
  if (count > limits.maxVectors) {
    throw outputTooLarge('embed', `Sentence-level embedding of these texts gives ${count} vectors; the limit is ${limits.maxVectors}.`, 'level');
  }
  const items = [];
  for (const [i, sentences] of split.entries()) {
    if (sentences.length === 0) {
      items.push({ index: i, sentences: [] });
      continue;
    }
    const doc = await embedDocument(sentences, embedder);
    items.push({
      index: i,
      ...encode(doc.documentVector, encoding),
      sentences: sentences.map((s, k) => ({
        index: s.index,
        text: s.text,
        start: s.start,
        end: s.end,
        empty: doc.empty.includes(k),
        ...encode(doc.vectors[k]!, encoding),
      })),
    });
  }
  return { model: embedder.id, dimensions: embedder.dimensions, level, encoding, items };
}

/** The reader's warnings and the summarizer's codes, each as `{code, message}` in words. */
export const describedWarnings = (read: readonly ReadWarning[], codes: readonly string[] = []): ReadWarning[] =>
  mergeWarnings([...read, ...codes.map((code) => ({ code, message: describeWarning(code) }))]);

/** Runs a validated request and returns its JSON answer (with `warnings` in words). */
export async function executeJob(job: ParsedJob, resources: WorkResources, limits: OutputLimits): Promise<unknown> {
  if (job.route === 'embed') return { ...(await embedJob(job, resources, limits)), warnings: describedWarnings(job.warnings) };
  if (job.route === 'analyze') return { ...(await analyzeReport(job, resources)), warnings: describedWarnings(job.warnings) };
  const embedder = await resources.embedder(job.body.model, job.body.vectorFunction);
  const options = summarizeOptionsOf(job.body);
  const summary = await summarize(job.input, embedder, job.doubtful.length === 0 ? options : { ...options, doubtfulLines: job.doubtful });
  const warnings = describedWarnings(job.warnings, summary.meta.warnings);
  if (job.body.explain === false) return { text: summary.text, picked: summary.picked, truncated: summary.truncated, meta: summary.meta, warnings };
  return { ...summary, warnings };
}

export type JobOutcome = { readonly bytes: Uint8Array } | { readonly delegate: ParsedJob };

/**
 * One request from raw bytes to response bytes: parse, validate, run, serialize. A request
 * for a model this host does not hold (`runsHere` false) comes back parsed, as a delegate.
 */
export async function processJob(
  raw: RawJob,
  limits: BodyLimits & OutputLimits,
  resources: WorkResources,
  runsHere: (model: string) => boolean = () => true,
): Promise<JobOutcome> {
  const job = await parseJob(raw, limits, resources.urls);
  if (!runsHere(modelOf(job))) return { delegate: job };
  return { bytes: encodeJson(job.route, await executeJob(job, resources, limits), limits) };
}
