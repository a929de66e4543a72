import type { TestPage } from './page-kit.js';
import { HELDOUT574_A } from './pages-heldout574-a.js';
import { HELDOUT574_B } from './pages-heldout574-b.js';
import { HELDOUT574_C } from './pages-heldout574-c.js';
import { HELDOUT574_C2 } from './pages-heldout574-c2.js';
import { HELDOUT574_D } from './pages-heldout574-d.js';
import { HELDOUT574_E } from './pages-heldout574-e.js';
import { HELDOUT574_E2 } from './pages-heldout574-e2.js';
import { HELDOUT574_F } from './pages-heldout574-f.js';

/**
 * Held-out batch 574, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an antique dealer's item page with
 * provenance on Shopify (Dawn), a reclamation yard's flagstone product page on WooCommerce (Storefront) with tabs and related
 * products, a vintage dealer's about page on Squarespace 7.1 with a quote strip and newsletter block, a vintage furniture
 * dealer's buying-guide post on Wix Blog with recent posts and a comments box, a clock dealer's valuation guide on WordPress
 * (Astra and Elementor) with a call-to-action column, a salvage dealers' association code of practice on Drupal 10 (Olivero)
 * with a table and sidebar blocks, a vintage dealer's buying-trip post on Ghost (Casper) with captions, a callout and read-more
 * cards, a reclamation yard's tile post on Hugo (PaperMod) with a contents box and post navigation, a collectors' wiki article
 * on a pottery and its marks on MediaWiki (Vector 2022) with an infobox and a marks table, a collectors' forum thread on a
 * dresser on Discourse (crawler view) with related topics, a country antique shop's stock item in an old table layout with a
 * hit counter, and a vintage marketplace listing with provenance on Next.js with a seller box, item details and a OneTrust banner.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on a shop's item page the dealer's own description (its paragraphs, its provenance,
 * condition and dimensions sections and their headings, a WooCommerce short description, the "Description" heading of the
 * open tab) is the article, while the shop's chrome around it is furniture: price, tax and delivery lines, stock counts, stock
 * or reference numbers, SKU, categories and tags, quantity label, add-to-cart, buy-now and offer buttons, the vendor label over
 * the title, seller boxes, tab labels, gallery counters, and platform-generated fact lists (Next.js "Item details", the wiki
 * infobox); a dealer's dimensions list written into the description is body; content of closed `<details>` and of tab panels
 * hidden with `display: none` is in no list, their summary or tab labels are furniture; screen-reader-only texts (visually-hidden,
 * screen-reader-text spans, Vector's "Main menu" label) are furniture, as earlier batches did; a summary or dek under the h1
 * (Ghost excerpt, PaperMod description, Elementor italic intro) is body; read-time labels ("3 min read", "4 min") are furniture
 * and author names and post dates are bylines, including the dates on read-more cards; a newsletter callout placed inside a post
 * body (Ghost callout card) is furniture; testimonial quotes in a strip after an about page's text, and their sources, are
 * furniture; the Squarespace about page's title is its h1 "Pellow & Daughter" (the same as the site title, so that is in no
 * other list); table data rows are body, one entry a row with the cells joined by a space, and table header cells in neither
 * list (the related-topics table of the forum is furniture, header cells included); list items written as a bold lead-in
 * and sentence are one entry; a forum thread's posts are body, user names and post dates bylines, post numbers (#1) and like
 * counts furniture; a site-wide "Site last updated" line and the wiki's "last edited" line are bylines; the wiki's table of
 * contents numbers, "(Top)", "hide" and "[edit]" links are furniture; menu and tag texts that equal a word or phrase of the
 * title or body (Shop, About, Join, Valuations, Flagstones, pine) are left out of furniture by the usual rule.
 */
export const HELDOUT574_PAGES: readonly TestPage[] = [
  ...HELDOUT574_A,
  ...HELDOUT574_B,
  ...HELDOUT574_C,
  ...HELDOUT574_C2,
  ...HELDOUT574_D,
  ...HELDOUT574_E,
  ...HELDOUT574_E2,
  ...HELDOUT574_F,
];
