/**
 * `pnpm bench` for word-vector packs: load time and resident memory of the f32 pack (the cache
 * format before int8, the baseline) against the int8 pack, dequantized on load or lazily, each
 * in fresh processes (median of 5). Ratios are against the f32 baseline measured in this run.
 * Target: the int8 default pack keeps a process that embeds text well inside the CLI's 150 MB.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCacheDir, GLOVE_DEFAULT_VOCABULARY, loadGloveVectors, locateGlovePack } from '@vecsum/embeddings';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cacheDir = defaultCacheDir();
const RUNS = 5;

// Make sure both packs exist (built from wink once if the cache lacks them).
const baseline = { cacheDir, dtype: 'f32' as const, vocabularyLimit: 200_000 };
loadGloveVectors(baseline);
loadGloveVectors({ cacheDir });
const packs = {
  f32: locateGlovePack(baseline).path,
  i8: locateGlovePack({ cacheDir }).path,
};

interface Probe {
  loadMs: number;
  rssLoaded: number;
  rssEmbedded: number;
  rssEmpty: number;
}

/** One fresh process: RSS before, load time, RSS after load and after embedding a 10k-word text. */
function probe(path: string, dequantize: 'load' | 'lazy'): Probe {
  const code = `import { createWordVectorEmbedder, readPack } from '@vecsum/embeddings';
const mb = () => process.memoryUsage().rss;
globalThis.gc?.(); const rssEmpty = mb();
const t = performance.now(); const v = readPack(${JSON.stringify(path)}, { dequantize: ${JSON.stringify(dequantize)} });
const loadMs = performance.now() - t; v.indexOf('river'); const rssLoaded = mb();
const e = createWordVectorEmbedder(v, { function: 'arora' });
const words = 'the river flooded the valley and families left their homes as the water rose '.repeat(700).split(' ');
for (let i = 0; i < words.length; i += 20) e.additive.raw(words.slice(i, i + 20).join(' '));
console.log(JSON.stringify({ loadMs, rssLoaded, rssEmbedded: mb(), rssEmpty }));`;
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--conditions=source', '--input-type=module', '-e', code], {
    cwd: join(root, 'packages/embeddings'),
  });
  return JSON.parse(out.toString()) as Probe;
}

const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
function measure(path: string, dequantize: 'load' | 'lazy'): Probe {
  const runs = Array.from({ length: RUNS }, () => probe(path, dequantize));
  return {
    loadMs: median(runs.map((r) => r.loadMs)),
    rssLoaded: median(runs.map((r) => r.rssLoaded)),
    rssEmbedded: median(runs.map((r) => r.rssEmbedded)),
    rssEmpty: median(runs.map((r) => r.rssEmpty)),
  };
}

const base = measure(packs.f32, 'load');
const rows: string[][] = [];
const mb = (b: number) => `${(b / 1e6).toFixed(0)} MB`;
const add = (label: string, path: string, p: Probe) =>
  rows.push([
    label,
    `${(statSync(path).size / 1e6).toFixed(1)} MB`,
    `${p.loadMs.toFixed(0)} ms (${(p.loadMs / base.loadMs).toFixed(2)}x)`,
    `${mb(p.rssLoaded - p.rssEmpty)} (${((p.rssLoaded - p.rssEmpty) / (base.rssLoaded - base.rssEmpty)).toFixed(2)}x)`,
    `${mb(p.rssEmbedded)} (${(p.rssEmbedded / base.rssEmbedded).toFixed(2)}x)`,
  ]);
add('f32, 200k words (baseline: the cache before int8)', packs.f32, base);
add(`i8, ${GLOVE_DEFAULT_VOCABULARY / 1000}k words, lazy (default: the embedder reads the int8 rows)`, packs.i8, measure(packs.i8, 'lazy'));
add(`i8, ${GLOVE_DEFAULT_VOCABULARY / 1000}k words, dequantized to float32 on load`, packs.i8, measure(packs.i8, 'load'));

console.log(`\nWord-vector packs, fresh processes, median of ${RUNS} (RSS of a bare process with @vecsum/embeddings imported: ${mb(base.rssEmpty)})\n`);
console.log('| pack | file | load | RSS added by the load | RSS after embedding 10k words |\n|---|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
