import type { TestPage } from './page-kit.js';
import { HELDOUT35_A } from './pages-heldout35-a.js';
import { HELDOUT35_B } from './pages-heldout35-b.js';
import { HELDOUT35_C } from './pages-heldout35-c.js';
import { HELDOUT35_D } from './pages-heldout35-d.js';
import { HELDOUT35_E } from './pages-heldout35-e.js';
import { HELDOUT35_F } from './pages-heldout35-f.js';

/**
 * Held-out batch 35, written in session 16 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: threads and social posts, each
 * saved as a logged-out visitor sees it in 2025-2026: a Steam Community discussion, an Apple Developer Forums thread, a
 * vBulletin 5 topic, a ProBoards thread, a Groups.io topic, a Mailman 3 HyperKitty thread, a Nabble mailing-list archive
 * thread, a public Facebook Page post with comments, a LinkedIn post with comments, a YouTube community post with comments,
 * a Tumblr reblog chain and a Spiceworks Community (Discourse) topic.
 * Every post, reply and comment is body; posters' names, handles, post times and "edited" lines are bylines; quoted earlier
 * posts and code blocks are in neither list; signatures, user titles, counts, buttons and related lists are furniture. On
 * the three social posts without a title of their own (Facebook, LinkedIn, YouTube) the post's first line is the title.
 * Measured once on the round-32 rules (session 16, before any rule looked at it): precision 93.3 %, recall
 * 80.4 %, body recall 80.3 %, 14 of 109 bylines and 37 of 510 furniture texts on 8 of 12 pages, 2 of 12 default summaries with
 * any. Its per-page misses were read at the end of session 16 to plan round 33; the round-33 rules (session 17) were tuned on
 * it: training since. One gold changed to an earlier convention: the HyperKitty mails' short sign-offs ("Cheers, Ines", as batch
 * 8's Pipermail "Marion" and this batch's Groups.io sign-offs) are furniture, "Bertrand" (a word of a mail) in neither list.
 * (Its writer saw, in the allowed pages-heldout19.ts, batch 19's measured totals and its one listed leak, a podcast page's
 * visually hidden "Show notes" heading; the Apple page here has two visually hidden h2s, as Apple's template does, both furniture.)
 */
export const HELDOUT35_PAGES: readonly TestPage[] = [...HELDOUT35_A, ...HELDOUT35_B, ...HELDOUT35_C, ...HELDOUT35_D, ...HELDOUT35_E, ...HELDOUT35_F];

/**
 * The byline and furniture texts of batch 35 the round-33 rules still read, each with its reason (the tests check that exactly
 * these leak, so a rule that takes one out must take it off this list). None.
 */
export const HELDOUT35_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {};
