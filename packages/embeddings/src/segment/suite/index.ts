import { INLINE_CASES } from './cases-a.js';
import { GENRE_CASES } from './cases-b.js';
import { LAYOUT_CASES } from './cases-c.js';

/**
 * The package's own segmentation suite (cases-a/b/c.ts): every case with its kind, and a
 * scorer that runs any segmenter over it. Used by suite.test.ts and scripts/compare-segmenters.ts.
 */

export interface SegmentationCase {
  readonly kind: string;
  readonly text: string;
  readonly expected: readonly string[];
}

/** A segmenter under test: text in, sentence strings out. */
export type Segmenter = (text: string) => readonly string[];

const inline = (groups: Readonly<Record<string, readonly string[]>>): SegmentationCase[] =>
  Object.entries(groups).flatMap(([kind, cases]) =>
    cases.map((c) => {
      const expected = c.split(' | ');
      return { kind, text: expected.join(' '), expected };
    }),
  );

/** All cases of the suite, in a stable order. */
export const SEGMENTATION_CASES: readonly SegmentationCase[] = [
  ...inline(INLINE_CASES),
  ...inline(GENRE_CASES),
  ...Object.entries(LAYOUT_CASES).flatMap(([kind, cases]) => cases.map((c) => ({ kind, ...c }))),
];

/** Whitespace runs count as one space, and ends are trimmed: sentences compare as a reader sees them. */
export const normalizeSentence = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** True when `segmenter` gives exactly the expected sentences (whitespace aside). */
export function passes(segmenter: Segmenter, c: SegmentationCase): boolean {
  const got = segmenter(c.text)
    .map(normalizeSentence)
    .filter((s) => s !== '');
  const want = c.expected.map(normalizeSentence);
  return got.length === want.length && got.every((s, i) => s === want[i]);
}

/** Pass counts per kind and overall. */
export function scoreSegmenter(segmenter: Segmenter): {
  passed: number;
  total: number;
  byKind: Map<string, { passed: number; total: number }>;
  failed: SegmentationCase[];
} {
  const byKind = new Map<string, { passed: number; total: number }>();
  const failed: SegmentationCase[] = [];
  let passed = 0;
  for (const c of SEGMENTATION_CASES) {
    const k = byKind.get(c.kind) ?? { passed: 0, total: 0 };
    k.total++;
    if (passes(segmenter, c)) {
      k.passed++;
      passed++;
    } else failed.push(c);
    byKind.set(c.kind, k);
  }
  return { passed, total: SEGMENTATION_CASES.length, byKind, failed };
}
