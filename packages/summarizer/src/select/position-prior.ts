import type { Sentence } from '@vecsum/embeddings';

/**
 * Position prior: 1 / sqrt(1 + p), p the sentence's position within its own document
 * (0 for the first). Added to importance with a weight, it favours early sentences, which
 * news writing puts first (the reason LEAD is hard to beat on CNN/DM).
 */
export function positionPrior(sentences: readonly Sentence[]): number[] {
  const firstOfDoc = new Map<number, number>();
  return sentences.map((s) => {
    if (!firstOfDoc.has(s.docIndex)) firstOfDoc.set(s.docIndex, s.index);
    return 1 / Math.sqrt(1 + s.index - (firstOfDoc.get(s.docIndex) as number));
  });
}

/** Position of each sentence within its document (0-based). */
export function positionsInDocument(sentences: readonly Sentence[]): number[] {
  const firstOfDoc = new Map<number, number>();
  return sentences.map((s) => {
    if (!firstOfDoc.has(s.docIndex)) firstOfDoc.set(s.docIndex, s.index);
    return s.index - (firstOfDoc.get(s.docIndex) as number);
  });
}
