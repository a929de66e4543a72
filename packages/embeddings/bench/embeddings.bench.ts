/**
 * `pnpm bench` for @vecsum/embeddings: prints a table of figures. Targets (2-core machine):
 * cold load < 500 ms; 10k words split and embedded < 50 ms on the direct path.
 * Ratios compare with a baseline run in the same process (the 307 MB JSON parse).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGlovePack, createWordVectorEmbedder, defaultCacheDir, embedDocument, loadGloveVectors, splitSentences, winkJsonPath } from '@vecsum/embeddings';
import { exportWordVectorsAsTransformersModel, loadTransformersEmbedder } from '@vecsum/embeddings/transformers';
import { median } from './timing.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cacheDir = defaultCacheDir();
const rows: [string, string, string][] = [];
const ms = (t: number) => `${t.toFixed(1)} ms`;

// Baseline: what loading without the cache costs (parse the wink JSON once).
let t = performance.now();
JSON.parse(readFileSync(winkJsonPath(), 'utf8'));
const parseMs = performance.now() - t;
rows.push(['parse wink JSON (baseline, no cache)', ms(parseMs), '1.00x']);

const tmp = mkdtempSync(join(tmpdir(), 'vecsum-bench-'));
t = performance.now();
buildGlovePack(join(tmp, 'glove.vwv'));
rows.push(['build pack (one time)', ms(performance.now() - t), `${((performance.now() - t) / parseMs).toFixed(2)}x`]);
rmSync(tmp, { recursive: true, force: true });

// Cold load in a fresh process: time and resident memory.
loadGloveVectors({ cacheDir });
const probe = `import { loadGloveVectors } from '@vecsum/embeddings';
const t = performance.now(); const v = loadGloveVectors({ cacheDir: ${JSON.stringify(cacheDir)} });
const ms = performance.now() - t; v.indexOf('river');
console.log(JSON.stringify({ ms, rss: process.memoryUsage().rss }));`;
const cold = JSON.parse(
  execFileSync(process.execPath, ['--import', 'tsx', '--conditions=source', '--input-type=module', '-e', probe], {
    cwd: join(root, 'packages/embeddings'),
  }).toString(),
) as { ms: number; rss: number };
rows.push(['cold load of the pack (fresh process)', ms(cold.ms), `${(cold.ms / parseMs).toFixed(3)}x`]);
rows.push(['RSS after cold load', `${(cold.rss / 1e6).toFixed(0)} MB`, '']);

// Split + embed throughput on real news text from ../shared/data (read, never copied).
const articles = readFileSync(join(root, '..', 'shared', 'data', 'cnndm-dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => (JSON.parse(l) as { documents: string[] }).documents.join('\n\n'));
const corpus = articles.join('\n\n');
const words = corpus.split(/\s+/);
const textOf = (n: number) => {
  const out: string[] = [];
  while (out.length < n) out.push(...words.slice(0, n - out.length));
  return out.join(' ');
};
const vectors = loadGloveVectors({ cacheDir });
for (const fn of ['mean', 'sif', 'arora'] as const) {
  const embedder = createWordVectorEmbedder(vectors, { function: fn });
  for (const n of [1_000, 10_000, 100_000]) {
    const text = textOf(n);
    let sentences = 0;
    const split = median(() => {
      sentences = splitSentences(text).length;
    });
    let total = 0;
    const runs = n >= 100_000 ? 3 : 7;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await embedDocument(splitSentences(text), embedder);
      times.push(performance.now() - t0);
    }
    total = times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
    rows.push([
      `split+embed ${n / 1000}k words, direct ${fn} (${sentences} sentences)`,
      ms(total),
      `split ${ms(split)}, ${Math.round(n / (total / 1000)).toLocaleString('en')} words/s`,
    ]);
  }
}

// The same GloVe vectors as a static-embedding ONNX model through transformers.js.
const modelDir = mkdtempSync(join(tmpdir(), 'vecsum-bench-model-'));
t = performance.now();
await exportWordVectorsAsTransformersModel(vectors, modelDir);
rows.push(['export pack as transformers.js model', ms(performance.now() - t), '']);
t = performance.now();
const tjs = await loadTransformersEmbedder({ model: modelDir });
rows.push(['load transformers.js model', ms(performance.now() - t), '']);
const directMean = createWordVectorEmbedder(vectors, { function: 'mean' });
for (const n of [1_000, 10_000, 100_000]) {
  const sentences = splitSentences(textOf(n));
  const time = async (e: typeof directMean | typeof tjs) => {
    const runs = n >= 100_000 ? 3 : 5;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await embedDocument(sentences, e, { documentVector: 'mean' });
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
  };
  const direct = await time(directMean);
  const viaTjs = await time(tjs);
  rows.push([
    `embed ${n / 1000}k words, transformers.js mean (${sentences.length} sentences)`,
    ms(viaTjs),
    `${(viaTjs / direct).toFixed(1)}x the direct path (${ms(direct)})`,
  ]);
}
await tjs.dispose();
rmSync(modelDir, { recursive: true, force: true });

const w = Math.max(...rows.map((r) => r[0].length));
console.log(`\n| ${'measure'.padEnd(w)} | value | note |\n|${'-'.repeat(w + 2)}|---:|---|`);
for (const [a, b, c] of rows) console.log(`| ${a.padEnd(w)} | ${b} | ${c} |`);
