import type { TestPage } from './page-kit.js';
import { HELDOUT464_A } from './pages-heldout464-a.js';
import { HELDOUT464_B } from './pages-heldout464-b.js';
import { HELDOUT464_C } from './pages-heldout464-c.js';
import { HELDOUT464_D } from './pages-heldout464-d.js';
import { HELDOUT464_E } from './pages-heldout464-e.js';
import { HELDOUT464_F } from './pages-heldout464-f.js';

/**
 * Held-out batch 464, written in session 37 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a borough council's bin collection
 * days page on LocalGov Drupal (postcode form, bank holiday table, related links sidebar), a district council's "what goes in
 * which bin" A-Z on Jadu (letter navigation, one table a letter), a repair café page on Squarespace 7.1 (announcement bar,
 * newsletter block), a regional news site's deposit return scheme explainer on Next.js (CSS-module classes, most-read rail),
 * a textile recycling charity page built with Wix, a waste company's commercial collection service page on WordPress with
 * Elementor (icon boxes, accordion, testimonial), a zero-waste blog post on Ghost (Casper), a recycling community thread on
 * Discourse, a reuse wiki's article on beverage cartons on MediaWiki (Vector 2022), a zero-waste shop's blog article on Shopify
 * (Dawn, with comments), a skip hire page on HubSpot CMS (price table, quote form), and a parish council's recycling page in
 * an old table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst or excerpt under the h1 (the Next.js dek, the Ghost excerpt) is body; a
 * table data row is one body entry, its cells' texts joined by a space, and header cells (th, or a first row of bold td cells
 * as in the HubSpot table) are in neither list; the A-Z's letter headings (h2) are headings, its letter navigation's letters
 * without entries are furniture (those with entries repeat a heading) and its "Back to top" links furniture; icon-box titles
 * on the Elementor page (h3) are headings and their descriptions body; accordion questions that are not heading elements
 * (Elementor) are body entries, each before its answer; a callout card inside a post (Ghost) is body; forms' labels,
 * descriptions and buttons (postcode finder, quote form, comment form, newsletter boxes) are furniture, while required-field
 * asterisks and input values are in no list; in-body call-to-action buttons ("Apply for an assisted collection", "Get a Free
 * Quote", "Become a fixer") and "Read more:" related links inside the article are furniture; statistics strips (Wix figures)
 * and testimonials are furniture; reading times ("6 min read") are furniture, not bylines; the Ghost author name and date,
 * the Shopify "by ..." line and date, "Last updated" / "Page updated" lines and MediaWiki's "last edited" line are bylines;
 * comments under a blog article (Shopify) are furniture, with their commenter names and dates; on the Discourse thread every
 * post is body, usernames and post dates are bylines, and like counts, the timeline, the topic map and suggested topics are
 * furniture; the wiki's infobox (labels and values) is furniture, its references list is body (the reference text, without
 * the "^" backlink), the table of contents entries repeat headings and are left out with their numbers, and edit-link
 * brackets and "^" are in no list; visually hidden texts that a screen reader reads (skip links, "Log in" and "Cart" on
 * Shopify, Wix's "top of page") are furniture; a page with no section headings (the parish page, the forum thread) has an
 * empty headings list; the visitor counter's line is furniture.
 */
export const HELDOUT464_PAGES: readonly TestPage[] = [...HELDOUT464_A, ...HELDOUT464_B, ...HELDOUT464_C, ...HELDOUT464_D, ...HELDOUT464_E, ...HELDOUT464_F];
