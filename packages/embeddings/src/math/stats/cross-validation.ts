import { mean } from './descriptive.js';

/**
 * Out-of-fold R² of a model family: folds are groups (e.g. documents, so no document's
 * sentences are on both sides), each held out once; R² = 1 − SSE / SST around each training
 * mean. 0 when nothing could be held out.
 *
 * @param fit trains on the given sample positions and returns the prediction for a position
 */
export function crossValidatedR2(y: readonly number[], groups: readonly number[], folds: number, fit: (train: number[]) => (i: number) => number): number {
  const ids = [...new Set(groups)].sort((a, b) => a - b);
  let sse = 0;
  let sst = 0;
  for (let f = 0; f < folds; f++) {
    const held = new Set(ids.filter((_, k) => k % folds === f));
    const train: number[] = [];
    const test: number[] = [];
    groups.forEach((g, i) => (held.has(g) ? test : train).push(i));
    if (test.length === 0 || train.length < 3) continue;
    const predict = fit(train);
    const m = mean(y, train);
    for (const i of test) {
      sse += (y[i]! - predict(i)) ** 2;
      sst += (y[i]! - m) ** 2;
    }
  }
  return sst === 0 ? 0 : 1 - sse / sst;
}
