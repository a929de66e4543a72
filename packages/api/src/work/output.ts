import { ApiError } from '../problem.js';
import type { RouteName } from './job.js';

export interface OutputLimits {
  /** Vectors in one /v1/embed response (sentence level counts every sentence; default 10,000). */
  readonly maxVectors: number;
  /** Bytes of one JSON response body (default 32 MiB). */
  readonly maxResponseBytes: number;
}

const HINT: Readonly<Record<RouteName, { field: string; message: string }>> = {
  summarize: { field: 'explain', message: 'set explain to false (the per-sentence explanations are most of the response), or send less text' },
  embed: { field: 'encoding', message: 'use encoding "base64" (4x smaller), level "document", or fewer texts' },
  analyze: { field: 'top', message: 'lower top, or send less text' },
};

/** 422 OUTPUT_TOO_LARGE naming the option that makes the answer smaller. */
export function outputTooLarge(route: RouteName, detail: string, field?: string): ApiError {
  const hint = HINT[route];
  return new ApiError(422, 'OUTPUT_TOO_LARGE', `${detail} To get a smaller answer, ${hint.message}.`, {
    errors: [{ field: field ?? hint.field, message: hint.message }],
  });
}

const encoder = new TextEncoder();

/** The JSON response body as bytes of their own (transferable), within maxResponseBytes. */
export function encodeJson(route: RouteName, value: unknown, limits: OutputLimits): Uint8Array {
  const text = JSON.stringify(value);
  // a UTF-8 byte is at least one UTF-16 unit: a cheap bound before encoding
  if (text.length > limits.maxResponseBytes) throw outputTooLarge(route, `The response would be over ${limits.maxResponseBytes} bytes.`);
  const bytes = encoder.encode(text);
  if (bytes.byteLength > limits.maxResponseBytes)
    throw outputTooLarge(route, `The response would be ${bytes.byteLength} bytes; the limit is ${limits.maxResponseBytes}.`);
  return bytes;
}
