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
 * Position of each sentence within its document, 0 for the first sentence after the title
 * lines (`Sentence.heading`), which count as 0 too: a headline does not push the lead down.
 */
export function positionsInDocument(sentences: readonly Sentence[]): number[] {
  const firstOfDoc = new Map<number, number>();
  return sentences.map((s) => {
    if (s.heading === true) return 0;
    if (!firstOfDoc.has(s.docIndex)) firstOfDoc.set(s.docIndex, s.index);
    return s.index - (firstOfDoc.get(s.docIndex) as number);
  });
}
