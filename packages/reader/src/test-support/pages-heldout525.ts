import type { TestPage } from './page-kit.js';
import { HELDOUT525_A } from './pages-heldout525-a.js';
import { HELDOUT525_B } from './pages-heldout525-b.js';
import { HELDOUT525_C } from './pages-heldout525-c.js';
import { HELDOUT525_D } from './pages-heldout525-d.js';
import { HELDOUT525_D2 } from './pages-heldout525-d2.js';
import { HELDOUT525_E } from './pages-heldout525-e.js';
import { HELDOUT525_F } from './pages-heldout525-f.js';

/**
 * Held-out batch 525, written in session 40 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Bristol recording studio's rates
 * page on Squarespace 7.1 with an announcement bar and cookie banner, a Manchester rehearsal rooms' booking page built with
 * Elementor (Hello Elementor, Elementor Pro form, Complianz banner), a studio gear list on Wix, a music shop's repair service
 * page with a price table on Shopify (Dawn), a music shop's blog post (a buying guide) on Ghost (Casper) with a members box
 * and "read more" cards, a studio news post on WordPress (Astra) with a sidebar and three comments, a Discourse thread (crawler
 * view) about a valve amp repair, a MediaWiki (Vector 2022) page about a closed studio with an infobox and references, a mixing
 * and mastering services page on Webflow with pricing cards and an FAQ accordion, a rehearsal co-op's house rules on Hugo
 * (Ananke) with a table-of-contents aside, a used-gear page of a music shop in an old table layout, and a rehearsal room
 * listing on a Next.js booking marketplace with reviews and a price box.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst under the h1 (Squarespace, Ghost, Webflow) and a listing's
 * location / type line under its h1 (Next.js) are body; a table's data rows are body, one entry a row with its cells joined by
 * a space, and its header row is in neither list; pricing-card plan names are headings and their price and feature lines body;
 * FAQ questions (accordion toggles, not headings) and their answers are both body, the collapsed answers included; a booking
 * form's field labels, consent checkbox and submit button are furniture, the text around the form body; call-to-action
 * buttons and links at the end of an article ("Check availability", "Get in touch about a repair", "Browse digital pianos",
 * "Start a project") are furniture; screen-reader-only texts that are not hidden by an attribute or the page's own CSS
 * (skip links, Wix's "top of page", Shopify's "Log in" / "Cart") are furniture, while elements with the hidden attribute,
 * Complianz's banner carrying its display:none class, Squarespace's hidden cart, closed menus' "Open Menu" labels, aria-hidden
 * labels and MediaWiki's print footer and site subtitle (hidden by the skin) are in no list; comments under a blog post and
 * reviews on a listing are furniture, their names and dates too (bylines are only the article's own author and date), while a
 * forum thread's posts are body and their user names and dates bylines, its like counts, tags and category badges furniture;
 * MediaWiki footnote markers stay in the paragraphs' text, the reference list items are body under the "References" heading,
 * the infobox (caption, labels, values) and "edit" links are furniture, and "This page was last edited ..." is a byline; a
 * page title set in a font tag (the table layout) is the title; a menu item, breadcrumb or infobox value that is a word or
 * phrase of the title or a body entry (Rates, Gear, Rooms, Guitars, Shop, Sheffield, Opened, Owner ...) is left out of furniture.
 */
export const HELDOUT525_PAGES: readonly TestPage[] = [
  ...HELDOUT525_A,
  ...HELDOUT525_B,
  ...HELDOUT525_C,
  ...HELDOUT525_D,
  ...HELDOUT525_D2,
  ...HELDOUT525_E,
  ...HELDOUT525_F,
];
