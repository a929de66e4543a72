import type { TestPage } from './page-kit.js';
import { cookingQuestion } from './pages-heldout182-c2.js';
import { bountyNotice, superUserQuestion } from './pages-heldout182-c3.js';
import { seGold, sePage } from './pages-heldout182-se2.js';

/**
 * Held-out batch 182, file c: a Seasoned Advice question on grainy fudge and a Super User question on a dropped network
 * drive with an open bounty (the bounty notice, with its reason and the starter's custom message, sits between the
 * question and the answers; it is furniture), both on the Stack Exchange template of pages-heldout182-se.ts / -se2.ts.
 */
const cooking: TestPage = { name: 'heldout182-seasoned-advice-question', kind: 'forum', html: sePage(cookingQuestion), ...seGold(cookingQuestion) };
const suGold = seGold(superUserQuestion);
const superUser: TestPage = {
  name: 'heldout182-superuser-bounty-question',
  kind: 'forum',
  html: sePage(superUserQuestion),
  ...suGold,
  furniture: [...suGold.furniture, ...bountyNotice],
};

export const HELDOUT182_C: readonly TestPage[] = [cooking, superUser];
