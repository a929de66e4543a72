import type { TestPage } from './page-kit.js';
import { HELDOUT575_A } from './pages-heldout575-a.js';
import { HELDOUT575_A2 } from './pages-heldout575-a2.js';
import { HELDOUT575_B } from './pages-heldout575-b.js';
import { HELDOUT575_B2 } from './pages-heldout575-b2.js';
import { HELDOUT575_C } from './pages-heldout575-c.js';
import { HELDOUT575_D } from './pages-heldout575-d.js';
import { HELDOUT575_E } from './pages-heldout575-e.js';
import { HELDOUT575_F } from './pages-heldout575-f.js';

/**
 * Held-out batch 575, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a new LP's product page with its
 * tracklist on Shopify (Dawn), a used first pressing's product page with a tracklist table on WooCommerce (Storefront), a Record
 * Store Day post on a Squarespace 7.1 blog, a "we buy record collections" page built with Elementor (Hello Elementor, CookieYes),
 * a staff-picks post on a shop's Ghost journal (Casper), a grading thread on a collectors' Discourse forum (crawler view), a
 * local history wiki's page on a record shop on MediaWiki (Vector 2022), a grading guide in a dealer's Zendesk Help Center
 * (Copenhagen), a label's album page on Bandcamp, a mail-order dealer's new arrivals list in an old table layout (HTML 4, font
 * tags, no h1), a co-op record shop's moving news on Drupal 10 (Olivero) with comments, and a record fair's page on Wix with
 * its free-plan ad banner.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on product pages the product name (h1) is the title, the description's paragraphs,
 * tracklist items and its details list (label, catalogue number, format, release date) are body, WooCommerce's short
 * description is body and its "Description" tab heading a heading; price, tax line, stock, variant and quantity pickers, cart
 * buttons, pickup box, vendor line, SKU / categories / tags meta, tab labels and related products are furniture; a tracklist
 * or price-list table's data rows are body, one entry a row with its cells joined by spaces, header cells in neither list;
 * Bandcamp's album title (h2.trackTitle) is the title, its "by" artist line and "released" line bylines, the track rows, about
 * text and credits body (the about block's two <br>-split paragraphs two entries), and its buy boxes with their package text,
 * tags, "supported by" fans, artist bio and links furniture; the old table page's title is its big bold font line (no h1),
 * its "Last updated" line a byline, its marquee, nav, address, mailing-list box, visitor counter and "best viewed" line
 * furniture; a dek / excerpt under the h1 is body; Ghost's reading time ("• 3 min read") is furniture; an author line's
 * label ("Written By") is a byline; Zendesk's author name, date and "Updated" are bylines, its definition list's terms and
 * definitions are body entries each; on the wiki the infobox data rows are body (one entry a row, "Founded 1987"), its title
 * row repeats the title, citation markers ([1]) stay in their paragraphs, reference items are body with their ↑ backlink,
 * the "last edited" footer line is a byline, and the TOC, edit links, tabs, tools and categories are furniture; on the
 * Elementor page the FAQ questions (h3 heading widgets) are headings and answers body, while testimonials, call buttons and
 * the valuation form's labels are furniture; on the forum every post's text is body, a quoted passage in a reply is a body
 * entry and its "lou_digs:" quote header a byline, user names and post times bylines, like counts, category, related topics
 * (with their reply and view counts and dates) furniture; comments under the Drupal article are furniture but their author
 * names and dates are bylines; the Wix page's date and venue lines under the h1 are body; visually hidden texts (screen-reader
 * labels, Wix's "top of page" / "bottom of page" anchors, a form's hidden success message, a display:none reviews tab,
 * MediaWiki's print footer) are in no list.
 */
export const HELDOUT575_PAGES: readonly TestPage[] = [
  ...HELDOUT575_A,
  ...HELDOUT575_A2,
  ...HELDOUT575_B,
  ...HELDOUT575_B2,
  ...HELDOUT575_C,
  ...HELDOUT575_D,
  ...HELDOUT575_E,
  ...HELDOUT575_F,
];
