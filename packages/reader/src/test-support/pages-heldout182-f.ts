import type { TestPage } from './page-kit.js';
import { dupNotice, soQuestion } from './pages-heldout182-f2.js';
import { appleForums } from './pages-heldout182-f3.js';
import { seGold, sePage } from './pages-heldout182-se2.js';

/**
 * Held-out batch 182, file f: an Apple Developer Forums thread (file f3) and a Stack Overflow question closed as a
 * duplicate (file f2: the h1 ends in "[duplicate]", which is part of the title as the page shows it; the "This question
 * already has answers here" notice sits at the top of the question's post body and is furniture; the top bar has
 * Stack Overflow's "About", "Products" and "For Teams").
 */
const soGold = seGold(soQuestion);
const stackOverflow: TestPage = {
  name: 'heldout182-stackoverflow-duplicate-question',
  kind: 'forum',
  html: sePage(soQuestion),
  ...soGold,
  furniture: [...soGold.furniture, ...dupNotice],
};

export const HELDOUT182_F: readonly TestPage[] = [appleForums, stackOverflow];
