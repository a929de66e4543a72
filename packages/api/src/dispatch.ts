import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { admitBody, readLimited } from './body.js';
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

/**
 * A POST route whose work runs off the main thread: admission (queue depth, Content-Type,
 * Content-Length) before a byte of the body is read, then the raw bytes go to a worker that
 * parses, validates, runs and serializes; the main thread sends the bytes back. Without a
 * worker pool (tests, `workers: false`) the same pipeline runs in-process.
 */
export function jobRoute(deps: AppDeps, route: RouteName) {
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
  return async (c: Context<AppEnv>): Promise<Response> => {
    const socket = c.env?.incoming?.socket;
    if (deps.queue.full) {
      deps.gate?.refused(socket);
      throw queueFull();
    }
    const kind = admitBody(c, deps.limits);
    const bytes = await readLimited(c, deps.limits.maxBodyBytes);
    const raw: RawJob = { route, kind, bytes, query: c.req.queries() };
    // served by Node: the socket tells whether the client left (the web Request's signal would be built for it)
    const gone = socket !== undefined ? () => socket.destroyed : () => c.req.raw.signal.aborted;
    const body = await deps.queue.run((remaining) => work(raw, remaining), { selfTimed: pool !== undefined, gone });
    return new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers: { 'content-type': 'application/json' } });
  };
}
