import type { TestPage } from './page-kit.js';
import { HELDOUT34_A } from './pages-heldout34-a.js';
import { HELDOUT34_B } from './pages-heldout34-b.js';
import { HELDOUT34_C } from './pages-heldout34-c.js';
import { HELDOUT34_D } from './pages-heldout34-d.js';
import { HELDOUT34_E } from './pages-heldout34-e.js';
import { HELDOUT34_F } from './pages-heldout34-f.js';

/**
 * Held-out batch 34, written in session 16 without reading the reader's rules (src/html), its scripts, README or extract
 * tests and without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Wix blog post, a
 * Webflow CMS blog post, a WordPress.com post with Jetpack sharing, likes, related posts and comments, a LiveJournal entry
 * with comments, a Patreon public post, a hospital newsroom story (Drupal), a museum exhibition page, a school district news
 * post (Finalsite), a Klaviyo email newsletter viewed in the browser (table layout), a HackerNoon story, a Thread Reader App
 * unrolled X thread and an Mbin link thread with threaded comments.
 * Measured once on the round-30 rules (session 16, before any rule looked at it): precision 93.0 %, recall 91.8 %, body recall
 * 91.8 %, 2 of 60 bylines and 31 of 628 furniture texts on 4 of 12 pages, 2 of 12 default summaries with any. The round-31 rules
 * (session 16) were tuned on it: training since (no gold changed).
 */
export const HELDOUT34_PAGES: readonly TestPage[] = [...HELDOUT34_A, ...HELDOUT34_B, ...HELDOUT34_C, ...HELDOUT34_D, ...HELDOUT34_E, ...HELDOUT34_F];

/**
 * The byline and furniture texts of batch 34 the round-31 rules still read, each with its reason (the tests check that exactly
 * these leak, so a rule that takes one out must take it off this list).
 */
export const HELDOUT34_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {
  // the products' heading stays once its cards are gone, as an empty section's heading (the newsletter's signature, the founder's
  // name over her role, goes since round 123's sign-offs)
  'heldout34-klaviyo-newsletter-web-view': ['New this month'],
};
