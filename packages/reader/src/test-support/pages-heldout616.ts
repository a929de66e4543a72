import type { TestPage } from './page-kit.js';
import { HELDOUT616_A } from './pages-heldout616-a.js';
import { HELDOUT616_A2 } from './pages-heldout616-a2.js';
import { HELDOUT616_B } from './pages-heldout616-b.js';
import { HELDOUT616_B2 } from './pages-heldout616-b2.js';
import { HELDOUT616_C } from './pages-heldout616-c.js';
import { HELDOUT616_C2 } from './pages-heldout616-c2.js';
import { HELDOUT616_D } from './pages-heldout616-d.js';
import { HELDOUT616_D2 } from './pages-heldout616-d2.js';
import { HELDOUT616_E } from './pages-heldout616-e.js';
import { HELDOUT616_E2 } from './pages-heldout616-e2.js';
import { HELDOUT616_F } from './pages-heldout616-f.js';
import { HELDOUT616_F2 } from './pages-heldout616-f2.js';

/**
 * Held-out batch 616, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a saddlery's saddle fitting service
 * page built with Elementor (Hello Elementor, CookieYes banner, price list and testimonial widgets), a tack shop's riding hat
 * standards guide on Shopify (Dawn) with a table and comments, a long tack cleaning how-to on WordPress (GeneratePress) with a
 * sidebar and comments, a short saddler's repairs price list on an old FrontPage table layout with no heading element, a saddle
 * restoration journal post on Squarespace 7.1 with an image caption, author profile and previous / next links, a bridle
 * fitting guide page built with Wix (free-plan ad bar, consent banner), a breeches and jodhpur size guide on Webflow with size
 * tables in embeds and a newsletter form, a saddlers' guild news article on Drupal 10 (Olivero) with tags and a comment, a
 * saddler's newsletter essay on Ghost (Casper) with read-more cards, a tack shop community thread on Discourse (crawler view)
 * with related topics, a tack wiki article on MediaWiki (Vector legacy) with an infobox, and a turnout rug buying guide on the
 * HubSpot CMS blog with a CTA image, subscribe form and related posts.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt or standfirst under the h1 is body; on a page without an h1 (the table
 * layout) the big bold line that heads the content is the title; table data rows are body, one entry a row with the cells
 * joined by a space, and table header cells are in no list when the table is the article's, furniture when it is not (Discourse
 * related topics); a price list's items (Elementor) are body, the title and price as one entry and the description as another;
 * infobox rows are body ("Label Value"), the infobox header repeating the title is left out and its image caption is furniture;
 * a wiki's "See also" items are body; screen-reader-only text (skip links, visually-hidden labels and headings, jump links) is
 * furniture, while text in `hidden` elements, in elements styled `display:none` or `visibility:hidden`, inside a closed
 * `<details>` other than its summary (Shopify's search modal, share fallback and menu drawer), and in blocks the platform's
 * stock stylesheet always hides on screen (Webflow's form done / fail messages, MediaWiki's print footer) is in no list;
 * testimonials, call-to-action boxes with their buttons, author bios and reading times are furniture; comment text under an
 * article is furniture, but commenter names and comment dates are bylines, as are forum user names, post dates and a quote
 * header naming the quoted user ("hollyb:"), while the quoted text in a forum reply is body; forum like counts and post numbers
 * are furniture; "Written By" before an author name and a wiki's "last edited" line are bylines; dates on related-post cards and
 * a forum's related-topic activity column are furniture; bare punctuation (edit-link brackets, breadcrumb slashes, tag commas,
 * required-field stars) and form controls' values and placeholders are in no list; a form's visible labels are furniture.
 */
export const HELDOUT616_PAGES: readonly TestPage[] = [
  ...HELDOUT616_A,
  ...HELDOUT616_A2,
  ...HELDOUT616_B,
  ...HELDOUT616_B2,
  ...HELDOUT616_C,
  ...HELDOUT616_C2,
  ...HELDOUT616_D,
  ...HELDOUT616_D2,
  ...HELDOUT616_E,
  ...HELDOUT616_E2,
  ...HELDOUT616_F,
  ...HELDOUT616_F2,
];
