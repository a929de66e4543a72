import { z } from 'zod';
import { BODY_TYPES } from './body.js';
import type { AppLimits } from './deps.js';
import { AnalyzeBodySchema, EmbedBodySchema, SummarizeBodySchema } from './schemas.js';
import { EmbedResponseSchema, ModelsResponseSchema, ProblemSchema, SummaryResponseSchema } from './response-schemas.js';

const problemRef = { $ref: '#/components/schemas/Problem' };
const ok = (schema: z.ZodType) => ({
  '200': { description: 'OK', content: { 'application/json': { schema: z.toJSONSchema(schema, { target: 'draft-2020-12' }) } } },
});
const errors = (codes: number[]) =>
  Object.fromEntries(codes.map((c) => [String(c), { description: 'problem+json', content: { 'application/problem+json': { schema: problemRef } } }]));

/** The OpenAPI 3.1 document, generated from the zod schemas that validate requests. */
export function openApiDocument(limits: AppLimits): Record<string, unknown> {
  const json = (schema: z.ZodType) => z.toJSONSchema(schema, { target: 'draft-2020-12' });
  // a document posted as the body itself is read by its Content-Type (options as query parameters)
  const documentBody = Object.fromEntries(
    BODY_TYPES.filter((t) => t !== 'application/json').map((t) => [t, { schema: { type: 'string', ...(t.startsWith('text/') ? {} : { format: 'binary' }) } }]),
  );
  const post = (summary: string, schema: z.ZodType, response?: z.ZodType) => ({
    post: {
      summary,
      requestBody: {
        required: true,
        content: { 'application/json': { schema: json(schema) }, ...documentBody },
      },
      responses: {
        ...(response === undefined ? { '200': { description: 'OK' } } : ok(response)),
        ...errors([400, 401, 403, 413, 415, 422, 429, 502, 503, 504]),
      },
    },
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'vecsum API',
      version: '0.1.0',
      description: `Embedding-driven extractive summarization that explains its choices. Limits: body ${limits.maxBodyBytes} bytes, text ${limits.maxTextChars} characters, ${limits.concurrency} concurrent jobs, ${limits.queueSize} queued, ${limits.timeoutMs} ms per request.`,
    },
    paths: {
      '/v1/summarize': post('Summarize a text or documents; every sentence explained', SummarizeBodySchema, SummaryResponseSchema),
      '/v1/embed': post('Sentence or document vectors', EmbedBodySchema, EmbedResponseSchema),
      '/v1/analyze': post('Per-dimension contributions and the summary gap', AnalyzeBodySchema),
      '/v1/models': { get: { summary: 'Models, load state, selectors and limits', responses: ok(ModelsResponseSchema) } },
      '/health': { get: { summary: 'Liveness', responses: { '200': { description: 'OK' } } } },
      '/ready': { get: { summary: 'Readiness: models loaded', responses: { '200': { description: 'ready' }, ...errors([503]) } } },
    },
    components: {
      schemas: {
        Problem: z.toJSONSchema(ProblemSchema, { target: 'draft-2020-12' }),
      },
    },
  };
}
