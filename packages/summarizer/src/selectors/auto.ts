import type { SelectorName } from '../select/types.js';

/**
 * What `auto` runs. Chosen from the dev-data evaluation in docs/results.md (see there for
 * the figures and the command that regenerates them).
 */
export const AUTO_SELECTOR: SelectorName = 'greedy';
