import type { TestPage } from './page-kit.js';
import { HELDOUT521_A } from './pages-heldout521-a.js';
import { HELDOUT521_B } from './pages-heldout521-b.js';
import { HELDOUT521_C } from './pages-heldout521-c.js';
import { HELDOUT521_D } from './pages-heldout521-d.js';
import { HELDOUT521_E } from './pages-heldout521-e.js';
import { HELDOUT521_F } from './pages-heldout521-f.js';

/**
 * Held-out batch 521, written in session 40 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a debating society page on an MSL
 * students' union site with a join box and committee sidebar, a sabbatical election notice on WordPress (Astra) with a
 * sidebar, a debate motion and results post on Hugo (PaperMod) with a table of contents and results table, a Model UN
 * delegate guide on Squarespace 7.1 with an FAQ accordion, a students' union council news post on Drupal 10 (Olivero), a
 * Discourse thread on a debating league forum about an adjudication call, a Model UN committee background guide on Google
 * Sites, a school debating club's event page built with Wix, a Model UN registration and fees page on Webflow with a fee
 * table, a debating society's term review on Ghost (Casper), a debating wiki article on MediaWiki (Vector 2022), and a
 * students' union by-election results page built with Elementor (Hello theme) with two results tables.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst under the h1 is body; table data rows are body, one entry a row
 * (its cells joined with single spaces, an empty cell dropped), table header cells in neither list; a pulled-out motion in a
 * blockquote is body; FAQ accordion questions are headings and their answers body (the answers are in the DOM, only
 * collapsed); a listing of body items (election positions, key dates, a schedule) is body, one entry an item; a notice's
 * signature line ("Signed: ..., Returning Officer") and a post's reading time are bylines, as are a wiki's "last edited" line
 * and a forum's user names and post dates; the text of screen-reader-only elements (visually-hidden labels such as "Search",
 * "Main Menu", "Main navigation", Wix's "top of page") is furniture, while `hidden` elements and attributes are in no list;
 * a committee list in a sidebar and a society's join box (product, price, Buy) are furniture; a wiki hatnote, navbox,
 * category links, table of contents and edit links are furniture; the Discourse forum's tags and suggested-topics table
 * (titles, counts, header cells) are furniture; the Google Sites footer labels ("Page updated") are furniture; menu items,
 * tags and breadcrumbs equal to a word of the title or body (Elections, Committees, Register, Secretariat, Training,
 * education, adjudication, UNEP) are left out of furniture.
 */
export const HELDOUT521_PAGES: readonly TestPage[] = [...HELDOUT521_A, ...HELDOUT521_B, ...HELDOUT521_C, ...HELDOUT521_D, ...HELDOUT521_E, ...HELDOUT521_F];
