import type { TestPage } from './page-kit.js';
import { HELDOUT430_A } from './pages-heldout430-a.js';
import { HELDOUT430_B } from './pages-heldout430-b.js';
import { HELDOUT430_C } from './pages-heldout430-c.js';
import { HELDOUT430_D } from './pages-heldout430-d.js';
import { HELDOUT430_E } from './pages-heldout430-e.js';
import { HELDOUT430_F } from './pages-heldout430-f.js';

/**
 * Held-out batch 430, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a university alumni magazine
 * feature on Drupal with a pull quote and photo credits, an alumni class-notes page on Modern Campus (OU Campus), a boarding
 * school's weekly newsletter issue on a Finalsite-style CMS, a college's "In Memoriam" listing on Adobe Experience Manager
 * core components, an alumni association's gala recap on WordPress (GeneratePress and Jetpack), a business school's alumni
 * Q&A profile on Next.js, an alumni magazine's letters-to-the-editor page on Ghost (Casper), a sorority chapter's news post
 * on Wix Blog, a giving-day results page built with Elementor, a school's reunion page on Squarespace 7.1, an alumni
 * podcast episode page with show notes on Webflow, and an alumni community discussion thread on Discourse.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or excerpt under the h1 is in neither list; reading times,
 * kickers, pull quotes (worded apart from the body), captions and photo credits are furniture; on the class-notes page the
 * class-year headings are headings, each class correspondent's line is a byline and every note is body; on the memoriam
 * listing each person's name heading is a heading and the issue label ("Fall 2025") a byline; a newsletter's head-of-school
 * signature line is a byline; a table's data rows are body as "cell cell" texts, header cells in neither list; the letters
 * page's signatures ("— Name ’76, Town") and the editor's note are body, the "write to us" box furniture; the Q&A profile's
 * questions (h2) are headings and its "Quick facts" card and "edited and condensed" note furniture; the giving-day page's
 * counter numbers and labels and its class-challenge rows are body, the progress bar, testimonial and call to action
 * furniture, and its "Final totals, updated ..." line a byline; the reunion page's FAQ questions and answers are body; the
 * podcast page's chapter timestamps and "mentioned" links are body, the episode date a byline, the guest card and host
 * credit furniture; on Discourse every post is body, usernames, full names and post dates are bylines, a quoted excerpt
 * of an earlier post is in neither list and its "Marcus wrote:" header furniture; comments on articles, with their
 * authors and dates, are furniture.
 */
export const HELDOUT430_PAGES: readonly TestPage[] = [...HELDOUT430_A, ...HELDOUT430_B, ...HELDOUT430_C, ...HELDOUT430_D, ...HELDOUT430_E, ...HELDOUT430_F];
