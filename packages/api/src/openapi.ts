import { z } from 'zod';
import { BODY_TYPES } from './body.js';
import type { AppLimits } from './deps.js';
import { AnalyzeBodySchema, EmbedBodySchema, SummarizeBodySchema } from './schemas.js';
import { ANALYSIS_RETRY_AFTER_S } from './analysis-state.js';
import { EmbedResponseSchema, ModelsResponseSchema, ProblemSchema, ReadyResponseSchema, SummaryResponseSchema } from './response-schemas.js';

const problemRef = { $ref: '#/components/schemas/Problem' };
const ok = (schema: z.ZodType) => ({
  '200': { description: 'OK', content: { 'application/json': { schema: z.toJSONSchema(schema, { target: 'draft-2020-12' }) } } },
});
const errors = (codes: number[]) =>
  Object.fromEntries(codes.map((c) => [String(c), { description: 'problem+json', content: { 'application/problem+json': { schema: problemRef } } }]));
const retryAfter = { 'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } } };
/** /v1/analyze's own 503s, besides every job route's (QUEUE_FULL is 429; WORKER_FAILED, SHUTTING_DOWN, MODEL_LOADING). */
const analysisUnavailable = {
  '503': {
    description:
      `problem+json. ANALYSIS_WARMING_UP (Retry-After: ${ANALYSIS_RETRY_AFTER_S}) while the word ` +
      `dictionary is built or loaded at server start (about 15 s on a first start with an empty ` +
      `cache folder; /v1/summarize and /v1/embed are served meanwhile, and /ready reports ` +
      `analysis: "warming"); ANALYSIS_UNAVAILABLE if that build failed (not retried until a ` +
      `restart); or the 503s of every job route, with Retry-After where a retry helps.`,
    headers: retryAfter,
    content: { 'application/problem+json': { schema: problemRef } },
  },
};

/** The OpenAPI 3.1 document, generated from the zod schemas that validate requests. */
export function openApiDocument(limits: AppLimits): Record<string, unknown> {
  const json = (schema: z.ZodType) => z.toJSONSchema(schema, { target: 'draft-2020-12' });
  // a document posted as the body itself is read by its Content-Type (options as query parameters)
  const documentBody = Object.fromEntries(
    BODY_TYPES.filter((t) => t !== 'application/json').map((t) => [t, { schema: { type: 'string', ...(t.startsWith('text/') ? {} : { format: 'binary' }) } }]),
  );
  const post = (summary: string, schema: z.ZodType, response?: z.ZodType, extra: Record<string, unknown> = {}) => ({
    post: {
      summary,
      requestBody: {
        required: true,
        content: { 'application/json': { schema: json(schema) }, ...documentBody },
      },
      responses: {
        ...(response === undefined ? { '200': { description: 'OK' } } : ok(response)),
        ...errors([400, 401, 403, 413, 415, 422, 429, 502, 503, 504]),
        ...extra,
      },
    },
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'vecsum API',
      version: '0.1.0',
      description:
        `Embedding-driven extractive summarization that explains its choices. Limits: body ` +
        `${limits.maxBodyBytes} bytes, text ${limits.maxTextChars} characters, ` +
        `${limits.concurrency} concurrent jobs, ${limits.queueSize} queued, ${limits.timeoutMs} ms ` +
        `per request.`,
    },
    paths: {
      '/v1/summarize': post('Summarize a text or documents; every sentence explained', SummarizeBodySchema, SummaryResponseSchema),
      '/v1/embed': post('Sentence or document vectors', EmbedBodySchema, EmbedResponseSchema),
      '/v1/analyze': post(
        'Word equations of the document and of the gap, greedy steps, per-dimension contributions',
        AnalyzeBodySchema,
        undefined,
        analysisUnavailable,
      ),
      '/v1/models': { get: { summary: 'Models, load state, selectors and limits', responses: ok(ModelsResponseSchema) } },
      '/health': { get: { summary: 'Liveness', responses: { '200': { description: 'OK' } } } },
      '/ready': {
        get: {
          summary: 'Readiness: the default model loaded (the analysis dictionary reported, not waited for)',
          responses: { ...ok(ReadyResponseSchema), ...errors([503]) },
        },
      },
    },
    components: {
      schemas: {
        Problem: z.toJSONSchema(ProblemSchema, { target: 'draft-2020-12' }),
      },
    },
  };
}
