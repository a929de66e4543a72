#!/usr/bin/env node
// Compiles every package's src to its dist (one `tsc -b` over scripts/build/*.json: incremental,
// in dependency order, in one process) and stamps the build. Run by `prepare` at install (with
// --demo: also builds the demo page, about a second, plus a few seconds once to generate its
// 5.5 MB on-device word-vector pack into the cache folder), by each package's `prepack`, and by the
// ./vecsum launcher when a source file is newer than the stamp. Concurrent callers wait on a
// lock, then find the build done.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lock = join(root, 'node_modules', '.vecsum-build.lock');
const stamp = join(root, 'node_modules', '.vecsum-build-stamp');
const quiet = process.argv.includes('--quiet');
const demo = process.argv.includes('--demo');

/** The demo page (apps/demo/dist), served by `vecsum serve` at /; a failure only warns. */
function buildDemo() {
  const dir = join(root, 'apps', 'demo');
  const vite = join(dir, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(vite)) {
    process.stderr.write('vecsum: vite is not installed; the demo page was not built\n');
    return false;
  }
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: dir, stdio: 'inherit' });
  if (r.status === 0) return true;
  process.stderr.write('vecsum: the demo page did not build; `vecsum serve` will serve the API only\n');
  return false;
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function acquire() {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      // a lock older than 10 minutes belongs to a build that died
      if (Date.now() - statSync(lock).mtimeMs > 10 * 60_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      sleep(200);
    }
  }
}

mkdirSync(join(root, 'node_modules'), { recursive: true });
acquire();
try {
  const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  if (!quiet) process.stderr.write('vecsum: compiling the packages (tsc -b scripts/build)...\n');
  const t = Date.now();
  const r = spawnSync(process.execPath, [tsc, '-b', join(root, 'scripts', 'build', 'tsconfig.json')], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
  const built = demo && buildDemo();
  if (!quiet) process.stderr.write(`vecsum: compiled${built ? ' and built the demo page' : ''} in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
} finally {
  rmSync(lock, { recursive: true, force: true });
}
