import { htmlToText } from '@vecsum/summarizer';
import type { Context } from 'hono';
import { ApiError } from './problem.js';

export interface BodyLimits {
  /** Request bodies above this many bytes get 413 (default 5 MiB). */
  readonly maxBodyBytes: number;
  /** Texts (all documents together) above this many characters get 413 (default 1,000,000). */
  readonly maxTextChars: number;
}

/** Reads the raw body, enforcing the byte limit while streaming (a lying Content-Length cannot bypass it). */
async function readLimited(c: Context, limit: number): Promise<Uint8Array> {
  const declared = Number(c.req.header('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
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
  const out = new Uint8Array(total);
  let off = 0;
  for (const ch of chunks) {
    out.set(ch, off);
    off += ch.byteLength;
  }
  return out;
}

const tooLarge = (limit: number) => new ApiError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${limit} bytes.`);
const decoder = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ApiError(400, 'INVALID_UTF8', 'The request body is not valid UTF-8.');
  }
}

/**
 * The body as JSON, text/plain or text/html (converted to text by htmlToText: headings kept as
 * headings, markup and page furniture left out), by Content-Type; 415 for anything else, 400
 * for malformed JSON.
 */
export async function readBody(c: Context, limits: BodyLimits, allowText: boolean): Promise<{ kind: 'json'; value: unknown } | { kind: 'text'; value: string }> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const json = type === 'application/json' || type.endsWith('+json');
  const html = type === 'text/html';
  const text = type === 'text/plain' || html;
  if (!json && !(allowText && text)) {
    throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', `Content-Type must be application/json${allowText ? ', text/plain or text/html' : ''}, got ${JSON.stringify(type || '(none)')}.`);
  }
  const raw = decode(await readLimited(c, limits.maxBodyBytes));
  if (text) return { kind: 'text', value: html ? htmlToText(raw) : raw };
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
