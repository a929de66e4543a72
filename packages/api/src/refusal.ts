import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Lifecycle } from './deps.js';
import { type Logger, requestIdOf } from './middleware/request-context.js';
import { problem } from './problem.js';
import { queueFull } from './runner.js';

/**
 * The fast refusal: 429 QUEUE_FULL problem+json with Retry-After, written straight to Node's
 * response. The same answer the app gives (its `headers` are `staticHeaders()`, its body
 * `problem()`, its log line the request line) at a small part of the main thread's cost:
 * no web Request or Response, no middleware chain, no body read.
 */
export function fastRefusal(
  headers: Readonly<Record<string, string>>,
  logger: Logger,
  lifecycle: Lifecycle,
): (req: IncomingMessage, res: ServerResponse) => void {
  const error = queueFull();
  const fixed = { ...headers, ...error.headers, 'content-type': 'application/problem+json' };
  const document = problem(error.status, error.code, error.message);
  return (req, res) => {
    const started = performance.now();
    const given = req.headers['x-request-id'];
    const id = requestIdOf(typeof given === 'string' ? given : undefined);
    const body = JSON.stringify({ ...document, instance: `urn:request:${id}` });
    res.writeHead(error.status, {
      ...fixed,
      'x-request-id': id,
      'content-length': String(Buffer.byteLength(body)),
      ...(lifecycle.closing ? { connection: 'close' } : {}),
    });
    res.end(body);
    const path = (req.url ?? '').split('?', 1)[0];
    logger.info({ msg: 'request', requestId: id, method: req.method, path, status: error.status, ms: Math.round((performance.now() - started) * 10) / 10 });
  };
}
