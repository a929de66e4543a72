import type { TestPage } from './page-kit.js';
import { HELDOUT555_A } from './pages-heldout555-a.js';
import { HELDOUT555_B } from './pages-heldout555-b.js';
import { HELDOUT555_C } from './pages-heldout555-c.js';
import { HELDOUT555_D } from './pages-heldout555-d.js';
import { HELDOUT555_E } from './pages-heldout555-e.js';
import { HELDOUT555_F } from './pages-heldout555-f.js';

/**
 * Held-out batch 555, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a skip hire firm's size and price
 * guide on WordPress with Elementor (Hello theme) with a price table, size cards and a quote form, a council skip permit page on
 * LocalGov Drupal, a scrap yard's accepted-materials page built with Wix, a house clearance firm's room-by-room blog post on
 * Squarespace with comments and a newsletter block, a short skip bag collection FAQ on Shopify (Dawn, collapsible rows), a scrap
 * yard's daily price list on an old HTML 4 table layout, a self-build forum thread on Discourse (crawler view) about skip permits
 * on a shared driveway, a local news article on a Next.js news site about a scrap yard fire, a wiki article on a skip loader on
 * MediaWiki (Vector 2022) with an infobox and references, a commercial waste clearance service page on Webflow, a skip driver's
 * blog post on Ghost (Casper), and a skip-or-grab-hire blog post on HubSpot CMS with an inline CTA.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or lead paragraph under the h1 is body; table data rows are body,
 * one entry a row with the cells' texts joined by spaces, and table header cells are in neither list; a note printed under a
 * price table ("Prices are a guide only...") and its "Please note:" label are body; size-card titles (h3) inside the article are
 * headings and their descriptions body, their "Book this size" buttons furniture; FAQ questions in collapsible rows are headings
 * and the answers in closed `<details>` are body; a callout box inside the post body (Ghost) is body, but an inline CTA button
 * (HubSpot) and buttons or links in a hero (Webflow) are furniture; form labels and submit buttons are furniture, and option and
 * input values in no list; a service page's statistics cards (Webflow) are furniture; Webflow's hidden form success and failure
 * messages are in no list; skip links are furniture even when visually hidden, other visually hidden labels in no list; in a
 * forum thread the thread title is the title, every post is body, user names and post dates are bylines and like counts and
 * post numbers furniture; under a blog post, comment authors and dates are bylines and comment texts, counts and Reply links
 * furniture; reading time is furniture; a figure caption and its credit are one furniture entry; on the wiki, the infobox
 * (rows and caption), contents list, edit links, "From WasteWiki..." tagline and categories are furniture, reference list items
 * are body without their "^" back-links, footnote markers ([1]) in no list, and "last edited" is a byline; the old table
 * layout's bullets (•) are kept in the body entries; a scrap yard's licence number and opening hours in the header or sidebar
 * are furniture.
 */
export const HELDOUT555_PAGES: readonly TestPage[] = [...HELDOUT555_A, ...HELDOUT555_B, ...HELDOUT555_C, ...HELDOUT555_D, ...HELDOUT555_E, ...HELDOUT555_F];
