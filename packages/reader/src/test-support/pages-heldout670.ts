import type { TestPage } from './page-kit.js';
import { HELDOUT670_A } from './pages-heldout670-a.js';
import { HELDOUT670_B } from './pages-heldout670-b.js';
import { HELDOUT670_C } from './pages-heldout670-c.js';
import { HELDOUT670_D } from './pages-heldout670-d.js';
import { HELDOUT670_E } from './pages-heldout670-e.js';
import { HELDOUT670_F } from './pages-heldout670-f.js';

/**
 * Held-out batch 670, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a greyhound stadium's Friday race
 * card on an old hand-built table layout (font tags, marquee, left nav cells, hit counter), a racecourse hospitality package on
 * Squarespace 7.1 (announcement bar, button blocks, image caption, newsletter block, cookie banner), a racecourse results post
 * on WordPress with GeneratePress (sidebar widgets, comments, comment form), a polo club match report on a Wix blog (post
 * metadata, tags, view and comment counts, recent posts), a polo club's taster clinic page on Webflow (hero, side card of
 * details, newsletter form), a greyhound stadium's kennel master feature on Ghost (Casper: tag, byline, captions, CTA card,
 * read-more cards), a racecourse raceday FAQ on WordPress with Elementor (Hello Elementor: toggle accordion, CTA box, GDPR
 * cookie bar), a polo final lunch ticket sold as a Shopify product (Dawn: price, variant radios, recommendations), a greyhound
 * racing forum thread on Discourse (crawler view with likes and related topics), a racecourse article on a MediaWiki fan wiki
 * (Vector: infobox, contents box, edit links, references, categories, tools), a racecourse news article on Drupal 10 (Olivero:
 * breadcrumb, tags, RSS link) and a greyhound track's rehoming list post on a HubSpot CMS blog (CTA, tags, related posts,
 * subscribe form).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a race card's or results table's data row is one body entry, its cells' texts joined
 * with one space, and its header cells are in no list; the race header that the table layout writes as a bold one-cell table
 * row is a body entry (that page has no section headings), and so are its intro, going note and closing disclaimer; on the
 * results post the race titles are h3 headings and each placed horse (a list item) is body; a dek, standfirst or excerpt under
 * the h1 (Squarespace subtitle, Webflow hero paragraph, Ghost excerpt) is body, while an eyebrow label above the h1 ("Polo
 * School") is furniture; FAQ accordion questions (Elementor toggle titles, not heading elements) are headings and their answers
 * body; on the Shopify product the description (with its bold "Your ticket includes:" line) is body, and the vendor line, price,
 * "Tax included.", variant and quantity labels, buttons and recommendations are furniture; a Webflow side card of clinic facts
 * (label / value pairs) and a MediaWiki infobox are furniture, except values that also occur in the body; a pull quote or
 * blockquote inside the article is body; a Ghost CTA card and a HubSpot CTA button inside the post body are furniture; inline
 * citation markers ([1], [2]) stay inside their paragraph's body text, and MediaWiki reference list items under the
 * "References" heading are body; the forum thread's posts are body, each poster's user name and post time are bylines and the
 * like counts furniture; comments under an article are furniture while the commenters' names and comment times are bylines;
 * reading-time and "Last updated" / "last edited" lines are bylines; screen-reader-only texts that a template renders as
 * visually hidden (skip links, "Categories", "Search for:", "Log in", "Cart", "Regular price", "Main navigation",
 * "Breadcrumb") are furniture, while text hidden by the platform's own stylesheet until an event (Webflow's form success and
 * failure messages, MediaWiki's print footer) and noscript text are in no list; form controls' values and placeholders are in
 * no list, their visible labels furniture; bare TOC numbers and menu, tag or infobox texts that are also words of the body
 * ("Tickets", "Rehoming", "stayers", "Opened", "From") or part of the title ("Bellhanger Cup", "brindlecombe") are left out of
 * furniture.
 */
export const HELDOUT670_PAGES: readonly TestPage[] = [...HELDOUT670_A, ...HELDOUT670_B, ...HELDOUT670_C, ...HELDOUT670_D, ...HELDOUT670_E, ...HELDOUT670_F];
