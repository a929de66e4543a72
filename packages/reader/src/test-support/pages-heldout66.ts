import type { TestPage } from './page-kit.js';
import { HELDOUT66_A } from './pages-heldout66-a.js';
import { HELDOUT66_B } from './pages-heldout66-b.js';
import { HELDOUT66_C } from './pages-heldout66-c.js';
import { HELDOUT66_D } from './pages-heldout66-d.js';
import { HELDOUT66_E } from './pages-heldout66-e.js';
import { HELDOUT66_F } from './pages-heldout66-f.js';

/**
 * Held-out batch 66, written in session 20 without reading the reader's rules (src/html), its scripts, README or extract
 * tests and without running the extractor (or the CLI, the API, the demo or any test) on these pages: twelve blog posts, each
 * on its own platform or theme: a WordPress post on GeneratePress with reader comments, a WordPress post on the Twenty
 * Twenty-Five block theme, a WordPress post on OceanWP, a Tumblr text post on a custom theme with its notes, a LiveJournal
 * entry with a comment thread, a WriteFreely post, a Micro.blog long post with its Micro.blog conversation, a Hugo post on the
 * Stack theme, a Jekyll post on the Chirpy theme, a gatsby-starter-blog post, a Ghost post on the Source theme and a Blogger
 * post on the Contempo theme with comments.
 * Measured once on the round-42 rules (before their end): 99.6 % / 100.0 %, 0 / 50 bylines, 1 / 379 furniture, 0 / 12
 * summaries with any; training for the end of round 42 (LiveJournal's currents).
 */
export const HELDOUT66_PAGES: readonly TestPage[] = [...HELDOUT66_A, ...HELDOUT66_B, ...HELDOUT66_C, ...HELDOUT66_D, ...HELDOUT66_E, ...HELDOUT66_F];

/** The byline and furniture texts of batch 66 the round-42 rules still read: none (the tests check that exactly these leak). */
export const HELDOUT66_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {};
