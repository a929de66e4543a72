#!/usr/bin/env node
// Compiles every package's src to its dist (one `tsc -b` over scripts/build/*.json: incremental,
// in dependency order, in one process) and stamps the build. Run by `prepare` at install (with
// --demo: also builds the demo page, about a second, plus a few seconds once to generate its
// 5.5 MB on-device word-vector pack into the cache folder, and the analysis word dictionary when
// the GloVe pack is already there), by each package's `prepack`, and by the ./vecsum launcher when
// a source file is newer than the stamp. Concurrent callers wait on a lock, then find the build done.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

/**
 * The analysis word dictionary (`/v1/analyze`, `vecsum analyze`; about 15 s once per dictionary
 * version), built only when the GloVe pack is already in the cache folder: a fresh machine has no
 * pack until its first run builds one (about 15 s more), and a server then builds the dictionary
 * at its start, off the request path. From the packages just compiled; a failure only warns.
 */
async function buildDictionary() {
  try {
    const dist = (pkg) => pathToFileURL(join(root, 'packages', pkg, 'dist', 'index.js')).href;
    const { defaultCacheDir, loadGloveVectors, locateGlovePack } = await import(dist('embeddings'));
    const { dictionaryFile, loadWordDictionary } = await import(dist('analysis'));
    const cacheDir = defaultCacheDir();
    if (locateGlovePack({ cacheDir }).needsBuild) return;
    const vectors = loadGloveVectors({ cacheDir });
    if (existsSync(join(cacheDir, dictionaryFile(vectors)))) return;
    const t = Date.now();
    process.stderr.write(`vecsum: building the analysis word dictionary in ${cacheDir} (once, about 15 s)...\n`);
    loadWordDictionary(vectors, cacheDir);
    process.stderr.write(`vecsum: analysis word dictionary built in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
  } catch (e) {
    process.stderr.write(`vecsum: the analysis word dictionary was not built (${e instanceof Error ? e.message : e}); a server builds it at its start\n`);
  }
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
if (demo) await buildDictionary();
