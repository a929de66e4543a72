/**
 * `pnpm bench:api` (also `pnpm --filter @vecsum/api bench`): the API's throughput, latency and
 * goodput under overload, on loopback, against baselines measured in the same run.
 *
 * - Load generator: `wrk` (apt-get install -y wrk), in its own process; the server runs in a
 *   child process from the TypeScript sources (bench/serve-bench.ts), with a bare node:http
 *   route in the same process as the baseline.
 * - Requests: a 500-word article built from examples/river-restoration.txt, greedy 100-word
 *   summaries, `explain: false`.
 * - Rows: the bare route at 8 connections; the API at 8 connections (peak) and 512 (10x+
 *   overload: goodput = 200 answers per second), twice, interleaved, so drift on a shared
 *   machine hits both alike. Beside each: the load average, the main thread's CPU per request
 *   and the server process's CPU per 200 (Linux /proc).
 * - During each overload row, /health and a fresh-connection POST are sampled every 50 ms.
 * - The work itself: one request's parse, read, summarize and serialize, in this process on one
 *   thread (CPU ms), and the capacity it allows (workers x 1000 / ms).
 * - Last, /health while the hostile inputs of issue 18 run (target: max under 100 ms).
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWordVectorEmbedder, defaultCacheDir, loadGloveVectors } from '@vecsum/embeddings';
import { DEFAULT_LIMITS } from '../src/deps.js';
import { HOSTILE_HTML, seventyThousandSentences } from '../src/test-support/hostile-inputs.js';
import { processJob } from '../src/work/execute.js';
import { benchBody } from './body.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 8);
const cacheDir = defaultCacheDir();
if (spawnSync('wrk', ['--version']).error !== undefined) {
  console.log('wrk is not installed (apt-get install -y wrk); skipping the API load bench.');
  process.exit(0);
}

const body = benchBody(root);
const bodyFile = join(mkdtempSync(join(tmpdir(), 'vecsum-wrk-')), 'body.json');
writeFileSync(bodyFile, body);
const script = fileURLToPath(new URL('./wrk-done.lua', import.meta.url));
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? Number.NaN;
const load1 = () => loadavg()[0]?.toFixed(1) ?? '?';

/** CPU ticks (1/100 s) of the main thread and of the whole process, from /proc (Linux); undefined elsewhere. */
function cpuTicks(pid: number): { main: number; all: number } | undefined {
  try {
    const ticks = (stat: string) => {
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return Number(f[11]) + Number(f[12]);
    };
    return { main: ticks(readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8')), all: ticks(readFileSync(`/proc/${pid}/stat`, 'utf8')) };
  } catch {
    return undefined;
  }
}

async function startBenchServer(): Promise<{ child: ChildProcess; api: string; bare: string }> {
  const entry = fileURLToPath(new URL('./serve-bench.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', entry], {
    env: { ...process.env, VECSUM_CACHE_DIR: cacheDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const [api, bare] = await new Promise<[string, string]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the bench server did not start in 120 s')), 120_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /READY (\S+) (\S+)/.exec(out);
      if (m !== null) {
        clearTimeout(timer);
        resolve([m[1] as string, m[2] as string]);
      }
    });
    child.once('exit', (code) => reject(new Error(`the bench server exited (${code})`)));
  });
  // the workers take requests once they have loaded: wait for a 200 (bounded)
  for (let i = 0; i < 600; i++) {
    const res = await fetch(new URL('v1/summarize', api), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await res.arrayBuffer();
    if (res.status === 200) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, api, bare };
}

interface Row {
  label: string;
  connections: number;
  load: string;
  requests: number;
  ok: number;
  refused: number;
  seconds: number;
  p50: number;
  p99: number;
  mainMsPerRequest: number;
  processMsPer200: number;
}

function wrk(label: string, url: string, connections: number, pid: number, path = '/v1/summarize'): Row {
  const load = load1();
  const before = cpuTicks(pid);
  const out = execFileSync('wrk', ['-t2', `-c${connections}`, `-d${SECONDS}s`, '-s', script, url], {
    env: { ...process.env, WRK_BODY: bodyFile, WRK_PATH: path },
    encoding: 'utf8',
  });
  const after = cpuTicks(pid);
  const stats = JSON.parse(/^STATS (.*)$/m.exec(out)?.[1] ?? '{}') as Omit<Row, 'label' | 'connections' | 'load' | 'mainMsPerRequest' | 'processMsPer200'>;
  const main = before !== undefined && after !== undefined ? ((after.main - before.main) * 10) / stats.requests : Number.NaN;
  const all = before !== undefined && after !== undefined ? ((after.all - before.all) * 10) / stats.ok : Number.NaN;
  return { label, connections, load: `${load} -> ${load1()}`, ...stats, mainMsPerRequest: main, processMsPer200: all };
}

/** One POST on a connection of its own (never a held one): status and milliseconds. */
const freshPost = (url: string) =>
  new Promise<{ status: number; ms: number }>((resolve) => {
    const t = performance.now();
    const req = request(
      new URL('v1/summarize', url),
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t }));
      },
    );
    req.on('error', () => resolve({ status: 0, ms: performance.now() - t }));
    req.end(body);
  });

/** Samples /health (and a fresh-connection POST with `fresh`) every 50 ms while `running` is pending. */
async function probe(url: string, running: Promise<unknown>, withPost = true) {
  let done = false;
  void running.finally(() => (done = true));
  const health: number[] = [];
  const fresh: { status: number; ms: number }[] = [];
  await new Promise((r) => setTimeout(r, 500));
  while (!done && health.length < 1000) {
    const t = performance.now();
    await (await fetch(new URL('health', url))).text();
    health.push(performance.now() - t);
    if (withPost) fresh.push(await freshPost(url));
    await new Promise((r) => setTimeout(r, 50));
  }
  return { health, fresh };
}

/** One request's work on this thread (CPU ms), from raw bytes to response bytes, as a worker runs it. */
async function workCost(): Promise<number> {
  const embedder = createWordVectorEmbedder(loadGloveVectors({ cacheDir }), { function: 'arora' });
  const resources = { embedder: async () => embedder };
  const bytes = new TextEncoder().encode(body);
  const once = () => processJob({ route: 'summarize', kind: 'json', bytes: bytes.slice(), query: {} }, DEFAULT_LIMITS, resources);
  for (let i = 0; i < 100; i++) await once();
  const start = process.cpuUsage();
  for (let i = 0; i < 300; i++) await once();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / 300;
}

const server = await startBenchServer();
process.once('exit', () => server.child.kill('SIGTERM'));
const pid = server.child.pid as number;
const rows: Row[] = [wrk('bare node:http route (baseline)', server.bare, 8, pid, '/')];
for (let round = 0; round < 2; round++) {
  rows.push(wrk('API, peak', server.api, 8, pid));
  rows.push(wrk('API, 10x overload', server.api, 512, pid));
}
// the probes: one more overload run, with wrk in the background (not in the table)
const background = new Promise<void>((resolve) => {
  const w = spawn('wrk', ['-t2', '-c512', `-d${SECONDS}s`, '-s', script, server.api], { env: { ...process.env, WRK_BODY: bodyFile }, stdio: 'ignore' });
  w.once('exit', () => resolve());
});
const p = await probe(server.api, background);
const workMs = await workCost();

const f1 = (x: number) => x.toFixed(1);
const bare = rows[0] as Row;
const rps = (r: Row) => r.requests / r.seconds;
const good = (r: Row) => r.ok / r.seconds;
console.log(
  `\n500-word article, greedy 100 words, explain false; ${availableParallelism()} cores; ${SECONDS} s per row; load average before -> after each row\n`,
);
console.log('| row | connections | load | req/s | 200/s | refused/s | p50 ms | p99 ms | req/s vs bare | main-thread CPU ms/request | process CPU ms per 200 |');
console.log('|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.label} | ${r.connections} | ${r.load} | ${rps(r).toFixed(0)} | ` +
      `${good(r).toFixed(0)} | ${(r.refused / r.seconds).toFixed(0)} | ${f1(r.p50)} | ` +
      `${f1(r.p99)} | ${(rps(r) / rps(bare)).toFixed(3)} | ${r.mainMsPerRequest.toFixed(3)} | ` +
      `${f1(r.processMsPer200)} |`,
  );
}
const peak = rows.filter((r) => r.connections === 8 && r !== bare);
const over = rows.filter((r) => r.connections === 512);
const sum = (rs: Row[], f: (r: Row) => number) => rs.reduce((n, r) => n + f(r), 0);
console.log(`\ngoodput under 10x overload: ${((sum(over, good) / sum(peak, good)) * 100).toFixed(0)} % of the peak (target >= 80 %)`);
const workers = Number(process.env['VECSUM_CONCURRENCY'] ?? availableParallelism()); // as startServer sizes the pool
console.log(
  `the work alone: ${workMs.toFixed(2)} ms CPU per request on one thread; ${workers} workers ` +
    `allow ${((workers * 1000) / workMs).toFixed(0)} req/s; the peak reached ` +
    `${((sum(peak, good) / peak.length / ((workers * 1000) / workMs)) * 100).toFixed(0)} % of that`,
);
const refusals = p.fresh.filter((x) => x.status === 429 || x.status === 503).map((x) => x.ms);
console.log(
  `during overload: /health p50 ${f1(pct(p.health, 50))} / p99 ${f1(pct(p.health, 99))} / ` +
    `max ${f1(Math.max(...p.health))} ms (${p.health.length} samples); a fresh connection's ` +
    `POST was refused ${refusals.length} of ${p.fresh.length} times, p50 ` +
    `${f1(pct(refusals, 50))} / p99 ${f1(pct(refusals, 99))} ms`,
);

// /health while the hostile requests run, once the overload's queue has drained (bounded wait)
for (let i = 0; i < 600; i++) {
  const { queue } = (await (await fetch(new URL('v1/models', server.api))).json()) as { queue: { active: number; waiting: number } };
  if (queue.active + queue.waiting === 0) break;
  await new Promise((r) => setTimeout(r, 100));
}
const post = (text: string, type = 'application/json') =>
  fetch(new URL('v1/summarize', server.api), { method: 'POST', headers: { 'content-type': type }, body: text }).then(
    (r) => r.status,
    () => 0,
  );
const long = seventyThousandSentences();
const hostile = Promise.all([
  post(HOSTILE_HTML.selfClosingDivs, 'text/html'),
  post(HOSTILE_HTML.bodies, 'text/html'),
  post(HOSTILE_HTML.spanAttrs, 'text/html'),
  post(JSON.stringify({ text: long, budget: { ratio: 1 }, selector: 'lead' })),
]);
const h = await probe(server.api, hostile, false);
console.log(
  `/health under the hostile inputs (load ${load1()}; answers ` +
    `${(await hostile).join(', ')}): ${h.health.length} samples, p50 ${f1(pct(h.health, 50))} ` +
    `/ p99 ${f1(pct(h.health, 99))} / max ${f1(Math.max(...h.health))} ms (target < 100 ms)`,
);
server.child.kill('SIGTERM');
