import type { TestPage } from './page-kit.js';
import { HELDOUT566_A } from './pages-heldout566-a.js';
import { HELDOUT566_A2 } from './pages-heldout566-a2.js';
import { HELDOUT566_B } from './pages-heldout566-b.js';
import { HELDOUT566_C } from './pages-heldout566-c.js';
import { HELDOUT566_C2 } from './pages-heldout566-c2.js';
import { HELDOUT566_D } from './pages-heldout566-d.js';
import { HELDOUT566_E } from './pages-heldout566-e.js';
import { HELDOUT566_F } from './pages-heldout566-f.js';

/**
 * Held-out batch 566, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a honey shop's product page on
 * Shopify (Dawn), a beekeeping association's swarm collection page on WordPress with Elementor (Hello Elementor, CookieYes
 * banner, collectors table and report form), a beginners' course page on Squarespace 7.1 (Fluid Engine, accordion FAQ), a bee
 * farm's short "Our bees" page built with Wix, a heather honey product page on WooCommerce (Storefront, tabs), a county
 * association's Asian hornet news article on Drupal 10 (Olivero, tags, comments), a varroa drop count article on MediaWiki
 * (Vector 2022, table), a forum thread on queen cells on Discourse (crawler view, related topics), a beekeeper's long heather
 * harvest diary on Ghost (Casper, members' call-out, read-more cards), an inspection checklist on Hugo (PaperMod, table of
 * contents, post navigation), a honey brand's journal post on Webflow (CMS template, shop call-out, newsletter form) and a
 * district association's honey show schedule on an old FrontPage table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on product pages the product name (h1) is the title and the product's own
 * description, short description, tasting notes, storage and allergy notes and feature list are body, while the vendor line,
 * price, tax and stock notes, variant and quantity controls, cart buttons, SKU and category line, the store-wide "Shipping &
 * returns" accordion and reviews are furniture; headings inside the description and product accordion titles (Dawn's
 * "Storage and crystallisation", WooCommerce's "Description" tab heading) are headings; accordion panels collapsed by CSS or
 * closed `<details>` (Dawn's product accordion, the Squarespace FAQ) count as shown, so an FAQ's questions are body entries
 * one each with their answers after them (the Squarespace questions sit in h4 wrappers but are read as body, not headings);
 * panels hidden with `style="display: none"` (WooCommerce's Additional information and Reviews tabs), Dawn's Sale / Sold out
 * badges, Webflow's form success and failure messages and MediaWiki's print-only "Retrieved from" footer are in no list;
 * screen-reader-only texts (skip links, visually-hidden labels such as "Regular price", "Cart", "Search for:", Wix's "top of
 * page") are furniture, and so are texts in closed menus and dropdowns; a dek or description under the h1 (Ghost's excerpt,
 * PaperMod's description, WooCommerce's short description) is body; table data rows are body, one entry a row with the
 * cells joined by spaces, header cells in no list, and a table caption furniture; a checklist's items are body; comment
 * authors and times under an article are furniture with the comments, while the article's own author and date are bylines;
 * on the forum thread each post's paragraphs are body and its user name and date bylines, the post numbers, like counts,
 * category badge, tags and related topics furniture; reading times ("6 min read", "2 min") are furniture, "Written by" on
 * Webflow a byline; a "Page last updated ... by the Webmaster" line and MediaWiki's "This page was last edited on ..." are
 * bylines; callout boxes inside an article body (Ghost's callout card) are body, the callout's emoji furniture; call-outs
 * and newsletter boxes between the body and the footer (Webflow's shop call-out, Ghost's members' call-out) are furniture; a
 * link to download a form is furniture; furniture and bylines entries whose words occur in a row in the title, a heading or
 * a body entry are left out (applied with `tidy`), and punctuation-only separators (», ·, |, [ ]) are in no list.
 */
export const HELDOUT566_PAGES: readonly TestPage[] = [
  ...HELDOUT566_A,
  ...HELDOUT566_A2,
  ...HELDOUT566_B,
  ...HELDOUT566_C,
  ...HELDOUT566_C2,
  ...HELDOUT566_D,
  ...HELDOUT566_E,
  ...HELDOUT566_F,
];
