import type { TestPage } from './page-kit.js';
import { HELDOUT518_A } from './pages-heldout518-a.js';
import { HELDOUT518_B } from './pages-heldout518-b.js';
import { HELDOUT518_C } from './pages-heldout518-c.js';
import { HELDOUT518_D } from './pages-heldout518-d.js';
import { HELDOUT518_E } from './pages-heldout518-e.js';
import { HELDOUT518_F } from './pages-heldout518-f.js';

/**
 * Held-out batch 518, written in session 40 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a print shop's artwork guidelines
 * page on WordPress (Astra, CookieYes banner) with a bleed table, a picture framer's price list on Squarespace 7.1 (fluid
 * engine blocks, newsletter block), a sticker printer's turnaround page on Shopify (Dawn) with a table, a framer's long framing
 * guide on the Wix Blog with comments and recent posts, a print shop's moving-premises news post on Ghost (Casper), a sign
 * maker's roller banner bleed article on a Zendesk Help Center (Copenhagen), a sign maker's planning permission blog post on
 * Webflow (Finsweet cookie banner), a framer's conservation framing page in a 2000s table layout, a print shop's customer
 * forum thread on Discourse (crawler view), a print collective's risograph studio rules on Drupal (Olivero), a letterpress
 * studio's news post on Hugo (Ananke) and a sign maker's vehicle wrap post on HubSpot CMS.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: table data rows are body, one entry a row with the cells' texts joined by a space;
 * table header cells, and a first row of bold <td> labels standing as the header (the Zendesk table), are in neither list; a
 * dek or excerpt under the h1 (Ghost) is body; price lines written as paragraphs (Squarespace) are body, one entry each;
 * callouts and notes inside the article (Ghost callout card, Zendesk note) are body; a bold paragraph standing as a heading in
 * the old table layout is a body entry, as only h2-h6 count as headings; button labels and CTAs inside the article (download
 * templates, get directions, book a consultation) and "See also" links are furniture; figure captions are furniture;
 * reading times and word counts are furniture, while author names, "By ..." lines, post dates, "Updated" and relative dates
 * ("3 months ago") are bylines; dates on related or read-more cards and on a forum's related topics are bylines, their titles,
 * excerpts and counts furniture; the names and dates on comments under a blog post (Wix) are bylines, the comment texts
 * furniture; in the forum thread every post's text (paragraphs and list items) is body, user names and post times bylines,
 * post numbers and like counts furniture; the title repeated in a cover header (Hugo) and table-of-contents entries equal to
 * headings are in no list; visually hidden labels (Search, Cart, Breadcrumb, Main navigation) count as furniture, while the
 * contents of closed <details> (Dawn's search modal) and of display:none blocks (Finsweet preferences) are in no list; a
 * furniture text of up to three words is left out when it occurs as whole words in the title, a heading or a body entry of
 * at most ten words, and a longer one when it occurs inside any of them; a text shown twice (menu and footer, NEWS and News)
 * is listed once.
 */
export const HELDOUT518_PAGES: readonly TestPage[] = [...HELDOUT518_A, ...HELDOUT518_B, ...HELDOUT518_C, ...HELDOUT518_D, ...HELDOUT518_E, ...HELDOUT518_F];
