/**
 * `pnpm --filter @vecsum/api bench:ab REF` (REF: a git commit, tag or branch): this checkout's
 * API and the API at REF, side by side on loopback, in alternating wrk runs at 8 connections
 * (so drift on a shared machine hits both alike). Each row: req/s, p50 / p99, the main thread's
 * and the whole server process's CPU per request (Linux /proc), the load average before -> after.
 * REF's packages/api is extracted with `git archive` into a temporary folder and run from its
 * TypeScript sources with this checkout's dependencies. The request is bench:api's (a 500-word
 * article, greedy 100 words, explain false). BENCH_SECONDS (default 6) per run, AB_ROUNDS
 * (default 4) runs of each.
 */
import { type ChildProcess, execFileSync, execSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCacheDir } from '@vecsum/embeddings';
import { benchBody } from './body.js';

const ref = process.argv[2];
if (ref === undefined) throw new Error('usage: bench:ab REF (a git commit, tag or branch to compare with)');
if (spawnSync('wrk', ['--version']).error !== undefined) {
  console.log('wrk is not installed (apt-get install -y wrk); skipping.');
  process.exit(0);
}
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 6);
const ROUNDS = Number(process.env['AB_ROUNDS'] ?? 4);
const here = fileURLToPath(new URL('..', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'vecsum-ab-'));
process.once('exit', () => rmSync(scratch, { recursive: true, force: true }));

// REF's API sources, with this checkout's node_modules and base tsconfig
execSync(`git archive ${JSON.stringify(ref)} packages/api | tar -x -C ${JSON.stringify(scratch)}`, { cwd: root });
symlinkSync(join(here, 'node_modules'), join(scratch, 'packages/api/node_modules'));
copyFileSync(join(root, 'tsconfig.base.json'), join(scratch, 'tsconfig.base.json'));

/** A server script importing the API at `apiDir` (configured as bench:api's server, no logs). */
function serveScript(apiDir: string): string {
  // .mts: an ES module wherever it lies (top-level await)
  const file = join(scratch, `serve-${apiDir === here ? 'here' : 'ref'}.mts`);
  writeFileSync(
    file,
    `import { configFromEnv, startServer } from ${JSON.stringify(join(apiDir, 'src/index.ts'))};\n` +
      `const config = { port: 0, host: '127.0.0.1', cacheDir: ${JSON.stringify(defaultCacheDir())}, log: false };\n` +
      `const api = await startServer({ ...config, ...configFromEnv(process.env) });\n` +
      `process.stdout.write('READY ' + api.url + '\\n');\nprocess.once('SIGTERM', () => void api.close());\n`,
  );
  return file;
}

const body = benchBody(root);
const bodyFile = join(scratch, 'body.json');
writeFileSync(bodyFile, body);

async function start(name: string, apiDir: string): Promise<{ name: string; child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', serveScript(apiDir)], {
    cwd: here,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.once('exit', () => child.kill('SIGTERM'));
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /READY (\S+)/.exec(out);
      if (m !== null) resolve(m[1] as string);
    });
    child.once('exit', (code) => reject(new Error(`the ${name} server exited (${code})`)));
  });
  // the workers take requests once they have loaded: wait for a 200 (bounded)
  for (let i = 0; i < 600; i++) {
    const res = await fetch(new URL('v1/summarize', url), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await res.arrayBuffer();
    if (res.status === 200) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { name, child, url };
}

/** CPU ticks (1/100 s) of the main thread and of the whole process. */
function ticks(pid: number): { main: number; all: number } {
  const t = (stat: string) => {
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(f[11]) + Number(f[12]);
  };
  return { main: t(readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8')), all: t(readFileSync(`/proc/${pid}/stat`, 'utf8')) };
}

const servers = [await start(ref, join(scratch, 'packages/api')), await start('this checkout', here)];
const script = fileURLToPath(new URL('./wrk-done.lua', import.meta.url));
const rows = new Map<string, { rps: number; p99: number; main: number; all: number }[]>(servers.map((s) => [s.name, []]));
const load1 = () => loadavg()[0]?.toFixed(1) ?? '?';
console.log(`\n500-word article, greedy 100 words, explain false; wrk -t2 -c8, ${SECONDS} s per run; load average before -> after\n`);
console.log('| server | load | req/s | p50 ms | p99 ms | main-thread CPU ms/request | process CPU ms/request |');
console.log('|---|---|---:|---:|---:|---:|---:|');
for (let round = 0; round < ROUNDS; round++) {
  for (const s of round % 2 === 0 ? servers : [...servers].reverse()) {
    const pid = s.child.pid as number;
    const load = load1();
    const before = ticks(pid);
    const out = execFileSync('wrk', ['-t2', '-c8', `-d${SECONDS}s`, '-s', script, s.url], { env: { ...process.env, WRK_BODY: bodyFile }, encoding: 'utf8' });
    const after = ticks(pid);
    const st = JSON.parse(/^STATS (.*)$/m.exec(out)?.[1] ?? '{}') as { requests: number; seconds: number; p50: number; p99: number };
    const row = {
      rps: st.requests / st.seconds,
      p99: st.p99,
      main: ((after.main - before.main) * 10) / st.requests,
      all: ((after.all - before.all) * 10) / st.requests,
    };
    rows.get(s.name)?.push(row);
    console.log(
      `| ${s.name} | ${load} -> ${load1()} | ${row.rps.toFixed(0)} | ${st.p50.toFixed(1)} | ${st.p99.toFixed(1)} | ` +
        `${row.main.toFixed(3)} | ${row.all.toFixed(2)} |`,
    );
  }
}
console.log('');
for (const [name, rs] of rows) {
  const mean = (f: (r: (typeof rs)[number]) => number) => rs.reduce((n, r) => n + f(r), 0) / rs.length;
  console.log(
    `${name}: mean ${mean((r) => r.rps).toFixed(0)} req/s, p99 ${mean((r) => r.p99).toFixed(1)} ms, ` +
      `main thread ${mean((r) => r.main).toFixed(3)} ms CPU/request, process ${mean((r) => r.all).toFixed(2)} ms CPU/request`,
  );
}
for (const s of servers) s.child.kill('SIGTERM');
