import type { TestPage } from './page-kit.js';
import { HELDOUT595_A } from './pages-heldout595-a.js';
import { HELDOUT595_A2 } from './pages-heldout595-a2.js';
import { HELDOUT595_B } from './pages-heldout595-b.js';
import { HELDOUT595_C } from './pages-heldout595-c.js';
import { HELDOUT595_D } from './pages-heldout595-d.js';
import { HELDOUT595_D2 } from './pages-heldout595-d2.js';
import { HELDOUT595_E } from './pages-heldout595-e.js';
import { HELDOUT595_F } from './pages-heldout595-f.js';

/**
 * Held-out batch 595, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a hire boat's specification page on
 * WooCommerce (Storefront) with a booking form, hidden tab panels and related boats, a first-time boater guide on WordPress
 * (Astra with Elementor Pro) with share buttons, author box and comments, a ring route guide with a daily lock-count table on a
 * Squarespace 7.1 blog, a short day-boat hire page built with Wix (free plan, with the Wix ad banner), a mooring how-to on a
 * Shopify store blog (Dawn), a canal article on a MediaWiki waterways wiki (Vector 2022) with an infobox, a lock table and
 * references, a Discourse forum thread on a first-time crew's route, a canal breach news story on Ghost (Casper), a lock flight
 * guidance page on Drupal 10 (Olivero) with a section menu, a wide-beam boat page on Webflow with a spec grid, a cruising log
 * day on a Hugo blog (PaperMod) with a lock times table, and a tariff page in an old table layout with font tags.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a table data row (and a spec grid's label / value pair, and a WooCommerce attribute
 * row whose label is a row `th`) is one body entry, its cells joined with a space; a table's column header row (`th` cells, or
 * the bold `td` cells of the old layout's first row) is in no list; tables outside the article (Discourse's suggested topics)
 * are furniture, header cells included; a dek or standfirst under the h1 (Ghost excerpt, Hugo description, Webflow lede,
 * product short description) is body; prices, price notes, booking forms and their labels, SKU and category lines, boat tags
 * ("Wide-beam · Sleeps 6") and call-to-action strips are furniture; WooCommerce tab labels equal to a panel heading count
 * as that heading, other tab labels are furniture, and panels hidden with `style="display: none;"` are in no list; the panel's
 * h2 "Description" is a heading; text in `visually-hidden` / `screen-reader-text` elements (skip links, search labels, "Log
 * in", "Cart", "Payment methods", Wix's "top of page") is furniture, while `hidden`, `aria-hidden` and `display: none` text
 * is in no list; under a blog post, commenters' names and comment dates are bylines and the comment texts furniture; on the
 * forum thread, posts are body (a quote inside a reply is its own body entry, its "wagtail_jen:" title a byline), user names,
 * full names and post dates bylines, like counts, the topic map and suggested topics furniture; a wiki infobox is furniture, one
 * entry per row ("Length 31 miles (50 km)"), the wiki's reference list items are body (with their "^" backlink), citation
 * markers stay inside their paragraphs, "[edit]" links are furniture and the table of contents' entries, which repeat the
 * headings, are in no list (its "Contents", "hide" and "(Top)" are furniture), as are Hugo's TOC entries; a callout box
 * inside the article body (the Drupal "Flight office" box, Ghost's callout card, an in-article "Shop the kit" line) is
 * body, its title a heading, and the callout's emoji icon in no list; MediaWiki's "This page was last edited ..." line,
 * Drupal's "Page last reviewed" label and date and the old layout's "Site last updated" are bylines; Hugo's post-meta line
 * (date · reading time · word count · authors) is one byline, while Ghost's separate reading-time span is furniture; the old
 * layout's visitor counter is an image, so only "You are visitor number" is furniture; a menu, tag or nav item equal to a
 * word of the title or the body (Locks, Boats, About, Routes, Shop, Marina, From, Tariff) and a site name that occurs in the
 * body (Bramwell Marina) are left out of furniture.
 */
export const HELDOUT595_PAGES: readonly TestPage[] = [
  ...HELDOUT595_A,
  ...HELDOUT595_A2,
  ...HELDOUT595_B,
  ...HELDOUT595_C,
  ...HELDOUT595_D,
  ...HELDOUT595_D2,
  ...HELDOUT595_E,
  ...HELDOUT595_F,
];
