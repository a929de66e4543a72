import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import type { Socket } from 'node:net';
import { admitBody, readNodeBody, readStreamBody, type BodyKind } from './body.js';
import type { AppDeps } from './deps.js';
import type { AppEnv } from './env.js';
import { ApiError } from './problem.js';
import { queueFull } from './runner.js';
import { encodeJson } from './work/output.js';
import { executeJob, processJob, type JobOutcome, type WorkResources } from './work/execute.js';
import type { ParsedJob, RawJob, RouteName } from './work/job.js';

/** The POST routes whose work runs off the main thread, and their paths. */
export const JOB_ROUTES = [
  { route: 'summarize', path: '/v1/summarize' },
  { route: 'embed', path: '/v1/embed' },
  { route: 'analyze', path: '/v1/analyze' },
] as const satisfies readonly { route: RouteName; path: string }[];
const JOB_PATH_SET = new Set<string>(JOB_ROUTES.map((r) => r.path));

/** Whether a Node request is a POST to a job route (these wait out a refused connection's Retry-After). */
export const isJobRequest = (req: IncomingMessage): boolean => req.method === 'POST' && JOB_PATH_SET.has((req.url ?? '').split('?', 1)[0] ?? '');

const withDeadline = <T>(work: Promise<T>, ms: number): Promise<T> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new ApiError(
              504,
              'TIMEOUT',
              `The request took longer than its deadline (${ms} ms left when it started); ` +
                'send a smaller document or budget, or retry when the server is less busy.',
            ),
          ),
        Math.max(1, ms),
      );
    }),
  ]).finally(() => clearTimeout(timer));
};

/** A job request as the pipeline reads it: from Hono's context, or straight from Node's request. */
export interface JobRequest {
  readonly contentType: string | undefined;
  readonly contentLength: string | undefined;
  /** The connection (absent under `app.request()`): a refusal marks it for the admission gate. */
  readonly socket: Socket | undefined;
  /** The query string, every value of each parameter (as Hono's `c.req.queries()`). */
  query(): Record<string, string[]>;
  /** The raw body, within `limit` bytes (413 past it). */
  read(limit: number): Promise<Uint8Array>;
  /** Whether the client has left. */
  gone(): boolean;
}

/** A job route's pipeline in two steps: the checks that need no body, then the rest. */
export interface JobRunner {
  /** Queue depth (429), Content-Type (415) and a declared Content-Length (413): before a byte of the body is read. */
  admit(req: JobRequest): BodyKind;
  /** Reads the body; a worker parses, validates, runs and serializes it; resolves with the JSON answer's bytes. */
  run(req: JobRequest, kind: BodyKind): Promise<Uint8Array>;
}

/**
 * A POST route whose work runs off the main thread: admission (queue depth, Content-Type,
 * Content-Length) before a byte of the body is read, then the raw bytes go to a worker that
 * parses, validates, runs and serializes; the main thread sends the bytes back. Without a
 * worker pool (tests, `workers: false`) the same pipeline runs in-process.
 */
export function jobRunner(deps: AppDeps, route: RouteName): JobRunner {
  const local: WorkResources = { embedder: (model, fn) => deps.models.get(model, fn), analysis: deps.analysis, urls: deps.urls };
  // a request for a model the workers do not hold comes back parsed and runs here
  const runDelegate = async (job: ParsedJob, ms: number, started: number): Promise<Uint8Array> =>
    withDeadline(
      executeJob(job, local, deps.limits).then((value) => encodeJson(route, value, deps.limits)),
      ms - (performance.now() - started),
    );
  const pool = deps.pool;
  const work = async (raw: RawJob, remaining: number): Promise<Uint8Array> => {
    const started = performance.now();
    const outcome: JobOutcome = pool !== undefined ? await pool.run(raw, remaining) : await processJob(raw, deps.limits, local);
    return 'bytes' in outcome ? outcome.bytes : runDelegate(outcome.delegate, remaining, started);
  };
  const options = { selfTimed: pool !== undefined };
  return {
    admit(req) {
      if (deps.queue.full) {
        deps.gate?.refused(req.socket);
        throw queueFull();
      }
      return admitBody(req.contentType, req.contentLength, deps.limits);
    },
    async run(req, kind) {
      const bytes = await req.read(deps.limits.maxBodyBytes);
      const type = kind === 'json' ? undefined : req.contentType;
      const raw: RawJob = { route, kind, bytes, query: req.query(), ...(type === undefined ? {} : { contentType: type }) };
      return deps.queue.run((remaining) => work(raw, remaining), { ...options, gone: req.gone });
    },
  };
}

/** A job route as a Hono handler (CORS, API keys, `app.request()`); `startServer` serves plain job requests on Node directly (node-jobs.ts). */
export function jobRoute(deps: AppDeps, route: RouteName) {
  const runner = jobRunner(deps, route);
  return async (c: Context<AppEnv>): Promise<Response> => {
    const incoming = c.env?.incoming;
    const req: JobRequest = {
      contentType: c.req.header('content-type'),
      contentLength: c.req.header('content-length'),
      socket: incoming?.socket,
      query: () => c.req.queries(),
      read: (limit) => (incoming !== undefined ? readNodeBody(incoming, limit) : readStreamBody(c.req.raw.body, limit)),
      // served by Node: the socket tells whether the client left (the web Request's signal would be built for it)
      gone: incoming !== undefined ? () => incoming.socket.destroyed : () => c.req.raw.signal.aborted,
    };
    const body = await runner.run(req, runner.admit(req));
    return new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers: { 'content-type': 'application/json' } });
  };
}
