import type { TestPage } from './page-kit.js';
import { courtPressSummary } from './pages-heldout217-c1.js';
import { barNews } from './pages-heldout217-c2.js';

/** Held-out batch 217, file c: a supreme court's press summary of a judgment (file c1) and a state bar association's news item (file c2). */
export const HELDOUT217_C: readonly TestPage[] = [courtPressSummary, barNews];
