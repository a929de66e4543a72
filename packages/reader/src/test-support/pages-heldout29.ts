import type { TestPage } from './page-kit.js';
import { HELDOUT29_A } from './pages-heldout29-a.js';
import { HELDOUT29_B } from './pages-heldout29-b.js';
import { HELDOUT29_C } from './pages-heldout29-c.js';
import { HELDOUT29_D } from './pages-heldout29-d.js';
import { HELDOUT29_E } from './pages-heldout29-e.js';
import { HELDOUT29_F } from './pages-heldout29-f.js';

/**
 * Held-out batch 29, written in session 15 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: twelve news stories from publishers
 * not yet in the set, each on its own template: an NBC News story, a CBS News (local station) story, a Telegraph story, an Irish
 * Times story, a Japan Times story, a New York Post story, a Newsweek story in its "Why It Matters" form, a TIME story, a Le
 * Monde in English story, a Straits Times story, a Politico Europe story and an Associated Press story on an independent small
 * daily's WordPress (Newspack) site.
 * Measured once on the round-27 rules (session 15): precision 97.6 %, recall 99.6 %, body recall 99.6 %, 0 of 37 bylines and
 * 15 of 647 furniture texts on 6 of 12 pages, 1 of 12 default summaries with any; the round-28 rules read it the same. Held out
 * until the round-29 rules (session 16) were tuned on it: training since (no gold changed).
 * (For the file format its writer read batch 19's index and files f and f2, as allowed, and also files a and a2, which it was
 * not asked to: golds and markup of a CNN and a Washington Post page, no rules.)
 */
export const HELDOUT29_PAGES: readonly TestPage[] = [...HELDOUT29_A, ...HELDOUT29_B, ...HELDOUT29_C, ...HELDOUT29_D, ...HELDOUT29_E, ...HELDOUT29_F];

/**
 * The byline and furniture texts of batch 29 the round-29 rules still read, each with its reason (the tests check that exactly
 * these leak, so a rule that takes one out must take it off this list). None.
 */
export const HELDOUT29_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {};
