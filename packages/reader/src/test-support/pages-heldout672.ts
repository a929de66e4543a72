import type { TestPage } from './page-kit.js';
import { HELDOUT672_A } from './pages-heldout672-a.js';
import { HELDOUT672_A2 } from './pages-heldout672-a2.js';
import { HELDOUT672_B } from './pages-heldout672-b.js';
import { HELDOUT672_C } from './pages-heldout672-c.js';
import { HELDOUT672_D } from './pages-heldout672-d.js';
import { HELDOUT672_E } from './pages-heldout672-e.js';
import { HELDOUT672_F } from './pages-heldout672-f.js';

/**
 * Held-out batch 672, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a stamp dealer's product page
 * (a mint block) on Shopify (Dawn), a philatelic society's newsletter post with comments on WordPress (Astra), a coin
 * dealer's valuation guide with a grade table on Squarespace 7.1, a coin club's short fair notice built with Wix, a
 * numismatic society's meeting report on Drupal 10 (Olivero), a token article with an infobox and a varieties table on
 * MediaWiki (Vector 2022), a coin-identification thread on Discourse (crawler view), a postal-history newsletter post on
 * Ghost (Casper), an exhibitors' handbook page on Hugo (Book theme), a long coin-grading guide on Webflow, a stamp auction's
 * lot catalogue page in an old table layout, and a bullion dealer's blog post on HubSpot CMS.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on a shop's product page the description and the "Stamp details" accordion (its
 * list and certificate note) are body and the accordion title a heading, while the price, stock number, vendor label, tax
 * note, quantity and cart buttons, the shop-wide "Shipping & returns" accordion and "You may also like" cards are furniture;
 * Dawn's duplicate product title (an h2 link hidden on desktop) repeats the title and is in no list; table data rows are body,
 * one entry a row with the cells joined by spaces, table header cells in neither list; an auction catalogue's section rows
 * (bold text in a table row, not h tags) are headings and its lot rows body; a wiki infobox (its labels, values and image
 * caption) is furniture, and values that also occur in the body (1794, Halfpenny, Copper) are left out; MediaWiki's
 * print-only "Retrieved from" line is in no list, its "last edited" line a byline; a dek or standfirst under the h1 (Ghost's
 * excerpt, the Wix event date and place line) is body; a Hugo Book hint box inside the article is body, the heading anchors
 * "#" are in no list, the "last modified" date in the page footer a byline; on a forum thread every post's text is body and
 * the user names and post dates bylines (a user name quoted in a post is left out), while post position numbers, like counts,
 * the image file name and size line, tags, the category badge and the related-topics table (titles, counts, months) are
 * furniture; comments under an article (names, dates, texts, Reply) are furniture; a reading time ("• 3 min read") is
 * furniture; author lines such as Webflow's "Written by" and the author's name on its own line are bylines, and so is the
 * name in an author profile box whose bio is furniture; figure captions and photo credits are furniture; Wix's "top of page"
 * and "bottom of page" landmarks are furniture; a CTA image (HubSpot) has no text and is in no list.
 */
export const HELDOUT672_PAGES: readonly TestPage[] = [
  ...HELDOUT672_A,
  ...HELDOUT672_A2,
  ...HELDOUT672_B,
  ...HELDOUT672_C,
  ...HELDOUT672_D,
  ...HELDOUT672_E,
  ...HELDOUT672_F,
];
