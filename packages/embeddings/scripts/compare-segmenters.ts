/**
 * `npx tsx --conditions=source packages/embeddings/scripts/compare-segmenters.ts` (from the repo root):
 * pass rates of the sentence-splitter candidates on the package's own suite
 * (src/segment/suite, 242 hand-written cases), as a Markdown table for the README.
 */
import nlp from 'compromise/one';
import sbd from 'sbd';
import { split as sentenceSplitter } from 'sentence-splitter';
import { splitSentences as splitV1 } from '../bench/baseline/split-sentences-v1.js';
import { splitSentences } from '../src/index.js';
import { SEGMENTATION_CASES, scoreSegmenter, type Segmenter } from '../src/segment/suite/index.js';

const intl = new Intl.Segmenter('en', { granularity: 'sentence' });

const CANDIDATES: [string, Segmenter][] = [
  ['splitSentences (this package: blocks + own boundary rules)', (t) => splitSentences(t).map((s) => s.text)],
  ['previous splitter (compromise internals + news rules)', (t) => splitV1(t).map((s) => s.text)],
  ['compromise 14.17 public API (`nlp(t).json()`, one entry a sentence)', (t) => (nlp(t).json() as { text: string }[]).map((s) => s.text)],
  ['Intl.Segmenter (sentence granularity, Node 20)', (t) => [...intl.segment(t)].map((s) => s.segment)],
  ['sbd 1.0.19 (newline_boundaries, preserve_whitespace)', (t) => sbd.sentences(t, { newline_boundaries: true, preserve_whitespace: true })],
  [
    'sentence-splitter 5.0.1',
    (t) =>
      sentenceSplitter(t)
        .filter((n) => n.type === 'Sentence')
        .map((n) => n.raw),
  ],
];

const scores = CANDIDATES.map(([name, f]) => ({ name, ...scoreSegmenter(f) }));
const kinds = [...new Set(SEGMENTATION_CASES.map((c) => c.kind))];
const pct = (p: number, t: number): string => `${((100 * p) / t).toFixed(1)}%`;
console.log(`| segmenter | all ${SEGMENTATION_CASES.length} cases | ${kinds.join(' | ')} |`);
console.log(`|---|---:|${kinds.map(() => '---:').join('|')}|`);
for (const s of scores) {
  const cells = kinds.map((k) => {
    const b = s.byKind.get(k) ?? { passed: 0, total: 0 };
    return `${b.passed}/${b.total}`;
  });
  console.log(`| ${s.name} | ${s.passed} (${pct(s.passed, s.total)}) | ${cells.join(' | ')} |`);
}
