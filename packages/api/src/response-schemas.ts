import { z } from 'zod';

/** Response shapes, used both in /openapi.json and by the test that checks real responses. */

/** A remark about the input or the summary, in words: what happened and what to do. */
export const WarningSchema = z.object({ code: z.string(), message: z.string() });
const warnings = z
  .array(WarningSchema)
  .describe(
    'Remarks in words (a language the model does not cover, no known words, the whole document ' +
      'fit...), each with its stable code and a sentence saying what to do.',
  );

export const ScoredSentenceSchema = z.object({
  index: z.number().int(),
  docIndex: z.number().int(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  words: z.number().int(),
  position: z.number().int(),
  cosine: z.number().min(-1).max(1),
  importance: z.number(),
  rank: z.number().int().nullable(),
  redundancy: z.number(),
  gain: z.number().nullable(),
  picked: z.boolean(),
  pickOrder: z.number().int().nullable(),
  reason: z.string(),
  redundantWith: z.number().int().nullable(),
  dangling: z.boolean(),
  decidingScore: z.number().nullable().describe('The score that decided the pick (importance, plus the gap term when the plan weighs it); null if not picked.'),
  factors: z
    .array(z.object({ feature: z.string(), contribution: z.number() }))
    .nullable()
    .describe(
      'Under auto: the terms of the deciding score (of importance for sentences not picked), ' +
        'largest first; they sum to it exactly. Features: cosine, rest, position, wordOverlap, ' +
        "frequency, length, and gap or concepts for a pick's gap term (concepts: facts several documents share " +
        "that the summary lacked). Null for non-candidates and the paper's selectors.",
    ),
  explanation: z.string().describe('Why it was picked or not, in one plain sentence; sentence numbers in it are 1-based (the JSON index is 0-based).'),
});

export const SummaryMetaSchema = z.object({
  selector: z.string(),
  selectorUsed: z.string(),
  plan: z
    .object({ kind: z.string(), weights: z.record(z.string(), z.number()), gap: z.number(), redundancy: z.number(), concepts: z.number(), why: z.string() })
    .optional()
    .describe('Under auto: the plan chosen for this input (its kind, the weights of the scorer, and why, in words).'),
  embedderId: z.string(),
  budget: z.record(z.string(), z.number()),
  unit: z.enum(['sentences', 'words', 'chars', 'bytes']),
  limit: z.number(),
  used: z.number(),
  order: z.enum(['document', 'rank']),
  documentCount: z.number().int(),
  sentenceCount: z.number().int(),
  similarity: z.number(),
  timings: z.object({ segmentMs: z.number(), embedMs: z.number(), selectMs: z.number(), totalMs: z.number() }),
  warnings: z.array(z.string()).describe("The codes alone; the response's top-level warnings say them in words."),
});

export const SummaryResponseSchema = z.object({
  text: z.string(),
  picked: z.array(z.number().int()),
  sentences: z.array(ScoredSentenceSchema).optional().describe('Absent when explain is false.'),
  trace: z
    .array(
      z.object({
        step: z.number().int(),
        index: z.number().int(),
        similarity: z.number(),
        note: z.object({ reason: z.string(), score: z.number() }).passthrough(),
      }),
    )
    .optional(),
  truncated: z.object({ index: z.number().int(), text: z.string() }).nullable(),
  meta: SummaryMetaSchema,
  warnings,
});

export const EmbedResponseSchema = z.object({
  model: z.string(),
  dimensions: z.number().int(),
  level: z.enum(['sentence', 'document']),
  encoding: z.enum(['float', 'base64']),
  items: z.array(z.object({ index: z.number().int() }).passthrough()),
  warnings,
});

export const ModelsResponseSchema = z.object({
  models: z.array(z.object({ name: z.string(), kind: z.string(), state: z.string(), dimensions: z.number().nullable() }).passthrough()),
  selectors: z.array(z.string()),
  limits: z.record(z.string(), z.number()),
  queue: z.object({ active: z.number(), waiting: z.number() }),
});

export const ReadyResponseSchema = z.object({
  status: z.literal('ready'),
  models: z.array(z.object({ name: z.string(), state: z.string(), default: z.boolean() })),
  analysis: z
    .enum(['warming', 'ready', 'failed'])
    .optional()
    .describe(
      'The analysis word dictionary (the word equations of /v1/analyze), built or loaded once at ' +
        'start off the request path. Readiness does not wait for it: summarizing does not need it. ' +
        "While 'warming', /v1/analyze answers 503 ANALYSIS_WARMING_UP with Retry-After; once " +
        "'failed', 503 ANALYSIS_UNAVAILABLE.",
    ),
});

export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
