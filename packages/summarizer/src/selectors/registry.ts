import { SummarizerError } from '../errors.js';
import { memberOf } from '../guards.js';
import { SELECTOR_NAMES, type Selector, type SelectorName } from '../select/types.js';
import { bruteForce } from './brute-force.js';
import { cluster } from './cluster.js';
import { far } from './far.js';
import { greedy } from './greedy.js';
import { lead } from './lead.js';
import { scored } from './scored.js';
import { lexrank } from './lexrank.js';
import { maxSim } from './max-sim.js';
import { mmr } from './mmr.js';
import { near } from './near.js';
import { nearNonredundant } from './near-nonredundant.js';
import { pca } from './pca.js';
import { random } from './random.js';

/** Every selector by name; `satisfies` makes a missing entry a type error. */
export const SELECTORS = {
  near,
  'near-nonredundant': nearNonredundant,
  greedy,
  lexrank,
  mmr,
  cluster,
  pca,
  'brute-force': bruteForce,
  'max-sim': maxSim,
  lead,
  random,
  far,
  scored,
} as const satisfies Record<SelectorName, Selector>;

/** Names accepted by `summarize`: every selector plus `auto`. */
export type SelectorChoice = SelectorName | 'auto';
export const SELECTOR_CHOICES: readonly SelectorChoice[] = [...SELECTOR_NAMES, 'auto'];

export const isSelectorChoice: (name: string) => name is SelectorChoice = memberOf(SELECTOR_CHOICES);
const isSelectorName = memberOf(SELECTOR_NAMES);

/** Looks a selector up by name; throws UNKNOWN_SELECTOR listing the valid names. */
export function getSelector(name: string): Selector {
  if (!isSelectorName(name)) {
    throw new SummarizerError('UNKNOWN_SELECTOR', `unknown selector ${JSON.stringify(name)}; expected one of ${SELECTOR_CHOICES.join(', ')}`);
  }
  return SELECTORS[name];
}
