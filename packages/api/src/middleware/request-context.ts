import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import { redactDeep } from '../redact.js';

export interface Logger {
  info(event: Record<string, unknown>): void;
  error(event: Record<string, unknown>): void;
}

/** One JSON line per event on the given stream (stdout by default), secrets redacted. */
export function createJsonLogger(write: (line: string) => void = (l) => process.stdout.write(l)): Logger {
  const emit = (level: string, event: Record<string, unknown>) => write(`${JSON.stringify({ time: new Date().toISOString(), level, ...redactDeep(event) })}\n`);
  return { info: (e) => emit('info', e), error: (e) => emit('error', e) };
}

export const silentLogger: Logger = { info: () => {}, error: () => {} };

let counter = 0;
const SAFE_ID = /^[\w.-]{1,128}$/;

/** The request's id: the client's `x-request-id` when well-formed, else a fresh one. */
export const requestIdOf = (given: string | undefined): string =>
  given !== undefined && SAFE_ID.test(given) ? given : `${Date.now().toString(36)}-${(++counter).toString(36)}`;

/** Request id (from x-request-id when well-formed, else generated), echoed back, and one log line per request. */
export function requestContext(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const id = requestIdOf(c.req.header('x-request-id'));
    c.set('requestId', id);
    const started = performance.now();
    await next();
    c.res.headers.set('x-request-id', id);
    logger.info({
      msg: 'request',
      requestId: id,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
