import type { SelectorName } from '../select/types.js';

/**
 * What `auto` runs: `near` with a position prior of weight 0.1, the best or near-best setting
 * of the dev-data evaluation (arora vectors; ROUGE with the eval package):
 *
 * | setting | DUC 2004 recall (100 words) | CNN/DM F1 (3 sent.) | BBC F1 |
 * |---|---|---|---|
 * | near, position 0.1 (auto) | 39.46 / 9.83 | 34.31 / 14.34 | 73.77 / 64.54 |
 * | near | 38.27 / 9.06 | 33.46 / 13.79 | 72.83 / 63.19 |
 * | greedy | 36.86 / 7.69 | 33.15 / 11.90 | 68.81 / 56.49 |
 * | lexrank | 38.27 / 9.07 | 32.38 / 11.32 | 73.14 / 63.61 |
 * | lead | 35.71 / 8.35 | 40.72 / 18.68 | 65.68 / 52.80 |
 *
 * (DUC: 13 dev clusters, truncated to 100 words as in the paper; CNN/DM and BBC: the first
 * 150 dev items; BBC budget = reference length.) On CNN/DM nothing embedding-based beats
 * LEAD-3, as the literature and our calibration notes say; `lead` is there for it.
 * docs/results.md has the full grid and the commands that regenerate it.
 */
export const AUTO_SELECTOR: SelectorName = 'near';
/** Position-prior weight `auto` adds when the caller sets none. */
export const AUTO_POSITION_WEIGHT = 0.1;
