import type { TestPage } from './page-kit.js';
import { ballotpediaPage } from './pages-heldout163-d2.js';
import { mathworldPage } from './pages-heldout163-d3.js';

/**
 * Held-out batch 163, file d: a Ballotpedia candidate article (file d2) and a Wolfram MathWorld entry (file d3).
 */
export const HELDOUT163_D: readonly TestPage[] = [ballotpediaPage, mathworldPage];
