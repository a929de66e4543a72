import type { TestPage } from './page-kit.js';
import { HELDOUT493_A } from './pages-heldout493-a.js';
import { HELDOUT493_B } from './pages-heldout493-b.js';
import { HELDOUT493_C } from './pages-heldout493-c.js';
import { HELDOUT493_D } from './pages-heldout493-d.js';
import { HELDOUT493_E } from './pages-heldout493-e.js';
import { HELDOUT493_F } from './pages-heldout493-f.js';

/**
 * Held-out batch 493, written in session 39 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a farmers' market's stallholder
 * list on Squarespace 7.1, a pick-your-own page on Wix, a veg-box FAQ on Shopify (Dawn, collapsible rows), a farm diary post
 * on WordPress (Astra) with sidebar and comments, a market association's newsletter post on Ghost (Casper), a council's
 * information page for market traders on Drupal 10 (Olivero) with a fee table, a veg-box company's journal post on Webflow,
 * a local news article on a farm shop on a Next.js news site, a growers' co-operative's weekly box note on Hugo (Ananke), a
 * veg-box thread on Discourse (crawler view), a local history wiki article on a market hall on MediaWiki (Vector 2022), and a
 * farm shop's opening-times page in an old FrontPage table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst or dek under the h1 (Ghost excerpt, Next.js standfirst) and an intro
 * paragraph under a page h1 are body; the stall names of a stall list and the questions of an FAQ accordion are headings, the
 * stall descriptions and answers body, the stalls' "Visit website" buttons furniture; a data table in the article has one body
 * entry a data row (cells joined with spaces), its header cells in neither list and its caption body; the old site's
 * one-column opening-times table counts the same way; a furniture table (Discourse related topics) has all its cells,
 * headers and counts, as furniture; a wiki infobox (labels and values) and the MediaWiki TOC, edit links and page tabs are
 * furniture; figure captions and photo credits are furniture, a line under a list (Wix "Prices include VAT") is body; author
 * and date lines, reading times (also on read-more cards), forum user names and post dates, comment authors and dates,
 * "Page last updated" and "This page was last edited" lines are bylines; a byline naming the site ("By Hollin Bank Growers")
 * is a byline while the same name as a site title is furniture; blog comments and their like counts are furniture, forum
 * posts are body; screen-reader-only texts (visually-hidden labels, hidden menu titles), Webflow's and Squarespace's form
 * success / failure messages and input values (submit buttons) are in no list, while skip links are furniture; a marquee
 * banner, visitor counter and "Best viewed at" line are furniture; texts that also occur in the title, a heading or a body
 * entry (nav items such as "Farm Shop", "Volunteer", a tag "squash", infobox values "1784") are left out of furniture,
 * matched without regard to case.
 */
export const HELDOUT493_PAGES: readonly TestPage[] = [...HELDOUT493_A, ...HELDOUT493_B, ...HELDOUT493_C, ...HELDOUT493_D, ...HELDOUT493_E, ...HELDOUT493_F];
