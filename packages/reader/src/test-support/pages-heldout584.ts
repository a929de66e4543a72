import type { TestPage } from './page-kit.js';
import { HELDOUT584_A } from './pages-heldout584-a.js';
import { HELDOUT584_A2 } from './pages-heldout584-a2.js';
import { HELDOUT584_B } from './pages-heldout584-b.js';
import { HELDOUT584_C } from './pages-heldout584-c.js';
import { HELDOUT584_C2 } from './pages-heldout584-c2.js';
import { HELDOUT584_D } from './pages-heldout584-d.js';
import { HELDOUT584_D2 } from './pages-heldout584-d2.js';
import { HELDOUT584_E } from './pages-heldout584-e.js';
import { HELDOUT584_F } from './pages-heldout584-f.js';

/**
 * Held-out batch 584, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a memorial maker's headstone design
 * post on WordPress (Astra, CookieYes banner, sidebar, comment form), a district council's cemetery memorial regulations guide page
 * on LocalGov Drupal with a size table, a lettercutter's long inscription guide on Squarespace 7.1 with inscription examples and a
 * quote block, a short memorial care post on a Wix blog, a memorial supplies shop's vase article on Shopify (Dawn) with product
 * cards, a stone carver's slate plaque process post on Ghost (Casper), a lettercutting article on a craft wiki running MediaWiki
 * (Vector 2022) with a data table, a Discourse thread (crawler view) on a kerbed memorial in a lawn section, a memorial design
 * studio's process page on Webflow with step cards and a testimonial, a masons' guild news post on a HubSpot CMS blog, a headstone
 * price guide with a price table and FAQ accordion built with Elementor, and a family stonemason's restoration page in an old
 * FrontPage table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or excerpt under the h1 (Ghost's excerpt, the Webflow hero paragraph) is body,
 * while a label above the h1 (Webflow's "Our process" eyebrow) is furniture; table data rows in the article are body, one entry a
 * row with its cells joined by spaces, and the article tables' header cells are in neither list (header cells of tables outside
 * the article, Discourse's related topics, are furniture); each inscription example in the lettering guide is one body entry, its
 * lines joined by spaces; a quote block's quotation and its attribution line inside the article are body; FAQ accordion questions
 * (not heading elements) and their answers are body, answers included though collapsed by the stylesheet; a LocalGov guide page's
 * h2 repeating the page title is neither a heading nor furniture, and its guide contents list is furniture; on the Discourse thread
 * every post is body, user names and post times bylines, like counts furniture; testimonials and CTA sections on a service page are
 * furniture; dates and reading times in related-post cards are furniture, while the article's own reading time ("7 min read",
 * "1 min read") is furniture too; view and comment counters with words ("48 views") are furniture, but bare numbers (post
 * positions, reply and view counts, like counts, step numbers "01") are in no list; skip links are furniture, other
 * screen-reader-only texts (visually hidden labels, Wix's "top of page") and texts hidden by the platform's stylesheet until
 * triggered (Webflow form success and failure messages, Squarespace's hidden submission text, closed menus and the Shopify
 * share fallback inside a closed details element, MediaWiki's print footer) are in no list; figure captions and photo credits are
 * furniture; Squarespace's "Written By" label and author name are one byline line; the old table layout's "Page last updated"
 * line is a byline and its visitor counter text furniture (the counter
 * image's number in no list); form placeholders and input button values are in no list; a furniture or byline text that also
 * occurs, as whole words, inside the title, a heading or a body entry is left out (the kit's `page` applies this).
 */
export const HELDOUT584_PAGES: readonly TestPage[] = [
  ...HELDOUT584_A,
  ...HELDOUT584_A2,
  ...HELDOUT584_B,
  ...HELDOUT584_C,
  ...HELDOUT584_C2,
  ...HELDOUT584_D,
  ...HELDOUT584_D2,
  ...HELDOUT584_E,
  ...HELDOUT584_F,
];
