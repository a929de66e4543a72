import type { SelectorName } from '../select/types.js';

/**
 * What `auto` runs: `near` with a position prior of weight 0.1, the best configuration of the
 * dev-data grid (docs/results.md, `pnpm vecsum eval --grid`; arora vectors):
 *
 * | setting | DUC 2004 recall (100 words) | CNN/DM F1 (3 sent.) | BBC F1 |
 * |---|---|---|---|
 * | near, position 0.1 (auto) | 39.46 / 9.83 | 34.31 / 14.34 | 72.34 / 62.21 |
 * | near | 38.27 / 9.06 | 33.46 / 13.79 | 72.17 / 61.96 |
 * | greedy | 36.86 / 7.69 | 33.15 / 11.90 | 68.86 / 56.14 |
 * | lexrank | 38.27 / 9.07 | 32.38 / 11.32 | 72.25 / 62.04 |
 * | LEAD | 29.36 / 4.36 | 40.72 / 18.68 | 65.21 / 51.62 |
 *
 * (All dev items: 13 DUC clusters cut to 100 words as in the paper, 67 CNN/DM articles, 583
 * BBC articles with the reference's length; whole sentences on CNN/DM and BBC.) On CNN/DM
 * nothing embedding-based beats LEAD-3, as the literature and our calibration notes say;
 * `lead` is there for it.
 */
export const AUTO_SELECTOR: SelectorName = 'near';
/** Position-prior weight `auto` adds when the caller sets none. */
export const AUTO_POSITION_WEIGHT = 0.1;
