/**
 * `pnpm --filter @vecsum/analysis bench`: dictionary build, ms per word equation at the default
 * dictionary size, the per-document report, and SAE training time and memory. Prints a table.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWordVectorEmbedder, loadGloveVectors, splitDocuments } from '@vecsum/embeddings';
import { analyze, evaluateSae, loadWordDictionary, trainSparseAutoencoder, wordEquation } from '@vecsum/analysis';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const glove = loadGloveVectors({ cacheDir: process.env['VECSUM_CACHE_DIR'] ?? join(root, '.vecsum-cache') });
const rows: [string, string][] = [];
let t = performance.now();
const dict = loadWordDictionary(glove, mkdtempSync(join(tmpdir(), 'vecsum-dict-')));
rows.push([`build the basis-word dictionary (${dict.atoms} words + ${dict.syntactic.length} syntactic atoms)`, `${(performance.now() - t).toFixed(0)} ms`]);
const words = ['river', 'election', 'economy', 'football', 'music', 'hospital', 'court', 'storm', 'school', 'market'];
for (const alpha of [0.2, 0.1, 0.05]) {
  const times: number[] = [];
  let l0 = 0;
  let cos = 0;
  for (const w of words) {
    t = performance.now();
    const eq = wordEquation(glove.row(glove.indexOf(w)), dict, { alpha, excludeWord: w });
    times.push(performance.now() - t);
    l0 += eq.l0 / words.length;
    cos += eq.reconstructionCosine / words.length;
  }
  rows.push([`word equation, alpha ${alpha} (mean L0 ${l0.toFixed(1)}, reconstruction cos ${cos.toFixed(3)})`, `${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(1)} ms each`]);
}
const article = readFileSync(join(root, 'examples', 'river-restoration.txt'), 'utf8');
const embedder = createWordVectorEmbedder(glove, { function: 'arora' });
t = performance.now();
await analyze(article, embedder, glove, dict, { budget: { sentences: 3 } });
rows.push(['per-document report (example article, 3 sentences, greedy steps)', `${(performance.now() - t).toFixed(0)} ms`]);
const texts = ['bbc', 'cnndm']
  .flatMap((n) => readFileSync(join(root, '..', 'shared', 'data', `${n}-dev.jsonl`), 'utf8').split('\n').filter(Boolean))
  .flatMap((l) => splitDocuments((JSON.parse(l) as { documents: string[] }).documents).filter((s) => s.words >= 5 && s.words <= 60).map((s) => s.text));
const { vectors, empty } = await embedder.embed(texts);
const data = vectors.filter((_, i) => !empty.includes(i));
const train = data.filter((_, i) => i % 10 !== 0);
const held = data.filter((_, i) => i % 10 === 0);
const rssBefore = process.memoryUsage().rss;
t = performance.now();
const sae = trainSparseAutoencoder(train, { features: 400, epochs: 3 });
const trainMs = performance.now() - t;
const m = evaluateSae(sae, held);
rows.push([`SAE training: ${train.length} sentences, 400 features, 3 epochs`, `${(trainMs / 1000).toFixed(1)} s, +${((process.memoryUsage().rss - rssBefore) / 1e6).toFixed(0)} MB RSS`]);
rows.push(['SAE held out: L0 / variance explained / dead', `${m.l0.toFixed(1)} / ${(100 * m.varianceExplained).toFixed(1)} % / ${(100 * m.deadShare).toFixed(1)} %`]);
console.log('\n| measure | value |\n|---|---|');
for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
