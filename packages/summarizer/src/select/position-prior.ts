import type { Sentence } from '@vecsum/embeddings';

/**
 * Position prior: 1 / sqrt(1 + p), p the sentence's position within its own document
 * (positionsInDocument). Added to importance with a weight, it favours early sentences, which
 * news writing puts first (the reason LEAD is hard to beat on CNN/DM).
 */
export function positionPrior(sentences: readonly Sentence[]): number[] {
  return positionsInDocument(sentences).map((p) => 1 / Math.sqrt(1 + p));
}

/**
 * Position of each sentence within its document (0-based), headings (`Sentence.heading`: a
 * title line, a Markdown heading) left out of the count and given the position of the sentence
 * after them: a headline or a section heading does not push the prose down.
 */
export function positionsInDocument(sentences: readonly Sentence[]): number[] {
  const seen = new Map<number, number>();
  return sentences.map((s) => {
    const p = seen.get(s.docIndex) ?? 0;
    if (s.heading !== true) seen.set(s.docIndex, p + 1);
    return p;
  });
}
