import { join } from 'node:path';
import { createWordVectorEmbedder, loadGloveVectors, splitDocuments } from '@vecsum/embeddings';
import { summarize } from '@vecsum/summarizer';
import { greedyOracle, readJsonlDataset, resolveStandardBudget, standardSetting } from '@vecsum/eval';
const root = '/work/main/';
const embedder = createWordVectorEmbedder(loadGloveVectors({ cacheDir: join(root, '.vecsum-cache') }), { function: 'arora' });
for (const name of ['cnndm', 'summeval']) {
  const records = await readJsonlDataset(join(root, '..', 'shared', 'data', `${name}-dev.jsonl`));
  const setting = standardSetting(name);
  const oracleAt = new Array(10).fill(0), pickAt = new Array(10).fill(0);
  let n = 0, sents = 0;
  for (const r of records) {
    const sentences = splitDocuments(r.documents);
    sents += sentences.length;
    const budget = resolveStandardBudget(setting, r) as { sentences: number };
    const o = greedyOracle(sentences.map((s) => s.text), r.references, { maxSentences: budget.sentences });
    for (const i of o.indices) if (i < 10) oracleAt[i]++;
    const s = await summarize({ documents: r.documents }, embedder, { budget });
    for (const i of s.picked) if (i < 10) pickAt[i]++;
    n++;
  }
  console.log(name, n, 'mean sentences', (sents / n).toFixed(1));
  console.log(' oracle by position', oracleAt.map((c) => (c / n).toFixed(2)).join(' '));
  console.log(' learned by position', pickAt.map((c) => (c / n).toFixed(2)).join(' '));
}
