import type { ReadWarning } from '@vecsum/reader';
import { checkTextSize, parseJson, type BodyKind, type BodyLimits } from '../body.js';
import { ApiError } from '../problem.js';
import {
  AnalyzeBodySchema,
  bodyFromQuery,
  EmbedBodySchema,
  SummarizeBodySchema,
  validate,
  type AnalyzeBody,
  type EmbedBody,
  type SummarizeBody,
} from '../schemas.js';
import { readInput, type UrlPolicy } from './read-input.js';

export type RouteName = 'summarize' | 'embed' | 'analyze';

/** A request as the main thread hands it over: the raw body bytes, unparsed. */
export interface RawJob {
  readonly route: RouteName;
  readonly kind: BodyKind;
  readonly bytes: Uint8Array;
  /** A document body's Content-Type, parameters included ("text/plain; charset=Shift_JIS"): its charset is read on the worker. */
  readonly contentType?: string;
  /** The query string, every value of each parameter (`c.req.queries()`). */
  readonly query: Readonly<Record<string, readonly string[]>>;
}

export type Input = string | { documents: string[] };

/** A validated request with its documents read, ready to run; `warnings` are the reader's. */
export type ParsedJob =
  | {
      readonly route: 'summarize';
      readonly body: SummarizeBody;
      readonly input: Input;
      readonly warnings: readonly ReadWarning[];
      /** Lines not to pick (the reader's doubtful lines of a web page). */
      readonly doubtful: readonly string[];
    }
  | { readonly route: 'embed'; readonly body: EmbedBody; readonly texts: string[]; readonly warnings: readonly ReadWarning[] }
  | { readonly route: 'analyze'; readonly body: AnalyzeBody; readonly input: Input; readonly warnings: readonly ReadWarning[] };

/** The model every worker thread holds (the shared GloVe pack). */
export const DEFAULT_MODEL = 'glove';

const INPUT_PARAMS = ['text', 'documents', 'texts', 'url'];

/** 400 when the query string carries input too: it would silently replace the posted body. */
function refuseQueryInput(query: RawJob['query']): void {
  const clash = INPUT_PARAMS.find((k) => Object.hasOwn(query, k));
  if (clash !== undefined) {
    throw new ApiError(400, 'CONFLICTING_INPUT', `The query parameter "${clash}" conflicts with the request body; send the input in the body only.`, {
      errors: [{ field: clash, message: 'input belongs in the body, not the query string' }],
    });
  }
}

const invalidQuery = (detail: string, errors: { field: string; message: string }[]) => new ApiError(422, 'INVALID_PARAMETERS', detail, { errors });

/**
 * The query string's options, one value each: a parameter given twice, or options next to a
 * JSON body (which carries its own), are 422 naming them; either would be silently dropped.
 */
function queryOptions(raw: RawJob): Record<string, string> {
  const repeated = Object.entries(raw.query).filter(([, values]) => values.length > 1);
  if (repeated.length > 0) {
    const names = repeated.map(([k]) => `"${k}"`).join(', ');
    throw invalidQuery(
      `The query parameter ${names} is given more than once; give each option once.`,
      repeated.map(([field, values]) => ({ field, message: `given ${values.length} times` })),
    );
  }
  const names = Object.keys(raw.query);
  if (raw.kind === 'json' && names.length > 0) {
    throw invalidQuery(
      'With a JSON body the options go in the body (budget: {"sentences": 3}, selector, ...); ' +
        `the query string (${names.join(', ')}) is read only when the body is the document itself.`,
      names.map((field) => ({ field, message: 'put this option in the JSON body' })),
    );
  }
  return Object.fromEntries(Object.entries(raw.query).map(([k, values]) => [k, values[0] ?? '']));
}

/**
 * Decodes, parses and validates a raw request, and reads its documents with @vecsum/reader (web
 * pages, PDF, DOCX, Markdown, text; a URL under `urls`): everything the request needs before the
 * work itself. Runs on a worker thread (or in-process without a pool).
 */
export async function parseJob(raw: RawJob, limits: BodyLimits, urls?: UrlPolicy): Promise<ParsedJob> {
  refuseQueryInput(raw.query);
  const options = queryOptions(raw);
  const value = raw.kind === 'json' ? parseJson(raw.bytes) : bodyFromQuery(options);
  const read = async (body: SummarizeBody | EmbedBody | AnalyzeBody) => {
    const { texts, list, warnings, doubtful } = await readInput(raw, body, limits, urls);
    checkTextSize(texts, limits);
    const input: Input = list ? { documents: [...texts] } : texts[0]!;
    return { texts: [...texts], input, warnings, doubtful };
  };
  switch (raw.route) {
    case 'embed': {
      const body = validate<EmbedBody>(EmbedBodySchema, value);
      const { texts, warnings } = await read(body);
      return { route: 'embed', body, texts, warnings };
    }
    case 'analyze': {
      const body = validate<AnalyzeBody>(AnalyzeBodySchema, value);
      const { input, warnings } = await read(body);
      return { route: 'analyze', body, input, warnings };
    }
    case 'summarize': {
      const body = validate<SummarizeBody>(SummarizeBodySchema, value);
      const { input, warnings, doubtful } = await read(body);
      return { route: 'summarize', body, input, warnings, doubtful };
    }
  }
}

/** The model a parsed request asks for. */
export const modelOf = (job: ParsedJob): string => job.body.model ?? DEFAULT_MODEL;
