import type { Sentence } from '@vecsum/embeddings';

/** Feature names of the learned sentence model, in weight order. */
export const LEARNED_FEATURES = ['cosine', 'cosine^2', 'positionPrior', 'relativePosition', 'firstSentence', 'logWords'] as const;

/**
 * Per-sentence features: the cosine to the target (and its square), position (1/sqrt(1+p),
 * p / sentences-in-document, first-sentence flag) and log length. Only what any embedder gives.
 */
export function sentenceFeatures(sentences: readonly Pick<Sentence, 'index' | 'docIndex' | 'words'>[], cosines: readonly number[]): number[][] {
  const firstOfDoc = new Map<number, number>();
  const countOfDoc = new Map<number, number>();
  for (const s of sentences) {
    if (!firstOfDoc.has(s.docIndex)) firstOfDoc.set(s.docIndex, s.index);
    countOfDoc.set(s.docIndex, (countOfDoc.get(s.docIndex) ?? 0) + 1);
  }
  return sentences.map((s, i) => {
    const p = s.index - (firstOfDoc.get(s.docIndex) as number);
    const c = cosines[i] as number;
    return [c, c * c, 1 / Math.sqrt(1 + p), p / Math.max(1, (countOfDoc.get(s.docIndex) as number) - 1), p === 0 ? 1 : 0, Math.log(Math.max(1, s.words))];
  });
}
