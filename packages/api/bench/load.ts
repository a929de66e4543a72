/**
 * `pnpm --filter @vecsum/api bench:api`: a bounded load test on loopback only. Starts the
 * server (worker pool on); for 500- and 5,000-word articles built from the bundled example and
 * 1, 8 and 64 connections, keeps summarize requests in flight for BENCH_SECONDS (default 5)
 * while sampling /health latency. Prints a table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '@vecsum/api';
import { defaultCacheDir } from '@vecsum/embeddings';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const DURATION_S = Number(process.env['BENCH_SECONDS'] ?? 5);
const text = readFileSync(join(root, 'examples', 'river-restoration.txt'), 'utf8');
const server = await startServer({ port: 0, host: '127.0.0.1', cacheDir: defaultCacheDir(), log: false, limits: { queueSize: 256 } });
const url = (p: string) => new URL(p, server.url).toString();
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const sentences = text.split(/(?<=[.!?])\s+/);
const article = (words: number) => {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const s = sentences[i % sentences.length] as string;
    out.push(i >= sentences.length ? s.replace(/\.$/, ` (part ${Math.floor(i / sentences.length)}).`) : s);
    n += s.split(/\s+/).length;
  }
  return out.join(' ');
};

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

async function run(words: number, connections: number) {
  const body = JSON.stringify({ text: article(words), budget: { words: 100 }, selector: 'greedy' });
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + DURATION_S * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      try {
        const res = await fetch(url('v1/summarize'), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        await res.arrayBuffer();
        if (res.status !== 200) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t);
    }
  };
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const clients = Array.from({ length: connections }, () => client());
  await new Promise((r) => setTimeout(r, 300));
  const health = await healthSamples(30);
  await Promise.all(clients);
  const elapsed = (performance.now() - started) / 1000;
  return { words, connections, requests: latencies.length, errors, rps: latencies.length / elapsed, p50: pct(latencies, 50), p99: pct(latencies, 99), healthP99: pct(health, 99), rssBefore, rssAfter: process.memoryUsage().rss };
}

const idle = await healthSamples(30);
const results = [];
for (const words of [500, 5000]) for (const connections of [1, 8, 64]) results.push(await run(words, connections));
await server.close();
console.log(`\n/health p50 / p99 idle: ${pct(idle, 50).toFixed(1)} / ${pct(idle, 99).toFixed(1)} ms (client and server share this process)\n`);
console.log('| article | connections | requests | errors | req/s | p50 ms | p99 ms | /health p99 ms | RSS before -> after MB |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---|');
const mb = (b: number) => (b / 1e6).toFixed(0);
for (const r of results) console.log(`| ${r.words} words | ${r.connections} | ${r.requests} | ${r.errors} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.healthP99.toFixed(1)} | ${mb(r.rssBefore)} -> ${mb(r.rssAfter)} |`);
