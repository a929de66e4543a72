import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { SELECTOR_CHOICES } from '@vecsum/summarizer';
import type { AppDeps } from './deps.js';
import { JOB_ROUTES, jobRoute } from './dispatch.js';
import type { AppEnv } from './env.js';
import { errorResponse } from './errors.js';
import { PERMISSIONS_POLICY, securityHeaders } from './headers.js';
import { createKeyCheck } from './middleware/api-keys.js';
import { requestContext } from './middleware/request-context.js';
import { openApiDocument } from './openapi.js';
import { ApiError } from './problem.js';
import { demoRoutes } from './static.js';

/**
 * The vecsum HTTP app. Test it with `app.request(path, init)`; serve it with `startServer`.
 *
 * @example
 * const app = createApp({ models, queue: createJobQueue(DEFAULT_LIMITS), limits: DEFAULT_LIMITS, logger: silentLogger });
 * const res = await app.request('/v1/summarize', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
 */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', requestContext(deps.logger));
  app.use('*', async (c, next) => {
    await next();
    if (!c.res.headers.has('cache-control')) c.res.headers.set('cache-control', 'no-store');
    c.res.headers.set('permissions-policy', PERMISSIONS_POLICY);
    // draining: every answer tells the client to go away, so keep-alive cannot hold shutdown
    if (deps.lifecycle?.closing === true) c.res.headers.set('connection', 'close');
  });
  app.use('*', securityHeaders());
  if (deps.corsOrigins !== undefined && deps.corsOrigins.length > 0) {
    const origins = [...deps.corsOrigins];
    app.use(
      '/v1/*',
      cors({
        origin: origins.includes('*') ? '*' : origins,
        allowHeaders: ['content-type', 'authorization', 'x-api-key', 'x-request-id'],
        exposeHeaders: ['x-request-id', 'retry-after'],
      }),
    );
  }
  app.use('/v1/*', (deps.keyCheck ?? createKeyCheck(deps.apiKeys ?? [], deps.authLimits)).middleware);

  app.get('/health', (c) => c.json({ status: 'ok' }));
  app.get('/ready', (c) => {
    const models = deps.models.list().map((m) => ({ name: m.name, state: m.state, default: m.default }));
    if (deps.lifecycle?.closing === true)
      throw new ApiError(503, 'SHUTTING_DOWN', 'The server is shutting down; retry on another instance, or here in a moment.', {
        headers: { 'retry-after': '1' },
      });
    const analysis = deps.analysisState === undefined ? {} : { analysis: deps.analysisState() };
    if (deps.models.ready) return c.json({ status: 'ready', models, ...analysis });
    throw new ApiError(503, 'NOT_READY', 'The default model is still loading; retry in 2 s.', { headers: { 'retry-after': '2' } });
  });
  app.get('/openapi.json', (c) => c.json(openApiDocument(deps.limits)));
  app.get('/v1/models', (c) =>
    c.json({ models: deps.models.list(), selectors: SELECTOR_CHOICES, limits: deps.limits, queue: { active: deps.queue.active, waiting: deps.queue.waiting } }),
  );
  for (const { route, path } of JOB_ROUTES) app.post(path, jobRoute(deps, route));
  for (const { path } of JOB_ROUTES) {
    app.all(path, (c) => {
      throw new ApiError(405, 'METHOD_NOT_ALLOWED', `${c.req.method} is not allowed on ${path}; use POST.`, { headers: { allow: 'POST' } });
    });
  }
  for (const path of ['/health', '/ready', '/openapi.json', '/v1/models']) {
    app.all(path, (c) => {
      throw new ApiError(405, 'METHOD_NOT_ALLOWED', `${c.req.method} is not allowed on ${path}; use GET.`, { headers: { allow: 'GET' } });
    });
  }
  demoRoutes(app, deps.demoDir);
  app.notFound((c) => errorResponse(c, notFound(c.req.method, c.req.path), deps.logger));
  app.onError((err, c) => errorResponse(c, err, deps.logger));
  return app;
}

/** 404 naming the routes there are. */
const notFound = (method: string, path: string): ApiError =>
  new ApiError(
    404,
    'NOT_FOUND',
    `No route for ${method} ${path}; the routes are POST /v1/summarize, /v1/embed and /v1/analyze, GET /v1/models, /health, /ready and /openapi.json.`,
  );
