import type { TestPage } from './page-kit.js';
import { wikihowSteps } from './pages-heldout157-c1.js';
import { investopediaTerm } from './pages-heldout157-c2.js';

/** Held-out batch 157, file c: a wikiHow article with method steps and images (helper c1) and an Investopedia term article (helper c2). */
export const HELDOUT157_C: readonly TestPage[] = [wikihowSteps, investopediaTerm];
