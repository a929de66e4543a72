import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ensureWritableCacheDir } from './config.js';
import { runCli as run } from './test-support/run-cli.js';

const EXAMPLE = fileURLToPath(new URL('../../../examples/river-restoration.txt', import.meta.url));

describe('hostile flag values are usage errors that say what to write', () => {
  it('a value flag given twice is refused, not silently overridden', async () => {
    const r = await run('summarize', EXAMPLE, '--sentences', '2', '--sentences', '3');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('vecsum: USAGE: --sentences is given twice ("2" and "3"); give it once\n');
    expect((await run('split', EXAMPLE, '--format', 'json', '--format=text')).code).toBe(2);
  });

  it('numbers are decimal: hex, octal, binary and padded values are refused; 1e1 and .5 are numbers', async () => {
    for (const bad of ['0x3', '0o3', '0b11', ' 3', 'Infinity', '3_0']) {
      const r = await run('summarize', EXAMPLE, '--sentences', bad);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toBe(`vecsum: INVALID_OPTION: --sentences must be an integer, got ${JSON.stringify(bad)}\n`);
    }
    const ten = await run('summarize', EXAMPLE, '--sentences', '1e1');
    expect(ten.code).toBe(0);
    expect(ten.stdout.trim().split('\n')).toHaveLength(10);
    expect((await run('summarize', EXAMPLE, '--ratio', '.5')).code).toBe(0);
  });

  it('a negative number after a value flag is its value, refused by what checks it', async () => {
    const r = await run('summarize', EXAMPLE, '--sentences', '-1');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('vecsum: INVALID_BUDGET: budget sentences must be a positive integer, got -1\n');
    expect((await run('summarize', EXAMPLE, '--ratio', '-.5')).stderr).toBe('vecsum: INVALID_BUDGET: budget ratio must be in (0, 1], got -0.5\n');
    expect((await run('summarize', EXAMPLE, '--sentences', '--words', '5')).stderr).toMatch(/^vecsum: USAGE: /);
  });

  it('--max-chars and --max-sentences must be positive: 0 is a usage error, not every input refused as too large', async () => {
    for (const flag of ['--max-chars', '--max-sentences']) {
      const r = await run('summarize', EXAMPLE, flag, '0');
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`vecsum: INVALID_OPTION: ${flag} must be a positive integer, got 0\n`);
    }
  });

  it('--json points to --format json, where the command has --format', async () => {
    const r = await run('summarize', EXAMPLE, '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option --json; for that, write --format json/);
  });

  it('--port out of range is INVALID_OPTION (exit 2), before any model loads', async () => {
    const r = await run('serve', '--port', '99999');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('vecsum: INVALID_OPTION: --port must be in 0..65535, got 99999\n');
  });
});

describe('a cache folder the GloVe cache cannot be built in', () => {
  it('is refused at once with MODEL_LOAD_FAILED (exit 4), also under /proc where a recursive mkdir never returns', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vecsum-cache-')), 'a-file');
    writeFileSync(file, 'not a folder');
    for (const dir of [join(file, 'sub'), '/proc/vecsum-no-such-folder/x']) {
      expect(() => ensureWritableCacheDir(dir)).toThrow(
        expect.objectContaining({ code: 'MODEL_LOAD_FAILED', exitCode: 4, message: expect.stringMatching(/give a writable folder with --cache-dir DIR/) }),
      );
    }
    const fresh = join(mkdtempSync(join(tmpdir(), 'vecsum-cache-')), 'a', 'b');
    ensureWritableCacheDir(fresh);
  });
});
