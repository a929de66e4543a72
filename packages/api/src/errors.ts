import type { Context } from 'hono';
import { isEmbeddingError, type EmbeddingErrorCode } from '@vecsum/embeddings';
import { isReaderError, type ReaderErrorCode } from '@vecsum/reader';
import { isSummarizerError, type SummarizerErrorCode } from '@vecsum/summarizer';
import type { AppEnv } from './env.js';
import { isApiError, problem } from './problem.js';

/** HTTP status of every domain error code: the one place library codes meet HTTP. */
export const STATUS_BY_CODE = {
  EMPTY_DOCUMENT: 422,
  INVALID_BUDGET: 422,
  UNKNOWN_SELECTOR: 422,
  INVALID_OPTION: 422,
  INPUT_TOO_LARGE: 413,
  INVALID_HTML: 422,
  EMPTY_INPUT: 422,
  INVALID_ARGUMENT: 422,
  MODEL_NOT_FOUND: 503,
  MODEL_LOAD_FAILED: 503,
  CACHE_CORRUPT: 503,
  DIMENSION_MISMATCH: 500,
  // the reader (@vecsum/reader): documents and URLs
  UNSUPPORTED_INPUT: 415,
  INVALID_PDF: 422,
  INVALID_DOCX: 422,
  INVALID_URL: 422,
  URL_NOT_ALLOWED: 403,
  FETCH_FAILED: 502,
  FETCH_TIMEOUT: 504,
} as const satisfies Record<SummarizerErrorCode | EmbeddingErrorCode | ReaderErrorCode, number>;

export interface ErrorLogger {
  error(event: Record<string, unknown>): void;
}

/** A problem+json answer: status, headers (content-type and any the error carries) and body. */
export interface ProblemAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** Renders any thrown value as problem+json; a 500 never carries a stack or internal message. */
export function problemAnswer(err: unknown, requestId: string | undefined, logger: ErrorLogger): ProblemAnswer {
  const instance = requestId === undefined ? {} : { instance: `urn:request:${requestId}` };
  let status: number;
  let body: ReturnType<typeof problem>;
  const headers: Record<string, string> = { 'content-type': 'application/problem+json' };
  if (isApiError(err)) {
    status = err.status;
    body = problem(status, err.code, err.message, { ...instance, ...(err.errors === undefined ? {} : { errors: err.errors }) });
    Object.assign(headers, err.headers);
  } else if (isSummarizerError(err) || isEmbeddingError(err) || isReaderError(err)) {
    status = STATUS_BY_CODE[err.code];
    body = problem(status, err.code, err.message, instance);
    if (status === 503) headers['retry-after'] = '5';
  } else {
    status = 500;
    logger.error({ msg: 'unhandled error', requestId, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    body = problem(500, 'INTERNAL', 'The server failed to handle this request.', instance);
  }
  return { status, headers, body: JSON.stringify(body) };
}

/** `problemAnswer` as the app's Response. */
export function errorResponse(c: Context<AppEnv>, err: unknown, logger: ErrorLogger): Response {
  const answer = problemAnswer(err, c.get('requestId'), logger);
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}
