import { readFileSync } from 'node:fs';
import { createWordVectorEmbedder, loadGloveVectors } from '@vecsum/embeddings';
import { summarize, type SummarizeOptions } from '@vecsum/summarizer';
import { scoreRouge } from '@vecsum/eval';
const v = loadGloveVectors({ cacheDir: '/work/main/.vecsum-cache' });
const recs = readFileSync('/work/shared/data/duc2004-dev.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
for (const fn of ["arora"] as const) {
const e = createWordVectorEmbedder(v, { function: fn });
const variants: [string, Partial<SummarizeOptions>][] = [
  ['greedy pw0.1', { selector: 'greedy', truncate: true, positionWeight: 0.1 }],
  ['greedy maxw50', { selector: 'greedy', truncate: true, maxSentenceWords: 50 }],
  ['greedy maxw40', { selector: 'greedy', truncate: true, maxSentenceWords: 40 }],
  ['greedy docdoc', { selector: 'greedy', truncate: true, removeDocumentComponent: true }],
  ['nnr f1', { selector: 'near-nonredundant', truncate: true, factor: 1 }],
  ['nnr f10', { selector: 'near-nonredundant', truncate: true, factor: 10 }],
];
for (const [name, o] of variants) {
  let r1 = 0, r2 = 0, words = 0, nsent = 0;
  for (const r of recs) {
    const s = await summarize({ documents: r.documents }, e, { budget: { words: 100 }, ...o } as SummarizeOptions);
    const sc = scoreRouge(s.text, r.references, { metrics: ['rouge1', 'rouge2'], limit: { words: 100 } });
    r1 += sc.rouge1.recall; r2 += sc.rouge2.recall; words += s.text.split(/\s+/).length; nsent += s.picked.length;
  }
  console.log(`${fn} ${name}: DUC R1 ${(100 * r1 / recs.length).toFixed(2)} R2 ${(100 * r2 / recs.length).toFixed(2)} words ${(words/recs.length).toFixed(1)} sents ${(nsent/recs.length).toFixed(1)}`);
}
}
