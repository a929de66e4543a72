/**
 * Start-up of a command, spawned again and again: median wall time from spawn to exit, and
 * the median of each run's peak RSS (GNU time's %M, when /usr/bin/time is there). Commands are
 * interleaved run by run, so load on the machine falls on both alike.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median as medianOf } from '@vecsum/embeddings/math';

export interface Command {
  readonly name: string;
  readonly argv: readonly string[];
  readonly cwd: string;
}

export interface Started {
  readonly name: string;
  /** Median wall time, ms. */
  readonly ms: number;
  /** Peak RSS in MB (median over the runs), undefined without /usr/bin/time. */
  readonly rssMb: number | undefined;
  readonly error?: string;
}

const TIME = '/usr/bin/time';
const median = (xs: number[]): number => (xs.length === 0 ? NaN : medianOf(xs));

/** Runs each command `runs` times (after one untimed run each), interleaved. */
export function timeStarts(commands: readonly Command[], runs: number): Started[] {
  const dir = mkdtempSync(join(tmpdir(), 'vecsum-start-'));
  const withTime = existsSync(TIME);
  const walls = commands.map(() => [] as number[]);
  const rss = commands.map(() => [] as number[]);
  const errors: (string | undefined)[] = commands.map(() => undefined);
  try {
    for (let run = -1; run < runs; run++) {
      commands.forEach((c, k) => {
        if (errors[k] !== undefined) return;
        const out = join(dir, `rss-${k}`);
        const argv = withTime ? [TIME, '-f', '%M', '-o', out, ...c.argv] : [...c.argv];
        const t = performance.now();
        const r = spawnSync(argv[0]!, argv.slice(1), { cwd: c.cwd, encoding: 'utf8', env: process.env });
        const ms = performance.now() - t;
        if (r.status !== 0) {
          errors[k] = `exit ${r.status}: ${(r.stderr || String(r.error ?? '')).trim().split('\n').pop() ?? ''}`;
          return;
        }
        if (run < 0) return; // warm-up: builds, file cache
        walls[k]?.push(ms);
        if (withTime) rss[k]?.push((Number(readFileSync(out, 'utf8').trim().split('\n').pop()) * 1024) / 1e6);
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return commands.map((c, k) => {
    const error = errors[k];
    return {
      name: c.name,
      ms: median(walls[k]!),
      rssMb: withTime && error === undefined ? median(rss[k]!) : undefined,
      ...(error === undefined ? {} : { error }),
    };
  });
}
