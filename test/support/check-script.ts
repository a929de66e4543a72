import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

/**
 * Runs one of the lint scripts in scripts/ on files written for a test: `check(name, text)`
 * writes the file in a temporary folder (removed after the test file) and returns the
 * script's exit code and output.
 */
export function scriptChecker(script: string): (name: string, text: string) => { code: number | null; out: string } {
  const path = fileURLToPath(new URL(`../../scripts/${script}`, import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'vecsum-lint-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name, text) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    const r = spawnSync(process.execPath, [path, file], { encoding: 'utf8' });
    return { code: r.status, out: r.stdout + r.stderr };
  };
}
