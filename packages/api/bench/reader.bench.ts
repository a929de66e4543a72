/**
 * `pnpm --filter @vecsum/api bench:reader`: what reading a request's document with
 * @vecsum/reader (on the worker, before the summary) costs, next to the summary itself. On the
 * repository's example article (examples/river-restoration.txt) as text and as an HTML page,
 * and on it repeated to about 5,000 words (numbered, so no sentence is a duplicate). Times are
 * medians of 30 runs after 5 warm-ups, in one process; the ratio is read / summarize.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWordVectorEmbedder, defaultCacheDir, loadGloveVectors } from '@vecsum/embeddings';
import { readDocument, type DocumentFormat } from '@vecsum/reader';
import { summarize } from '@vecsum/summarizer';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const embedder = createWordVectorEmbedder(loadGloveVectors({ cacheDir: defaultCacheDir() }), { function: 'arora' });
const article = readFileSync(join(root, 'examples', 'river-restoration.txt'), 'utf8');
const paragraphs = article.split(/\n\s*\n/).filter((p) => p.trim() !== '');
const long = Array.from({ length: 10 }, (_, k) => paragraphs.map((p) => `Part ${k + 1}: ${p}`)).flat();

const asHtml = (paras: readonly string[]) =>
  '<!doctype html><html><body><nav><a href="/">Home</a></nav><article><h1>River restoration</h1>' +
  '<p class="byline">By Jane Doe | Published: 14 March 2015</p>' +
  paras.map((p) => `<p>${p}</p>`).join('\n') +
  '</article><footer>Copyright</footer></body></html>';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
async function time(fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 5; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

console.log('| input | words | read ms | summarize ms (greedy, 100 words) | read / summarize |');
console.log('|---|---:|---:|---:|---:|');
for (const [name, paras] of [
  ['example article', paragraphs],
  ['example x10', long],
] as const) {
  const text = paras.join('\n\n');
  const words = text.split(/\s+/).length;
  const summarizeMs = await time(() => summarize(text, embedder, { budget: { words: 100 }, selector: 'greedy' }));
  for (const [kind, input, type] of [
    ['text', text, 'text'],
    ['HTML page', asHtml(paras), 'html'],
  ] as [string, string, DocumentFormat][]) {
    const readMs = await time(() => readDocument(input, { type }));
    console.log(`| ${name}, ${kind} | ${words} | ${readMs.toFixed(2)} | ${summarizeMs.toFixed(2)} | ${(readMs / summarizeMs).toFixed(2)} |`);
  }
}
