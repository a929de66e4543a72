import type { TestPage } from './page-kit.js';
import { HELDOUT626_A } from './pages-heldout626-a.js';
import { HELDOUT626_A2 } from './pages-heldout626-a2.js';
import { HELDOUT626_B } from './pages-heldout626-b.js';
import { HELDOUT626_B2 } from './pages-heldout626-b2.js';
import { HELDOUT626_C } from './pages-heldout626-c.js';
import { HELDOUT626_C2 } from './pages-heldout626-c2.js';
import { HELDOUT626_D } from './pages-heldout626-d.js';
import { HELDOUT626_D2 } from './pages-heldout626-d2.js';
import { HELDOUT626_E } from './pages-heldout626-e.js';
import { HELDOUT626_E2 } from './pages-heldout626-e2.js';
import { HELDOUT626_F } from './pages-heldout626-f.js';
import { HELDOUT626_F2 } from './pages-heldout626-f2.js';

/**
 * Held-out batch 626, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a product page for a plank-on-frame
 * tug kit on Shopify (Dawn theme), a toy shop's family build morning event on Squarespace 7.1 (events item), a long OO gauge
 * starter guide on a WooCommerce shop blog (WordPress, Storefront theme) with comments, a model shop's swapmeet dates page on a
 * hand-written table layout with font tags and no h1, a figure-painting tutorial on Ghost (Casper theme), a DCC question thread
 * on Discourse (crawler view), a club wiki article on a wagon-kit maker on MediaWiki (Vector 2022), a wooden train set product
 * page on BigCommerce (Cornerstone theme), kit building instructions on Hugo (Docsy theme), a first-jigsaw guide on a Webflow
 * CMS journal, a shop-moving news post on Wix (Wix Blog) and an airbrush course page built with Elementor (Hello Elementor).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: each page is split across the files as a file a page would pass 300 lines otherwise
 * (a, a2 ... f, f2); a product page's article is the product name, its description and product-specific tabs (what's in the
 * box, specifications) with their tab headings, while price, stock, variant and quantity controls, vendor / brand lines, SKU
 * and weight facts, store-wide delivery and returns text (even in an accordion on the page), reviews, star counts and
 * recommendations are furniture; a tab panel hidden with aria-hidden (BigCommerce's warranty tab) is in no list, its tab labels
 * are furniture; an event's date, time and place lines are body (they are the event's facts, not publication dates), its map,
 * calendar-export and earlier / later event links furniture; a dek, lead or subtitle under the h1 is body; table data rows are
 * body, one entry a row with the cells' texts joined by a space, header rows (th cells, or the coloured bold first row of the
 * old table layout) in neither list; on the table-layout page the bold font line above the article is its title and the bold
 * underlined lines are its section headings; alert or callout titles written as h4 (Docsy's "Warning" and "Tip") are headings
 * and their text body, a Ghost callout card's text is body and its emoji furniture; FAQ accordion questions and answers are
 * body entries in turn; comments under an article are furniture, including their authors' names and dates, and dates,
 * reading times and tags on related or read-more cards are furniture; on a forum thread each post's paragraphs and a quoted
 * excerpt are body, user names, the quote's "name:" line and post times bylines, post numbers, like counts, tags, category
 * badges and the related-topics table furniture; reading times ("5 min read"), view, like and comment counts are furniture;
 * text only screen readers get (visually-hidden, sr-only, screen-reader-text, is-srOnly and the like) counts as furniture
 * when it is outside the article, while text hidden with the hidden attribute, aria-hidden="true", an inline display:none,
 * or by the platform's own stylesheet (MediaWiki's printfooter and Vector's TOC numbers, Webflow's form success / failure
 * messages, Docsy's feedback responses, Elementor's aria-hidden dropdown menu, Squarespace's hidden burger labels, Storefront's
 * "updated" date, Dawn's hidden share-close button) is in no list; the MediaWiki "last edited" line and Docsy's "Last
 * modified" line with its commit link are bylines; form controls' values and placeholders are
 * in no list, their labels furniture; furniture texts equal to a word or phrase of the title or body (a "Railway", "Shop",
 * "Kites" or "Painting" menu item, a shop name repeated in an event's address or a subtitle) are left out.
 */
export const HELDOUT626_PAGES: readonly TestPage[] = [
  ...HELDOUT626_A,
  ...HELDOUT626_A2,
  ...HELDOUT626_B,
  ...HELDOUT626_B2,
  ...HELDOUT626_C,
  ...HELDOUT626_C2,
  ...HELDOUT626_D,
  ...HELDOUT626_D2,
  ...HELDOUT626_E,
  ...HELDOUT626_E2,
  ...HELDOUT626_F,
  ...HELDOUT626_F2,
];
