import type { Context } from 'hono';
import { ApiError } from './problem.js';

export interface BodyLimits {
  /** Request bodies above this many bytes get 413 (default 5 MiB). */
  readonly maxBodyBytes: number;
  /** Texts (all documents together) above this many characters get 413 (default 1,000,000). */
  readonly maxTextChars: number;
}

export type BodyKind = 'json' | 'text' | 'html';

const tooLarge = (limit: number) => new ApiError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${limit} bytes.`);

/**
 * The checks that need no body: the Content-Type (415 for anything else) and a declared
 * Content-Length over the limit (413). Runs before a byte of the body is read.
 */
export function admitBody(c: Context, limits: BodyLimits, allowText: boolean): BodyKind {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const kind: BodyKind | undefined = type === 'application/json' || type.endsWith('+json') ? 'json' : type === 'text/plain' ? 'text' : type === 'text/html' ? 'html' : undefined;
  if (kind === undefined || (kind !== 'json' && !allowText)) {
    throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', `Content-Type must be application/json${allowText ? ', text/plain or text/html' : ''}, got ${JSON.stringify(type || '(none)')}.`);
  }
  const declared = Number(c.req.header('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limits.maxBodyBytes) throw tooLarge(limits.maxBodyBytes);
  return kind;
}

/** Reads the raw body, enforcing the byte limit while streaming (a lying Content-Length cannot bypass it). */
export async function readLimited(c: Context, limit: number): Promise<Uint8Array> {
  const stream = c.req.raw.body;
  if (stream === null) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  // a fresh buffer of its own, so it can be transferred to a worker thread
  const out = new Uint8Array(total);
  let off = 0;
  for (const ch of chunks) {
    out.set(ch, off);
    off += ch.byteLength;
  }
  return out;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 bytes to a string; 400 INVALID_UTF8 otherwise. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ApiError(400, 'INVALID_UTF8', 'The request body is not valid UTF-8.');
  }
}

/** The decoded body: parsed JSON, or the raw text / HTML string; 400 for malformed JSON. */
export function parseBody(bytes: Uint8Array, kind: BodyKind): { kind: 'json'; value: unknown } | { kind: 'text' | 'html'; value: string } {
  const raw = decodeUtf8(bytes);
  if (kind !== 'json') return { kind, value: raw };
  try {
    return { kind: 'json', value: JSON.parse(raw) as unknown };
  } catch (cause) {
    throw new ApiError(400, 'MALFORMED_JSON', 'The request body is not valid JSON.', { cause });
  }
}

/** 413 when the texts are longer than allowed. */
export function checkTextSize(input: string | { documents: readonly string[] } | readonly string[], limits: BodyLimits): void {
  const texts = typeof input === 'string' ? [input] : Array.isArray(input) ? input : (input as { documents: readonly string[] }).documents;
  const chars = texts.reduce((n: number, t: string) => n + t.length, 0);
  if (chars > limits.maxTextChars) {
    throw new ApiError(413, 'TEXT_TOO_LARGE', `The text has ${chars} characters; the limit is ${limits.maxTextChars}.`);
  }
}
