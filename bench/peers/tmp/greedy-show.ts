import { readFileSync } from 'node:fs';
import { createWordVectorEmbedder, loadGloveVectors } from '@vecsum/embeddings';
import { summarize, type SummarizeOptions } from '@vecsum/summarizer';
const v = loadGloveVectors({ cacheDir: '/work/main/.vecsum-cache' });
const recs = readFileSync('/work/shared/data/duc2004-dev.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const e = createWordVectorEmbedder(v, { function: 'arora' });
for (const r of recs.slice(0, 2)) {
  for (const sel of ['greedy', 'near'] as const) {
    const s = await summarize({ documents: r.documents }, e, { budget: { words: 100 }, selector: sel, truncate: true, order: 'rank' } as SummarizeOptions);
    console.log(`--- ${r.id} ${sel} (${s.meta.sentenceCount} sentences)`);
    console.log(s.trace.map((t) => `${t.index} ${t.note.reason} sim=${t.similarity.toFixed(3)}`).join('; '));
    console.log(s.text);
  }
}
