import type { Polynomial } from '@vecsum/embeddings/math';

/**
 * Expected-redundancy curves per vector function (highest degree first): y = cos(best, s) as
 * a function of x = cos(document, s), fitted with fitRedundancyCurve on the 776 dev
 * records (GloVe 6B 100d, 200k words) by scripts/fit-redundancy-curves.ts. Do not edit by
 * hand; regenerate with `pnpm --filter @vecsum/summarizer fit-curves`.
 */
export const REDUNDANCY_CURVES: Readonly<Record<string, Polynomial>> = {
  mean: [0.066055, 0.95111, -0.029293],
  sif: [0.15016, 0.81306, -0.0066385],
  arora: [0.25733, 0.73222, -0.053168],
};

/**
 * Fallback for vector functions without a fitted curve (e.g. transformer models): the
 * identity line, i.e. redundancy is expected to equal the sentence's document similarity.
 */
export const DEFAULT_REDUNDANCY_CURVE: Polynomial = [1, 0];

export function redundancyCurveFor(vectorFunction: string): Polynomial {
  return REDUNDANCY_CURVES[vectorFunction] ?? DEFAULT_REDUNDANCY_CURVE;
}
