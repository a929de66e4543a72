/**
 * `npx tsx --conditions=source packages/embeddings/bench/segment.bench.ts` (from the repo root):
 * splitSentences against the previous splitter (bench/baseline, compromise internals), measured
 * in the same process on CNN/DM and DUC 2004 dev text from ../shared/data (read, never copied).
 * Target: new/previous <= 1.5 on a 700-word article and a 10-document cluster.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitSentences as splitV1, splitDocuments as splitDocumentsV1 } from './baseline/split-sentences-v1.js';
import { splitDocuments, splitSentences } from '../src/index.js';

const DATA = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));
if (!existsSync(DATA)) {
  console.log(`segment bench skipped: no research data at ${DATA}`);
  process.exit(0);
}
const records = (name: string): string[][] =>
  readFileSync(`${DATA}${name}-dev.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { documents: string[] }).documents);

/** Median ms per call over `runs` rounds of `items`. */
function perCall<T>(items: readonly T[], f: (x: T) => unknown, runs = 15): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    for (const x of items) f(x);
    times.push((performance.now() - t) / items.length);
  }
  return times.sort((a, b) => a - b)[runs >> 1] as number;
}

const words = (t: string): number => t.split(/\s+/).length;
const articles = records('cnndm').map((d) => d.join('\n\n'));
const near700 = articles.filter((a) => words(a) > 500 && words(a) < 900);
const clusters = records('duc2004');
for (const items of [near700, clusters] as unknown[][]) perCall(items, () => 0, 1);

const rows: [string, number, number][] = [
  [
    `CNN/DM article, 500-900 words (${near700.length}, mean ${Math.round(near700.reduce((n, a) => n + words(a), 0) / near700.length)})`,
    perCall(near700, splitV1),
    perCall(near700, splitSentences),
  ],
  [`DUC 2004 cluster, 10 documents (${clusters.length})`, perCall(clusters, splitDocumentsV1), perCall(clusters, splitDocuments)],
];
console.log('| text | previous splitter | splitSentences | ratio (target <= 1.5) |');
console.log('|---|---:|---:|---:|');
for (const [name, old, now] of rows) console.log(`| ${name} | ${old.toFixed(2)} ms | ${now.toFixed(2)} ms | ${(now / old).toFixed(2)}x |`);
