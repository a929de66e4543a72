/**
 * `pnpm bench` for @vecsum/summarizer: sentences/s of every selector at 1k, 10k and 100k
 * words of real news text (../shared/data, read at run time), plus the split+embed share.
 * Quadratic selectors past their documented cap report the typed error instead of a time.
 * Ratios compare each selector with `lead` on the same input in the same process. (Reading
 * web pages is @vecsum/reader's job, timed there.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWordVectorEmbedder, defaultCacheDir, loadGloveVectors } from '@vecsum/embeddings';
import { isSummarizerError, SELECTOR_NAMES, summarize } from '@vecsum/summarizer';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const embedder = createWordVectorEmbedder(loadGloveVectors({ cacheDir: defaultCacheDir() }), { function: 'arora' });
// Real news text without repetition (repeated text would be collapsed as duplicates):
// BBC, CNN/DM, SummEval and XSum dev articles, about 330k words in all.
const words = ['bbc', 'cnndm', 'summeval', 'xsum']
  .flatMap((name) => readFileSync(join(root, '..', 'shared', 'data', `${name}-dev.jsonl`), 'utf8').split('\n'))
  .filter((l) => l.trim() !== '')
  .flatMap((l) => (JSON.parse(l) as { documents: string[] }).documents.join('\n\n').split(/ +/));
const textOf = (n: number) => {
  const out: string[] = [];
  while (out.length < n) out.push(...words.slice(0, n - out.length));
  return out.join(' ');
};

const sizes = [1_000, 10_000, 100_000];
const table: string[][] = [];
for (const n of sizes) {
  const text = textOf(n);
  let leadMs = 0;
  for (const selector of ['lead', ...SELECTOR_NAMES.filter((s) => s !== 'lead')] as const) {
    const runs = n >= 100_000 ? 3 : 5;
    const times: number[] = [];
    let sentences = 0;
    let selectMs = 0;
    let note = '';
    try {
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        const s = await summarize(text, embedder, { budget: { words: 100 }, selector });
        times.push(performance.now() - t);
        sentences = s.meta.sentenceCount;
        selectMs = s.meta.timings.selectMs;
      }
    } catch (e) {
      note = isSummarizerError(e) ? e.code : String(e);
    }
    const total = times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? NaN;
    if (selector === 'lead') leadMs = total;
    table.push([
      `${n / 1000}k`,
      selector,
      String(sentences || ''),
      note === '' ? total.toFixed(1) : note,
      note === '' ? selectMs.toFixed(1) : '',
      note === '' ? Math.round(sentences / (total / 1000)).toLocaleString('en') : '',
      note === '' ? `${(total / leadMs).toFixed(2)}x` : '',
    ]);
  }
}
console.log('\n| words | selector | sentences | total ms (split+embed+select) | select ms | sentences/s | vs lead |');
console.log('|---:|---|---:|---:|---:|---:|---:|');
for (const r of table) console.log(`| ${r.join(' | ')} |`);
