import type { TestPage } from './page-kit.js';
import { HELDOUT644_A } from './pages-heldout644-a.js';
import { HELDOUT644_B } from './pages-heldout644-b.js';
import { HELDOUT644_C } from './pages-heldout644-c.js';
import { HELDOUT644_D } from './pages-heldout644-d.js';
import { HELDOUT644_E } from './pages-heldout644-e.js';
import { HELDOUT644_F } from './pages-heldout644-f.js';

/**
 * Held-out batch 644, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a lighthouse's visiting information
 * page built with Elementor on WordPress (Hello Elementor, Complianz banner), a windmill restoration appeal on Squarespace 7.1
 * with a fundraising thermometer and newsletter block, a watermill's school visits page on Wix with the free-plan ad banner, a
 * lighthouse article on a MediaWiki community wiki (Vector 2022) with infobox, references and navbox, a millstone-dressing
 * thread on a Discourse forum in its no-JavaScript crawler view, a local news article about restored lighthouse cottages on a
 * Next.js news site, a windmill's milling diary post on Ghost (Casper), a flax mill museum's access guide on Drupal 10
 * (Olivero) with a facilities table and sidebar, a watermill flour shop's journal article on Shopify (Dawn) with products and a
 * comment form, a lighthouse tower tours page on Webflow with a CMS list of dates and a booking form, a short lighthouse venue
 * hire landing page on HubSpot CMS with a HubSpot form, and a tide mill history page on an old FrontPage table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, lead text or excerpt under the h1 is body; a table's data rows are
 * body, one entry a row with its cells joined by spaces, and header cells are in no list; list items inside the article (opening
 * times, costs, tour dates of a CMS list, "good to know" points) are body one an item; a quotation or testimonial inside the
 * page's own content (the appeal's supporter quote, the Wix "What teachers say" section with its h3) is body and its heading a
 * heading; on the appeal page the fundraising progress line ("£… raised of £…") and the donate buttons are furniture; Ghost's
 * shop callout card inside the post is furniture (a promotion, not the diary); the wiki's infobox, image captions, "edit" links,
 * table of contents, navbox and categories are furniture, and its References section (heading and list) is furniture, not a
 * heading or body; wiki citation marks ([1]) are in no list (the gold body leaves them out); the wiki's "last edited" line, the
 * old site's "Page last updated" line, post dates and author names are bylines, while dates and reading times of read-more
 * cards are furniture; on the forum thread every post is body, user names and post times are bylines, like counts, category,
 * tags and the related-topics table (with its header cells) are furniture; form labels, form headings and <button> labels are
 * furniture, but the values of <input type="submit"> and <option> texts are form control values in no list; Webflow's form
 * success and failure messages, hidden by the platform's stylesheet, are in no list; visually hidden link texts that a screen
 * reader announces (skip links, "Search", "Log in", "Cart", "top of page") are furniture like skip links, while content of a
 * closed <details> other than its summary is in no list; the counter image of the old site is in no list and its "You are
 * visitor number" text furniture; the SVG logo text of the news site is furniture.
 */
export const HELDOUT644_PAGES: readonly TestPage[] = [...HELDOUT644_A, ...HELDOUT644_B, ...HELDOUT644_C, ...HELDOUT644_D, ...HELDOUT644_E, ...HELDOUT644_F];
