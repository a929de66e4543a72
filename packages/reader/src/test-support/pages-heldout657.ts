import type { TestPage } from './page-kit.js';
import { HELDOUT657_A } from './pages-heldout657-a.js';
import { HELDOUT657_A2 } from './pages-heldout657-a2.js';
import { HELDOUT657_B } from './pages-heldout657-b.js';
import { HELDOUT657_B2 } from './pages-heldout657-b2.js';
import { HELDOUT657_C } from './pages-heldout657-c.js';
import { HELDOUT657_D } from './pages-heldout657-d.js';
import { HELDOUT657_D2 } from './pages-heldout657-d2.js';
import { HELDOUT657_E } from './pages-heldout657-e.js';
import { HELDOUT657_E2 } from './pages-heldout657-e2.js';
import { HELDOUT657_F } from './pages-heldout657-f.js';

/**
 * Held-out batch 657, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a carpet cleaner's red wine stain
 * removal guide on WordPress (Astra theme) with a Complianz cookie banner, sidebar and comments; an upholstery cleaning price
 * page on Squarespace 7.1 with an announcement bar and a newsletter footer; an oven cleaner's before-and-after post on a Wix
 * blog with captioned photos, recent posts and a comments box; a cleaning-products shop's pet-stain article on Shopify (Dawn)
 * with share button, comment form and shop footer; an oven cleaning "what's included" service page with an FAQ accordion on
 * Webflow; a local news article on doorstep carpet cleaners on a Next.js news site with ad slot, "read more" aside, most-read
 * rail and OneTrust banner; a trade wiki article on hot water extraction on MediaWiki (Vector 2022) with infobox, table of
 * contents, data table and categories; a Discourse topic (crawler view) about a wool rug that shrank, with related topics; an
 * upholstery cleaning service page built with Elementor (counters, testimonials, quote form, CookieYes banner); an office
 * carpet deep-cleaning schedule post on HubSpot CMS with a zone table, image CTA, related posts and subscribe form; an oven
 * cleaner's personal essay on Ghost (Casper) with members box and read-more cards; and a family firm's price list on an old
 * FrontPage-era table layout with font-tag pseudo-headings, a marquee and a hit counter.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or excerpt under the h1 (Webflow hero paragraph, Next.js
 * standfirst, Elementor text under the h1, Ghost excerpt) is body; price list items and each table data row are body, one
 * entry a row with its cells joined by spaces, while a table's header row (th cells, or the first row of bold td cells as
 * HubSpot writes it) is in neither list; bold font-tag lines that stand alone as section labels on the table-layout page are
 * headings, and its plain bold title line is the title; FAQ questions written as h3 are headings and their answers body, also
 * when the accordion is collapsed with height:0; a tip callout inside the article text is body and a blockquote pull-quote
 * in the essay is body; photo captions, including before / after captions, are furniture; reading-time labels ("2 min read")
 * are furniture; author names, author role lines (Local Democracy Reporter), post dates, "Updated" lines, a wiki's "last
 * edited" line and an old site's "Last updated" line are bylines; comments under articles are furniture as a whole, their
 * authors and dates included; on the forum topic every post is body and usernames and post dates are bylines; bare counters
 * and numbers (Discourse post numbers, reply and view counts, Elementor counter figures) are in neither list, while labelled
 * counts ("2 Likes", "38 views", "0 comments") and counter titles are furniture; related-post cards (titles, excerpts, dates)
 * are furniture; testimonials, quote forms (their labels and button), promo and CTA sections, trust badges and stat
 * counters on service pages are furniture; a wiki infobox, hatnote, "From CleanWiki" tagline, table of contents labels,
 * [edit] links and categories are furniture, and its "See also" list items are body; table-of-contents entries repeat the
 * headings and are left out, as are menu, tag and breadcrumb texts that also occur as words of the title, a heading or a
 * body entry ("Home", "Upholstery", "Prices", "Before & After", "About", "Price List"); visually hidden screen-reader texts
 * (skip links, "Search for:", "Log in", "Cart", Wix's "top of page") are furniture, while text inside elements that are
 * hidden (hidden attribute, aria-hidden, a closed details panel, Elementor's aria-hidden mobile menu copy) or print-only
 * is in no list; image CTAs (HubSpot) carry no text; form controls' values and placeholders are in no list.
 */
export const HELDOUT657_PAGES: readonly TestPage[] = [
  ...HELDOUT657_A,
  ...HELDOUT657_A2,
  ...HELDOUT657_B,
  ...HELDOUT657_B2,
  ...HELDOUT657_C,
  ...HELDOUT657_D,
  ...HELDOUT657_D2,
  ...HELDOUT657_E,
  ...HELDOUT657_E2,
  ...HELDOUT657_F,
];
