import type { TestPage } from './page-kit.js';
import { brainly } from './pages-heldout182-d2.js';
import { justAnswer } from './pages-heldout182-d3.js';

/** Held-out batch 182, file d: a Brainly question page (file d2) and a JustAnswer question page (file d3). */
export const HELDOUT182_D: readonly TestPage[] = [brainly, justAnswer];
