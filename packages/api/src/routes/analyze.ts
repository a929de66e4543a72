import { Hono } from 'hono';
import { analyze } from '@vecsum/analysis';
import { embedDocument, splitDocuments } from '@vecsum/embeddings';
import { addScaled, normalize, subtract } from '@vecsum/embeddings/math';
import { summarize, type Budget } from '@vecsum/summarizer';
import { checkTextSize, readBody } from '../body.js';
import type { AppDeps } from '../deps.js';
import { AnalyzeBodySchema, inputOf, validate } from '../schemas.js';

interface DimensionShare {
  dimension: number;
  value: number;
}

/** The dimensions whose products s_i * d_i add most (in absolute value) to cos(s, d) = sum_i s_i d_i. */
function topContributions(s: Float32Array, d: Float32Array, top: number): DimensionShare[] {
  return Array.from(s, (x, i) => ({ dimension: i, value: x * (d[i] as number) }))
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
    .slice(0, top);
}

function topDimensions(v: Float32Array, top: number): DimensionShare[] {
  return Array.from(v, (x, i) => ({ dimension: i, value: x }))
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
    .slice(0, top);
}

/**
 * POST /v1/analyze: per-dimension contributions to each picked sentence's cosine, to the
 * summary's, and the gap vector (document minus summary) with its top dimensions.
 */
export function analyzeRoutes(deps: AppDeps): Hono {
  return new Hono().post('/', async (c) => {
    const raw = await readBody(c, deps.limits, false);
    const body = validate(AnalyzeBodySchema, raw.value);
    const input = inputOf(body);
    checkTextSize(input, deps.limits);
    const embedder = await deps.models.get(body.model, body.vectorFunction);
    const top = body.top ?? 8;
    if (deps.analysis !== undefined && (body.model ?? 'glove') === 'glove') {
      const { vectors, dictionary } = await deps.analysis();
      const full = await deps.queue.run(() =>
        analyze(input, embedder, vectors, dictionary, { top, ...(body.budget === undefined ? {} : { budget: body.budget }), ...(body.selector === undefined ? {} : { selector: body.selector }) }),
      );
      return c.json(full);
    }
    const report = await deps.queue.run(async () => {
      const budget: Budget = body.budget ?? { sentences: 3 };
      const summary = await summarize(input, embedder, { budget, ...(body.selector === undefined ? {} : { selector: body.selector }) });
      const doc = await embedDocument(splitDocuments(typeof input === 'string' ? [input] : input.documents), embedder);
      const d = doc.documentVector;
      const partSum = new Float32Array(d.length);
      for (const i of summary.picked) addScaled(partSum, doc.join.parts[i] as Float32Array);
      const summaryVector = doc.join.finish(partSum);
      const gap = normalize(subtract(d, summaryVector));
      return {
        model: embedder.id,
        summary: { text: summary.text, picked: summary.picked, similarity: summary.meta.similarity, contributions: topContributions(summaryVector, d, top) },
        sentences: summary.picked.map((i) => ({
          index: i,
          text: summary.sentences[i]?.text,
          cosine: summary.sentences[i]?.cosine,
          contributions: topContributions(doc.vectors[i] as Float32Array, d, top),
        })),
        gap: { norm: Math.hypot(...subtract(d, summaryVector)), dimensions: topDimensions(gap, top) },
      };
    });
    return c.json(report);
  });
}
