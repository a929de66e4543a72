import { readFile } from 'node:fs/promises';
import { extname, join, normalize as normalizePath } from 'node:path';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { SELECTOR_CHOICES } from '@vecsum/summarizer';
import type { AppDeps } from './deps.js';
import { errorResponse } from './errors.js';
import { apiKeys } from './middleware/api-keys.js';
import { requestContext } from './middleware/request-context.js';
import { openApiDocument } from './openapi.js';
import { ApiError } from './problem.js';
import { analyzeRoutes } from './routes/analyze.js';
import { embedRoutes } from './routes/embed.js';
import { summarizeRoutes } from './routes/summarize.js';

const MIME: Readonly<Record<string, string>> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json' };

/**
 * The vecsum HTTP app. Test it with `app.request(path, init)`; serve it with `startServer`.
 *
 * @example
 * const app = createApp({ models, queue: createJobQueue(DEFAULT_LIMITS), limits: DEFAULT_LIMITS, logger: silentLogger });
 * const res = await app.request('/v1/summarize', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
 */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.use('*', requestContext(deps.logger));
  app.use('*', secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'] } }));
  if (deps.corsOrigins !== undefined && deps.corsOrigins.length > 0) {
    const origins = [...deps.corsOrigins];
    app.use('/v1/*', cors({ origin: origins.includes('*') ? '*' : origins, allowHeaders: ['content-type', 'authorization', 'x-api-key', 'x-request-id'], exposeHeaders: ['x-request-id', 'retry-after'] }));
  }
  app.use('/v1/*', apiKeys(deps.apiKeys ?? []));

  app.get('/health', (c) => c.json({ status: 'ok' }));
  app.get('/ready', (c) => {
    if (deps.models.ready) return c.json({ status: 'ready' });
    void deps.models.warm();
    throw new ApiError(503, 'NOT_READY', 'Models are still loading.', { headers: { 'retry-after': '2' } });
  });
  app.get('/openapi.json', (c) => c.json(openApiDocument(deps.limits)));
  app.get('/v1/models', (c) => c.json({ models: deps.models.list(), selectors: SELECTOR_CHOICES, limits: deps.limits, queue: { active: deps.queue.active, waiting: deps.queue.waiting } }));
  app.route('/v1/summarize', summarizeRoutes(deps));
  app.route('/v1/embed', embedRoutes(deps));
  app.route('/v1/analyze', analyzeRoutes(deps));
  for (const path of ['/v1/summarize', '/v1/embed', '/v1/analyze']) {
    app.all(path, (c) => {
      throw new ApiError(405, 'METHOD_NOT_ALLOWED', `${c.req.method} is not allowed on ${path}; use POST.`, { headers: { allow: 'POST' } });
    });
  }
  for (const path of ['/health', '/ready', '/openapi.json', '/v1/models']) {
    app.all(path, (c) => {
      throw new ApiError(405, 'METHOD_NOT_ALLOWED', `${c.req.method} is not allowed on ${path}; use GET.`, { headers: { allow: 'GET' } });
    });
  }
  if (deps.demoDir !== undefined) {
    const root = normalizePath(deps.demoDir);
    app.get('/*', async (c, next) => {
      const rel = c.req.path === '/' ? 'index.html' : decodeURIComponent(c.req.path).replace(/^\/+/, '');
      const file = normalizePath(join(root, rel));
      if (!file.startsWith(root)) return next();
      try {
        const data = await readFile(file);
        const ext = extname(file);
        return c.body(data, 200, { 'content-type': Object.hasOwn(MIME, ext) ? (MIME[ext] as string) : 'application/octet-stream' });
      } catch {
        return next();
      }
    });
  }
  app.notFound((c) => errorResponse(c, new ApiError(404, 'NOT_FOUND', `No route for ${c.req.method} ${c.req.path}.`), deps.logger));
  app.onError((err, c) => errorResponse(c, err, deps.logger));
  return app;
}
