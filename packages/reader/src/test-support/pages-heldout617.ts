import type { TestPage } from './page-kit.js';
import { HELDOUT617_A } from './pages-heldout617-a.js';
import { HELDOUT617_A2 } from './pages-heldout617-a2.js';
import { HELDOUT617_B } from './pages-heldout617-b.js';
import { HELDOUT617_B2 } from './pages-heldout617-b2.js';
import { HELDOUT617_C } from './pages-heldout617-c.js';
import { HELDOUT617_C2 } from './pages-heldout617-c2.js';
import { HELDOUT617_D } from './pages-heldout617-d.js';
import { HELDOUT617_D2 } from './pages-heldout617-d2.js';
import { HELDOUT617_E } from './pages-heldout617-e.js';
import { HELDOUT617_F } from './pages-heldout617-f.js';

/**
 * Held-out batch 617, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an alpaca walk booking page on
 * Squarespace 7.1 (fluid engine, Acuity embed, FAQ accordion), a pure alpaca yarn product page on Shopify (Dawn), a farm open day
 * post on WordPress (Astra, CookieYes, sidebar, comments), a llama trekking page built with Wix, a breed society fleece show report
 * on Drupal 10 (Olivero, results table, sidebar), a fleece type article on a MediaWiki wiki (Vector 2022, infobox, references), a
 * smallholders' forum thread on shearing day on Discourse, a long farm stay essay on Ghost (Casper), an alpaca picnic experience
 * page built in Webflow (feature cards, enquiry form), a gift voucher page built with Elementor on Hello Elementor, a 2008 stud
 * farm news page on a hand-built Dreamweaver table layout, and a llama trek listing on a Next.js experiences marketplace.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt or standfirst under the h1 is body; a table data row is one body entry,
 * its cells joined with spaces, and table header cells are in no list; FAQ accordion questions are headings and their answers
 * body (the closed Squarespace accordion and the closed Shopify "Care" collapsible row count as shown, since a reader opens them);
 * feature cards inside the page content (Webflow) give headings (their h3) and body (their text); on product and booking pages
 * the price, tax note, variant and quantity labels, vendor line, buy / book buttons and booking cards are furniture while the
 * description, its spec list and included / good-to-know lists are body; enquiry and booking forms (their heading, labels and
 * buttons) are furniture, and form control values (submit values, placeholders) are in no list; testimonials, reviews (with
 * their names, dates and ratings) and blog comments (with commenters' names and dates) are furniture, while on the Discourse
 * thread every post, and the quoted text inside a reply, is body and the usernames, post dates and the quote's "fellside_jo:"
 * line are bylines; a marketplace's "Hosted by ..." line is a byline, the host's tagline furniture; reading time ("6 min read")
 * is furniture; MediaWiki's infobox (caption, labels and values) is furniture, its References heading a heading and the
 * reference texts body, inline reference markers ([1]) stay in the paragraph text, the back-link arrow, section "edit" links,
 * table of contents and categories are furniture and "This page was last edited ..." a byline; the old table-layout page's title
 * (bold font text, not an h1) is the title and its h3 subheads are headings, its "Posted ..." line a byline; screen-reader-only
 * text (visually-hidden, sr-only, screen-reader-text, elementor-screen-only, Wix's "top of page") and text the platform's own
 * stylesheet keeps hidden (Webflow's form success / failure messages, MediaWiki's print footer) are in no list; a nav item, tag
 * or breadcrumb equal to a word of the body or title (Yarn, Treks, Fleece, News, Walks, Gift Vouchers...) is left out of furniture.
 */
export const HELDOUT617_PAGES: readonly TestPage[] = [
  ...HELDOUT617_A,
  ...HELDOUT617_A2,
  ...HELDOUT617_B,
  ...HELDOUT617_B2,
  ...HELDOUT617_C,
  ...HELDOUT617_C2,
  ...HELDOUT617_D,
  ...HELDOUT617_D2,
  ...HELDOUT617_E,
  ...HELDOUT617_F,
];
