import type { TestPage } from './page-kit.js';
import { HELDOUT515_A } from './pages-heldout515-a.js';
import { HELDOUT515_B } from './pages-heldout515-b.js';
import { HELDOUT515_C } from './pages-heldout515-c.js';
import { HELDOUT515_D } from './pages-heldout515-d.js';
import { HELDOUT515_E } from './pages-heldout515-e.js';
import { HELDOUT515_F } from './pages-heldout515-f.js';

/**
 * Held-out batch 515, written in session 40 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a domestic cleaning company's
 * services and prices page on WordPress (Hello Elementor, Elementor widgets) with icon boxes, a price table, a testimonial
 * carousel, a CTA and a Complianz cookie banner, a window cleaner's service-area page on Squarespace 7.1 (fluid engine) with a
 * map block, a button and a newsletter block, a pest control booking FAQ built with Wix (FAQ app accordion), a wasp nest guide
 * on a HubSpot CMS blog with a caption, topic tags, a CTA, related posts and a footer form, an office cleaning blog post on
 * Webflow (CMS template) with a dek, author, reading time, figure caption, share block and "more from the Journal" list, a
 * window-cleaning how-to on a Shopify (Dawn) journal with an announcement bar and a product grid, a short news post on a
 * window cleaner's Ghost (Casper) site with the members CTA and a read-more card, a pest control franchise's town page on
 * Next.js (App Router, Tailwind) with breadcrumbs, a quote form aside and a review, a cleaning trade forum thread on Discourse
 * (crawler view) with likes and a related topics table, a carpet beetle article on a MediaWiki (Vector 2022) pest wiki with an
 * infobox, table of contents, edit links and a navbox, a window cleaner's prices page in an old FrontPage table layout with a
 * hit counter, and a brown rat guide on a Hugo site (Book theme) with a side menu, "on this page" list and prev / next links.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, lead or intro line under the h1 is body; a table data row is one body entry,
 * its cells' texts joined with a space, and table header cells are in neither list; the item titles of a service grid
 * (Elementor icon boxes) and FAQ questions are headings, their descriptions and answers body, and collapsed accordion answers
 * that sit in the DOM without `hidden` or `aria-hidden` are body; a callout or hint box inside the article (the Hugo warning)
 * and a "Tip:" paragraph are body; a list of towns or service areas inside the article is body; a forum thread's posts are body,
 * their user names and post dates bylines, like counts furniture; on the wiki, the infobox (its caption and label / value
 * cells), the table of contents, the "[edit]" links, the "See also" heading with its links and the navbox are furniture, and
 * "last edited" footer lines are bylines; dates on related-post cards and "Prices correct as of ..." lines are bylines, while
 * reading times ("4 min read") are furniture; calls to action (quote boxes, "Book now" banners, "Still have a question? Send
 * us a message ..." under a FAQ), testimonials and reviews with their names, product cards with prices, newsletter boxes,
 * phone / opening-hours strips and form labels are furniture; screen-reader-only labels (visually-hidden Log in, Cart,
 * Search) other than skip links, aria-hidden menu copies, print-only footers and symbol-only texts (#, /, •, [ ]) are in no
 * list; furniture and bylines that also occur in the title, a heading or a body entry are left out by the kit's `gold()`.
 */
export const HELDOUT515_PAGES: readonly TestPage[] = [...HELDOUT515_A, ...HELDOUT515_B, ...HELDOUT515_C, ...HELDOUT515_D, ...HELDOUT515_E, ...HELDOUT515_F];
