import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LAUNCHER = join(ROOT, 'vecsum');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const EXAMPLE = 'examples/river-restoration.txt';

/** Every `./vecsum ...` command line the README shows (fenced sh blocks and inline code). */
function readmeCommands(readme: string): string[] {
  const lines = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n'));
  const inline = [...readme.matchAll(/`([^`\n]*\.\/vecsum [^`\n]*)`/g)].map((m) => m[1]!);
  return [...lines, ...inline]
    .flatMap((l) => l.split(/&&|\|(?= )/)) // chains and pipes: each part on its own
    .map((l) => l.replace(/#.*$/, '').replace(/>.*$/, '').trim())
    .filter((l) => l.startsWith('./vecsum ') && !l.includes('<'));
}

/** The argument lists of a command line; `a|b|c` alternatives become one list each. */
function argvsOf(line: string): string[][] {
  const args = line.split(/\s+/).slice(1);
  const alt = args.findIndex((a) => /^[a-z-]+(\|[a-z-]+)+$/.test(a));
  if (alt < 0) return [args];
  return args[alt]!.split('|').map((choice) => args.map((a, i) => (i === alt ? choice : a)));
}

const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(LAUNCHER, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 240_000 });

// The first launcher call compiles the packages when no build stamp exists (slow on a loaded box).
describe('the ./vecsum launcher', { timeout: 600_000 }, () => {
  it('runs the README main command: the example summarized with explanations', () => {
    const r = run(['summarize', EXAMPLE, '--sentences', '3', '--explain']);
    expect(r.stderr.replace(/^vecsum: compil.*\n/gm, '')).toBe(''); // a rebuild after a source edit says so
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Why each sentence/);
  });

  it('every ./vecsum command line in README.md parses (each run with --help: flags checked, exit 0)', () => {
    const commands = readmeCommands(README);
    expect(commands.length).toBeGreaterThanOrEqual(12);
    for (const line of commands) {
      for (const argv of argvsOf(line)) {
        const r = run([...argv, '--help']);
        const stderr = r.stderr.replace(/^vecsum: compil.*\n/gm, '');
        expect({ line, argv, status: r.status, stderr }).toEqual({ line, argv, status: 0, stderr: '' });
        expect(r.stdout).toMatch(/^vecsum /);
      }
    }
    expect(README).not.toMatch(/(^|[^./-])pnpm vecsum/m); // no global pnpm needed anywhere
  });

  it('summarize loads neither the server, the queue nor the analysis code', () => {
    const log = join(mkdtempSync(join(tmpdir(), 'vecsum-loads-')), 'loads.txt');
    const preload = join(ROOT, 'test', 'support', 'record-loads.mjs');
    const r = run(['summarize', EXAMPLE, '--sentences', '2'], { VECSUM_LOAD_LOG: log, NODE_OPTIONS: `--import=${preload}` });
    expect(r.status).toBe(0);
    const loaded = readFileSync(log, 'utf8');
    expect(loaded).toMatch(/packages\/summarizer\/dist\//); // it does run the compiled code
    for (const heavy of [
      '/hono/',
      '/@hono/',
      '/zod/',
      '/bullmq/',
      '/ioredis/',
      '/packages/analysis/',
      '/packages/api/',
      '/packages/batch/',
      '/packages/eval/',
    ]) {
      expect(loaded, heavy).not.toContain(heavy);
    }
  });

  it('passes SIGTERM straight to the CLI: serve drains and exits 0', async () => {
    const child = spawn(LAUNCHER, ['serve', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += String(d);
    });
    const deadline = Date.now() + 120_000;
    while (!/serving on/.test(stderr) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 100));
    expect(stderr).toMatch(/serving on http:\/\/127\.0\.0\.1:\d+/);
    child.kill('SIGTERM');
    // ('close', not 'exit': 'exit' may come before the last of stderr has been read, and under load the "draining" line was missed)
    const code = await new Promise<number | null>((resolve) => child.once('close', (c) => resolve(c)));
    expect(stderr).toMatch(/draining/);
    expect(code).toBe(0);
  });

  it('npx vecsum reaches the same CLI', () => {
    const out = execFileSync('npx', ['--no-install', 'vecsum', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toMatch(/^vecsum: embedding-driven/);
  });
});
