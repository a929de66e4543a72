import type { IncomingMessage, ServerResponse } from 'node:http';
import { getQueryParams } from 'hono/utils/url';
import type { BodyKind } from './body.js';
import { readNodeBody } from './body.js';
import type { AppDeps } from './deps.js';
import { JOB_ROUTES, jobRunner, type JobRequest, type JobRunner } from './dispatch.js';
import { problemAnswer } from './errors.js';
import type { KeyCheck } from './middleware/api-keys.js';
import { requestIdOf } from './middleware/request-context.js';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** A Host header the app would take as it is (a name or an IP, and a port); anything else is the app's to refuse. */
const PLAIN_HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d+)?$/i;

/** The Node request as the job pipeline reads it. */
function jobRequest(req: IncomingMessage): JobRequest {
  const length = req.headers['content-length'];
  return {
    contentType: req.headers['content-type'],
    contentLength: length,
    socket: req.socket,
    query: () => queryOf(req.url ?? ''),
    read: (limit) => readNodeBody(req, limit),
    gone: () => req.socket.destroyed,
  };
}

/** The query as the app reads it: the URL normalized as node-server does, then Hono's parser. */
function queryOf(url: string): Record<string, string[]> {
  const params = url.includes('?') ? getQueryParams(new URL(`http://h${url}`).href) : undefined;
  return params === undefined || Array.isArray(params) ? {} : params;
}

/**
 * The job routes (POST /v1/summarize, /v1/embed, /v1/analyze) served on Node's request and
 * response, without the web Request / Response, the middleware chain and the router: the
 * answer's headers are the app's (`fixed`: `staticHeaders()`, the same as the fast refusal's),
 * written at once. The pipeline (`jobRunner`), the problem+json answers (`problemAnswer`) and the
 * request log line are the app's own. A request this path does not take goes to `app`
 * (the Hono listener) unread: any other route or method, a request without Content-Length
 * (chunked: its 413 comes mid-stream) or with an unusual Host, one whose API key does not pass
 * (`deps.keyCheck`, shared with the app), and one refused before its body is read (429, 413,
 * 415: the app answers and drains it). Only for servers without CORS (middleware).
 */
export function nodeJobs(deps: AppDeps, fixed: Readonly<Record<string, string>>, app: Listener): Listener {
  const runners = new Map<string, JobRunner>(JOB_ROUTES.map(({ route, path }) => [path, jobRunner(deps, route)]));
  const okHeaders = Object.entries({ ...fixed, 'content-type': 'application/json' }).flat();
  const closing = () => deps.lifecycle?.closing === true;
  return (req, res) => {
    const runner = req.method === 'POST' ? runners.get(pathOf(req)) : undefined;
    if (runner === undefined || req.headers['content-length'] === undefined || !PLAIN_HOST.test(req.headers.host ?? '')) return app(req, res);
    if (deps.keyCheck !== undefined && !admitsKey(deps.keyCheck, req)) return app(req, res);
    const job = jobRequest(req);
    let kind: BodyKind;
    try {
      kind = runner.admit(job);
    } catch {
      return app(req, res);
    }
    const started = performance.now();
    const given = req.headers['x-request-id'];
    const id = requestIdOf(typeof given === 'string' ? given : undefined);
    runner.run(job, kind).then(
      (body) => {
        const headers = [...okHeaders, 'x-request-id', id, 'content-length', String(body.byteLength)];
        if (closing()) headers.push('connection', 'close');
        res.writeHead(200, headers).end(body);
        log(deps, req, id, 200, started);
      },
      (err: unknown) => {
        const answer = problemAnswer(err, id, deps.logger);
        const headers: Record<string, string> = { ...fixed, ...answer.headers, 'x-request-id': id };
        headers['content-length'] = String(Buffer.byteLength(answer.body));
        if (closing()) headers['connection'] = 'close';
        res.writeHead(answer.status, headers).end(answer.body);
        log(deps, req, id, answer.status, started);
      },
    );
  };
}

/** Whether the request's API key passes (the app answers and counts the others). */
function admitsKey(check: KeyCheck, req: IncomingMessage): boolean {
  // Node keeps the first of several Authorization headers, the app's Headers join them: the app decides those
  if (req.headers.authorization !== undefined && req.rawHeaders.filter((h, i) => i % 2 === 0 && h.toLowerCase() === 'authorization').length > 1) return false;
  const key = req.headers['x-api-key'];
  return check.admits(req.socket.remoteAddress ?? 'unknown', req.headers.authorization, typeof key === 'string' ? key : undefined);
}

const pathOf = (req: IncomingMessage): string => {
  const url = req.url ?? '';
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
};

/** The request log line, as the app's `requestContext` writes it. */
function log(deps: AppDeps, req: IncomingMessage, requestId: string, status: number, started: number): void {
  deps.logger.info({ msg: 'request', requestId, method: req.method, path: pathOf(req), status, ms: Math.round((performance.now() - started) * 10) / 10 });
}
