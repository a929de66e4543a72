import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './env.js';

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>vecsum API</title></head>
<body><h1>vecsum API</h1>
<p>The demo page has not been built. Build it with <code>pnpm --filter @vecsum/demo build</code>
and restart <code>vecsum serve</code> (or pass <code>--demo-dir</code>).</p>
<p>The API is under <a href="/v1/models">/v1</a>; its description is at <a href="/openapi.json">/openapi.json</a>.</p>
</body></html>
`;

/**
 * The demo page's files at / through `serveStatic` (paths with dot segments, encoded
 * separators or bad escapes are refused), or, when it is not built, a short page saying how
 * to build it.
 */
export function demoRoutes(app: Hono<AppEnv>, demoDir: string | undefined): void {
  const built = demoDir !== undefined && existsSync(join(demoDir, 'index.html'));
  if (built) {
    app.get('*', serveStatic({ root: demoDir, onFound: (_path, c) => void c.header('cache-control', 'no-cache') }));
  }
  app.get('/', (c) => c.html(NOT_BUILT, 200, { 'cache-control': 'no-store' }));
}
