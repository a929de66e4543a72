import type { IncomingMessage } from 'node:http';
import { ApiError } from './problem.js';

export interface BodyLimits {
  /** Request bodies above this many bytes get 413 (default 5 MiB). */
  readonly maxBodyBytes: number;
  /** Texts (all documents together) above this many characters get 413 (default 1,000,000). */
  readonly maxTextChars: number;
}

/**
 * How a body is read: `json` is a JSON request (`{text | documents | texts | url, ...}`); every
 * other kind is a document in the body, read by @vecsum/reader on the worker (`bytes`: the
 * format is detected from the content).
 */
export type BodyKind = 'json' | 'text' | 'markdown' | 'html' | 'pdf' | 'docx' | 'bytes';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Content-Type (without parameters) to body kind. */
const KIND_BY_TYPE: Readonly<Record<string, BodyKind>> = {
  'application/json': 'json',
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
  [DOCX_TYPE]: 'docx',
  'application/octet-stream': 'bytes',
};

/** The Content-Types a POST route accepts (for the 415 message and the OpenAPI document). */
export const BODY_TYPES = Object.keys(KIND_BY_TYPE);

const tooLarge = (limit: number) =>
  new ApiError(
    413,
    'PAYLOAD_TOO_LARGE',
    `The request body is larger than ${limit} bytes; send a smaller document or split it (the operator sets the limit with VECSUM_MAX_BODY_BYTES).`,
  );

/**
 * The checks that need no body, from the request's Content-Type and Content-Length headers: the
 * type (415 for anything else) and a declared length over the limit (413). Runs before a byte
 * of the body is read.
 */
export function admitBody(contentType: string | undefined, contentLength: string | undefined, limits: BodyLimits): BodyKind {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const kind: BodyKind | undefined = type.endsWith('+json') ? 'json' : KIND_BY_TYPE[type];
  if (kind === undefined) {
    throw new ApiError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      `Content-Type ${JSON.stringify(type || '(none)')} is not read; send application/json, or ` +
        `the document itself as text/plain, text/markdown, text/html, application/pdf, ` +
        `${DOCX_TYPE} or application/octet-stream (format detected from the content).`,
    );
  }
  const declared = Number(contentLength ?? NaN);
  if (Number.isFinite(declared) && declared > limits.maxBodyBytes) throw tooLarge(limits.maxBodyBytes);
  return kind;
}

/**
 * Reads the raw body of a Node request, enforcing the byte limit while streaming (a lying
 * Content-Length cannot bypass it). Served by Node, the request is read itself: the web-stream
 * view of it costs more main-thread time than the rest of the request's handling there.
 */
export async function readNodeBody(incoming: IncomingMessage, limit: number): Promise<Uint8Array> {
  return concat(await nodeChunks(incoming, limit));
}

/** Reads a web request's body (`app.request()` in tests), within the byte limit. */
export async function readStreamBody(stream: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array> {
  return concat(await streamChunks(stream, limit));
}

/** The chunks in a fresh buffer of its own, so it can be transferred to a worker thread. */
function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, ch) => n + ch.byteLength, 0));
  let off = 0;
  for (const ch of chunks) {
    out.set(ch, off);
    off += ch.byteLength;
  }
  return out;
}

function nodeChunks(incoming: IncomingMessage, limit: number): Promise<Uint8Array[]> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const done = (error?: unknown) => {
      incoming.off('data', onData).off('end', onEnd).off('error', done).off('close', onClose);
      if (error === undefined) return resolve(chunks);
      incoming.pause(); // the rest is drained (bounded) or the connection closed after the answer
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > limit) return done(tooLarge(limit));
      chunks.push(chunk);
    };
    const onEnd = () => done();
    const onClose = () => done(new ApiError(400, 'CLIENT_GONE', 'The client closed the connection before sending the whole body.'));
    incoming.on('data', onData).on('end', onEnd).on('error', done).on('close', onClose);
  });
}

async function streamChunks(stream: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array[]> {
  if (stream === null) return [];
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 bytes to a string; 400 INVALID_UTF8 otherwise. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ApiError(
      400,
      'INVALID_UTF8',
      'The request body is not valid UTF-8; send JSON in UTF-8, or send the document itself as text/plain or ' +
        'application/octet-stream (read in its own encoding).',
    );
  }
}

/** A JSON body, parsed; 400 for invalid UTF-8 or malformed JSON. */
export function parseJson(bytes: Uint8Array): unknown {
  const raw = decodeUtf8(bytes);
  try {
    return JSON.parse(raw) as unknown;
  } catch (cause) {
    throw new ApiError(
      400,
      'MALFORMED_JSON',
      'The request body is not valid JSON; send an object such as {"text": "..."}, or send the document itself as text/plain.',
      { cause },
    );
  }
}

/** 413 when the texts are longer than allowed. */
export function checkTextSize(input: string | { documents: readonly string[] } | readonly string[], limits: BodyLimits): void {
  const texts = typeof input === 'string' ? [input] : Array.isArray(input) ? input : (input as { documents: readonly string[] }).documents;
  const chars = texts.reduce((n: number, t: string) => n + t.length, 0);
  if (chars > limits.maxTextChars) {
    throw new ApiError(
      413,
      'TEXT_TOO_LARGE',
      `The text has ${chars} characters; the limit is ${limits.maxTextChars}. ` +
        'Send a shorter text or split it (the operator sets the limit with VECSUM_MAX_TEXT_CHARS).',
    );
  }
}
