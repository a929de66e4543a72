import type { TestPage } from './page-kit.js';
import { HELDOUT528_A } from './pages-heldout528-a.js';
import { HELDOUT528_B } from './pages-heldout528-b.js';
import { HELDOUT528_C } from './pages-heldout528-c.js';
import { HELDOUT528_D } from './pages-heldout528-d.js';
import { HELDOUT528_E } from './pages-heldout528-e.js';
import { HELDOUT528_F } from './pages-heldout528-f.js';

/**
 * Held-out batch 528, written in session 41 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a mini excavator hire product page
 * on WooCommerce (Storefront) with a rates table, tabs and reviews, a carpet cleaner hire product on Shopify (Dawn), a plant
 * hire depot page built with Wix, terms of hire on Squarespace 7.1, a cement mixer safety guide on WordPress with Elementor
 * Pro and comments, a hire association's tower handover guidance note on Drupal 10 (Olivero) with a sidebar, an access hire
 * buying guide on HubSpot CMS with a comparison table, a scaffold tower hire landing page on Webflow with a CMS price list,
 * FAQ and quote form, a new depot news post on Ghost (Casper), a plate compactor product page of a national hire chain on
 * Next.js, a Discourse forum thread about hiring a plate compactor, and a family hire shop's garden price list in an old
 * table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on a hire product page the price shown with the product (the headline price line),
 * the short description, the rates table and the visible description, features, specification and safety text are body, and
 * the section headings inside the product's content (Description, Hire prices, Specifications...) are headings; each table
 * data row is one body entry, its cells joined by a space (a row-label `th` in a two-column specification table is part of its
 * row), while column header rows are in neither list; tab links, hire-date and quantity controls, variant option labels,
 * basket and quote buttons, product code / SKU and category lines, ratings, store pickers, cross-sell cards and the cart total
 * are furniture; panels hidden with `display:none` (WooCommerce's inactive tabs: specification and reviews) are in no list;
 * text in screen-reader-only elements (screen-reader-text, visually-hidden, sr-only, Wix's "top of page") is furniture, while
 * text in elements hidden by attribute or inline style is in no list; a depot page's address and opening hours are body, its
 * map, "Get directions" button and manager contact strip furniture; a standfirst under the h1 is body; a highlighted tip box
 * and a pull quote inside the article are body; comments under a blog post, with their authors and dates, are furniture,
 * while on a forum thread every post is body and its user names and post dates are bylines; the Discourse topic map, timeline
 * and suggested topics are furniture; reading time, feature-image captions and read-more card titles, dates and lengths are
 * furniture; a guidance note's "Issued" label and date are bylines, its reference field and downloads block furniture; a
 * "Last updated" / "Page last updated" line is a byline; a landing page's feature card titles, price-list section title and
 * FAQ questions are headings and each card text, price-list name and price, and answer body, while its quote form (with
 * its heading, labels and Webflow's success and failure messages) is furniture; an old table layout's left-column address
 * and nav, marquee, footer and hit counter text are furniture, and its category rows' h2 texts inside the price table are
 * headings.
 */
export const HELDOUT528_PAGES: readonly TestPage[] = [...HELDOUT528_A, ...HELDOUT528_B, ...HELDOUT528_C, ...HELDOUT528_D, ...HELDOUT528_E, ...HELDOUT528_F];
