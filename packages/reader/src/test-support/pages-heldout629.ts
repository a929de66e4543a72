import type { TestPage } from './page-kit.js';
import { HELDOUT629_A } from './pages-heldout629-a.js';
import { HELDOUT629_A2 } from './pages-heldout629-a2.js';
import { HELDOUT629_B } from './pages-heldout629-b.js';
import { HELDOUT629_B2 } from './pages-heldout629-b2.js';
import { HELDOUT629_C } from './pages-heldout629-c.js';
import { HELDOUT629_D } from './pages-heldout629-d.js';
import { HELDOUT629_D2 } from './pages-heldout629-d2.js';
import { HELDOUT629_E } from './pages-heldout629-e.js';
import { HELDOUT629_F } from './pages-heldout629-f.js';

/**
 * Held-out batch 629, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a soap bar product page on Shopify
 * (Dawn) with collapsible tabs and recommendations, a candle-making workshop on a Squarespace 7.1 events collection, a fragrance
 * notes guide on WordPress with an Elementor Pro single-post template, a soap maker's short "Our Process" page built with Wix, an
 * indie perfumer's essay on Ghost (Casper), a soapmaking wiki article on MediaWiki (Vector 2022) with an infobox and a table, a
 * candle tunnelling thread on Discourse (crawler view), a candle product page on WooCommerce (Storefront), a lye calculator's
 * documentation page on Hugo (Docsy), a perfume house's journal post on Webflow, a fragrance oil supplier's blog article on
 * HubSpot CMS, and a hobby soapmaker's recipe page in an old table layout (FrontPage era, font tags, webring).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: product and event pages have kind 'blog' (the nearest); on product pages the product
 * title is the title, the short description, the description and the contents of collapsible tabs (ingredients, how to use,
 * shipping, candle care) are body and the tab titles headings, while vendor, price, stock, rating, variant and quantity
 * labels, SKU / category lines, add-to-cart and buy buttons, share controls and recommended products (names and prices) are
 * furniture; WooCommerce tab panels the theme's script has hidden (`style="display: none;"`: additional information, reviews)
 * are in no list, and the "Description" tab label repeats the panel's heading; an event page's date and start / end times are
 * bylines, its venue lines, map and calendar-export links, back link, tags and previous / next events furniture; a dek or lead
 * under the h1 (Ghost excerpt, Docsy lead) is body; article tables give one body entry per data cell, their header cells in
 * neither list, while a table outside the article (Discourse's related topics) is furniture header cells included; a figure
 * caption inside the article body is furniture; a pull quote or blockquote in the body is body; a docs admonition inside the
 * content is body and its label ("Warning") a heading; a wiki infobox, navbox, edit-section links, table of contents and
 * categories are furniture, the references list body under the "References" heading, a footnote marker stays inside its
 * paragraph; the wiki's "last edited" line and Docsy's "Last modified" line are bylines; on the forum every post's text is
 * body and each user name and post date a byline, post numbers and like counts furniture; dates on related-post cards are
 * furniture with the cards; an author's name shown again in an author box is a byline (listed once), the bio furniture; "Words
 * by" before a Webflow author is a byline; in the table layout the bold underlined lines (Ingredients, Method, Notes) are
 * headings and the title is the large bold line (no h1); a hit counter and webring are furniture; screen-reader-only text
 * (visually-hidden, screen-reader-text, show-for-sr, elementor-screen-only) is in no list except skip links, which are
 * furniture; Webflow's form success / failure messages, hidden by the platform stylesheet, are in no list, while menus that
 * are only collapsed by CSS (Vector's main menu) count as visible furniture; call-to-action buttons and cards inside the
 * article body (Discover Terre Basse, Try the Discovery Set, the Ghost member card, Book your place) are furniture; Wix's
 * empty spacer paragraphs hold no text; a cart count ("0") is furniture; form control values, placeholders and image alt texts
 * are in no list.
 */
export const HELDOUT629_PAGES: readonly TestPage[] = [
  ...HELDOUT629_A,
  ...HELDOUT629_A2,
  ...HELDOUT629_B,
  ...HELDOUT629_B2,
  ...HELDOUT629_C,
  ...HELDOUT629_D,
  ...HELDOUT629_D2,
  ...HELDOUT629_E,
  ...HELDOUT629_F,
];
