import type { TestPage } from './page-kit.js';
import { HELDOUT610_A } from './pages-heldout610-a.js';
import { HELDOUT610_A2 } from './pages-heldout610-a2.js';
import { HELDOUT610_B } from './pages-heldout610-b.js';
import { HELDOUT610_B2 } from './pages-heldout610-b2.js';
import { HELDOUT610_C } from './pages-heldout610-c.js';
import { HELDOUT610_D } from './pages-heldout610-d.js';
import { HELDOUT610_E } from './pages-heldout610-e.js';
import { HELDOUT610_F } from './pages-heldout610-f.js';

/**
 * Held-out batch 610, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a nail studio's treatment menu on
 * Squarespace 7.1 (menu block with prices), a brow and lash studio's patch test and aftercare page on WordPress with Astra and
 * Elementor (CookieYes banner), a beauty salon's policies page built with Wix, a nail brand's journal post on Shopify (Dawn) with a
 * comment and the comment form, a lash studio's FAQ page on Webflow with dropdown answers, a brow therapist's blog post on Ghost
 * (Casper) with read-more cards, a home-studio therapist's price list on GoDaddy Websites + Marketing, a waxing aftercare post on
 * Hugo (Ananke) with a related sidebar, an old table-layout salon price list with font tags, a marquee and a hit counter, a nail
 * technicians' forum thread on Discourse (crawler view) with a related topics table, a nail bar chain's treatment page on Next.js
 * with key facts, a details-element FAQ and a OneTrust banner, and a mobile therapist's booking policy on a free-plan Weebly site.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on a price list the category titles are headings even where they are not heading
 * elements (Squarespace menu-section-title divs, the table layout's bold cells), and each treatment's name with its price (and
 * duration) is one body entry, even where the name is set in a heading element (GoDaddy's h4) and the price in its own element,
 * its description a further body entry; a price table's data row is one body entry, its cells joined with a space; notes that
 * close a price list (patch test, deposit, consultation notes) are body; a standfirst, dek or section subtitle under the h1 is
 * body, while an eyebrow or kicker above it (Help centre, Manicures, a Ghost tag, Hugo's section label) is furniture; the
 * Next.js key facts are body, each term with its value one entry ("Duration 75 minutes"); FAQ group titles are headings, while
 * each question (a Webflow dropdown toggle, a summary element) and its answer are body entries, answers included though closed
 * until clicked; a bold line standing alone between line breaks (Weebly's Deposits, Payment...) is a heading, a bold lead-in
 * inside a paragraph or list item is part of that entry; call-to-action buttons and boxes in or after the article (Book a free
 * patch test, Book a lamination, Still have a question?) are furniture; comments under the Shopify post, with their author
 * name, date and count, are furniture; on the forum thread every post's paragraphs are body, user names and post dates are
 * bylines (the date's doubled space collapsed), like counts, the category badge, the tag and the related topics table with its
 * header cells are furniture, and the thread has no headings; reading times are furniture, author lines and post dates bylines,
 * the table layout's "Page last updated" line a byline; screen-reader-only texts (Log in, Cart, Copy link, Wix's top of page /
 * bottom of page) are furniture, SVG titles and aria-labels in no list; the Ananke cover repeating the title is in no list;
 * furniture and byline texts are listed once each, and left out when their words also run, in order and ignoring case, inside
 * the title, a heading or a body entry (a menu item Patch Tests, a breadcrumb BIAB, a tag Brows).
 */
export const HELDOUT610_PAGES: readonly TestPage[] = [
  ...HELDOUT610_A,
  ...HELDOUT610_A2,
  ...HELDOUT610_B,
  ...HELDOUT610_B2,
  ...HELDOUT610_C,
  ...HELDOUT610_D,
  ...HELDOUT610_E,
  ...HELDOUT610_F,
];
