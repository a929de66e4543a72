/**
 * `pnpm --filter @vecsum/api bench:api`: a bounded load test on loopback only. Starts the
 * server (worker pool on), then for DURATION_S seconds keeps CONCURRENCY summarize requests
 * in flight on the bundled example article, while sampling /health latency. Prints a table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '@vecsum/api';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const DURATION_S = Number(process.env['BENCH_SECONDS'] ?? 10);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 8);
const text = readFileSync(join(root, 'examples', 'river-restoration.txt'), 'utf8');
const server = await startServer({ port: 0, host: '127.0.0.1', cacheDir: process.env['VECSUM_CACHE_DIR'] ?? join(root, '.vecsum-cache'), log: false, limits: { queueSize: 256 } });
const url = (p: string) => new URL(p, server.url).toString();
const body = JSON.stringify({ text, budget: { words: 100 }, selector: 'greedy', explain: true });
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

async function healthSamples(n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await (await fetch(url('health'))).text();
    out.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 20));
  }
  return out;
}

const idleHealth = await healthSamples(30);
const latencies: number[] = [];
const statuses = new Map<number, number>();
const end = performance.now() + DURATION_S * 1000;
async function client(): Promise<void> {
  while (performance.now() < end) {
    const t = performance.now();
    const res = await fetch(url('v1/summarize'), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await res.arrayBuffer();
    latencies.push(performance.now() - t);
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  }
}
const started = performance.now();
const clients = Array.from({ length: CONCURRENCY }, () => client());
await new Promise((r) => setTimeout(r, 500));
const loadedHealth = await healthSamples(40);
await Promise.all(clients);
const elapsed = (performance.now() - started) / 1000;
await server.close();

const rows: [string, string][] = [
  ['summarize requests (greedy, 100 words, 461-word article)', String(latencies.length)],
  ['statuses', [...statuses].map(([s, n]) => `${s}: ${n}`).join(', ')],
  ['throughput', `${(latencies.length / elapsed).toFixed(0)} req/s (${CONCURRENCY} clients, ${DURATION_S} s)`],
  ['summarize latency p50 / p99', `${pct(latencies, 50).toFixed(1)} / ${pct(latencies, 99).toFixed(1)} ms`],
  ['/health p50 / p99, idle (baseline)', `${pct(idleHealth, 50).toFixed(2)} / ${pct(idleHealth, 99).toFixed(2)} ms`],
  ['/health p50 / p99, under load', `${pct(loadedHealth, 50).toFixed(2)} / ${pct(loadedHealth, 99).toFixed(2)} ms`],
  ['/health p50 under load vs idle', `${(pct(loadedHealth, 50) / pct(idleHealth, 50)).toFixed(1)}x`],
];
console.log('\n| measure | value |\n|---|---|');
for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
