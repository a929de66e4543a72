/**
 * `pnpm --filter @vecsum/analysis bench`: dictionary build and load, ms per word equation at
 * the default dictionary size (word vectors, sentence vectors, sentence - document), the
 * per-document report, and SAE training time and memory. Prints a Markdown table.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWordVectorEmbedder, defaultCacheDir, embedDocument, loadGloveVectors, splitDocuments } from '@vecsum/embeddings';
import { subtract } from '@vecsum/embeddings/math';
import { analyze, DEFAULT_DICTIONARY_SIZE, evaluateSae, loadWordDictionary, trainSparseAutoencoder, wordEquation, type WordDictionary } from '@vecsum/analysis';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const data = (name: string) => join(root, '..', 'shared', 'data', `${name}-dev.jsonl`);
const glove = loadGloveVectors({ cacheDir: defaultCacheDir() });
const rows: [string, string][] = [];
const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;

const fresh = mkdtempSync(join(tmpdir(), 'vecsum-dict-'));
let t = performance.now();
const dict = loadWordDictionary(glove, fresh);
rows.push([
  `build the dictionary (${dict.atoms} basis words of ${dict.info?.candidates} candidates + ${dict.syntactic.length} syntactic atoms; once, then cached)`,
  ms(t),
]);
t = performance.now();
loadWordDictionary(glove, fresh);
rows.push(['load the dictionary from its cache file', ms(t)]);
t = performance.now();
const big = loadWordDictionary(glove, fresh, { size: 3000 });
rows.push([`build a ${big.atoms}-word dictionary (the paper's size)`, ms(t)]);

function equations(label: string, d: WordDictionary, inputs: readonly { v: Float32Array; exclude?: string }[], alphas: readonly number[]): void {
  for (const alpha of alphas) {
    let l0 = 0;
    let cos = 0;
    const start = performance.now();
    for (const { v, exclude } of inputs) {
      const eq = wordEquation(v, d, { alpha, ...(exclude === undefined ? {} : { excludeWord: exclude }) });
      l0 += eq.l0 / inputs.length;
      cos += eq.reconstructionCosine / inputs.length;
    }
    const each = (performance.now() - start) / inputs.length;
    rows.push([
      `word equation of ${label}, ${d.atoms} atoms, alpha ${alpha} (mean L0 ${l0.toFixed(1)}, reconstruction cos ${cos.toFixed(3)})`,
      `${each.toFixed(1)} ms each`,
    ]);
  }
}
const words = [
  'river',
  'election',
  'economy',
  'football',
  'music',
  'hospital',
  'court',
  'storm',
  'school',
  'market',
  'carbon',
  'children',
  'police',
  'film',
  'bank',
  'war',
  'science',
  'weather',
  'farm',
  'church',
];
const wordInputs = words.map((w) => ({ v: glove.row(glove.indexOf(w)), exclude: w }));
equations('a word (itself excluded)', dict, wordInputs, [0.2, 0.1, 0.05]);
equations('a word (itself excluded)', big, wordInputs, [0.1]);

const embedder = createWordVectorEmbedder(glove, { function: 'arora' });
const record = JSON.parse(readFileSync(data('cnndm'), 'utf8').split('\n')[0]!) as { documents: string[] };
const doc = await embedDocument(splitDocuments(record.documents), embedder);
const sentenceInputs = doc.vectors.filter((_, i) => !doc.empty.includes(i)).map((v) => ({ v }));
equations(`an arora sentence vector (${sentenceInputs.length} sentences)`, dict, sentenceInputs, [0.1]);
equations(
  'sentence - document (arora)',
  dict,
  sentenceInputs.map(({ v }) => ({ v: subtract(v, doc.documentVector) })),
  [0.1],
);

const article = readFileSync(join(root, 'examples', 'river-restoration.txt'), 'utf8');
t = performance.now();
await analyze(article, embedder, glove, dict, { budget: { sentences: 3 } });
rows.push(['per-document report (examples/river-restoration.txt, greedy, 3 sentences; labels cached after the first call)', ms(t)]);
t = performance.now();
await analyze(article, embedder, glove, dict, { budget: { sentences: 3 } });
rows.push(['the same report again', ms(t)]);

const texts = ['bbc', 'cnndm']
  .flatMap((n) => readFileSync(data(n), 'utf8').split('\n').filter(Boolean))
  .flatMap((l) =>
    splitDocuments((JSON.parse(l) as { documents: string[] }).documents)
      .filter((s) => s.words >= 5 && s.words <= 60)
      .map((s) => s.text),
  );
const { vectors, empty } = await embedder.embed(texts);
const all = vectors.filter((_, i) => !empty.includes(i));
const train = all.filter((_, i) => i % 10 !== 0);
const held = all.filter((_, i) => i % 10 === 0);
for (const features of [400, 800]) {
  t = performance.now();
  const sae = trainSparseAutoencoder(train, { features, epochs: 3 });
  const trainMs = performance.now() - t;
  // parameters (Float32) + Adam moments and gradients (3 x Float64 each)
  const params = 2 * features * 100 + features + 100;
  const m = evaluateSae(sae, held);
  rows.push([
    `SAE training: ${train.length} sentences (BBC + CNN/DM dev), ${features} features, 3 epochs`,
    `${(trainMs / 1000).toFixed(1)} s; model + optimiser state ${((params * (4 + 3 * 8)) / 1e6).toFixed(1)} MB; process peak RSS so` +
      ` far ${(process.resourceUsage().maxRSS / 1e3).toFixed(0)} MB`,
  ]);
  rows.push([
    `SAE ${features} held out (${held.length} sentences): L0 / variance explained / dead`,
    `${m.l0.toFixed(1)} / ${(100 * m.varianceExplained).toFixed(1)} % / ${(100 * m.deadShare).toFixed(1)} %`,
  ]);
}
console.log(`\n${DEFAULT_DICTIONARY_SIZE}-word default dictionary; node ${process.version}\n\n| measure | value |\n|---|---|`);
for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
