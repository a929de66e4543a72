import type { TestPage } from './page-kit.js';
import { HELDOUT630_A } from './pages-heldout630-a.js';
import { HELDOUT630_B } from './pages-heldout630-b.js';
import { HELDOUT630_C } from './pages-heldout630-c.js';
import { HELDOUT630_D } from './pages-heldout630-d.js';
import { HELDOUT630_E } from './pages-heldout630-e.js';
import { HELDOUT630_F } from './pages-heldout630-f.js';

/**
 * Held-out batch 630, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a loose-leaf oolong product page
 * of a tea merchant on Shopify (Dawn), a spice blend recipe post on WordPress (Kadence) with a WP Recipe Maker card and
 * comments, a herbalist's consultation page on Squarespace 7.1, a herbalist's windowsill-herbs blog post on Wix (Wix Blog), a
 * ras el hanout product page on WooCommerce (Storefront) with tabs and related products, a tea merchant's buying-trip letter on
 * Ghost (Casper) with a signup card and read-more cards, a herb monograph of a herbalists' guild on Drupal 10 (Olivero), a tea
 * article on a MediaWiki tea wiki (Vector 2022) with infobox, contents, table and references, a spice storage thread on
 * Discourse, a spice merchant's cardamom sourcing story on Webflow, a cold-brew green tea post on Hugo (PaperMod) with a ratio
 * table, and an old table-layout herb shop's herb-of-the-month page.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on product pages (Shopify, WooCommerce) the product name is the title and the
 * description (and WooCommerce's short description under the price) is body, with its h3 sections as headings; price,
 * vendor, variant and size options, quantity, stock, SKU, category, rating, add-to-cart and buy buttons, tab labels and the
 * WooCommerce panel heading "Description" (a tab label repeated) are furniture; tab panels shown with `display: none`
 * (Additional information, Reviews) and the content of closed `<details>` (Shopify's Shipping & returns tab, PaperMod's table
 * of contents) are in no list, while their visible summary labels are furniture; a recipe card's name, summary, ingredients,
 * instructions and notes are body (its name and Ingredients / Instructions / Notes labels headings), its times and servings,
 * Jump to / Print buttons and "Tried this recipe?" call to action furniture; a dek or excerpt under the h1 is body; screen-
 * reader-only text (visually-hidden, screen-reader-text) is furniture like other visible chrome, and text hidden by the
 * platform's own CSS (Webflow's form success / failure messages) is in no list; a byline label ("By", "Words by", "Last
 * reviewed") goes with the byline; reading times, view and comment counts are furniture; comment authors and dates are
 * bylines and comment texts furniture; on the Discourse thread all posts are body, user names and post dates bylines, and a
 * quoted passage inside a reply is body again (its "user:" header a byline); table data rows are body, one entry a row with
 * the cells joined by a space, header cells in no list; a wiki infobox is furniture, as are the wiki's [edit] links, contents
 * box, references list and categories, while citation markers inside a paragraph stay part of its text and the "last edited"
 * footer line is a byline; a bold paragraph acting as a heading in the table layout (no heading element) is body; a monograph's
 * plant family field and tags are furniture; image captions and photo credits are furniture.
 */
export const HELDOUT630_PAGES: readonly TestPage[] = [...HELDOUT630_A, ...HELDOUT630_B, ...HELDOUT630_C, ...HELDOUT630_D, ...HELDOUT630_E, ...HELDOUT630_F];
