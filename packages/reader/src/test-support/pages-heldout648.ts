import type { TestPage } from './page-kit.js';
import { HELDOUT648_A } from './pages-heldout648-a.js';
import { HELDOUT648_A2 } from './pages-heldout648-a2.js';
import { HELDOUT648_B } from './pages-heldout648-b.js';
import { HELDOUT648_C } from './pages-heldout648-c.js';
import { HELDOUT648_D } from './pages-heldout648-d.js';
import { HELDOUT648_E } from './pages-heldout648-e.js';
import { HELDOUT648_E2 } from './pages-heldout648-e2.js';
import { HELDOUT648_F } from './pages-heldout648-f.js';

/**
 * Held-out batch 648, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a ballet school's class timetable
 * on WordPress (Astra, Gutenberg tables, CookieYes banner), a salsa club's showcase announcement on Squarespace 7.1 (blog item
 * with caption, button and prev / next links), a ceilidh club's beginners' FAQ built with Wix, a tap studio's technique post
 * on Ghost (Casper, with read-more cards), a ballet school's auditions news article on Drupal 10 (Olivero, with tags and
 * comments), a salsa forum thread on Discourse in its no-JavaScript crawler view, a ceilidh dance's article on MediaWiki
 * (Vector 2022, infobox, table of contents), a tap studio's summer intensive announcement on Webflow (CMS page with a
 * waiting-list form), a salsa school's shop journal article on Shopify (Dawn, share button, comment form), a ballet school's
 * long guide for new families on Hugo (Ananke, side table of contents), a ceilidh club's Hogmanay dance announcement on
 * WordPress with Elementor (Hello theme, Pro header and footer, Complianz banner), and a tap school's fees and timetable page
 * in an old Microsoft FrontPage table layout.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a table data row is one body entry, its cells' texts joined by a space (empty cells
 * dropped), and table header cells are in neither list (in the article; the Discourse related-topics table's header cells,
 * outside it, are furniture); a dek or standfirst under the h1 (Ghost excerpt, Wix intro line, Webflow intro, Hugo italic
 * lead) is body; an event's facts (date, time, venue, price, band) shown as a list or grid inside the article are body, one
 * entry a fact, a grid's label and value joined by a space ("Dates Monday 27 – ..."); FAQ questions set as headings are
 * headings and their answers body; the MediaWiki infobox (its label and value cells) is furniture, and its caption repeating
 * the title is left out; the table-of-contents entries repeat the headings and are left out, its section numbers are
 * furniture; wiki "edit" section links are furniture, their bracket punctuation in no list; "This page was last edited on
 * ..." (MediaWiki) and "Last updated ..." (table layout) are bylines; a reading time ("4 min read") and a post's tag or
 * section label (Ghost "Technique", Hugo "Parents") are furniture; a call-to-action card or button inside the article body
 * (Ghost callout card, Squarespace and Elementor "Buy tickets", Astra "Book a free trial class") is furniture; a note
 * under a list that belongs to the article ("The full dance card is handed out at the door.") and a lead-in line before a
 * list ("Send the following to ...:") are body; comments under an article (Drupal, Shopify), with their authors and
 * dates, are furniture, while on the Discourse thread every post is body and its user names and dates are bylines, its
 * post numbers ("#1") and like counts furniture; text only for screen readers (visually-hidden and screen-reader-text
 * classes, Wix's "top of page" / "bottom of page", Elementor's "Menu") is visible furniture, and so is text hidden only by
 * the platform's stylesheet (Vector's collapsed main menu and print-only "Retrieved from" line, Webflow's form success
 * and error messages); text under a hidden or aria-hidden="true" attribute, inline display:none, or a closed <details>
 * (Shopify's menu drawer, search modal and share panel, whose summary "Share" is visible) is in no list, as are form
 * labels' aria-hidden asterisks; form labels and headings of forms and boxes outside the article are furniture; the
 * table-layout page has no heading elements, and its large bold title line and bold section lines are taken as the title
 * and headings; the date and author under a Squarespace, Shopify, Ghost, Drupal or Hugo title are bylines, each text once,
 * with "By" and punctuation dropped.
 */
export const HELDOUT648_PAGES: readonly TestPage[] = [
  ...HELDOUT648_A,
  ...HELDOUT648_A2,
  ...HELDOUT648_B,
  ...HELDOUT648_C,
  ...HELDOUT648_D,
  ...HELDOUT648_E,
  ...HELDOUT648_E2,
  ...HELDOUT648_F,
];
