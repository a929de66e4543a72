import type { TestPage } from './page-kit.js';
import { HELDOUT45_A } from './pages-heldout45-a.js';
import { HELDOUT45_B } from './pages-heldout45-b.js';
import { HELDOUT45_C } from './pages-heldout45-c.js';
import { HELDOUT45_D } from './pages-heldout45-d.js';
import { HELDOUT45_E } from './pages-heldout45-e.js';
import { HELDOUT45_F } from './pages-heldout45-f.js';

/**
 * Held-out batch 45, written in session 18 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Instagram public post page, a
 * Pinterest pin page (a recipe rich pin), a TikTok video page with its caption and comments, a Letterboxd review page, a Steam
 * Community user review page, a Yelp business page opened on one shared review, a Trustpilot review page, an Amazon single
 * customer review page with comments, an Indie Hackers post, a Pixelfed post, a cohost post as the Wayback Machine archived
 * it, and a Nostr note on the Primal web client. Not yet measured.
 * Social posts without a title of their own take the post's first line as title (the line is then not in the body); on these
 * social and review pages every reply and comment to the post is body, other people's separate reviews are furniture.
 * (Its writer saw, in pages-heldout19.ts, which it was allowed to read for the file format, batch 19's measured totals and
 * its one measured leak, a heading hidden by a class.)
 */
export const HELDOUT45_PAGES: readonly TestPage[] = [...HELDOUT45_A, ...HELDOUT45_B, ...HELDOUT45_C, ...HELDOUT45_D, ...HELDOUT45_E, ...HELDOUT45_F];
