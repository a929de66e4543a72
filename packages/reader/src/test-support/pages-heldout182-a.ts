import type { TestPage } from './page-kit.js';
import { cvQuestion } from './pages-heldout182-a2.js';
import { travelQuestion } from './pages-heldout182-a3.js';
import { seGold, sePage } from './pages-heldout182-se2.js';

/**
 * Held-out batch 182, file a: a Cross Validated question on a mixed model (MathJax config in the head, a code block, an
 * ordered list, an accepted answer with its own h2) and a Travel Stack Exchange question on a missed ferry connection (an
 * accepted answer with a list), both on the Stack Exchange template of pages-heldout182-se.ts / -se2.ts.
 */
const crossValidated: TestPage = {
  name: 'heldout182-crossvalidated-question',
  kind: 'forum',
  html: sePage(cvQuestion),
  ...seGold(cvQuestion),
};
const travel: TestPage = {
  name: 'heldout182-travel-stackexchange-question',
  kind: 'forum',
  html: sePage(travelQuestion),
  ...seGold(travelQuestion),
};

export const HELDOUT182_A: readonly TestPage[] = [crossValidated, travel];
