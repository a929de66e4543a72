/**
 * The codes of every error the reader raises: a closed list, stable across versions, so the CLI
 * can map them to exit codes and the API to HTTP statuses.
 */
export const READER_ERROR_CODES = [
  /** Binary or undecodable input, or a format the reader does not read. */
  'UNSUPPORTED_INPUT',
  /** HTML the reader refuses to parse (nesting too deep, too many elements). */
  'INVALID_HTML',
  /** A PDF that cannot be opened or has no text layer. */
  'INVALID_PDF',
  /** A .docx that cannot be opened. */
  'INVALID_DOCX',
  /** More bytes than the reader accepts. */
  'INPUT_TOO_LARGE',
  /** The document has no text once read. */
  'EMPTY_DOCUMENT',
  /** Not an http(s) URL, or a malformed one. */
  'INVALID_URL',
  /** A URL whose host resolves to a private, loopback or link-local address, or is not on the allowlist. */
  'URL_NOT_ALLOWED',
  /** The network failed: DNS, connection, TLS, an HTTP error status, too many redirects. */
  'FETCH_FAILED',
  /** The server did not answer within the time limit. */
  'FETCH_TIMEOUT',
] as const;

export type ReaderErrorCode = (typeof READER_ERROR_CODES)[number];

/** A refused input: a stable code and a sentence that says what to do. */
export class ReaderError extends Error {
  readonly code: ReaderErrorCode;
  constructor(code: ReaderErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReaderError';
    this.code = code;
  }
}

/** True for a ReaderError (also across copies of this package). */
export function isReaderError(e: unknown): e is ReaderError {
  if (e instanceof ReaderError) return true;
  return e instanceof Error && e.name === 'ReaderError' && 'code' in e && READER_ERROR_CODES.some((c) => c === e.code);
}

/** What a caught value says: an Error's message, anything else in words. */
export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** A Node system error's code (ENOTFOUND, ECONNRESET, ...), or undefined. */
export const errnoCodeOf = (e: unknown): string | undefined => (e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : undefined);
