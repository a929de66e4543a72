import type { TestPage } from './page-kit.js';
import { HELDOUT140_A } from './pages-heldout140-a.js';
import { HELDOUT140_B } from './pages-heldout140-b.js';
import { HELDOUT140_C } from './pages-heldout140-c.js';
import { HELDOUT140_D } from './pages-heldout140-d.js';
import { HELDOUT140_E } from './pages-heldout140-e.js';
import { HELDOUT140_F } from './pages-heldout140-f.js';

/**
 * Held-out batch 140, written in session 25 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Mathematics Stack Exchange
 * question with answers and comments, a Reddit thread saved from the mobile web (shreddit), a Slashdot story with its
 * comment tree, a Lobsters "ask" story with comments, a Flarum discussion, a NodeBB topic (Harmony theme), a Vanilla Forums
 * Q&A discussion, a Simple Machines Forum topic, a MyBB thread, an Apple Support Communities question thread, a Spiceworks
 * Community topic (on Discourse) and a Mastodon post with its replies.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a page without a headline element takes its title from where the platform shows
 * it (Lobsters' role="heading" span, SMF's display_title h2 under the forum-name h1, MyBB's thead / breadcrumb text, and for
 * Mastodon the document title built from the author and the post's first 30 characters); post subject lines (Slashdot,
 * SMF "Re:" subjects) are in neither list; quoted excerpts of other posts (quote embeds, "Best reply" / "Solved by" boxes
 * repeating a post, cites such as "Quote from:" and "Wrote:") are in neither list; display math on Math Stack Exchange is
 * in neither list like a code block, and the page is saved as served, with TeX inside its paragraphs; post bodies written
 * as text with <br> breaks (SMF, MyBB, the Slashdot summary) are split at the blank-line breaks; labels that belong to a
 * byline ("authored by", "wrote on", "Posted on", "asked", "edited") are bylines; a copy of the thread in <noscript>
 * (Flarum, the Discourse crawler view) is not listed again, but its own labels are furniture; single-letter avatar
 * placeholders and bare vote counts of 0 to 6 are left out.
 */
export const HELDOUT140_PAGES: readonly TestPage[] = [...HELDOUT140_A, ...HELDOUT140_B, ...HELDOUT140_C, ...HELDOUT140_D, ...HELDOUT140_E, ...HELDOUT140_F];
