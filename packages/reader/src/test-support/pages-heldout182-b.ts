import type { TestPage } from './page-kit.js';
import { academiaQuestion } from './pages-heldout182-b2.js';
import { diyQuestion } from './pages-heldout182-b3.js';
import { seGold, sePage } from './pages-heldout182-se2.js';

/**
 * Held-out batch 182, file b: an Academia Stack Exchange question on a supervisor moving abroad (an accepted answer with two
 * h2 sections, a list and a quoted regulation) and a Home Improvement Stack Exchange question on a tripping extractor fan
 * (an accepted answer with an ordered list), both on the Stack Exchange template of pages-heldout182-se.ts / -se2.ts.
 */
const academia: TestPage = { name: 'heldout182-academia-stackexchange-question', kind: 'forum', html: sePage(academiaQuestion), ...seGold(academiaQuestion) };
const diy: TestPage = { name: 'heldout182-diy-stackexchange-question', kind: 'forum', html: sePage(diyQuestion), ...seGold(diyQuestion) };

export const HELDOUT182_B: readonly TestPage[] = [academia, diy];
