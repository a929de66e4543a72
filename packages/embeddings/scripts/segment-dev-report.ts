/**
 * `npx tsx --conditions=source packages/embeddings/scripts/segment-dev-report.ts` (from the repo root):
 * the splitter on the dev sets in ../shared/data (read, never copied), new against the
 * previous one (bench/baseline): sentences of the 130 DUC 2004 documents unwrapped and
 * hard-wrapped at 72 columns, and sentences over 100 words in each dev set.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitSentences as splitV1 } from '../bench/baseline/split-sentences-v1.js';
import { splitSentences } from '../src/index.js';
import { wrapText } from '../src/segment/suite/wrap-text.js';

const DATA = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));
if (!existsSync(DATA)) {
  console.error(`no research data at ${DATA}: nothing to report`);
  process.exit(0);
}
const documentsOf = (name: string): string[] =>
  readFileSync(`${DATA}${name}-dev.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .flatMap((l) => (JSON.parse(l) as { documents: string[] }).documents);

const splitters: [string, (t: string) => { words: number }[]][] = [
  ['previous', (t) => splitV1(t)],
  ['new', (t) => splitSentences(t)],
];

const duc = documentsOf('duc2004');
console.log(`| DUC 2004 dev (${duc.length} documents) | unwrapped | wrapped at 72 columns | extra |`);
console.log('|---|---:|---:|---:|');
for (const [name, split] of splitters) {
  const a = duc.reduce((n, d) => n + split(d).length, 0);
  const b = duc.reduce((n, d) => n + split(wrapText(d, 72)).length, 0);
  console.log(`| ${name} | ${a} | ${b} | ${b - a} |`);
}
console.log('\n| dev set | documents | sentences (previous / new) | over 100 words (previous / new) |');
console.log('|---|---:|---:|---:|');
for (const set of ['bbc', 'cnndm', 'duc2004', 'summeval', 'xsum', 'opinosis']) {
  const docs = documentsOf(set);
  const [old, now] = splitters.map(([, split]) => docs.flatMap((d) => split(d)));
  const long = (ss: { words: number }[] | undefined): number => (ss ?? []).filter((s) => s.words > 100).length;
  console.log(`| ${set} | ${docs.length} | ${old?.length} / ${now?.length} | ${long(old)} / ${long(now)} |`);
}
