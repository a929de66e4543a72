import type { TestPage } from './page-kit.js';
import { stackOverflowQuestion } from './pages-heldout128-b3.js';
import { superUserQuestion } from './pages-heldout128-b4.js';

/**
 * Held-out batch 128, file b: two Stack Exchange questions on the shared template of file b2. From file b3, a Stack
 * Overflow question (the top bar with its products pop-over, the left navigation with the Collectives and Teams promos,
 * the "Asked / Modified / Viewed" line, vote cells with their hidden tooltips, code blocks, tags, post menus, user
 * signatures with reputation and badges, comments, the answers header with its sort menu, the signed-out answer form,
 * the "Not the answer you're looking for?" notice, side bar widgets with Linked, Related and Hot Network Questions, the
 * footer and the OneTrust cookie banner); from file b4, a Super User question on the same template with its own site
 * chrome (site switcher, "Unanswered" navigation, lists inside the question and the accepted answer).
 */
export const HELDOUT128_B: readonly TestPage[] = [stackOverflowQuestion, superUserQuestion];
