import { analyze, topContributions, topDimensions } from '@vecsum/analysis';
import { embedDocument, splitDocuments } from '@vecsum/embeddings';
import { addScaled, norm, normalize, subtract } from '@vecsum/embeddings/math';
import { summarize, type Budget } from '@vecsum/summarizer';
import type { WorkResources } from './execute.js';
import { DEFAULT_MODEL, type ParsedJob } from './job.js';

/**
 * POST /v1/analyze: with the default model's word dictionary, the full analysis report (word
 * equations, greedy steps); otherwise per-dimension contributions to each picked sentence's
 * cosine, to the summary's, and the gap vector (document minus summary) with its top dimensions.
 */
export async function analyzeReport(job: Extract<ParsedJob, { route: 'analyze' }>, resources: WorkResources): Promise<object> {
  const { body, input } = job;
  const embedder = await resources.embedder(body.model, body.vectorFunction);
  const top = body.top ?? 8;
  if (resources.analysis !== undefined && (body.model ?? DEFAULT_MODEL) === DEFAULT_MODEL) {
    const { vectors, dictionary } = await resources.analysis();
    return analyze(input, embedder, vectors, dictionary, {
      top,
      ...(body.basis === undefined ? {} : { basis: body.basis }),
      ...(body.budget === undefined ? {} : { budget: body.budget }),
      ...(body.selector === undefined ? {} : { selector: body.selector }),
    });
  }
  const budget: Budget = body.budget ?? { sentences: 3 };
  const summary = await summarize(input, embedder, { budget, ...(body.selector === undefined ? {} : { selector: body.selector }) });
  const doc = await embedDocument(splitDocuments(typeof input === 'string' ? [input] : input.documents), embedder);
  const d = doc.documentVector;
  const partSum = new Float32Array(d.length);
  for (const i of summary.picked) addScaled(partSum, doc.join.parts[i]!);
  const summaryVector = doc.join.finish(partSum);
  const gapVector = subtract(d, summaryVector);
  return {
    model: embedder.id,
    summary: { text: summary.text, picked: summary.picked, similarity: summary.meta.similarity, contributions: topContributions(summaryVector, d, top) },
    sentences: summary.picked.map((i) => ({
      index: i,
      text: summary.sentences[i]?.text,
      cosine: summary.sentences[i]?.cosine,
      contributions: topContributions(doc.vectors[i]!, d, top),
    })),
    gap: { norm: norm(gapVector), dimensions: topDimensions(normalize(gapVector), top) },
  };
}
