import type { TestPage } from './page-kit.js';
import { HELDOUT621_A } from './pages-heldout621-a.js';
import { HELDOUT621_B } from './pages-heldout621-b.js';
import { HELDOUT621_C } from './pages-heldout621-c.js';
import { HELDOUT621_D } from './pages-heldout621-d.js';
import { HELDOUT621_E } from './pages-heldout621-e.js';
import { HELDOUT621_F } from './pages-heldout621-f.js';

/**
 * Held-out batch 621, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an ironmonger's key cutting and tool
 * sharpening service page on WordPress with Elementor Pro (price list widget, CookieYes banner), a paint mixing service page on
 * Shopify (Dawn) with a charges table, a winter essentials guide on a Squarespace 7.1 blog with captioned image blocks, author
 * profile and prev / next links, a padlock buying guide on Ghost (Casper) with a callout card and read-more cards, a shop's
 * "Our Story" page built with Wix, a garden tool sharpening article on a Webflow CMS blog with its newsletter w-form, a tool
 * hire prices page on an old Dreamweaver table layout, a vice restoration thread on Discourse (crawler view) with related
 * topics, a hardware co-operative's news item on Drupal 10 (Olivero), a wall fixings guide on Hugo (Docsy) with section menu
 * and table of contents, a local history wiki article on an ironmonger's shop on MediaWiki (Vector 2022) with infobox and
 * references, and a buying group's winter stock article on HubSpot CMS with a table, CTA and related posts.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a service page's price list (Elementor price list widget) is body, each item's title
 * and price one entry and its description another; a table's data rows are body, one entry a row with the cells joined by a
 * space, and its header row (th cells, or td cells in bold on the table layout and HubSpot pages) is in neither list; a dek,
 * lead or excerpt under the h1 is body; a callout or warning box inside the article is body, its "Warning" label furniture;
 * inline code in a list item is body text; call-to-action buttons inside the article ("Call the key counter", "Shop paint &
 * decorating", "Download the winter order sheet") are furniture; visually-hidden texts (screen-reader labels such as "Search",
 * "Log in", "Cart", "Main navigation", "Breadcrumb", "Payment methods") are furniture, while texts hidden by the platform's
 * own stylesheet (Webflow's w-form-done / w-form-fail messages) and form control values and placeholders are in no list; a
 * reading time ("4 min read") is furniture; dates and excerpts on read-more cards and related-topic rows (with their reply
 * and view counts) are furniture, not bylines; a byline label ("Written by") and a "Last modified" / "last edited" line are
 * bylines, the commit message linked after it furniture; in the Discourse thread every post is body and the user names, the
 * full names in brackets and post times are bylines, like counts, category and tags furniture; in the wiki article the lead
 * and the reference list entries are body (without their ↑ back-links and [n] markers, which are furniture), the infobox
 * (its title, caption and labels; its values are left out where they also occur in the body) and the contents box with its
 * numbers, section [edit] links and categories are furniture; the Wix page has no section headings and its photo caption
 * is furniture; header strap lines, addresses and opening hours in headers and footers are furniture.
 */
export const HELDOUT621_PAGES: readonly TestPage[] = [...HELDOUT621_A, ...HELDOUT621_B, ...HELDOUT621_C, ...HELDOUT621_D, ...HELDOUT621_E, ...HELDOUT621_F];
