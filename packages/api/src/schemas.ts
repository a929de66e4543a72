import { z } from 'zod';
import { SELECTOR_CHOICES, type Budget, type SelectorChoice, type SummarizeOptions } from '@vecsum/summarizer';
import { ApiError, type FieldError } from './problem.js';

const positiveInt = z.number().int().positive();
export const BudgetSchema = z
  .union([
    z.object({ sentences: positiveInt }).strict(),
    z.object({ words: positiveInt }).strict(),
    z.object({ chars: positiveInt }).strict(),
    z.object({ bytes: positiveInt }).strict(),
    z.object({ ratio: z.number().gt(0).lte(1) }).strict(),
  ])
  .describe('Exactly one of sentences, words, chars, bytes (positive integers) or ratio in (0, 1].');

const selectorEnum = z.enum(SELECTOR_CHOICES as [SelectorChoice, ...SelectorChoice[]]);
const vectorFunction = z.enum(['mean', 'sif', 'arora']);

const inputFields = {
  text: z.string().optional().describe('One text to summarize.'),
  documents: z.array(z.string()).min(1).max(1000).optional().describe('Several documents summarized together.'),
};

export const SummarizeBodySchema = z
  .object({
    ...inputFields,
    format: z.enum(['text', 'html']).optional().describe('"html": text and documents are web pages, read as their article text with headings kept out (default "text").'),
    budget: BudgetSchema.optional().describe('Default { "sentences": 3 }.'),
    selector: selectorEnum.optional(),
    order: z.enum(['document', 'rank']).optional(),
    query: z.string().max(10_000).optional(),
    queryWeight: z.number().min(0).max(1).optional(),
    positionWeight: z.number().min(-10).max(10).optional(),
    factor: z.number().min(0).max(1000).optional(),
    lambda: z.number().min(0).max(1).optional(),
    truncate: z.boolean().optional(),
    resolveDangling: z.boolean().optional(),
    seed: z.number().int().optional(),
    explain: z.boolean().optional().describe('Include every sentence and the trace (default true).'),
    model: z.string().max(200).optional().describe('A name from GET /v1/models (default "glove").'),
    vectorFunction: vectorFunction.optional().describe('For word-vector models (default "arora").'),
  })
  .strict();
export type SummarizeBody = z.infer<typeof SummarizeBodySchema>;

export const EmbedBodySchema = z
  .object({
    texts: z.array(z.string()).min(1).max(1000),
    level: z.enum(['sentence', 'document']).optional().describe('sentence: split each text into sentences; document (default): one vector per text.'),
    encoding: z.enum(['float', 'base64']).optional().describe('base64: little-endian Float32 bytes.'),
    model: z.string().max(200).optional(),
    vectorFunction: vectorFunction.optional(),
  })
  .strict();
export type EmbedBody = z.infer<typeof EmbedBodySchema>;

export const AnalyzeBodySchema = z
  .object({
    ...inputFields,
    budget: BudgetSchema.optional(),
    selector: selectorEnum.optional(),
    top: z.number().int().min(1).max(100).optional().describe('Dimensions listed per vector (default 8).'),
    model: z.string().max(200).optional(),
    vectorFunction: vectorFunction.optional(),
  })
  .strict();
export type AnalyzeBody = z.infer<typeof AnalyzeBodySchema>;

function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ field: i.path.length === 0 ? '(body)' : i.path.join('.'), message: i.message }));
}

/** Validates a parsed body; throws ApiError 422 INVALID_PARAMETERS naming each field. */
export function validate<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError(422, 'INVALID_PARAMETERS', 'Some parameters are invalid; see errors.', { errors: fieldErrors(result.error) });
  return result.data;
}

/** The summarizer input of a body with exactly one of text / documents. */
export function inputOf(body: { text?: string | undefined; documents?: string[] | undefined }): string | { documents: string[] } {
  if ((body.text === undefined) === (body.documents === undefined)) {
    throw new ApiError(422, 'INVALID_PARAMETERS', 'Give exactly one of text or documents.', {
      errors: [{ field: 'text', message: 'exactly one of text or documents is required' }],
    });
  }
  return body.text ?? { documents: body.documents as string[] };
}

/** SummarizeOptions from a validated body. */
export function summarizeOptionsOf(body: SummarizeBody): SummarizeOptions {
  const { budget, selector, order, query, queryWeight, positionWeight, factor, lambda, truncate, resolveDangling, seed } = body;
  const picked = { selector, order, query, queryWeight, positionWeight, factor, lambda, truncate, resolveDangling, seed };
  const options: Record<string, unknown> = { budget: (budget ?? { sentences: 3 }) as Budget };
  for (const [k, v] of Object.entries(picked)) if (v !== undefined) options[k] = v;
  return options as unknown as SummarizeOptions;
}

/**
 * Query parameters of a text/plain summarize request as a JSON-like body: numbers and
 * booleans converted, budget keys gathered (`?sentences=3&selector=greedy`).
 */
export function bodyFromQuery(params: Record<string, string>, text: string): Record<string, unknown> {
  const body: Record<string, unknown> = { text };
  const budget: Record<string, number> = {};
  for (const [k, v] of Object.entries(params)) {
    if (['sentences', 'words', 'chars', 'bytes', 'ratio'].includes(k)) budget[k] = Number(v);
    else if (['queryWeight', 'positionWeight', 'factor', 'lambda', 'seed'].includes(k)) body[k] = Number(v);
    else if (['truncate', 'resolveDangling', 'explain'].includes(k)) body[k] = v === 'true' || v === '1' || v === '';
    else body[k] = v;
  }
  if (Object.keys(budget).length > 0) body['budget'] = budget;
  return body;
}
