import type { Polynomial } from './curve.js';

/**
 * Expected-redundancy curves per vector function, fitted with `fitRedundancyCurve` on the
 * dev data by `scripts/fit-redundancy-curves.ts` (GloVe 6B 100d, 200k words). Regenerate
 * with `pnpm --filter @vecsum/summarizer fit-curves`.
 */
export const REDUNDANCY_CURVES: Readonly<Record<string, Polynomial>> = {};

/**
 * Fallback for vector functions without a fitted curve: the identity line, i.e. redundancy
 * is expected to equal the sentence's own document similarity.
 */
export const DEFAULT_REDUNDANCY_CURVE: Polynomial = [1, 0];

export function redundancyCurveFor(vectorFunction: string): Polynomial {
  return REDUNDANCY_CURVES[vectorFunction] ?? DEFAULT_REDUNDANCY_CURVE;
}
