import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configFromEnv, startServer, type ServerConfig } from '@vecsum/api';
import { locateGlovePack } from '@vecsum/embeddings';
import { numberFlag, parse } from '../args.js';
import { ensureWritableCacheDir, resolveCacheDir } from '../config.js';
import { CliError, EXIT } from '../errors.js';

export const SERVE_HELP = `vecsum serve [options]

Start the HTTP API (and the demo page at / when it has been built).

  --port N            port (default $PORT or 8080; 0 picks a free one)
  --host H            interface (default $HOST or 127.0.0.1)
  --cache-dir DIR     cache folder (default $VECSUM_CACHE_DIR, else $XDG_CACHE_HOME/vecsum or ~/.cache/vecsum)
  --model-dir DIR     a transformers.js model folder to serve too (repeatable; $VECSUM_MODEL_DIRS)
  --api-key KEY       require this key (repeatable; $VECSUM_API_KEYS, comma-separated)
  --cors ORIGIN       allow this origin (repeatable; '*' for any; $VECSUM_CORS_ORIGINS)
  --demo-dir DIR      folder of the built demo page (default apps/demo/dist when present)
  --allow-url HOSTS   fetch {"url": ...} inputs from these hosts (comma-separated or
                      repeated; $VECSUM_ALLOW_URL); private, loopback and link-local
                      addresses never, redirects included. Off by default
Limits from the environment: VECSUM_MAX_BODY_BYTES, VECSUM_MAX_TEXT_CHARS,
VECSUM_CONCURRENCY, VECSUM_QUEUE_SIZE, VECSUM_TIMEOUT_MS. SIGTERM drains in-flight requests
for up to VECSUM_DRAIN_MS (default 10000), then closes every connection.
`;

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  'cache-dir': { type: 'string' },
  'model-dir': { type: 'string', multiple: true },
  'api-key': { type: 'string', multiple: true },
  cors: { type: 'string', multiple: true },
  'demo-dir': { type: 'string' },
  'allow-url': { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

const DEFAULT_DEMO = fileURLToPath(new URL('../../../../apps/demo/dist', import.meta.url));

export async function runServe(argv: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values: v } = parse(argv, OPTIONS);
  if (v.help === true) {
    out.write(SERVE_HELP);
    return 0;
  }
  const env = configFromEnv(process.env);
  const allowHosts =
    v['allow-url']
      ?.flatMap((h) => h.split(','))
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean) ?? env.urls?.allowHosts;
  const demoDir = v['demo-dir'] ?? (existsSync(DEFAULT_DEMO) ? DEFAULT_DEMO : undefined);
  const config: ServerConfig = {
    port: portFlag(v.port) ?? env.port ?? 8080,
    host: v.host ?? env.host ?? '127.0.0.1',
    cacheDir: resolveCacheDir(v['cache-dir']),
    ...(env.limits === undefined ? {} : { limits: env.limits }),
    ...(env.drainMs === undefined ? {} : { drainMs: env.drainMs }),
    ...((v['model-dir'] ?? env.modelDirs) ? { modelDirs: v['model-dir'] ?? env.modelDirs ?? [] } : {}),
    ...((v['api-key'] ?? env.apiKeys) ? { apiKeys: v['api-key'] ?? env.apiKeys ?? [] } : {}),
    ...((v.cors ?? env.corsOrigins) ? { corsOrigins: v.cors ?? env.corsOrigins ?? [] } : {}),
    ...(demoDir === undefined ? {} : { demoDir }),
    ...(allowHosts === undefined || allowHosts.length === 0 ? {} : { urls: { allowHosts } }),
  };
  if (locateGlovePack({ cacheDir: config.cacheDir }).needsBuild) ensureWritableCacheDir(config.cacheDir);
  const server = await startServer(config).catch((e: unknown) => {
    throw listenError(e, config) ?? e;
  });
  // the signal handlers go in before the line that says the server is up: a supervisor (or a test) that sends SIGTERM as soon as
  // it reads that line found no handler once, under load, and the process died by the signal's default action, undrained
  const stopped = new Promise<void>((resolve) => {
    const stop = () => {
      process.stderr.write('vecsum: draining in-flight requests...\n');
      void server.close().then(resolve);
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  process.stderr.write(`vecsum: serving on ${server.url}${demoDir === undefined ? '' : ' (demo page at /)'}\n`);
  await stopped;
  return 0;
}

/** --port: an integer in 0..65535 (0 picks a free port). */
function portFlag(value: string | undefined): number | undefined {
  const port = numberFlag('port', value, true);
  if (port !== undefined && (port < 0 || port > 65_535)) throw new CliError('INVALID_OPTION', `--port must be in 0..65535, got ${port}`);
  return port;
}

/** A failed listen (port in use, no permission, unknown host) as a usage error saying what to change. */
function listenError(e: unknown, config: ServerConfig): CliError | undefined {
  const code = e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
  const why: Readonly<Record<string, string>> = {
    EADDRINUSE: 'the port is in use; stop what listens there or give another --port (0 picks a free one)',
    EACCES: 'no permission to listen there; give a port above 1023 with --port',
    EADDRNOTAVAIL: 'this machine has no such address; give one of its addresses with --host (127.0.0.1 for this machine only)',
    ENOTFOUND: 'the host name is unknown; give an address with --host (127.0.0.1 for this machine only)',
  };
  const reason = code === undefined ? undefined : why[code];
  return reason === undefined
    ? undefined
    : new CliError('LISTEN_FAILED', `cannot listen on ${config.host}:${config.port}: ${reason}`, EXIT.usage, { cause: e });
}
