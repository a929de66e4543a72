import type { TestPage } from './page-kit.js';
import { HELDOUT22_A } from './pages-heldout22-a.js';
import { HELDOUT22_B } from './pages-heldout22-b.js';
import { HELDOUT22_C } from './pages-heldout22-c.js';
import { HELDOUT22_D } from './pages-heldout22-d.js';
import { HELDOUT22_E } from './pages-heldout22-e.js';
import { HELDOUT22_F } from './pages-heldout22-f.js';

/**
 * Held-out batch 22, written in session 14 without reading the reader's rules (src/html), its scripts, README or extract
 * tests and without running the extractor (or the CLI, or any test) on these pages: a Mailman 2 pipermail archive message
 * with an inline reply, a Google Groups conversation, a GitHub pull request's Conversation tab, a Forgejo issue, a Launchpad
 * bug, an Invision Community topic, a MyBB thread, an Apple Support Community question with a recommended answer, a DokuWiki
 * page, a Wiki.js page, a Wikinews article and a Quora question page. For the thread pages the opening post with its replies
 * is the article (signatures, votes, badges, user stats and reply buttons are furniture); for the pull request the
 * description and the review comments are, and the commit rows and checks are furniture.
 * Measured once on the round-20 rules: precision 90.0 %, recall 91.3 %, body recall 91.4 %, 7 of 72 bylines and 95 of 597
 * furniture texts on 9 of 12 pages, 3 of 12 default summaries with any (`compare-extractors.ts --leaks`).
 */
export const HELDOUT22_PAGES: readonly TestPage[] = [...HELDOUT22_A, ...HELDOUT22_B, ...HELDOUT22_C, ...HELDOUT22_D, ...HELDOUT22_E, ...HELDOUT22_F];
