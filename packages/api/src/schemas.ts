import { z } from 'zod';
import { BUDGET_KINDS, SELECTOR_CHOICES, type Budget, type SelectorChoice, type SummarizeOptions } from '@vecsum/summarizer';
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

/** How strings in a JSON body are read (by @vecsum/reader, as the CLI reads files). */
export const FORMATS = ['text', 'markdown', 'html', 'auto'] as const;
export type InputFormat = (typeof FORMATS)[number];

const format = z
  .enum(FORMATS)
  .optional()
  .describe(
    'How the strings are read (default "text"): "html": a web page, read as its article (title ' +
      'a heading; bylines, share bars, captions, menus and banners left out); "markdown": "#" ' +
      'lines are headings; "auto": detected from the content. A document posted as the raw body ' +
      'is read by its Content-Type.',
  );
const url = z
  .string()
  .max(2048)
  .optional()
  .describe('An http(s) address to fetch and read, on servers started with --allow-url HOST (only those hosts; private and loopback addresses never).');

const inputFields = {
  text: z.string().optional().describe('One text to summarize.'),
  documents: z.array(z.string()).min(1).max(1000).optional().describe('Several documents summarized together.'),
  url,
  format,
};

export const SummarizeBodySchema = z
  .object({
    ...inputFields,
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
    texts: z.array(z.string()).min(1).max(1000).optional().describe('The texts to embed (or give url, or post one document as the body).'),
    url,
    format,
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
    basis: z
      .enum(['text', 'vocab'])
      .optional()
      .describe(
        'Words of the word equations and dimension labels: "text" (default), the text\'s own ' +
          'content words; "vocab", a fixed vocabulary, each word marked inText.',
      ),
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

/** SummarizeOptions from a validated body. */
export function summarizeOptionsOf(body: SummarizeBody): SummarizeOptions {
  const { budget, selector, order, query, queryWeight, positionWeight, factor, lambda, truncate, resolveDangling, seed } = body;
  // each option only when the body has it (exactOptionalPropertyTypes: no `key: undefined`)
  return {
    budget: (budget ?? { sentences: 3 }) as Budget,
    ...(selector === undefined ? {} : { selector }),
    ...(order === undefined ? {} : { order }),
    ...(query === undefined ? {} : { query }),
    ...(queryWeight === undefined ? {} : { queryWeight }),
    ...(positionWeight === undefined ? {} : { positionWeight }),
    ...(factor === undefined ? {} : { factor }),
    ...(lambda === undefined ? {} : { lambda }),
    ...(truncate === undefined ? {} : { truncate }),
    ...(resolveDangling === undefined ? {} : { resolveDangling }),
    ...(seed === undefined ? {} : { seed }),
    // explain=false answers without the sentences, so the summarizer need not explain them
    ...(body.explain === false ? { explain: false } : {}),
  };
}

/** A number written in decimal (`3`, `0.2`, `1e3`): no hex, blanks or words. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** A decimal query value as a number; anything else stays a string, which the schema refuses naming the field. */
const queryNumber = (v: string): number | string => (DECIMAL.test(v) ? Number(v) : v);

/** A query flag: true / 1 / empty, false / 0; anything else stays a string, which the schema refuses. */
const queryBoolean = (v: string): boolean | string => (v === 'true' || v === '1' || v === '' ? true : v === 'false' || v === '0' ? false : v);

/**
 * Query parameters of a request whose body is the document itself, as a JSON-like body: numbers
 * and booleans converted, budget keys gathered (`?sentences=3&selector=greedy`). A value that
 * is not a decimal number or a boolean where one is wanted (`0x3`, `maybe`) is left as the
 * string, so validation refuses it with the field's name instead of reading it some other way.
 */
export function bodyFromQuery(params: Readonly<Record<string, string>>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const budget: Record<string, number | string> = {};
  for (const [k, v] of Object.entries(params)) {
    if (BUDGET_KINDS.some((kind) => kind === k)) budget[k] = queryNumber(v);
    else if (['queryWeight', 'positionWeight', 'factor', 'lambda', 'seed', 'top'].includes(k)) body[k] = queryNumber(v);
    else if (['truncate', 'resolveDangling', 'explain'].includes(k)) body[k] = queryBoolean(v);
    else body[k] = v;
  }
  if (Object.keys(budget).length > 0) body['budget'] = budget;
  return body;
}
