import type { TestPage } from './page-kit.js';
import { HELDOUT640_A } from './pages-heldout640-a.js';
import { HELDOUT640_B } from './pages-heldout640-b.js';
import { HELDOUT640_C } from './pages-heldout640-c.js';
import { HELDOUT640_D } from './pages-heldout640-d.js';
import { HELDOUT640_E } from './pages-heldout640-e.js';
import { HELDOUT640_F } from './pages-heldout640-f.js';

/**
 * Held-out batch 640, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a kite shop's beginner buying guide
 * on a Shopify store (Dawn blog article with product cards), a model club's flying field rules page on WordPress
 * (GeneratePress, with a hours table and a sidebar), a club fly-in report on Squarespace 7.1 (image captions, tags, share links,
 * prev/next), a kite festival report on a Wix blog (with recent posts and comments), a Discourse thread about a LiPo fire (the
 * crawler view), a kite wiki article on bridles on MediaWiki (Vector 2022), a club newsletter page in an old FrontPage table
 * layout, training docs on Hugo (Book theme), a kite build log on Ghost (Casper, with dek and read-more cards), a short field
 * closure notice on Drupal 10 (Olivero), a kite line guide on WordPress with Elementor (Hello theme, FAQ accordion, popup) and a
 * traction kite thread on phpBB (prosilver).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or excerpt under the h1 (Ghost) is body; a table's data rows are body, one
 * entry a row with its cells joined by spaces, its header cells in neither list; an FAQ accordion's questions and answers under
 * the article's FAQ heading are body, one entry each; a wiki's "See also" list items are body, its references list, category
 * links, edit-section links and "From KiteWiki" tagline furniture, a footnote mark stays in its paragraph as "[1]", and the
 * print-only "Retrieved from" line is in no list; forum posts (Discourse, phpBB) are body, paragraphs split by blank lines or
 * <br><br> one entry each, and their user names and post dates bylines, while ranks, post counts, like counts, "Re:" subjects of
 * replies and the related-topics table are furniture; comments under a blog post (Wix) are furniture, their authors and dates
 * included; a Drupal node's author name ("Field officer"), a "last updated" or "last revised" line and a wiki's "last edited"
 * line are bylines; reading times, view and like counts are furniture; screen-reader-only text (visually-hidden skip links,
 * "Log in", "Cart", "Main navigation", "Search" labels) is furniture, while text in elements hidden by the `hidden` attribute
 * or a `hidden` class (Squarespace's burger labels, Hugo Book's duplicate table of contents) is in no list; a site-wide popup
 * in the DOM (Elementor) is furniture; prices and product names on product cards are furniture; a menu, breadcrumb, tag or
 * product name that also occurs in the title or a body entry (case aside) is left out of furniture.
 */
export const HELDOUT640_PAGES: readonly TestPage[] = [...HELDOUT640_A, ...HELDOUT640_B, ...HELDOUT640_C, ...HELDOUT640_D, ...HELDOUT640_E, ...HELDOUT640_F];
