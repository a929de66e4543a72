import type { TestPage } from './page-kit.js';
import { HELDOUT564_A } from './pages-heldout564-a.js';
import { HELDOUT564_B } from './pages-heldout564-b.js';
import { HELDOUT564_C } from './pages-heldout564-c.js';
import { HELDOUT564_D } from './pages-heldout564-d.js';
import { HELDOUT564_E } from './pages-heldout564-e.js';
import { HELDOUT564_F } from './pages-heldout564-f.js';

/**
 * Held-out batch 564, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an independent cinema's film page
 * with showtimes on WordPress (Hello Elementor with Elementor Pro header and footer and a Complianz banner), a film society's
 * season programme on Squarespace 7.1, a community cinema's membership page built with Wix, a film club's news post on Ghost
 * (Casper), an open-air screening ticket sold as a product on Shopify (Dawn), a film society's history page on a MediaWiki wiki
 * (Vector 2022) with an infobox and a table, a film club's programme vote thread on Discourse (crawler view), a cinema's "Plan
 * your visit" page on Webflow, a film page with a showtimes grid on a Next.js (App Router) cinema chain site, a silent film
 * night event page on Drupal 10 (Olivero), programme notes for a screening on Hugo (PaperMod), and a 1998 film society
 * programme in a FrontPage table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a film's showtimes are body, one entry a day with its times ("Sat 14 Mar 12:00 17:45
 * 21:00"), even where the day is marked up as an h3 (Next.js), so such day labels are not headings; "Book tickets" / "Book now"
 * links, time-filter tabs and trailer buttons are furniture; a film's facts line or facts list (director, cast, country, year,
 * running time, certificate) is body wherever it sits on the page (under the h1 or in the Next.js aside); a dek or excerpt under
 * the h1 is body; a season programme's film titles are headings and each film's date line and blurb body, its "Film notes"
 * button furniture; a membership page's tier names are headings and each tier's price and benefit items body, the "Join Now"
 * buttons furniture; a product page's description is body while its vendor line, price, tax note, variant picker labels,
 * quantity and cart buttons are furniture; a MediaWiki infobox's data rows and a Drupal event's When / Where fields are body,
 * one entry a row as "label value" (the infobox title repeats the page title and is in neither list); table data rows are body,
 * one entry a row with the non-empty cells joined by a space, table header cells in neither list; a Discourse thread's posts
 * are all body (no headings), user names and post dates bylines, like counts, tags, category badge and related-topics table
 * furniture; a Ghost post's author, date and reading time are bylines, as are the dates on its read-more cards, while their
 * titles are furniture; a Hugo post's date, reading time and author are bylines; a Drupal "Posted by ... on ..." line is
 * bylines; an old site's "Page last updated" line is a byline, its hit counter, webmaster line and "best viewed" note
 * furniture; a quotation with its attribution inside the article is one body entry; figure captions and photo captions are
 * furniture; form placeholders and input values are in no list.
 */
export const HELDOUT564_PAGES: readonly TestPage[] = [...HELDOUT564_A, ...HELDOUT564_B, ...HELDOUT564_C, ...HELDOUT564_D, ...HELDOUT564_E, ...HELDOUT564_F];
