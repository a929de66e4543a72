import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCacheDir } from '@vecsum/embeddings';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Test files that read ../shared/data: without it each must skip its data part and pass the rest.
const DATA_BOUND = [
  'packages/summarizer/src/summarize.test.ts',
  'packages/embeddings/src/segment/tokenize.test.ts',
  'packages/analysis/src/sae/sae.test.ts',
  'packages/cli/src/main.test.ts',
  'packages/eval/src/oracle.test.ts',
];

describe('a fresh clone with no ../shared beside it (tests the last commit)', () => {
  it('installs, runs the README main command through ./vecsum, and its data-bound tests skip with the message', () => {
    const parent = mkdtempSync(join(tmpdir(), 'vecsum-clone-'));
    expect(existsSync(join(parent, 'shared'))).toBe(false);
    const repo = join(parent, 'vecsum');
    execFileSync('git', ['clone', '--quiet', ROOT, repo]);
    const env = { ...process.env, VECSUM_CACHE_DIR: defaultCacheDir() };
    // README block 1: install (compiles the packages, builds the demo), then the main command
    execFileSync('npx', ['-y', 'pnpm@12.4.2', 'install', '--frozen-lockfile'], { cwd: repo, env, stdio: 'pipe' });
    expect(existsSync(join(repo, 'packages', 'cli', 'dist', 'bin.js'))).toBe(true);
    expect(existsSync(join(repo, 'apps', 'demo', 'dist', 'index.html'))).toBe(true);
    const summary = spawnSync(join(repo, 'vecsum'), ['summarize', 'examples/river-restoration.txt', '--sentences', '3', '--explain'], {
      cwd: repo,
      env,
      encoding: 'utf8',
    });
    expect(summary.status).toBe(0);
    expect(summary.stderr).toBe('');
    expect(summary.stdout).toMatch(/Why each sentence/);
    // the test command on the data-bound files
    const vitest = spawnSync('npx', ['vitest', 'run', ...DATA_BOUND], { cwd: repo, env, encoding: 'utf8', timeout: 600_000 });
    const out = `${vitest.stdout}${vitest.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    expect(out).not.toMatch(/ENOENT|FAIL/);
    expect(vitest.status).toBe(0);
    expect(out).toMatch(/shared[/\\]data not found: the tests on the research data \(\.\.\/shared\/data, never in git\) are skipped; everything else runs/);
    expect(out).toMatch(/Test Files {2}\d+ passed( \| \d+ skipped)? \(5\)/); // all five collected, none failed
    expect(out).toMatch(/Tests {2}\d+ passed \| \d+ skipped/);
  }, 900_000);
});
