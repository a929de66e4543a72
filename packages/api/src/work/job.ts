import { htmlToText } from '@vecsum/summarizer';
import { checkTextSize, parseBody, type BodyKind, type BodyLimits } from '../body.js';
import { ApiError } from '../problem.js';
import { AnalyzeBodySchema, bodyFromQuery, EmbedBodySchema, inputOf, SummarizeBodySchema, validate, type AnalyzeBody, type EmbedBody, type SummarizeBody } from '../schemas.js';

export type RouteName = 'summarize' | 'embed' | 'analyze';

/** A request as the main thread hands it over: the raw body bytes, unparsed. */
export interface RawJob {
  readonly route: RouteName;
  readonly kind: BodyKind;
  readonly bytes: Uint8Array;
  readonly query: Readonly<Record<string, string>>;
}

export type Input = string | { documents: string[] };

/** A validated request, ready to run. */
export type ParsedJob =
  | { readonly route: 'summarize'; readonly body: SummarizeBody; readonly input: Input }
  | { readonly route: 'embed'; readonly body: EmbedBody }
  | { readonly route: 'analyze'; readonly body: AnalyzeBody; readonly input: Input };

/** The model every worker thread holds (the shared GloVe pack). */
export const DEFAULT_MODEL = 'glove';

const INPUT_PARAMS = ['text', 'documents', 'texts'];

/** 400 when the query string carries input too: it would silently replace the posted body. */
function refuseQueryInput(query: Readonly<Record<string, string>>): void {
  const clash = INPUT_PARAMS.find((k) => Object.hasOwn(query, k));
  if (clash !== undefined) {
    throw new ApiError(400, 'CONFLICTING_INPUT', `The query parameter "${clash}" conflicts with the request body; send the input in the body only.`, {
      errors: [{ field: clash, message: 'input belongs in the body, not the query string' }],
    });
  }
}

const htmlInput = (input: Input): Input => (typeof input === 'string' ? htmlToText(input) : { documents: input.documents.map(htmlToText) });

/**
 * Decodes, parses and validates a raw request, and turns HTML into text: everything the
 * request needs before the work itself. Runs on a worker thread (or in-process without a pool).
 */
export function parseJob(raw: RawJob, limits: BodyLimits): ParsedJob {
  refuseQueryInput(raw.query);
  const parsed = parseBody(raw.bytes, raw.kind);
  if (raw.route === 'embed') {
    const body = validate(EmbedBodySchema, parsed.value);
    checkTextSize(body.texts, limits);
    return { route: 'embed', body };
  }
  if (raw.route === 'analyze') {
    const body = validate(AnalyzeBodySchema, parsed.value);
    const input = inputOf(body);
    checkTextSize(input, limits);
    return { route: 'analyze', body, input };
  }
  const body = validate(SummarizeBodySchema, parsed.kind === 'json' ? parsed.value : bodyFromQuery(raw.query, parsed.value));
  const given = inputOf(body);
  const input = parsed.kind === 'html' || body.format === 'html' ? htmlInput(given) : given;
  checkTextSize(input, limits);
  return { route: 'summarize', body, input };
}

/** The model a parsed request asks for. */
export const modelOf = (job: ParsedJob): string => job.body.model ?? DEFAULT_MODEL;
