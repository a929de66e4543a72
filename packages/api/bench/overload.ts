/**
 * `pnpm --filter @vecsum/api bench:overload`: throughput, p99 and goodput under overload, with
 * `wrk` (apt-get install wrk) as the load generator in its own process and the server in a
 * child process (loopback only). 500-word article (built from examples/river-restoration.txt),
 * greedy 100-word summaries, explain false. Rows: 8 connections (peak), 512 connections (10x+
 * overload: goodput = 200 answers per second; the rest must be fast 429s). Then /health
 * latency while the hostile inputs of issue 18 run (target: max under 100 ms).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startChildServer } from '../src/test-support/child.js';
import { HOSTILE_HTML, seventyThousandSentences } from '../src/test-support/hostile-inputs.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
if (spawnSync('wrk', ['--version']).error !== undefined) {
  console.log('wrk is not installed (apt-get install -y wrk); skipping the overload bench.');
  process.exit(0);
}
const sentences = readFileSync(join(root, 'examples', 'river-restoration.txt'), 'utf8').split(/(?<=[.!?])\s+/);
const article: string[] = [];
for (let i = 0, n = 0; n < 500; i++) {
  const s = sentences[i % sentences.length] as string;
  article.push(i >= sentences.length ? s.replace(/\.$/, ` (part ${Math.floor(i / sentences.length)}).`) : s);
  n += s.split(/\s+/).length;
}
const dir = mkdtempSync(join(tmpdir(), 'vecsum-wrk-'));
const bodyFile = join(dir, 'body.json');
writeFileSync(bodyFile, JSON.stringify({ text: article.join(' '), budget: { words: 100 }, selector: 'greedy', explain: false }));
const script = fileURLToPath(new URL('./wrk-done.lua', import.meta.url));

const server = await startChildServer({ VECSUM_QUEUE_SIZE: process.env['VECSUM_QUEUE_SIZE'] ?? '64' });
const run = (connections: number) => {
  const out = execFileSync('wrk', ['-t2', `-c${connections}`, `-d${SECONDS}s`, '--latency', '-s', script, server.url], { env: { ...process.env, WRK_BODY: bodyFile }, encoding: 'utf8' });
  const stats = JSON.parse(/^STATS (.*)$/m.exec(out)?.[1] ?? '{}') as { requests: number; ok: number; seconds: number; p50: number; p99: number; okP99: number };
  return { connections, ...stats, rps: stats.requests / stats.seconds, goodput: stats.ok / stats.seconds };
};
await fetch(new URL('health', server.url));
run(8); // warm-up
const rows = [run(8), run(512)];
console.log('| connections | requests | 200s | req/s | goodput (200/s) | p50 ms | p99 ms |');
console.log('|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.connections} | ${r.requests} | ${r.ok} | ${r.rps.toFixed(0)} | ${r.goodput.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} |`);
const peak = rows[0]?.goodput ?? NaN;
console.log(`\ngoodput at 512 connections: ${(((rows[1]?.goodput ?? NaN) / peak) * 100).toFixed(0)} % of the 8-connection peak (target >= 80 %)`);

// /health while the hostile requests run
const long = seventyThousandSentences();
const post = (body: string, type = 'application/json') => fetch(new URL('v1/summarize', server.url), { method: 'POST', headers: { 'content-type': type }, body }).then((r) => r.arrayBuffer());
const hostile = Promise.all([post(HOSTILE_HTML.selfClosingDivs, 'text/html'), post(HOSTILE_HTML.bodies, 'text/html'), post(HOSTILE_HTML.spanAttrs, 'text/html'), post(JSON.stringify({ text: long, budget: { ratio: 1 }, selector: 'lead' }))]);
let done = false;
void hostile.finally(() => (done = true));
const health: number[] = [];
while (!done && health.length < 5000) {
  const t = performance.now();
  await (await fetch(new URL('health', server.url))).text();
  health.push(performance.now() - t);
  await new Promise((r) => setTimeout(r, 20));
}
health.sort((a, b) => a - b);
console.log(`/health under the hostile inputs: ${health.length} samples, p50 ${health[Math.floor(health.length / 2)]?.toFixed(1)} ms, max ${health.at(-1)?.toFixed(1)} ms (target < 100 ms)`);
server.child.kill('SIGTERM');
await server.exited;
